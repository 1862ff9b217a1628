'use client';

import Link from 'next/link';
import type { ClosureCandidatesQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { QualificationBadge } from './QualificationBadge';

type CandidateRow = ClosureCandidatesQuery['closureCandidates']['edges'][number]['node'];

/** One row per compound: its result and, in the API's plain Chinese, every criterion it misses. */
export function CandidateTable({ rows }: { rows: readonly CandidateRow[] }) {
  const { t, locale } = useI18n();
  const q = t.qualification;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="candidate-table">
        <caption className="visually-hidden">{q.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{q.column.compound}</th>
            <th scope="col">{q.column.street}</th>
            <th scope="col" className="num">
              {q.column.households}
            </th>
            <th scope="col">{q.column.status}</th>
            <th scope="col">{q.column.missing}</th>
            <th scope="col">
              <span className="visually-hidden">{q.column.detail}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.compoundId} data-testid="candidate-row" data-status={c.status} data-compound-id={c.compoundId}>
              <th scope="row" data-testid="candidate-name">
                <Link href={`/qualification/${c.compoundId}`}>{c.compound.name}</Link>
              </th>
              <td>{c.street.name}</td>
              <td className="num">{formatInteger(c.compound.households, locale)}</td>
              <td>
                <QualificationBadge status={c.status} />
              </td>
              <td className="cell-wrap" data-testid="candidate-missing">
                {c.missing.length === 0 ? (
                  <span className="muted">{c.status === 'QUALIFIED' ? q.allMet : c.summary}</span>
                ) : (
                  <ul className="missing-list">
                    {c.missing.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <Link
                  href={`/qualification/${c.compoundId}`}
                  className="button button--small"
                  aria-label={q.viewDetailLabel(c.compound.name)}
                  data-testid="candidate-detail"
                >
                  {q.viewDetail}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
