'use client';

import Link from 'next/link';
import { StatusBadge } from '@/components/ui/StatusBadge';
import type { CompoundListQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';

type CompoundRow = CompoundListQuery['compounds']['edges'][number]['node'];

export function CompoundTable({ rows }: { rows: readonly CompoundRow[] }) {
  const { t, locale } = useI18n();
  const col = t.compounds.column;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="compound-table">
        <caption className="visually-hidden">{t.compounds.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.name}</th>
            <th scope="col">{col.street}</th>
            <th scope="col">{col.community}</th>
            <th scope="col" className="num">
              {col.yearBuilt}
            </th>
            <th scope="col" className="num">
              {col.households}
            </th>
            <th scope="col" className="num">
              {col.floorArea}
            </th>
            <th scope="col">{col.managementStatus}</th>
            <th scope="col">{col.closureStatus}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} data-testid="compound-row">
              <th scope="row" data-testid="compound-name">
                <Link href={`/compounds/${c.id}`}>{c.name}</Link>
              </th>
              <td>{c.street.name}</td>
              <td>{c.community.name}</td>
              <td className="num">{c.yearBuilt}</td>
              <td className="num">{formatInteger(c.households, locale)}</td>
              <td className="num">{formatInteger(c.floorArea, locale)}</td>
              <td>{t.enums.managementStatus[c.managementStatus]}</td>
              <td>
                <StatusBadge status={c.closureStatus} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
