'use client';

import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Skeleton } from '@/components/ui/Skeleton';
import type { HotlineCardQuery as HotlineCardResult, HotlineCategory } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { useQuery } from '@/lib/graphql/use-query';
import { AnswerCard } from './AnswerCard';
import { HOTLINE_CATEGORIES } from './categories';
import { CompoundSearch } from './CompoundSearch';
import { LogCallForm } from './LogCallForm';
import { HotlineCardQuery } from './queries';

/** Whether a key press belongs to a text field (then it is typing, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The agent's console, keyboard first: the focus starts in the search box; Enter opens the card
 * and moves the focus to its answer; 1-4 switch the category, C copies the answer, / goes back to
 * the search, Ctrl+Enter saves the call log from anywhere.
 */
export function ConsoleView() {
  const { t } = useI18n();
  const c = t.hotline.card;
  const searchRef = useRef<HTMLInputElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [compoundId, setCompoundId] = useState<string>();
  const [category, setCategory] = useState<HotlineCategory>('SUITABILITY');
  const [copyNotice, setCopyNotice] = useState<{ ok: boolean; text: string }>();
  const card = useQuery(HotlineCardQuery, { compoundId: compoundId ?? '' }, { skip: !compoundId });
  // While the same card is fetched afresh (after a call is logged) the previous one stays on screen.
  const [lastCard, setLastCard] = useState<HotlineCardResult['hotlineCard']>();
  useEffect(() => {
    if (card.data) setLastCard(card.data.hotlineCard);
  }, [card.data]);
  const cardData = card.data?.hotlineCard ?? (lastCard?.compoundId === compoundId ? lastCard : undefined);
  const script = cardData?.answers.find((a) => a.category === category)?.script ?? '';

  // Once a card has loaded, its answer takes the focus so that the shortcuts work at once.
  const loadedId = cardData?.compoundId;
  useEffect(() => {
    if (loadedId) answerRef.current?.focus();
  }, [loadedId]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(script);
      setCopyNotice({ ok: true, text: c.copied });
    } catch {
      setCopyNotice({ ok: false, text: c.copyFailed });
    }
  };
  const chooseCategory = (next: HotlineCategory) => {
    setCategory(next);
    setCopyNotice(undefined);
  };

  // Read through a ref so the one listener always sees the current card and script.
  const shortcuts = useRef<(event: KeyboardEvent) => void>(undefined);
  shortcuts.current = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      if (formRef.current) {
        event.preventDefault();
        formRef.current.requestSubmit();
      }
      return;
    }
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = Number(event.key);
    const chosen = Number.isInteger(digit) ? HOTLINE_CATEGORIES[digit - 1] : undefined;
    if (event.key === '/') {
      event.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    } else if (chosen && cardData) {
      event.preventDefault();
      chooseCategory(chosen);
    } else if ((event.key === 'c' || event.key === 'C') && cardData) {
      event.preventDefault();
      void copy();
    }
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => shortcuts.current?.(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <div className="hotline-console" data-testid="hotline-console">
      <CompoundSearch
        inputRef={searchRef}
        onOpen={(hit) => {
          setCompoundId(hit.compoundId);
          setCopyNotice(undefined);
          // The same compound again: fetch the card afresh (a reply may have come in since).
          if (hit.compoundId === compoundId) {
            card.refetch();
            answerRef.current?.focus();
          }
        }}
      />
      <div className="hotline-workspace">
        <div className="panel hotline-card-panel">
          {!compoundId ? (
            <EmptyState title={c.chooseCompound} testId="hotline-no-card" />
          ) : cardData ? (
            <AnswerCard
              card={cardData}
              category={category}
              onCategory={chooseCategory}
              onCopy={() => void copy()}
              copyNotice={copyNotice}
              answerRef={answerRef}
            />
          ) : card.status === 'loading' ? (
            <div aria-busy="true">
              <p className="muted">{c.loading}</p>
              <Skeleton lines={8} height={20} />
            </div>
          ) : (
            card.status === 'error' && <ErrorState error={card.error} onRetry={card.refetch} />
          )}
        </div>
        {cardData && (
          <LogCallForm
            key={cardData.compoundId}
            compoundId={cardData.compoundId}
            category={category}
            onCategory={chooseCategory}
            script={script}
            formRef={formRef}
            onLogged={card.refetch}
          />
        )}
      </div>
    </div>
  );
}
