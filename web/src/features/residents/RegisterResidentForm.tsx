'use client';

import { useState, type FormEvent } from 'react';
import { FormField, SelectField } from '@/components/ui/FormField';
import { useI18n } from '@/i18n/LocaleProvider';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
import { RegisterResidentMutation } from './queries';
import type { ResidentRow } from './ResidentTable';

type Field = 'compoundId' | 'building' | 'unit' | 'room' | 'name' | 'idNumber' | 'phone' | 'plate';
type Draft = Record<Field, string>;

const EMPTY: Draft = { compoundId: '', building: '', unit: '', room: '', name: '', idNumber: '', phone: '', plate: '' };
const FIELDS = Object.keys(EMPTY) as Field[];
const REQUIRED: readonly Field[] = ['compoundId', 'building', 'room', 'name'];

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

interface Props {
  compounds: readonly { id: string; name: string }[] | undefined;
  onRegistered(resident: ResidentRow): void;
}

/**
 * The residents' committee registers a resident. Shapes (check character, phone, plate) are
 * checked by the server, the one place that knows the rules; its refusals appear at their field.
 */
export function RegisterResidentForm({ compounds, onRegistered }: Props) {
  const { t } = useI18n();
  const r = t.residents.register;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    for (const field of REQUIRED) if (!draft[field].trim()) found[field] = r.required;
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return;

    setBusy(true);
    try {
      const { registerResident } = await fetchGraphQL(RegisterResidentMutation, {
        input: {
          compoundId: draft.compoundId,
          building: draft.building.trim(),
          unit: orNull(draft.unit),
          room: draft.room.trim(),
          name: draft.name.trim(),
          idNumber: orNull(draft.idNumber),
          phone: orNull(draft.phone),
          plate: orNull(draft.plate),
        },
      });
      // The next resident is often a neighbour: keep the place, clear the person.
      setDraft({ ...EMPTY, compoundId: draft.compoundId, building: draft.building, unit: draft.unit });
      onRegistered(registerResident);
    } catch (caught) {
      const { field, message } = submitError(caught, FIELDS, t, { argument: 'input' });
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
    setBusy(false);
  };

  const text = (field: Exclude<Field, 'compoundId'>, options: { hint?: string; optional?: boolean; mono?: boolean } = {}) => (
    <FormField
      testIdPrefix="register"
      label={r[field]}
      labelNote={options.optional ? r.optional : undefined}
      hint={options.hint}
      error={errors[field]}
      name={field}
    >
      {(props) => (
        <input
          {...props}
          type="text"
          autoComplete="off"
          spellCheck={false}
          className={options.mono ? 'input--mono' : undefined}
          value={draft[field]}
          onChange={(e) => set({ [field]: e.target.value })}
        />
      )}
    </FormField>
  );

  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="register-form">
      <p className="form-grid-intro muted">{r.intro}</p>
      <SelectField
        testIdPrefix="register"
        label={r.compound}
        name="compoundId"
        error={errors.compoundId}
        value={draft.compoundId}
        options={compounds}
        placeholder={r.choose}
        onChange={(compoundId) => set({ compoundId })}
      />
      {text('building')}
      {text('unit', { optional: true })}
      {text('room')}
      {text('name')}
      {text('idNumber', { optional: true, hint: r.idNumberHint, mono: true })}
      {text('phone', { optional: true, hint: r.phoneHint, mono: true })}
      {text('plate', { optional: true, hint: r.plateHint, mono: true })}
      <div className="form-grid-actions">
        {formError && (
          <p className="form-error" role="alert" data-testid="register-error">
            {formError}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="register-submit">
          {busy ? r.submitting : r.submit}
        </button>
      </div>
    </form>
  );
}
