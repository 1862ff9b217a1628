'use client';

import type { GateDeviceStatus, GateOperationsQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';

type Device = GateOperationsQuery['gateOperations']['devices'][number];

/** What a live device event changed since the table was loaded. */
export interface DeviceOverlay {
  online: boolean;
  status: GateDeviceStatus;
  lastSeenAt: string | null;
}

/** Devices in service with their online state; live events overlay the loaded rows until the next refetch. */
export function DeviceTable({
  devices,
  overlay,
  showCompound,
}: {
  devices: readonly Device[];
  overlay: ReadonlyMap<string, DeviceOverlay>;
  showCompound: boolean;
}) {
  const { t, locale } = useI18n();
  const g = t.gateOps;
  if (devices.length === 0) {
    return (
      <p className="chart-empty" data-testid="gate-devices-empty">
        {g.noDevices}
      </p>
    );
  }
  const time = (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : '—');
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="gate-devices">
        <caption className="visually-hidden">{g.devicesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{g.column.gate}</th>
            <th scope="col">{g.column.kind}</th>
            <th scope="col">{g.column.serial}</th>
            <th scope="col">{g.column.firmware}</th>
            <th scope="col">{g.column.status}</th>
            <th scope="col">{g.column.online}</th>
            <th scope="col">{g.column.lastSeen}</th>
            <th scope="col">{g.column.silentSince}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((loaded) => {
            const live = overlay.get(loaded.id);
            const online = live?.online ?? loaded.online;
            const lastSeenAt = live ? live.lastSeenAt : loaded.lastSeenAt;
            const status = live?.status ?? loaded.status;
            const silentSince = online ? null : live ? live.lastSeenAt : loaded.silentSince;
            return (
              <tr key={loaded.id} data-testid="gate-device-row" data-device={loaded.id} data-serial={loaded.serial} data-online={online}>
                <th scope="row">{showCompound ? `${loaded.compoundName} ${loaded.gateName}` : loaded.gateName}</th>
                <td>{g.deviceKind[loaded.kind]}</td>
                <td>
                  {loaded.vendor} / <code>{loaded.serial}</code>
                </td>
                <td>{loaded.firmware}</td>
                <td>{g.deviceStatus[status]}</td>
                <td>
                  <span className={online ? 'badge badge--ok' : 'badge badge--error'} data-testid="gate-device-online">
                    {online ? g.online : g.offline}
                  </span>
                </td>
                <td>{time(lastSeenAt)}</td>
                <td data-testid="gate-device-silent">{online ? '—' : silentSince ? g.silentFor(time(silentSince)) : g.never}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
