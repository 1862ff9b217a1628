'use client';

import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';
import { LOOKUP_KINDS, type Lookup, type LookupKind } from './residents-params';

interface Props {
  applied: Lookup | null;
  /** The server's word on the value (a malformed number), shown like the local one. */
  serverError: string | undefined;
  onLookup(lookup: Lookup | null): void;
}

/**
 * One box, one kind: an ID number, phone or plate, matched exactly (the API keeps blind indexes,
 * not searchable text). Applies on submit; an empty box clears the lookup.
 */
export function LookupField({ applied, serverError, onLookup }: Props) {
  const { t } = useI18n();
  const l = t.residents;
  const kindId = useId();
  const valueId = useId();
  const hintId = useId();
  const errorId = useId();
  const [kind, setKind] = useState<LookupKind>(applied?.kind ?? 'idNumber');
  const [value, setValue] = useState(applied?.value ?? '');
  const error = serverError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    onLookup(text ? { kind, value: text } : null);
  };

  return (
    <form className="field lookup" role="search" onSubmit={submit} data-testid="lookup-form">
      <label htmlFor={valueId}>{l.lookup}</label>
      <div className="search-row">
        <label htmlFor={kindId} className="visually-hidden">
          {l.lookupKind}
        </label>
        <select id={kindId} data-testid="lookup-kind" value={kind} onChange={(e) => setKind(e.target.value as LookupKind)}>
          {LOOKUP_KINDS.map((k) => (
            <option key={k} value={k}>
              {l.lookupKinds[k]}
            </option>
          ))}
        </select>
        <input
          id={valueId}
          type="search"
          className="input--mono"
          data-testid="lookup-value"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={l.lookupPlaceholder[kind]}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : undefined, hintId].filter(Boolean).join(' ')}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button" data-testid="lookup-submit">
          {l.lookupSubmit}
        </button>
        {applied && (
          <button
            type="button"
            className="button button--link"
            data-testid="lookup-clear"
            onClick={() => {
              setValue('');
              onLookup(null);
            }}
          >
            {l.lookupClear}
          </button>
        )}
      </div>
      <p id={hintId} className="field-hint" data-testid="lookup-hint">
        {l.lookupHint}
      </p>
      {error && (
        <p id={errorId} className="field-error" role="alert" data-testid="lookup-error">
          {error}
        </p>
      )}
    </form>
  );
}
