'use client';

import Link from 'next/link';
import { useState, type FormEvent, type Ref } from 'react';
import { FormField } from '@/components/ui/FormField';
import { Panel } from '@/components/ui/Panel';
import type { HotlineCategory } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
import { useQuery } from '@/lib/graphql/use-query';
import { CategoryOptions } from './CategoryOptions';
import { HotlineCallerTicketsQuery, LogHotlineCallMutation } from './queries';
import { TicketSummary } from './TicketSummary';

const FIELDS = ['question', 'answer', 'callerPhone', 'request'] as const;
type Field = (typeof FIELDS)[number];

interface Props {
  compoundId: string;
  category: HotlineCategory;
  onCategory(category: HotlineCategory): void;
  /** The card's script for `category`: the answer starts as it until the agent edits it. */
  script: string;
  formRef: Ref<HTMLFormElement>;
  onLogged(): void;
}

/**
 * One form per call: category, question, the answer given (the script, editable), the caller's
 * phone (looked up for their open tickets, shown masked once saved) and whether the street office
 * must follow up, which opens a ticket.
 */
export function LogCallForm({ compoundId, category, onCategory, script, formRef, onLogged }: Props) {
  const { t } = useI18n();
  const l = t.hotline.log;
  const [question, setQuestion] = useState('');
  // Undefined while the agent has not edited the answer: it then follows the chosen category's script.
  const [editedAnswer, setEditedAnswer] = useState<string>();
  const [callerPhone, setCallerPhone] = useState('');
  const [lookupPhone, setLookupPhone] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const [request, setRequest] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<{ phone: string | null; ticketId: string | null | undefined }>();
  const [busy, setBusy] = useState(false);
  const answer = editedAnswer ?? script;

  const caller = useQuery(HotlineCallerTicketsQuery, { callerPhone: lookupPhone }, { skip: lookupPhone === '' });
  const phoneError =
    errors.callerPhone ??
    (caller.status === 'error' && caller.error.code === 'BAD_USER_INPUT' ? reasonMessage(caller.error.reason, t) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!question.trim()) missing.question = l.required;
    if (!answer.trim()) missing.answer = l.required;
    setErrors(missing);
    setFormError(undefined);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      const { logHotlineCall: call } = await fetchGraphQL(LogHotlineCallMutation, {
        input: {
          compoundId,
          category,
          question: question.trim(),
          answer: answer.trim(),
          callerPhone: callerPhone.trim() || null,
          followUp,
          request: followUp && request.trim() ? request.trim() : null,
        },
      });
      setSaved({ phone: call.callerPhone ?? null, ticketId: call.ticketId });
      setQuestion('');
      setEditedAnswer(undefined);
      setCallerPhone('');
      setLookupPhone('');
      setFollowUp(false);
      setRequest('');
      onLogged();
    } catch (caught) {
      const refused = submitError(caught, FIELDS, t, { argument: 'input', reasonForForm: true });
      if (refused.field) setErrors({ [refused.field]: refused.message });
      else setFormError(refused.message);
    }
    setBusy(false);
  };

  return (
    <Panel title={l.title} className="hotline-log">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="hotline-log-form">
        <FormField label={l.category} name="category" testIdPrefix="hotline-log">
          {(props) => (
            <select {...props} value={category} onChange={(e) => onCategory(e.target.value as HotlineCategory)}>
              <CategoryOptions />
            </select>
          )}
        </FormField>
        <FormField label={l.question} name="question" testIdPrefix="hotline-log" error={errors.question}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              value={question}
              placeholder={l.questionPlaceholder}
              onChange={(e) => setQuestion(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={l.answer} name="answer" testIdPrefix="hotline-log" hint={l.answerHint} error={errors.answer}>
          {(props) => <textarea {...props} rows={5} value={answer} onChange={(e) => setEditedAnswer(e.target.value)} />}
        </FormField>
        <FormField
          label={l.callerPhone}
          name="callerPhone"
          testIdPrefix="hotline-log"
          labelNote={l.optional}
          hint={l.callerPhoneHint}
          error={phoneError}
        >
          {(props) => (
            <input
              {...props}
              type="tel"
              autoComplete="off"
              value={callerPhone}
              onChange={(e) => setCallerPhone(e.target.value)}
              onBlur={() => setLookupPhone(callerPhone.trim())}
            />
          )}
        </FormField>
        {lookupPhone !== '' && caller.status === 'success' && (
          <div className="hotline-returning" data-testid="hotline-returning">
            <p className="panel-subtitle">{l.returning}</p>
            {caller.data.hotlineCallerTickets.length === 0 ? (
              <p className="muted">{l.noReturning}</p>
            ) : (
              <ul className="hotline-ticket-list">
                {caller.data.hotlineCallerTickets.map((ticket) => (
                  <TicketSummary key={ticket.id} ticket={ticket} showReply />
                ))}
              </ul>
            )}
          </div>
        )}
        <label className="checkbox">
          <input type="checkbox" data-testid="hotline-log-followUp" checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} />{' '}
          {l.followUp}
        </label>
        {followUp && (
          <FormField label={l.request} name="request" testIdPrefix="hotline-log" hint={l.requestHint} error={errors.request}>
            {(props) => <textarea {...props} rows={2} value={request} onChange={(e) => setRequest(e.target.value)} />}
          </FormField>
        )}
        {formError && (
          <p className="form-error" role="alert" data-testid="hotline-log-error">
            {formError}
          </p>
        )}
        <div className="form-grid-actions">
          <button type="submit" className="button button--primary" data-testid="hotline-log-submit" disabled={busy}>
            {busy ? l.submitting : l.submit} <kbd>Ctrl+↵</kbd>
          </button>
        </div>
        <div role="status" data-testid="hotline-log-result" className={saved ? 'notice notice--ok' : 'visually-hidden'}>
          {saved && (
            <>
              {l.saved(saved.phone)}
              {saved.ticketId && (
                <>
                  {' '}
                  {l.ticketCreated}{' '}
                  <Link href={`/hotline/tickets/${saved.ticketId}`} data-testid="hotline-log-ticket">
                    {l.openTicket}
                  </Link>
                </>
              )}
            </>
          )}
        </div>
      </form>
    </Panel>
  );
}
