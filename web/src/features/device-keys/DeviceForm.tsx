'use client';

import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/FormField';
import type { GateDeviceKind, GateDevicesQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import type { Messages } from '@/i18n/messages';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
import { CreateGateDeviceMutation, UpdateGateDeviceMutation } from './queries';

export type DeviceRow = GateDevicesQuery['gateDevices'][number];

type Field = 'kind' | 'vendor' | 'serial' | 'firmware' | 'installedOn' | 'heartbeatIntervalSeconds';
type Draft = Record<Field, string>;
type Errors = Partial<Record<Field, string>>;

const FIELDS: readonly Field[] = ['kind', 'vendor', 'serial', 'firmware', 'installedOn', 'heartbeatIntervalSeconds'];
/** The API's limit on vendor, serial and firmware, in characters (not UTF-16 units). */
const LABEL_MAX = 64;
const HEARTBEAT_DEFAULT = 60;
const HEARTBEAT_MIN = 5;
const HEARTBEAT_MAX = 86400;

/** Today as YYYY-MM-DD in the browser's time zone: the latest installation date the form accepts. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The same checks as the API (api/src/gates/gate-device.service.ts), so most mistakes never leave the browser. */
function check(draft: Draft, registering: boolean, t: Messages): Errors {
  const found: Errors = {};
  if (registering && !draft.kind) found.kind = t.devices.form.kindRequired;
  for (const field of ['vendor', 'serial', 'firmware'] as const) {
    const value = draft[field].trim();
    if (value.length === 0 || [...value].length > LABEL_MAX) found[field] = t.reasons.displayNameLength;
  }
  const at = new Date(`${draft.installedOn}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.installedOn) || Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== draft.installedOn) {
    found.installedOn = t.reasons.dateFormat;
  } else if (draft.installedOn > today()) {
    found.installedOn = t.reasons.futureDate;
  }
  const heartbeat = Number(draft.heartbeatIntervalSeconds);
  if (!/^\d+$/.test(draft.heartbeatIntervalSeconds.trim()) || heartbeat < HEARTBEAT_MIN || heartbeat > HEARTBEAT_MAX) {
    found.heartbeatIntervalSeconds = t.reasons.heartbeatRange;
  }
  return found;
}

export interface RegisteredDevice {
  key: string;
  deviceId: string;
  name: string;
}

interface Props {
  gateId: string;
  /** The device being edited; registering a new one when absent. */
  editing?: DeviceRow;
  /** A key is on screen that has not been confirmed yet: no second device until it is. */
  blocked: boolean;
  onRegistered(device: RegisteredDevice): void;
  onSaved(name: string): void;
  onCancel(): void;
}

/** "海康威视 DS-K1T671-001": how the page names a device. */
export const deviceName = (device: { vendor: string; serial: string }) => `${device.vendor} ${device.serial}`;

/** Registers a device at the chosen gate (its first key comes back once), or edits one. */
export function DeviceForm({ gateId, editing, blocked, onRegistered, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const f = t.devices.form;
  const registering = !editing;
  const kinds = Object.keys(t.gateOps.deviceKind) as GateDeviceKind[];
  const [draft, setDraft] = useState<Draft>(() =>
    editing
      ? {
          kind: editing.kind,
          vendor: editing.vendor,
          serial: editing.serial,
          firmware: editing.firmware,
          installedOn: editing.installedOn,
          heartbeatIntervalSeconds: String(editing.heartbeatIntervalSeconds),
        }
      : { kind: '', vendor: '', serial: '', firmware: '', installedOn: today(), heartbeatIntervalSeconds: String(HEARTBEAT_DEFAULT) },
  );
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const set = (field: Field, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (registering && (blocked || !gateId)) return;
    const found = check(draft, registering, t);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return;
    const values = {
      vendor: draft.vendor.trim(),
      serial: draft.serial.trim(),
      firmware: draft.firmware.trim(),
      installedOn: draft.installedOn,
      heartbeatIntervalSeconds: Number(draft.heartbeatIntervalSeconds),
    };
    setBusy(true);
    try {
      if (editing) {
        await fetchGraphQL(UpdateGateDeviceMutation, { id: editing.id, input: values });
        onSaved(deviceName(values));
      } else {
        const kind = kinds.find((k) => k === draft.kind)!;
        const { createGateDevice } = await fetchGraphQL(CreateGateDeviceMutation, { input: { gateId, kind, ...values } });
        // The kind and the dates are often the same for the next device at this gate.
        setDraft((d) => ({ ...d, serial: '' }));
        onRegistered({ key: createGateDevice.key, deviceId: createGateDevice.device.id, name: deviceName(createGateDevice.device) });
      }
    } catch (caught) {
      const { field, message } = submitError(caught, FIELDS, t, { argument: 'input', reasonForForm: true });
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
    setBusy(false);
  };

  const text = (field: 'vendor' | 'serial' | 'firmware', label: string, extra: { hint?: string; placeholder?: string } = {}) => (
    <FormField testIdPrefix="device-form" label={label} hint={extra.hint} error={errors[field]} name={field}>
      {(props) => (
        <input
          {...props}
          type="text"
          autoComplete="off"
          placeholder={extra.placeholder}
          value={draft[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="device-form" data-mode={registering ? 'register' : 'edit'}>
      {registering && (
        <FormField testIdPrefix="device-form" label={f.kind} error={errors.kind} name="kind">
          {(props) => (
            <select {...props} value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
              <option value="">{f.choose}</option>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t.gateOps.deviceKind[kind]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {text('vendor', f.vendor, { placeholder: f.vendorPlaceholder })}
      {text('serial', f.serial, { hint: f.serialHint })}
      {text('firmware', f.firmware, { placeholder: f.firmwarePlaceholder })}
      <FormField testIdPrefix="device-form" label={f.installedOn} error={errors.installedOn} name="installedOn">
        {(props) => (
          <input {...props} type="date" max={today()} value={draft.installedOn} onChange={(e) => set('installedOn', e.target.value)} />
        )}
      </FormField>
      <FormField
        testIdPrefix="device-form"
        label={f.heartbeat}
        hint={f.heartbeatHint}
        error={errors.heartbeatIntervalSeconds}
        name="heartbeatIntervalSeconds"
      >
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="numeric"
            min={HEARTBEAT_MIN}
            max={HEARTBEAT_MAX}
            step={1}
            value={draft.heartbeatIntervalSeconds}
            onChange={(e) => set('heartbeatIntervalSeconds', e.target.value)}
          />
        )}
      </FormField>
      <div className="form-grid-actions">
        {registering && blocked && (
          <p className="muted" data-testid="device-form-blocked">
            {f.pendingKey}
          </p>
        )}
        {formError && (
          <p className="form-error" role="alert" data-testid="device-form-error">
            {formError}
          </p>
        )}
        {!registering && (
          <button type="button" className="button" onClick={onCancel} data-testid="device-form-cancel">
            {f.cancel}
          </button>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || (registering && blocked)}
          data-testid="device-form-submit"
        >
          {registering ? (busy ? f.registering : f.register) : busy ? f.saving : f.save}
        </button>
      </div>
    </form>
  );
}
