'use client';

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';
import { ApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { RegisterResidentMutation } from './queries';
import type { ResidentRow } from './ResidentTable';

type Field = 'compoundId' | 'building' | 'unit' | 'room' | 'name' | 'idNumber' | 'phone' | 'plate';
type Draft = Record<Field, string>;

const EMPTY: Draft = { compoundId: '', building: '', unit: '', room: '', name: '', idNumber: '', phone: '', plate: '' };
const FIELDS = Object.keys(EMPTY) as Field[];
const REQUIRED: readonly Field[] = ['compoundId', 'building', 'room', 'name'];

/** `input.idNumber` → `idNumber`, for the fields of this form. */
function fieldOf(error: ApiError): Field | undefined {
  const name = error.field?.replace(/^input\./, '');
  return FIELDS.find((f) => f === name);
}

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
      const error = caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
      const field = error.code === 'BAD_USER_INPUT' ? fieldOf(error) : undefined;
      if (field) setErrors({ [field]: reasonMessage(error.reason, t) });
      else setFormError(errorMessage(error, t));
    }
    setBusy(false);
  };

  const text = (field: Exclude<Field, 'compoundId'>, options: { hint?: string; optional?: boolean; mono?: boolean } = {}) => (
    <FormField label={r[field]} optional={options.optional ? r.optional : undefined} hint={options.hint} error={errors[field]} name={field}>
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
      <FormField label={r.compound} error={errors.compoundId} name="compoundId">
        {(props) => (
          <select
            {...props}
            value={compounds ? draft.compoundId : ''}
            disabled={!compounds}
            onChange={(e) => set({ compoundId: e.target.value })}
          >
            <option value="">{r.choose}</option>
            {compounds?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
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

interface ControlProps {
  id: string;
  name: string;
  'data-testid': string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

function FormField(props: {
  label: string;
  optional?: string;
  hint?: string;
  error?: string;
  name: Field;
  children(control: ControlProps): ReactNode;
}) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [props.error ? errorId : undefined, props.hint ? hintId : undefined].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {props.label}
        {props.optional && <span className="field-optional"> {props.optional}</span>}
      </label>
      {props.children({
        id,
        name: props.name,
        'data-testid': `register-${props.name}`,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} className="field-error" role="alert" data-testid={`register-error-${props.name}`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
