'use client';

import type { ClosureCandidatesQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { QUALIFICATION_STATUS_COLORS } from './status';

type StreetCount = ClosureCandidatesQuery['closureCandidates']['byStreet'][number];

/** Qualified / one short / blocked per street, over every filter but the status; a street name narrows the list to it. */
export function StreetCounts({ streets, onStreet }: { streets: readonly StreetCount[]; onStreet(streetId: string): void }) {
  const { t, locale } = useI18n();
  const col = t.qualification.countColumn;
  const n = (value: number) => formatInteger(value, locale);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="qualification-street-counts">
        <caption className="visually-hidden">{t.qualification.byStreetCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.street}</th>
            <th scope="col" className="num">
              {col.qualified}
            </th>
            <th scope="col" className="num">
              {col.nearly}
            </th>
            <th scope="col" className="num">
              {col.blocked}
            </th>
            <th scope="col" className="num">
              {col.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {streets.map((s) => (
            <tr key={s.streetId} data-testid={`qualification-street-${s.street.name}`}>
              <th scope="row">
                <button type="button" className="button button--link button--inline" onClick={() => onStreet(s.streetId)}>
                  {s.street.name}
                </button>
              </th>
              <td className="num count-cell" data-testid="count-qualified" style={{ color: QUALIFICATION_STATUS_COLORS.QUALIFIED }}>
                {n(s.qualified)}
              </td>
              <td className="num count-cell" data-testid="count-nearly" style={{ color: QUALIFICATION_STATUS_COLORS.NEARLY }}>
                {n(s.nearly)}
              </td>
              <td className="num count-cell" data-testid="count-blocked" style={{ color: QUALIFICATION_STATUS_COLORS.BLOCKED }}>
                {n(s.blocked)}
              </td>
              <td className="num" data-testid="count-total">
                {n(s.total)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
