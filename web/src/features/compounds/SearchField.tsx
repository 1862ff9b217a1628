'use client';

import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';
import { SEARCH_MAX_LENGTH } from './list-params';

interface Props {
  initial: string | undefined;
  /** A message from the server about the search text, shown like the local one. */
  serverError: string | undefined;
  onSearch(search: string | undefined): void;
}

/** Applies on submit (Enter or the button), not on every keystroke; an empty box clears the search. */
export function SearchField({ initial, serverError, onSearch }: Props) {
  const { t } = useI18n();
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(initial ?? '');
  const [localError, setLocalError] = useState<string>();
  const error = localError ?? serverError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if ([...text].length > SEARCH_MAX_LENGTH) {
      setLocalError(t.errors.searchLength);
      return;
    }
    setLocalError(undefined);
    onSearch(text || undefined);
  };

  return (
    <form className="field field--search" role="search" onSubmit={submit}>
      <label htmlFor={id}>{t.compounds.search}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          data-testid="filter-search"
          value={draft}
          placeholder={t.compounds.searchPlaceholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="button" data-testid="search-submit">
          {t.compounds.searchSubmit}
        </button>
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert" data-testid="search-error">
          {error}
        </p>
      )}
    </form>
  );
}
