'use client';

import Link from 'next/link';
import type { HotlineTicketFieldsFragment } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';

/** A ticket's status, marked when it is overdue. */
export function TicketStatus({ ticket }: { ticket: Pick<HotlineTicketFieldsFragment, 'status' | 'overdue'> }) {
  const { t } = useI18n();
  const h = t.hotline;
  return (
    <span className="hotline-status">
      <span
        className={ticket.status === 'CLOSED' || ticket.status === 'RESOLVED' ? 'badge badge--ok' : 'badge'}
        data-testid="ticket-status"
      >
        {h.status[ticket.status]}
      </span>
      {ticket.overdue && (
        <span className="badge badge--error" data-testid="ticket-overdue">
          {h.tickets.overdueBadge}
        </span>
      )}
    </span>
  );
}

/**
 * One ticket in a short list (the card's replies and open tickets, a returning caller's tickets):
 * what was asked, the street office's reply when there is one, and a link to the ticket.
 */
export function TicketSummary({ ticket, showReply }: { ticket: HotlineTicketFieldsFragment; showReply: boolean }) {
  const { t, locale } = useI18n();
  const h = t.hotline;
  return (
    <li className="hotline-ticket" data-testid="hotline-ticket-summary" data-ticket-id={ticket.id}>
      <div className="hotline-ticket-head">
        <TicketStatus ticket={ticket} />
        <span className="muted">
          {h.category[ticket.category]} · {formatDateTime(ticket.createdAt, locale)}
        </span>
        <Link href={`/hotline/tickets/${ticket.id}`} className="button--link">
          {h.log.openTicket}
        </Link>
      </div>
      <p className="hotline-ticket-request">{ticket.request}</p>
      {showReply && ticket.reply && (
        <p className="hotline-ticket-reply" data-testid="hotline-reply">
          <strong>{h.ticket.reply}：</strong>
          {ticket.reply}
          {ticket.respondedAt && <span className="muted"> （{formatDateTime(ticket.respondedAt, locale)}）</span>}
        </p>
      )}
    </li>
  );
}
