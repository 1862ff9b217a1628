'use client';

import type { DeviceKeysQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';
import type { CompoundWithGates } from './compound-gates';

export type DeviceKeyRow = DeviceKeysQuery['deviceKeys'][number];

interface Props {
  rows: readonly DeviceKeyRow[];
  compounds: ReadonlyMap<string, CompoundWithGates>;
  /** The key just created, marked in the table. */
  highlight?: string;
  onRevoke(row: DeviceKeyRow): void;
}

export function DeviceKeyTable({ rows, compounds, highlight, onRevoke }: Props) {
  const { t, locale } = useI18n();
  const col = t.devices.column;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="device-keys-table">
        <caption className="visually-hidden">{t.devices.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.name}</th>
            <th scope="col">{col.place}</th>
            <th scope="col">{col.prefix}</th>
            <th scope="col">{col.createdAt}</th>
            <th scope="col">{col.lastUsedAt}</th>
            <th scope="col">{col.state}</th>
            <th scope="col">{col.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const compound = compounds.get(row.compoundId);
            const gate = compound?.gates.find((g) => g.id === row.gateId);
            const revoked = Boolean(row.revokedAt);
            return (
              <tr
                key={row.id}
                className={row.id === highlight ? 'row--new' : undefined}
                data-testid="device-key-row"
                data-id={row.id}
                data-name={row.name}
                data-state={revoked ? 'revoked' : 'active'}
              >
                <th scope="row" data-testid="device-key-name">
                  {row.name}
                </th>
                <td data-testid="device-key-place">
                  <span className="place-pair">
                    <span>{compound?.name ?? '…'}</span>
                    <span className="muted">{gate?.name ?? (compound ? t.common.none : '…')}</span>
                  </span>
                </td>
                <td>
                  <code className="key-prefix" data-testid="device-key-prefix">
                    {row.keyPrefix}…
                  </code>
                </td>
                <td data-testid="device-key-created">{formatDateTime(row.createdAt, locale)}</td>
                <td data-testid="device-key-last-used">
                  {row.lastUsedAt ? formatDateTime(row.lastUsedAt, locale) : <span className="muted">{t.devices.neverUsed}</span>}
                </td>
                <td data-testid="device-key-state">
                  {row.revokedAt ? (
                    <span className="state-pair">
                      <span className="badge badge--error">{t.devices.revoked}</span>
                      <span className="muted">{t.devices.revokedAt(formatDateTime(row.revokedAt, locale))}</span>
                    </span>
                  ) : (
                    <span className="badge badge--ok">{t.devices.active}</span>
                  )}
                </td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      data-testid="device-key-revoke"
                      aria-label={t.devices.revokeLabel(row.name)}
                      disabled={revoked}
                      onClick={() => onRevoke(row)}
                    >
                      {t.devices.revoke}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
