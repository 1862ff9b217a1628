'use client';

import type { Ref } from 'react';
import { Panel } from '@/components/ui/Panel';
import { StatusBadge } from '@/components/ui/StatusBadge';
import type { HotlineCardQuery, HotlineCategory } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { TicketSummary } from './TicketSummary';

type Card = HotlineCardQuery['hotlineCard'];

interface Props {
  card: Card;
  category: HotlineCategory;
  onCategory(category: HotlineCategory): void;
  onCopy(): void;
  /** What the last copy did, for the status line. */
  copyNotice: { ok: boolean; text: string } | undefined;
  /** The answer region, focused when the card opens so the shortcuts work at once. */
  answerRef: Ref<HTMLDivElement>;
}

/**
 * A compound's answer card: the four ready scripts (the API composes them from live data each
 * time), one shown at a time as tabs, with the street office's replies and the open tickets.
 */
export function AnswerCard({ card, category, onCategory, onCopy, copyNotice, answerRef }: Props) {
  const { t } = useI18n();
  const c = t.hotline.card;
  const answer = card.answers.find((a) => a.category === category) ?? card.answers[0];

  return (
    <div className="hotline-card" data-testid="hotline-card" data-compound-id={card.compoundId}>
      <div className="hotline-card-head">
        <h2 className="hotline-card-name" data-testid="hotline-card-name">
          {card.name}
        </h2>
        <StatusBadge status={card.closureStatus} />
        <p className="muted">
          {t.hotline.search.place(card.streetName, card.communityName)} · {card.address}
          {card.aliases.length > 0 && ` · ${c.aliases(card.aliases.join('、'))}`}
        </p>
      </div>

      <div role="tablist" aria-label={c.answerTitle} className="hotline-tabs">
        {card.answers.map((a, index) => (
          <button
            key={a.category}
            type="button"
            role="tab"
            id={`hotline-tab-${a.category}`}
            aria-selected={a.category === answer?.category}
            aria-controls="hotline-answer"
            className={a.category === answer?.category ? 'hotline-tab hotline-tab--active' : 'hotline-tab'}
            data-testid={`hotline-tab-${a.category}`}
            onClick={() => onCategory(a.category)}
          >
            <kbd>{index + 1}</kbd> {t.hotline.category[a.category]}
          </button>
        ))}
      </div>

      {answer && (
        <div
          id="hotline-answer"
          role="tabpanel"
          aria-labelledby={`hotline-tab-${answer.category}`}
          tabIndex={-1}
          ref={answerRef}
          className="hotline-answer"
          data-testid="hotline-answer"
          data-category={answer.category}
        >
          <p className="hotline-script" data-testid="hotline-script">
            {answer.script}
          </p>
          <div className="hotline-answer-actions">
            <button type="button" className="button button--primary" data-testid="hotline-copy" onClick={onCopy}>
              {c.copy} <kbd>C</kbd>
            </button>
            <span className="muted">{c.templateVersion(answer.templateVersion)}</span>
            <span
              role="status"
              className={copyNotice ? (copyNotice.ok ? 'hotline-copied' : 'field-error') : 'visually-hidden'}
              data-testid="hotline-copy-status"
            >
              {copyNotice?.text}
            </span>
          </div>
        </div>
      )}
      <p className="field-hint" data-testid="hotline-shortcuts">
        {c.shortcuts}
      </p>

      <Panel title={c.replies} className="hotline-subpanel">
        {card.replies.length === 0 ? (
          <p className="muted">{c.noReplies}</p>
        ) : (
          <ul className="hotline-ticket-list" data-testid="hotline-replies">
            {card.replies.map((ticket) => (
              <TicketSummary key={ticket.id} ticket={ticket} showReply />
            ))}
          </ul>
        )}
      </Panel>
      <Panel title={c.openTickets} className="hotline-subpanel">
        {card.openTickets.length === 0 ? (
          <p className="muted">{c.noOpenTickets}</p>
        ) : (
          <ul className="hotline-ticket-list" data-testid="hotline-open-tickets">
            {card.openTickets.map((ticket) => (
              <TicketSummary key={ticket.id} ticket={ticket} showReply={false} />
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
