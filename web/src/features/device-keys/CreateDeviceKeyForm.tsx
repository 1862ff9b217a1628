'use client';

import { useState, type FormEvent } from 'react';
import { FormField, SelectField } from '@/components/ui/FormField';
import { CompoundListQuery } from '@/features/compounds/queries';
import { useI18n } from '@/i18n/LocaleProvider';
import { DistrictOptionsQuery, StreetOptionsQuery } from '@/lib/geography-queries';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
import { useQuery } from '@/lib/graphql/use-query';
import { useCompoundsWithGates } from './compound-gates';
import { CreateDeviceKeyMutation } from './queries';

type Field = 'districtId' | 'streetId' | 'compoundId' | 'gateId' | 'name';
type Draft = Record<Field, string>;

const EMPTY: Draft = { districtId: '', streetId: '', compoundId: '', gateId: '', name: '' };
const FIELDS = Object.keys(EMPTY) as Field[];

/** The API's limit on a device name, in characters (not UTF-16 units). */
export const DEVICE_NAME_MAX = 64;
/** The compound list's page maximum: a street has fewer compounds than this. */
const COMPOUND_LIMIT = 100;

export interface CreatedKey {
  /** The bearer key: held in page state only, until the administrator confirms it is configured. */
  key: string;
  id: string;
  name: string;
  /** "樱花园小区 东门", for the messages. */
  place: string;
}

interface Props {
  /** A key is on screen that has not been confirmed yet: no second one until it is. */
  blocked: boolean;
  onCreated(created: CreatedKey): void;
}

/** District → street → compound → gate, then a name for the device; the key comes back once. */
export function CreateDeviceKeyForm({ blocked, onCreated }: Props) {
  const { t } = useI18n();
  const c = t.devices.create;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const districts = useQuery(DistrictOptionsQuery, {});
  const streets = useQuery(StreetOptionsQuery, { districtId: draft.districtId }, { skip: !draft.districtId });
  const compounds = useQuery(
    CompoundListQuery,
    {
      filter: { districtId: draft.districtId, streetId: draft.streetId },
      sort: { field: 'NAME', direction: 'ASC' },
      first: COMPOUND_LIMIT,
    },
    { skip: !draft.streetId },
  );
  const compound = useCompoundsWithGates(draft.compoundId ? [draft.compoundId] : []).get(draft.compoundId);
  const gates = compound?.gates;

  const set = (changes: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    setErrors((e) => {
      const next = { ...e };
      for (const field of Object.keys(changes) as Field[]) delete next[field];
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    const name = draft.name.trim();
    const found: Partial<Record<Field, string>> = {};
    if (!draft.gateId) found.gateId = c.gateRequired;
    if (name.length === 0 || [...name].length > DEVICE_NAME_MAX) found.name = t.reasons.displayNameLength;
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return;

    setBusy(true);
    try {
      const { createDeviceKey } = await fetchGraphQL(CreateDeviceKeyMutation, { gateId: draft.gateId, name });
      const gate = gates?.find((g) => g.id === draft.gateId);
      // Keep the place: the next device is often at the same gate.
      setDraft((d) => ({ ...d, name: '' }));
      onCreated({
        key: createDeviceKey.key,
        id: createDeviceKey.deviceKey.id,
        name: createDeviceKey.deviceKey.name,
        place: [compound?.name, gate?.name].filter(Boolean).join(' '),
      });
    } catch (caught) {
      const { field, message } = submitError(caught, FIELDS, t);
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
    setBusy(false);
  };

  const compoundOptions = compounds.data?.compounds.edges.map((e) => e.node);
  const truncated = compounds.data?.compounds.pageInfo.hasNextPage ?? false;

  return (
    <form className="form-grid form-grid--five" onSubmit={submit} noValidate data-testid="device-key-form">
      <SelectField
        testIdPrefix="new-device"
        label={c.district}
        name="districtId"
        error={errors.districtId}
        value={draft.districtId}
        options={districts.data?.districts}
        placeholder={c.choose}
        onChange={(districtId) => set({ districtId, streetId: '', compoundId: '', gateId: '' })}
      />
      <SelectField
        testIdPrefix="new-device"
        label={c.street}
        name="streetId"
        error={errors.streetId}
        value={draft.streetId}
        options={draft.districtId ? streets.data?.streets : undefined}
        placeholder={draft.districtId ? c.choose : t.compounds.chooseDistrictFirst}
        onChange={(streetId) => set({ streetId, compoundId: '', gateId: '' })}
      />
      <SelectField
        testIdPrefix="new-device"
        label={c.compound}
        name="compoundId"
        error={errors.compoundId}
        hint={truncated ? c.tooManyCompounds(COMPOUND_LIMIT) : undefined}
        value={draft.compoundId}
        options={draft.streetId ? compoundOptions : undefined}
        placeholder={draft.streetId ? c.choose : t.compounds.chooseStreetFirst}
        onChange={(compoundId) => set({ compoundId, gateId: '' })}
      />
      <SelectField
        testIdPrefix="new-device"
        label={c.gate}
        name="gateId"
        error={errors.gateId}
        hint={gates?.length === 0 ? c.noGates : undefined}
        value={draft.gateId}
        options={
          draft.compoundId
            ? gates?.map((g) => ({ id: g.id, name: c.gateOption(g.name, t.enums.gateKind[g.kind], t.enums.gateState[g.state]) }))
            : undefined
        }
        placeholder={draft.compoundId ? c.choose : c.chooseCompoundFirst}
        onChange={(gateId) => set({ gateId })}
      />
      <FormField testIdPrefix="new-device" label={c.name} hint={c.nameHint} error={errors.name} name="name">
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="off"
            placeholder={c.namePlaceholder}
            value={draft.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </FormField>
      <div className="form-grid-actions">
        {blocked && (
          <p className="muted" data-testid="device-key-blocked">
            {c.pendingKey}
          </p>
        )}
        {formError && (
          <p className="form-error" role="alert" data-testid="device-key-error">
            {formError}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy || blocked} data-testid="device-key-submit">
          {busy ? c.submitting : c.submit}
        </button>
      </div>
    </form>
  );
}
