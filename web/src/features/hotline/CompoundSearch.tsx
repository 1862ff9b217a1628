'use client';

import { useEffect, useId, useState, type KeyboardEvent, type Ref } from 'react';
import { ErrorState } from '@/components/ui/ErrorState';
import type { HotlineSearchQuery as HotlineSearchResult } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { useQuery } from '@/lib/graphql/use-query';
import { HotlineSearchQuery } from './queries';

export type SearchHit = HotlineSearchResult['hotlineSearch'][number];

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
const DEBOUNCE_MS = 150;
const MAX_LENGTH = 50;
const RESULT_LIMIT = 8;
/**
 * The API always offers its nearest neighbours, however weak. On the demo and 10,000-compound
 * fixtures every spoken query's compound scores at least 0.6 while text that names no compound
 * ("qqqq", "火星基地", "123456") tops out below 0.3: below this floor a hit is noise, and the
 * console says nothing matched instead.
 */
const MIN_SCORE = 0.4;

/** `text` once it has stopped changing for `ms`. */
function useDebounced(text: string, ms: number): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(timer);
  }, [text, ms]);
  return settled;
}

interface Props {
  /** The search box, so the console's `/` key can bring the focus back. */
  inputRef: Ref<HTMLInputElement>;
  onOpen(hit: SearchHit): void;
}

/**
 * The console's one search box (a combobox): results as the agent types, in the API's ranking,
 * each with its street and community; ↑ ↓ pick, Enter opens the compound's card.
 */
export function CompoundSearch({ inputRef, onOpen }: Props) {
  const { t } = useI18n();
  const s = t.hotline.search;
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  // The list folds away once a compound is opened, and comes back with the next keystroke.
  const [folded, setFolded] = useState(false);
  const query = useDebounced(text.trim(), DEBOUNCE_MS);
  const tooLong = query.length > MAX_LENGTH;
  const result = useQuery(HotlineSearchQuery, { text: query, limit: RESULT_LIMIT }, { skip: query === '' || tooLong });
  const hits = (result.data?.hotlineSearch ?? []).filter((hit) => hit.score >= MIN_SCORE);
  const pending = text.trim() !== query || (query !== '' && !tooLong && result.status === 'loading');
  const expanded = !folded && query !== '' && result.status === 'success' && hits.length > 0;
  const open = (hit: SearchHit) => {
    setFolded(true);
    onOpen(hit);
  };

  // A new result list starts at its best match.
  useEffect(() => setActive(0), [result.data]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      setFolded(false);
      setActive((i) => (i + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      setFolded(false);
      setActive((i) => (i - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && !event.ctrlKey) {
      event.preventDefault();
      const hit = hits[active];
      if (hit && !pending) open(hit);
    } else if (event.key === 'Escape') {
      setText('');
      setFolded(false);
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;

  return (
    <div className="hotline-search">
      <label htmlFor={inputId} className="hotline-search-label">
        {s.label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="search"
        role="combobox"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        className="hotline-search-input"
        data-testid="hotline-search"
        placeholder={s.placeholder}
        value={text}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby={`${listId}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          setFolded(false);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${listId}-hint`} className="field-hint">
        {s.hint}
      </p>

      <div aria-live="polite" className="hotline-search-state" data-testid="hotline-search-state">
        {tooLong ? (
          <p className="field-error">{s.tooLong}</p>
        ) : query === '' ? null : pending ? (
          <p className="muted">{s.searching}</p>
        ) : result.status === 'error' ? (
          <ErrorState error={result.error} onRetry={result.refetch} />
        ) : hits.length === 0 ? (
          <div className="hotline-search-empty" data-testid="hotline-search-empty">
            <p className="state-title">{s.empty}</p>
            <ul className="hotline-tips">
              {s.emptyTips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="visually-hidden">{s.results(hits.length)}</p>
        )}
      </div>

      <ul id={listId} role="listbox" aria-label={s.label} className="hotline-results" hidden={!expanded} data-testid="hotline-results">
        {hits.map((hit, index) => (
          <li
            key={hit.compoundId}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'hotline-result hotline-result--active' : 'hotline-result'}
            data-testid="hotline-result"
            data-compound-id={hit.compoundId}
            // The focus stays in the search box; a click picks like Enter does.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => open(hit)}
          >
            <span className="hotline-result-name" data-testid="hotline-result-name">
              {hit.name}
            </span>
            <span className="hotline-result-place">{s.place(hit.streetName, hit.communityName)}</span>
            <span className="badge">{t.hotline.matchedBy[hit.matchedBy]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
