'use client';

import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import type { ProjectDetailFieldsFragment, RenovationStage } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { ApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { AdvanceStageMutation, CorrectStageMutation } from './queries';
import { isRenovationStage, nextStage, previousStage } from './stages';

type Project = ProjectDetailFieldsFragment;
export type StageNotice = { ok: boolean; text: string };

/**
 * The street office's stage controls: advance to the stage named on the button (behind a
 * confirmation), or undo the last step with a reason. A refused change (ILLEGAL_STAGE_TRANSITION:
 * someone else moved it meanwhile) is said plainly and the page reloads the project.
 */
export function StageActions({
  project,
  onChanged,
  onStale,
  onNotice,
}: {
  project: Project;
  onChanged(project: Project): void;
  onStale(): void;
  onNotice(notice: StageNotice): void;
}) {
  const { t } = useI18n();
  const p = t.renovation.project;
  const stageName = (stage: string) => (isRenovationStage(stage) ? t.enums.renovationStage[stage] : stage);
  const next = nextStage(project.stage);
  const previous = previousStage(project.stage);
  const ids = { actualOn: useId(), company: useId(), reason: useId(), reasonHint: useId(), reasonError: useId(), companyError: useId() };
  const [actualOn, setActualOn] = useState('');
  const [company, setCompany] = useState('');
  const [companyError, setCompanyError] = useState<string>();
  const [actualError, setActualError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [showCorrect, setShowCorrect] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();

  const refused = (caught: unknown, fieldErrors: Record<string, (text: string) => void>) => {
    const error = caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
    if (error.code === 'ILLEGAL_STAGE_TRANSITION' && error.transition) {
      const { from, to, allowed } = error.transition;
      onNotice({
        ok: false,
        text: p.illegal(stageName(from), stageName(to), allowed[0] ? p.illegalAllowed(stageName(allowed[0])) : p.illegalNone),
      });
      onStale();
      return;
    }
    const field = error.field?.replace(/^input\./, '');
    const show = field ? fieldErrors[field] : undefined;
    if (error.code === 'BAD_USER_INPUT' && show) show(reasonMessage(error.reason, t));
    else onNotice({ ok: false, text: error.code === 'BAD_USER_INPUT' ? reasonMessage(error.reason, t) : errorMessage(error, t) });
  };

  const askAdvance = (event: FormEvent) => {
    event.preventDefault();
    setActualError(undefined);
    setCompanyError(undefined);
    if (next === 'HANDED_OVER' && company.trim() === '') {
      setCompanyError(t.reasons.propertyCompanyRequired);
      return;
    }
    setConfirming(true);
  };

  const advance = async (to: RenovationStage) => {
    setBusy(true);
    try {
      const { advanceRenovationStage } = await fetchGraphQL(AdvanceStageMutation, {
        id: project.id,
        input: { toStage: to, actualOn: actualOn || undefined, propertyCompany: to === 'HANDED_OVER' ? company.trim() : undefined },
      });
      setActualOn('');
      setCompany('');
      onChanged(advanceRenovationStage);
      onNotice({ ok: true, text: p.advanced(t.enums.renovationStage[to]) });
    } catch (caught) {
      refused(caught, { actualOn: setActualError, propertyCompany: setCompanyError });
    }
    setBusy(false);
    setConfirming(false);
  };

  const correct = async (event: FormEvent) => {
    event.preventDefault();
    if (!previous) return;
    const length = [...reason.trim()].length;
    if (length < 2 || length > 200) {
      setReasonError(p.reasonLength);
      return;
    }
    setReasonError(undefined);
    setBusy(true);
    try {
      const { correctRenovationStage } = await fetchGraphQL(CorrectStageMutation, {
        id: project.id,
        input: { toStage: previous, reason: reason.trim() },
      });
      setReason('');
      setShowCorrect(false);
      onChanged(correctRenovationStage);
      onNotice({ ok: true, text: p.corrected(t.enums.renovationStage[previous]) });
    } catch (caught) {
      refused(caught, { reason: setReasonError });
    }
    setBusy(false);
  };

  return (
    <div className="stage-actions" data-testid="stage-actions">
      <p className="muted">{p.actionsIntro}</p>
      {next ? (
        <form className="stage-form" onSubmit={askAdvance} noValidate data-testid="advance-form">
          <div className="field">
            <label htmlFor={ids.actualOn}>{p.actualOn}</label>
            <input
              id={ids.actualOn}
              type="date"
              data-testid="advance-actual-on"
              value={actualOn}
              aria-invalid={actualError ? true : undefined}
              onChange={(e) => setActualOn(e.target.value)}
            />
            <p className="field-hint">{p.actualOnHint}</p>
            {actualError && (
              <p className="field-error" role="alert" data-testid="advance-error-actualOn">
                {actualError}
              </p>
            )}
          </div>
          {next === 'HANDED_OVER' && (
            <div className="field">
              <label htmlFor={ids.company}>{p.propertyCompanyInput}</label>
              <input
                id={ids.company}
                type="text"
                maxLength={64}
                data-testid="advance-property-company"
                value={company}
                aria-invalid={companyError ? true : undefined}
                aria-describedby={companyError ? ids.companyError : undefined}
                onChange={(e) => setCompany(e.target.value)}
              />
              <p className="field-hint">{p.propertyCompanyHint}</p>
              {companyError && (
                <p id={ids.companyError} className="field-error" role="alert" data-testid="advance-error-propertyCompany">
                  {companyError}
                </p>
              )}
            </div>
          )}
          <div className="stage-form-actions">
            <button type="submit" className="button button--primary" disabled={busy} data-testid="advance-open" data-to={next}>
              {p.advance(t.enums.renovationStage[next])}
            </button>
          </div>
        </form>
      ) : (
        <p data-testid="advance-at-end">{p.atEnd}</p>
      )}

      {previous && (
        <div className="stage-correct">
          <button
            type="button"
            className="button button--link"
            data-testid="correct-open"
            aria-expanded={showCorrect}
            onClick={() => setShowCorrect((shown) => !shown)}
          >
            {p.correct(t.enums.renovationStage[previous])}
          </button>
          {showCorrect && (
            <form className="stage-form" onSubmit={correct} noValidate data-testid="correct-form">
              <div className="field field--grow">
                <label htmlFor={ids.reason}>{p.reason}</label>
                <input
                  id={ids.reason}
                  type="text"
                  maxLength={200}
                  data-testid="correct-reason"
                  placeholder={p.reasonPlaceholder}
                  value={reason}
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={[reasonError ? ids.reasonError : '', ids.reasonHint].filter(Boolean).join(' ')}
                  onChange={(e) => setReason(e.target.value)}
                />
                <p id={ids.reasonHint} className="field-hint">
                  {p.reasonHint}
                </p>
                {reasonError && (
                  <p id={ids.reasonError} className="field-error" role="alert" data-testid="correct-error">
                    {reasonError}
                  </p>
                )}
              </div>
              <div className="stage-form-actions">
                <button type="submit" className="button" disabled={busy} data-testid="correct-submit">
                  {p.correctSubmit}
                </button>
              </div>
            </form>
          )}
        </div>
      )}

      <ConfirmDialog
        message={
          confirming && next
            ? p.advanceConfirm(
                project.compound.name,
                t.enums.renovationStage[project.stage],
                t.enums.renovationStage[next],
                actualOn || p.today,
              )
            : null
        }
        confirmLabel={next ? p.advance(t.enums.renovationStage[next]) : t.common.confirm}
        busy={busy}
        onConfirm={() => next && void advance(next)}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
