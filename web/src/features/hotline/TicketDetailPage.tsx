'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormField } from '@/components/ui/FormField';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { HotlineSatisfaction, HotlineTicketQuery as HotlineTicketResult, HotlineTicketStatus } from '@/gql/graphql';
import type { Messages } from '@/i18n/messages';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';
import { asApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { HOTLINE_ACTIONS, HOTLINE_SETTINGS_EDITORS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import {
  AssignHotlineTicketMutation,
  CloseHotlineTicketMutation,
  HotlineTicketQuery,
  ResolveHotlineTicketMutation,
  RespondHotlineTicketMutation,
} from './queries';
import { TicketStatus } from './TicketSummary';

type Ticket = HotlineTicketResult['hotlineTicket'];
const SATISFACTION: readonly HotlineSatisfaction[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'];

/** A refused step in plain words: an illegal transition names where the ticket is and what it may do. */
function stepError(caught: unknown, t: Messages): string {
  const error = asApiError(caught);
  const statusName = (s: string) => t.hotline.status[s as HotlineTicketStatus] ?? s;
  if (error.code === 'ILLEGAL_TICKET_TRANSITION' && error.transition) {
    const { from, allowed } = error.transition;
    return t.hotline.ticket.illegal(statusName(from), allowed.map(statusName).join('、'));
  }
  if (error.code === 'BAD_USER_INPUT') return reasonMessage(error.reason, t);
  return errorMessage(error, t);
}

/** The one step the caller may take on this ticket now, as a small form (or nothing). */
function StepForm({ ticket, onDone }: { ticket: Ticket; onDone(): void }) {
  const { t } = useI18n();
  const k = t.hotline.ticket;
  const { me } = useSession();
  const actions = me ? HOTLINE_ACTIONS[me.role] : undefined;
  const [text, setText] = useState('');
  const [satisfaction, setSatisfaction] = useState<HotlineSatisfaction>('SATISFIED');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const step =
    actions?.work && ticket.status === 'NEW'
      ? 'assign'
      : actions?.work && ticket.status === 'ASSIGNED'
        ? 'respond'
        : actions?.work && ticket.status === 'RESPONDED'
          ? 'resolve'
          : actions?.close && ticket.status === 'RESOLVED'
            ? 'close'
            : undefined;
  if (!step) return <p className="muted">{k.noAction}</p>;
  const textRequired = step === 'respond' || step === 'resolve';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (textRequired && !text.trim()) {
      setError(t.hotline.log.required);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const note = text.trim() || null;
      if (step === 'assign') await fetchGraphQL(AssignHotlineTicketMutation, { id: ticket.id, note });
      else if (step === 'respond') await fetchGraphQL(RespondHotlineTicketMutation, { id: ticket.id, reply: text.trim() });
      else if (step === 'resolve') await fetchGraphQL(ResolveHotlineTicketMutation, { id: ticket.id, resolution: text.trim() });
      else await fetchGraphQL(CloseHotlineTicketMutation, { id: ticket.id, satisfaction, note });
      setText('');
      onDone();
    } catch (caught) {
      setError(stepError(caught, t));
    }
    setBusy(false);
  };

  const label = { assign: k.assignNote, respond: k.replyLabel, resolve: k.resolutionLabel, close: k.closeNote }[step];
  const submitLabel = { assign: k.assign, respond: k.respond, resolve: k.resolve, close: k.close }[step];
  return (
    <form onSubmit={submit} noValidate className="ticket-step" data-testid="ticket-step" data-step={step}>
      {step === 'close' && (
        <FormField label={k.satisfactionLabel} name="satisfaction" testIdPrefix="ticket">
          {(props) => (
            <select {...props} value={satisfaction} onChange={(e) => setSatisfaction(e.target.value as HotlineSatisfaction)}>
              {SATISFACTION.map((s) => (
                <option key={s} value={s}>
                  {t.hotline.satisfactionValue[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField
        label={label}
        name="text"
        testIdPrefix="ticket"
        labelNote={textRequired ? undefined : t.hotline.log.optional}
        error={error}
      >
        {(props) => <textarea {...props} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <div className="form-grid-actions">
        <button type="submit" className="button button--primary" data-testid="ticket-submit" disabled={busy}>
          {busy ? k.working : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** The ticket's facts, its history and the step form. */
function TicketBody({ ticket: data, done: stepped, onDone }: { ticket: Ticket; done: boolean; onDone(): void }) {
  const { t, locale } = useI18n();
  const k = t.hotline.ticket;
  const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : '—');
  const { me } = useSession();
  return (
    <>
      <div className="page-head">
        <div>
          <h1 className="title-with-badge" data-testid="ticket-title">
            {k.title(data.compoundName)} <TicketStatus ticket={data} />
          </h1>
          <p className="muted">
            {data.streetName} · {data.communityName} · {t.hotline.category[data.category]}
          </p>
        </div>
        {me && HOTLINE_SETTINGS_EDITORS.includes(me.role) && (
          <Link href={`/hotline/compounds/${data.compoundId}/settings`} className="button" data-testid="ticket-settings-link">
            {t.hotline.settings.link}
          </Link>
        )}
      </div>
      {stepped && (
        <p className="notice notice--ok page-notice" role="status" data-testid="ticket-done">
          {k.done}
        </p>
      )}
      <div className="panel-grid panel-grid--even">
        <Panel title={t.hotline.tickets.request}>
          <p data-testid="ticket-request">{data.request}</p>
          <dl className="fact-list">
            <div className="fact">
              <dt>{k.callerPhone}</dt>
              <dd className="masked">{data.callerPhone ?? '—'}</dd>
            </div>
            <div className="fact">
              <dt>{k.assignee}</dt>
              <dd>{data.assigneeName ?? '—'}</dd>
            </div>
            <div className="fact">
              <dt>{k.respondDue}</dt>
              <dd>{when(data.respondDueAt)}</dd>
            </div>
            <div className="fact">
              <dt>{k.respondedAt}</dt>
              <dd>{when(data.respondedAt)}</dd>
            </div>
            <div className="fact">
              <dt>{k.resolveDue}</dt>
              <dd>{when(data.resolveDueAt)}</dd>
            </div>
            <div className="fact">
              <dt>{k.resolvedAt}</dt>
              <dd>{when(data.resolvedAt)}</dd>
            </div>
            <div className="fact">
              <dt>{k.reply}</dt>
              <dd data-testid="ticket-reply">{data.reply ?? '—'}</dd>
            </div>
            <div className="fact">
              <dt>{k.resolution}</dt>
              <dd>{data.resolution ?? '—'}</dd>
            </div>
            {data.satisfaction && (
              <div className="fact">
                <dt>{k.satisfaction}</dt>
                <dd>{t.hotline.satisfactionValue[data.satisfaction]}</dd>
              </div>
            )}
          </dl>
        </Panel>
        <Panel title={k.history}>
          <ol className="timeline" data-testid="ticket-history">
            {data.history.map((event) => (
              <li key={`${event.at}:${event.toStatus}`} className="timeline-item">
                <span className="timeline-date">{when(event.at)}</span> <strong>{t.hotline.status[event.toStatus]}</strong>{' '}
                {event.actorName && <span className="muted">{event.actorName}</span>}
                {event.note && <div>{event.note}</div>}
              </li>
            ))}
          </ol>
          <StepForm key={data.status} ticket={data} onDone={onDone} />
        </Panel>
      </div>
    </>
  );
}

/** `/hotline/tickets/[id]`: one ticket with its history, and the next step the caller's role may take. */
export function TicketDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const k = t.hotline.ticket;
  const ticket = useQuery(HotlineTicketQuery, { id });
  const [done, setDone] = useState(false);

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href="/hotline/tickets">{k.back}</Link>
      </p>
      {ticket.status === 'loading' ? (
        <div className="panel">
          <Skeleton lines={8} height={24} />
        </div>
      ) : ticket.status === 'error' ? (
        <div className="panel">
          <ErrorState error={ticket.error} onRetry={ticket.refetch} />
        </div>
      ) : (
        <TicketBody
          ticket={ticket.data.hotlineTicket}
          done={done}
          onDone={() => {
            setDone(true);
            ticket.refetch();
          }}
        />
      )}
    </div>
  );
}
