'use client';

import type { GateDevicesQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime, formatInteger } from '@/lib/format';
import { deviceName, type DeviceRow } from './DeviceForm';

export type KeyRow = GateDevicesQuery['deviceKeys'][number];

type DeviceCommand = 'edit' | 'maintenance' | 'resume' | 'rotate' | 'retire';

/** What the administrator asked to do with a device (or one of its keys): the page confirms or runs it. */
export type DeviceAction =
  { [K in DeviceCommand]: { kind: K; device: DeviceRow } }[DeviceCommand] | { kind: 'revokeKey'; device: DeviceRow; key: KeyRow };

interface Props {
  caption: string;
  devices: readonly DeviceRow[];
  keys: readonly KeyRow[];
  /** The device whose key was just issued, marked in the table. */
  highlight?: string;
  busy: boolean;
  onAction(action: DeviceAction): void;
}

/** One gate's devices: what they are, whether they are heard from (the API's `online`), and their live keys. */
export function DeviceTable({ caption, devices, keys, highlight, busy, onAction }: Props) {
  const { t, locale } = useI18n();
  const d = t.devices;
  const col = d.column;
  return (
    <div className="table-wrap">
      <table className="data-table devices-table" data-testid="devices-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.device}</th>
            <th scope="col">{col.kind}</th>
            <th scope="col">{col.firmware}</th>
            <th scope="col">{col.installedOn}</th>
            <th scope="col">{col.status}</th>
            <th scope="col">{col.heartbeat}</th>
            <th scope="col">{col.online}</th>
            <th scope="col">{col.keys}</th>
            <th scope="col">{col.actions}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((device) => {
            const name = deviceName(device);
            const retired = device.status === 'RETIRED';
            const live = keys.filter((k) => k.deviceId === device.id && !k.revokedAt);
            return (
              <tr
                key={device.id}
                className={device.id === highlight ? 'row--new' : undefined}
                data-testid="device-row"
                data-id={device.id}
                data-serial={device.serial}
                data-status={device.status}
                data-online={device.online ? 'true' : 'false'}
              >
                <th scope="row" data-testid="device-name">
                  <span className="place-pair">
                    <span>{device.vendor}</span>
                    <span className="muted">{device.serial}</span>
                  </span>
                </th>
                <td data-testid="device-kind">{t.gateOps.deviceKind[device.kind]}</td>
                <td data-testid="device-firmware">{device.firmware}</td>
                <td data-testid="device-installed">{device.installedOn}</td>
                <td data-testid="device-status">
                  <span className={`badge ${device.status === 'ACTIVE' ? 'badge--ok' : retired ? 'badge--error' : 'badge--warn'}`}>
                    {t.gateOps.deviceStatus[device.status]}
                  </span>
                </td>
                <td data-testid="device-heartbeat">{d.seconds(formatInteger(device.heartbeatIntervalSeconds, locale))}</td>
                <td>
                  <span className="state-pair">
                    <span className={`badge ${device.online ? 'badge--ok' : 'badge--error'}`} data-testid="device-online">
                      {device.online ? d.online : d.offline}
                    </span>
                    <span className="muted" data-testid="device-last-seen">
                      {device.lastSeenAt ? d.lastSeen(formatDateTime(device.lastSeenAt, locale)) : d.neverSeen}
                    </span>
                    {device.silentSince && (
                      <span className="muted" data-testid="device-silent-since">
                        {d.silentSince(formatDateTime(device.silentSince, locale))}
                      </span>
                    )}
                  </span>
                </td>
                <td data-testid="device-keys">
                  {live.length === 0 ? (
                    <span className="muted">{d.noKeys}</span>
                  ) : (
                    <ul className="key-list">
                      {live.map((key) => (
                        <li key={key.id} data-testid="device-key" data-id={key.id}>
                          <code className="key-prefix" data-testid="device-key-prefix">
                            {key.keyPrefix}…
                          </code>{' '}
                          <button
                            type="button"
                            className="button button--small"
                            data-testid="device-key-revoke"
                            aria-label={d.revokeKeyLabel(key.keyPrefix)}
                            disabled={busy}
                            onClick={() => onAction({ kind: 'revokeKey', device, key })}
                          >
                            {d.revokeKey}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {!retired && (
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button--small"
                        data-testid="device-edit"
                        aria-label={`${d.edit} ${name}`}
                        disabled={busy}
                        onClick={() => onAction({ kind: 'edit', device })}
                      >
                        {d.edit}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        data-testid={device.status === 'MAINTENANCE' ? 'device-resume' : 'device-maintenance'}
                        disabled={busy}
                        onClick={() => onAction({ kind: device.status === 'MAINTENANCE' ? 'resume' : 'maintenance', device })}
                      >
                        {device.status === 'MAINTENANCE' ? d.resume : d.maintenance}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        data-testid="device-rotate"
                        disabled={busy}
                        onClick={() => onAction({ kind: 'rotate', device })}
                      >
                        {d.rotate}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        data-testid="device-retire"
                        disabled={busy}
                        onClick={() => onAction({ kind: 'retire', device })}
                      >
                        {d.retire}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
