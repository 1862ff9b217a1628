'use client';

import Link from 'next/link';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { listHref } from '@/features/compounds/list-params';
import { countsByStatus } from './status-counts';
import type { DistrictOverview } from './types';

/** One row per street; each name drills down into the compound list filtered to that street. */
export function StreetTable({ district }: { district: DistrictOverview }) {
  const { t, locale } = useI18n();
  const col = t.overview.column;
  const n = (value: number) => formatInteger(value, locale);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="street-table">
        <caption className="visually-hidden">{t.overview.streetsCaption(district.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{col.name}</th>
            <th scope="col">{col.kind}</th>
            <th scope="col" className="num">
              {col.compounds}
            </th>
            <th scope="col" className="num">
              {col.oldCompounds}
            </th>
            <th scope="col" className="num">
              {col.households}
            </th>
            <th scope="col" className="num">
              {col.closed}
            </th>
            <th scope="col" className="num">
              {col.underRenovation}
            </th>
          </tr>
        </thead>
        <tbody>
          {district.streets.map((street) => {
            const counts = countsByStatus(street.stats.byClosureStatus);
            return (
              <tr key={street.id} data-testid={`street-row-${street.name}`}>
                <th scope="row" data-testid="street-name">
                  <Link href={listHref({ district: district.id, street: street.id })}>{street.name}</Link>
                </th>
                <td data-testid="street-kind">{t.enums.streetKind[street.kind]}</td>
                <td className="num" data-testid="street-compounds">
                  {n(street.stats.compounds)}
                </td>
                <td className="num" data-testid="street-old">
                  {n(street.stats.oldCompounds)}
                </td>
                <td className="num" data-testid="street-households">
                  {n(street.stats.households)}
                </td>
                <td className="num" data-testid="street-closed">
                  {n(counts.CLOSED)}
                </td>
                <td className="num" data-testid="street-under-renovation">
                  {n(counts.UNDER_RENOVATION)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
