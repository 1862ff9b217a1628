'use client';

import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { asApiError, errorMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { DeviceForm, deviceName, type DeviceRow } from './DeviceForm';
import { DeviceTable, type DeviceAction } from './DeviceTable';
import { GatePicker, NO_GATE, usePlaceName, type GatePick } from './GatePicker';
import { NewKeyBox, type CreatedKey } from './NewKeyBox';
import {
  GateDevicesQuery,
  RetireGateDeviceMutation,
  RevokeDeviceKeyMutation,
  RotateGateDeviceKeyMutation,
  UpdateGateDeviceMutation,
} from './queries';

type Result = { ok: boolean; text: string };
/** The actions that ask first: they cut a device off. */
type Confirmable = Extract<DeviceAction, { kind: 'rotate' | 'retire' | 'revokeKey' }>;

/**
 * `/admin/devices` (ADMIN): the device registry of one gate, chosen district → street →
 * compound → gate. Devices are registered, edited, put into maintenance, retired and their keys
 * rotated or revoked here; a new key is shown once and held in page state only.
 */
export function DevicesPage() {
  const { t, locale } = useI18n();
  const d = t.devices;
  const [pick, setPick] = useState<GatePick>(NO_GATE);
  const place = usePlaceName(pick);
  const devices = useQuery(GateDevicesQuery, { gateId: pick.gateId }, { skip: !pick.gateId });

  const [created, setCreated] = useState<CreatedKey>();
  const [editing, setEditing] = useState<DeviceRow>();
  const [pending, setPending] = useState<Confirmable | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();

  const choose = (next: GatePick) => {
    setPick(next);
    setEditing(undefined);
  };

  /** Runs one change, says how it went, and reloads the gate's devices either way. */
  const run = async (change: () => Promise<string>) => {
    setBusy(true);
    try {
      setResult({ ok: true, text: await change() });
    } catch (caught) {
      setResult({ ok: false, text: errorMessage(asApiError(caught), t) });
    }
    devices.refetch();
    setBusy(false);
    setPending(null);
  };

  const act = (action: DeviceAction) => {
    const { device } = action;
    const name = deviceName(device);
    switch (action.kind) {
      case 'edit':
        setEditing(device);
        return;
      case 'maintenance':
      case 'resume': {
        const status = action.kind === 'maintenance' ? 'MAINTENANCE' : 'ACTIVE';
        void run(async () => {
          await fetchGraphQL(UpdateGateDeviceMutation, { id: device.id, input: { status } });
          return status === 'MAINTENANCE' ? d.maintenanceDone(name) : d.resumedDone(name);
        });
        return;
      }
      default:
        setPending(action);
    }
  };

  const confirm = (action: Confirmable) => {
    const { device } = action;
    const name = deviceName(device);
    void run(async () => {
      if (action.kind === 'rotate') {
        const { rotateGateDeviceKey } = await fetchGraphQL(RotateGateDeviceKeyMutation, { id: device.id });
        setCreated({ key: rotateGateDeviceKey.key, id: device.id, name });
        return d.rotatedDone(name);
      }
      if (action.kind === 'retire') {
        await fetchGraphQL(RetireGateDeviceMutation, { id: device.id });
        if (editing?.id === device.id) setEditing(undefined);
        return d.retiredDone(name);
      }
      await fetchGraphQL(RevokeDeviceKeyMutation, { id: action.key.id });
      return d.revokedDone(action.key.keyPrefix);
    });
  };

  const confirmMessage = (action: Confirmable | null): string | null => {
    if (!action) return null;
    const name = deviceName(action.device);
    if (action.kind === 'rotate') return d.confirmRotate(name);
    if (action.kind === 'retire') return d.confirmRetire(name);
    return d.confirmRevokeKey(name, action.key.keyPrefix);
  };
  const confirmLabel = pending?.kind === 'rotate' ? d.rotate : pending?.kind === 'retire' ? d.retire : d.revokeKey;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{d.title}</h1>
          <p className="muted">{d.intro}</p>
        </div>
      </div>
      <p
        className={result ? `device-keys-result notice ${result.ok ? 'notice--ok' : 'notice--error'}` : 'visually-hidden'}
        role="status"
        data-testid="devices-result"
      >
        {result?.text}
      </p>
      {created && <NewKeyBox created={created} onDone={() => setCreated(undefined)} />}
      <Panel title={d.pick.title}>
        <GatePicker value={pick} onChange={choose} />
      </Panel>
      <section className="panel" aria-label={place ? d.tableCaption(place) : d.pick.title}>
        {!pick.gateId && <EmptyState title={d.pick.hint} testId="devices-no-gate" />}
        {pick.gateId && devices.status === 'loading' && <Skeleton lines={4} height={22} />}
        {pick.gateId && devices.status === 'error' && <ErrorState error={devices.error} onRetry={devices.refetch} />}
        {pick.gateId &&
          devices.status === 'success' &&
          (devices.data.gateDevices.length === 0 ? (
            <EmptyState title={d.empty} testId="devices-empty">
              <p className="muted">{d.emptyHint}</p>
            </EmptyState>
          ) : (
            <>
              <div className="toolbar">
                <p className="total" aria-live="polite" data-testid="devices-total" data-count={devices.data.gateDevices.length}>
                  {d.total(formatInteger(devices.data.gateDevices.length, locale))}
                </p>
              </div>
              <DeviceTable
                caption={d.tableCaption(place)}
                devices={devices.data.gateDevices}
                keys={devices.data.deviceKeys}
                highlight={created?.id}
                busy={busy}
                onAction={act}
              />
            </>
          ))}
      </section>
      {pick.gateId && (
        <Panel title={editing ? d.form.editTitle(deviceName(editing)) : d.form.registerTitle}>
          <DeviceForm
            key={editing?.id ?? pick.gateId}
            gateId={pick.gateId}
            editing={editing}
            blocked={Boolean(created)}
            onRegistered={(device) => {
              setCreated({ key: device.key, id: device.deviceId, name: device.name });
              setResult({ ok: true, text: d.registeredDone(device.name, place) });
              devices.refetch();
            }}
            onSaved={(name) => {
              setEditing(undefined);
              setResult({ ok: true, text: d.updatedDone(name) });
              devices.refetch();
            }}
            onCancel={() => setEditing(undefined)}
          />
        </Panel>
      )}
      <ConfirmDialog
        message={confirmMessage(pending)}
        confirmLabel={confirmLabel}
        busy={busy}
        onConfirm={() => pending && confirm(pending)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
