'use client';

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';
import { ApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { REASON_MAX_LENGTH, isReasonValid, reasonLength } from '@/lib/reason';

interface Props {
  /** `data-kind` of the dialog, for tests and styles (reveal, export...). */
  kind: string;
  title: string;
  /** What the action is about (a resident, the rows an export covers), above the form. */
  subject?: ReactNode;
  /** That the action is audited, and what it records. */
  notice: string;
  placeholder: string;
  submitLabel: string;
  /**
   * Runs the action with the trimmed reason. Resolves with what to show in the dialog instead of
   * the form (a revealed record), or null when the caller is done (and closes the dialog itself).
   * An ApiError it throws is shown: under the reason when the API names it, else above the buttons.
   */
  onSubmit(reason: string): Promise<ReactNode | null>;
  onClose(): void;
}

/**
 * Asks why before an audited action (an unmasked read, an export), says that it is audited, and
 * checks the reason as the API does before sending it. Mount it only while open: whatever the
 * action answered lives in this component's state alone, so closing it (unmounting) drops it.
 */
export function ReasonDialog({ kind, title, subject, notice, placeholder, submitLabel, onSubmit, onClose }: Props) {
  const { t } = useI18n();
  const d = t.reasonDialog;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const hintId = useId();
  const errorId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReactNode>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isReasonValid(reason)) {
      setReasonError(d.reasonLength);
      return;
    }
    setReasonError(undefined);
    setFormError(undefined);
    setBusy(true);
    try {
      const shown = await onSubmit(reason.trim());
      if (shown === null) return;
      setResult(shown);
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
      if (error.code === 'BAD_USER_INPUT' && error.field === 'reason') setReasonError(reasonMessage(error.reason, t));
      else if (error.code === 'BAD_USER_INPUT') setFormError(reasonMessage(error.reason, t));
      else setFormError(errorMessage(error, t));
    }
    setBusy(false);
  };

  const describedBy = [reasonError ? errorId : undefined, hintId].filter(Boolean).join(' ');
  const count = reasonLength(reason);

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby={titleId}
      data-testid="reason-dialog"
      data-kind={kind}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {subject && (
        <p className="dialog-subject" data-testid="reason-dialog-subject">
          {subject}
        </p>
      )}

      {result ? (
        <>
          {result}
          <div className="dialog-actions">
            <button type="button" className="button button--primary" data-testid="reason-close" onClick={onClose}>
              {d.close}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="notice" data-testid="audit-notice">
            {notice}
          </p>
          <div className="field dialog-field">
            <label htmlFor={reasonId}>{d.reason}</label>
            <textarea
              id={reasonId}
              data-testid="reason-input"
              rows={3}
              value={reason}
              placeholder={placeholder}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => setReason(e.target.value)}
            />
            <p id={hintId} className="field-hint field-hint--split">
              <span>{d.reasonHint}</span>
              <span className={count > REASON_MAX_LENGTH ? 'field-error' : undefined}>{d.count(count)}</span>
            </p>
            {reasonError && (
              <p id={errorId} className="field-error" role="alert" data-testid="reason-error">
                {reasonError}
              </p>
            )}
          </div>
          {formError && (
            <p className="form-error" role="alert" data-testid="reason-form-error">
              {formError}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button" data-testid="reason-cancel" onClick={onClose}>
              {t.common.cancel}
            </button>
            <button type="submit" className="button button--primary" data-testid="reason-submit" disabled={busy}>
              {busy ? d.working : submitLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
