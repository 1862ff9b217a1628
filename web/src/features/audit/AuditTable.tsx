'use client';

import type { AuditLogQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';

type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];

/** UUIDs cut to their first block (the full id is in the tooltip and the target-id filter); other ids whole. */
const shortId = (id: string) => (/^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(id) ? `${id.slice(0, 8)}…` : id);

const OUTCOME_CLASS = { SUCCESS: 'badge--ok', FAILURE: 'badge--error', DENIED: 'badge--warn' } as const;

export function AuditTable({ rows }: { rows: readonly AuditRow[] }) {
  const { t, locale } = useI18n();
  const col = t.audit.column;
  const none = <span className="muted">{t.common.none}</span>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="audit-table">
        <caption className="visually-hidden">{t.audit.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {col.seq}
            </th>
            <th scope="col">{col.time}</th>
            <th scope="col">{col.actor}</th>
            <th scope="col">{col.action}</th>
            <th scope="col">{col.outcome}</th>
            <th scope="col">{col.target}</th>
            <th scope="col">{col.ip}</th>
            <th scope="col">{col.reason}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.seq} data-testid="audit-row" data-action={e.action} data-actor={e.actorName ?? ''} data-outcome={e.outcome}>
              <th scope="row" className="num" data-testid="audit-seq">
                {e.seq}
              </th>
              <td>{formatDateTime(e.occurredAt, locale)}</td>
              <td data-testid="audit-actor">
                {e.actorName ? (
                  <>
                    <code>{e.actorName}</code>
                    {e.actorRole && (
                      <span className="muted"> · {t.enums.role[e.actorRole as keyof typeof t.enums.role] ?? e.actorRole}</span>
                    )}
                  </>
                ) : (
                  none
                )}
              </td>
              <td data-testid="audit-action">
                <code>{e.action}</code>
              </td>
              <td>
                <span className={`badge ${OUTCOME_CLASS[e.outcome]}`}>{t.enums.auditOutcome[e.outcome]}</span>
              </td>
              <td data-testid="audit-target">
                {e.targetType ? (
                  <>
                    {e.targetType}
                    {e.targetId && (
                      <code className="muted" title={e.targetId}>
                        {' '}
                        {shortId(e.targetId)}
                      </code>
                    )}
                  </>
                ) : (
                  none
                )}
              </td>
              <td>{e.ip ?? none}</td>
              <td className="cell-wrap">{e.reason ?? none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
