'use client';

import Link from 'next/link';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Skeleton } from '@/components/ui/Skeleton';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime, formatInteger } from '@/lib/format';
import { useQuery } from '@/lib/graphql/use-query';
import { RenovationAlertsQuery } from './queries';
import { StageBadge } from './StageBadge';

/** Open overdue-stage alerts of the place shown, newest first; each links to its project. */
export function AlertList({ streetId }: { streetId: string | undefined }) {
  const { t, locale } = useI18n();
  const r = t.renovation;
  const alerts = useQuery(RenovationAlertsQuery, { filter: { kinds: ['OVERDUE_STAGE'], streetId, open: true }, first: 50 });
  if (alerts.status === 'loading') return <Skeleton lines={4} height={22} />;
  if (alerts.status === 'error') return <ErrorState error={alerts.error} onRetry={alerts.refetch} />;
  const { totalCount, edges } = alerts.data.alerts;
  if (edges.length === 0) return <EmptyState title={r.alertsEmpty} testId="alerts-empty" />;
  const col = r.alertColumn;
  return (
    <>
      <p className="total alerts-total" data-testid="alerts-total" data-count={totalCount}>
        {r.alertsTotal(formatInteger(totalCount, locale))}
      </p>
      <div className="table-wrap">
        <table className="data-table" data-testid="alert-table">
          <caption className="visually-hidden">{r.alertsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{col.compound}</th>
              <th scope="col">{col.street}</th>
              <th scope="col">{col.stage}</th>
              <th scope="col">{col.dueOn}</th>
              <th scope="col" className="num">
                {col.days}
              </th>
              <th scope="col">{col.openedAt}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node: alert }) => {
              const overdue = alert.overdueStage;
              return (
                <tr key={alert.id} data-testid="alert-row" data-project-id={overdue?.projectId}>
                  <th scope="row" data-testid="alert-compound">
                    {overdue ? (
                      <Link href={`/renovation/${overdue.projectId}`}>{alert.compound?.name ?? overdue.projectId}</Link>
                    ) : (
                      (alert.compound?.name ?? t.common.none)
                    )}
                  </th>
                  <td>{alert.street.name}</td>
                  <td>{overdue ? <StageBadge stage={overdue.stage} testId="alert-stage" /> : t.common.none}</td>
                  <td>{overdue?.dueOn ?? t.common.none}</td>
                  <td className="num" data-testid="alert-days">
                    {overdue ? (
                      <span className="badge badge--error">{r.days(formatInteger(overdue.daysOverdue, locale))}</span>
                    ) : (
                      t.common.none
                    )}
                  </td>
                  <td>{formatDateTime(alert.openedAt, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
