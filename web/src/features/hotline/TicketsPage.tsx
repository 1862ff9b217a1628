'use client';

import Link from 'next/link';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormField } from '@/components/ui/FormField';
import { Skeleton } from '@/components/ui/Skeleton';
import type { HotlineCategory, HotlineTicketFieldsFragment, HotlineTicketFilter, HotlineTicketStatus } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';
import { useQuery } from '@/lib/graphql/use-query';
import { HOTLINE_SETTINGS_EDITORS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { TICKET_STATUSES } from './categories';
import { CategoryOptions } from './CategoryOptions';
import { HotlineTicketsQuery } from './queries';
import { TicketStatus } from './TicketSummary';

const PAGE_SIZE = 20;

/** Until it is responded to a ticket runs against the reply deadline, then against the resolution deadline. */
const dueAt = (ticket: HotlineTicketFieldsFragment) =>
  ticket.status === 'NEW' || ticket.status === 'ASSIGNED' ? ticket.respondDueAt : ticket.resolveDueAt;

/**
 * `/hotline/tickets`: the queue, cut by the API to the caller's place (a street office sees its
 * street's tickets only): overdue first, then oldest first; by status, category and overdue.
 */
export function TicketsPage() {
  const { t, locale } = useI18n();
  const k = t.hotline.tickets;
  const { me } = useSession();
  const settingsLinks = me ? HOTLINE_SETTINGS_EDITORS.includes(me.role) : false;
  const [status, setStatus] = useState<HotlineTicketStatus | ''>('');
  const [category, setCategory] = useState<HotlineCategory | ''>('');
  const [overdue, setOverdue] = useState<'' | 'yes' | 'no'>('');
  const [page, setPage] = useState(0);
  const filter: HotlineTicketFilter = {
    ...(status ? { status: [status] } : {}),
    ...(category ? { category } : {}),
    ...(overdue ? { overdue: overdue === 'yes' } : {}),
  };
  const tickets = useQuery(HotlineTicketsQuery, { filter, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const list = tickets.data?.hotlineTickets;
  const pages = list ? Math.max(1, Math.ceil(list.totalCount / PAGE_SIZE)) : 1;
  // A new filter starts at the first page again.
  const change = (apply: () => void) => {
    apply();
    setPage(0);
  };

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{k.title}</h1>
          <p className="muted">{k.intro}</p>
        </div>
      </div>

      <div className="filters filters--inline" data-testid="ticket-filters">
        <FormField label={k.filterStatus} name="status" testIdPrefix="ticket-filter">
          {(props) => (
            <select {...props} value={status} onChange={(e) => change(() => setStatus(e.target.value as HotlineTicketStatus | ''))}>
              <option value="">{k.open}</option>
              {TICKET_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.hotline.status[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={k.filterCategory} name="category" testIdPrefix="ticket-filter">
          {(props) => (
            <select {...props} value={category} onChange={(e) => change(() => setCategory(e.target.value as HotlineCategory | ''))}>
              <option value="">{t.common.all}</option>
              <CategoryOptions />
            </select>
          )}
        </FormField>
        <FormField label={k.filterOverdue} name="overdue" testIdPrefix="ticket-filter">
          {(props) => (
            <select {...props} value={overdue} onChange={(e) => change(() => setOverdue(e.target.value as '' | 'yes' | 'no'))}>
              <option value="">{t.common.all}</option>
              <option value="yes">{k.overdueOnly}</option>
              <option value="no">{k.notOverdue}</option>
            </select>
          )}
        </FormField>
      </div>

      <div className="panel">
        {tickets.status === 'loading' ? (
          <Skeleton lines={8} height={24} />
        ) : tickets.status === 'error' ? (
          <ErrorState error={tickets.error} onRetry={tickets.refetch} />
        ) : !list || list.items.length === 0 ? (
          <EmptyState title={k.empty} testId="ticket-empty">
            <p>{k.emptyHint}</p>
          </EmptyState>
        ) : (
          <>
            <p className="total" data-testid="ticket-total" data-count={list.totalCount}>
              {k.total(list.totalCount)}
            </p>
            <div className="table-wrap">
              <table className="data-table" data-testid="ticket-table">
                <thead>
                  <tr>
                    <th scope="col">{k.compound}</th>
                    <th scope="col">{t.hotline.figures.street}</th>
                    <th scope="col">{k.filterCategory}</th>
                    <th scope="col">{k.filterStatus}</th>
                    <th scope="col">{k.request}</th>
                    <th scope="col">{k.due}</th>
                    <th scope="col">{k.created}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((ticket) => (
                    <tr
                      key={ticket.id}
                      data-testid="ticket-row"
                      data-ticket-id={ticket.id}
                      className={ticket.overdue ? 'ticket-row--overdue' : undefined}
                    >
                      <td>
                        <Link href={`/hotline/tickets/${ticket.id}`} data-testid="ticket-link">
                          {ticket.compoundName}
                        </Link>
                        <div className="muted">{ticket.communityName}</div>
                        {settingsLinks && (
                          <Link href={`/hotline/compounds/${ticket.compoundId}/settings`} data-testid="ticket-settings-link">
                            {t.hotline.settings.link}
                          </Link>
                        )}
                      </td>
                      <td>{ticket.streetName}</td>
                      <td>{t.hotline.category[ticket.category]}</td>
                      <td>
                        <TicketStatus ticket={ticket} />
                      </td>
                      <td className="ticket-request">{ticket.request}</td>
                      <td className={ticket.overdue ? 'field-error' : undefined}>
                        {ticket.status === 'CLOSED' ? '—' : formatDateTime(dueAt(ticket), locale)}
                      </td>
                      <td>{formatDateTime(ticket.createdAt, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {pages > 1 && (
              <nav className="pagination" aria-label={k.pages}>
                <button type="button" className="button" data-testid="ticket-prev" disabled={page === 0} onClick={() => setPage(page - 1)}>
                  {k.previous}
                </button>
                <span data-testid="ticket-page">{k.page(page + 1, pages)}</span>
                <button
                  type="button"
                  className="button"
                  data-testid="ticket-next"
                  disabled={page + 1 >= pages}
                  onClick={() => setPage(page + 1)}
                >
                  {k.next}
                </button>
              </nav>
            )}
          </>
        )}
      </div>
    </div>
  );
}
