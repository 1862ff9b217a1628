'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ResidentFilter, RevealResidentMutation as RevealResult } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { ApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { formatInteger } from '@/lib/format';
import { downloadBase64 } from './download';
import { ExportResidentsMutation, RevealResidentMutation } from './queries';
import { REASON_MAX_LENGTH, isReasonValid, reasonLength } from './residents-params';
import type { ResidentRow } from './ResidentTable';

export type ReasonTarget =
  { kind: 'reveal'; resident: ResidentRow; compoundName: string | undefined } | { kind: 'export'; filter: ResidentFilter; total: number };

interface Props {
  target: ReasonTarget;
  onClose(): void;
  onExported(rows: number, filename: string): void;
}

type Revealed = { values: RevealResult['revealResident']; reason: string };

/**
 * Asks why before any unmasked read (one resident, or an export), says that it is audited, and
 * then shows the record or starts the download. Mount it only while open: the revealed values
 * live in this component's state alone, so closing the dialog (unmounting it) drops them.
 */
export function ReasonDialog({ target, onClose, onExported }: Props) {
  const { t, locale } = useI18n();
  const d = t.residents.dialog;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const hintId = useId();
  const errorId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [revealed, setRevealed] = useState<Revealed | null>(null);

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
    const why = reason.trim();
    try {
      if (target.kind === 'reveal') {
        const { revealResident } = await fetchGraphQL(RevealResidentMutation, { id: target.resident.id, reason: why });
        setRevealed({ values: revealResident, reason: why });
      } else {
        const { exportResidents: file } = await fetchGraphQL(ExportResidentsMutation, { filter: target.filter, reason: why });
        downloadBase64(file.base64, file.filename, file.mimeType);
        onExported(file.rows, file.filename);
        return;
      }
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
      if (error.code === 'BAD_USER_INPUT' && error.field === 'reason') setReasonError(reasonMessage(error.reason, t));
      else if (error.code === 'BAD_USER_INPUT') setFormError(reasonMessage(error.reason, t));
      else setFormError(errorMessage(error, t));
    }
    setBusy(false);
  };

  const resident = target.kind === 'reveal' ? target.resident : null;
  const describedBy = [reasonError ? errorId : undefined, hintId].filter(Boolean).join(' ');
  const count = reasonLength(reason);

  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby={titleId}
      data-testid="reason-dialog"
      data-kind={target.kind}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {target.kind === 'reveal' ? d.revealTitle : d.exportTitle}
      </h2>
      {resident && (
        <p className="dialog-subject" data-testid="reason-dialog-subject">
          {d.target}: {target.kind === 'reveal' && target.compoundName ? `${target.compoundName} ` : ''}
          {t.residents.address(resident.building, resident.unit, resident.room)} <span className="masked">{resident.name}</span>
        </p>
      )}
      {target.kind === 'export' && <p className="dialog-subject">{t.residents.exportScope(formatInteger(target.total, locale))}</p>}

      {revealed ? (
        <>
          <dl className="revealed" data-testid="revealed">
            <div>
              <dt>{t.residents.column.name}</dt>
              <dd data-testid="revealed-name">{revealed.values.name}</dd>
            </div>
            <div>
              <dt>{t.residents.column.idNumber}</dt>
              <dd data-testid="revealed-id-number">{revealed.values.idNumber ?? t.common.none}</dd>
            </div>
            <div>
              <dt>{t.residents.column.phone}</dt>
              <dd data-testid="revealed-phone">{revealed.values.phone ?? t.common.none}</dd>
            </div>
            <div>
              <dt>{t.residents.column.plate}</dt>
              <dd data-testid="revealed-plate">{revealed.values.plate ?? t.common.none}</dd>
            </div>
          </dl>
          <p className="notice notice--info" data-testid="revealed-reason">
            {d.recorded(revealed.reason)}
          </p>
          <p className="field-hint">{d.closeNote}</p>
          <div className="dialog-actions">
            <button type="button" className="button button--primary" data-testid="reason-close" onClick={onClose}>
              {d.close}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="notice" data-testid="audit-notice">
            {target.kind === 'reveal' ? d.auditNotice : d.exportNotice}
          </p>
          <div className="field dialog-field">
            <label htmlFor={reasonId}>{d.reason}</label>
            <textarea
              id={reasonId}
              data-testid="reason-input"
              rows={3}
              value={reason}
              placeholder={d.reasonPlaceholder}
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
              {busy ? d.working : target.kind === 'reveal' ? d.revealSubmit : d.exportSubmit}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
