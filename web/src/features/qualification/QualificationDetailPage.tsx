'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { CompoundAssessmentsQuery, CompoundQualificationQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { QUALIFICATION_ACTIONS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { AssessmentForm } from './AssessmentForm';
import { candidatesHref } from './candidates-params';
import { QualificationBadge } from './QualificationBadge';
import {
  CompoundAssessmentsQuery as AssessmentsQuery,
  CompoundQualificationQuery as DetailQuery,
  QualificationStampQuery,
} from './queries';
import { OUTCOME_BADGE } from './status';

/** How often, and how many times, to ask whether the worker has recomputed the result. */
const POLL_INTERVAL_MS = 1500;
const POLL_ATTEMPTS = 8;

type Notice = { kind: 'pending' | 'ok' | 'warn'; text: string };

/**
 * `/qualification/[compoundId]`: the compound's result, every criterion with its value and
 * threshold, the assessment history (offices only) and, for the street office, a new assessment.
 */
export function QualificationDetailPage({ compoundId }: { compoundId: string }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const actions = me ? QUALIFICATION_ACTIONS[me.role] : { history: false, assess: false, rules: false };
  const result = useQuery(DetailQuery, { compoundId });
  const history = useQuery(AssessmentsQuery, { compoundId }, { skip: !actions.history });
  const [showForm, setShowForm] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [awaiting, setAwaiting] = useState<number | null>(null);
  const d = t.qualification.detail;
  const refetchResult = result.refetch;

  // After a save: ask a few times whether the stored result is computed from the new version.
  useEffect(() => {
    if (awaiting === null) return;
    const controller = new AbortController();
    let attempts = 0;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      attempts += 1;
      try {
        const { compoundQualification } = await fetchGraphQL(QualificationStampQuery, { compoundId }, controller.signal);
        if (compoundQualification && compoundQualification.assessmentVersion >= awaiting) {
          setNotice({ kind: 'ok', text: t.qualification.assess.recomputed(awaiting) });
          setAwaiting(null);
          refetchResult();
          return;
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      if (attempts >= POLL_ATTEMPTS) {
        setNotice({ kind: 'warn', text: t.qualification.assess.stillPending });
        setAwaiting(null);
        return;
      }
      timer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [awaiting, compoundId, refetchResult, t]);

  if (result.status !== 'success') {
    return (
      <div className="page">
        <div className="panel">
          {result.status === 'loading' ? (
            <Skeleton lines={8} height={24} />
          ) : result.error.code === 'NOT_FOUND' ? (
            <EmptyState title={d.notFoundTitle} testId="qualification-not-found" titleAs="h1">
              <p>{d.notFoundBody}</p>
              <Link href="/qualification" className="button">
                {d.backToList}
              </Link>
            </EmptyState>
          ) : (
            <ErrorState error={result.error} onRetry={result.refetch} />
          )}
        </div>
      </div>
    );
  }

  const { compound, compoundQualification: q } = result.data;
  const assessments = history.data?.compoundAssessments;
  return (
    <div className="page">
      <nav aria-label={d.breadcrumb} className="breadcrumb" data-testid="breadcrumb">
        <ol>
          <li>
            <Link href="/qualification">{t.qualification.title}</Link>
          </li>
          <li>
            <Link href={candidatesHref({ street: compound.street.id })} data-testid="breadcrumb-street">
              {compound.street.name}
            </Link>
          </li>
          <li>
            <span aria-current="page">{compound.name}</span>
          </li>
        </ol>
      </nav>
      <div className="page-head">
        <div className="page-head--title title-with-badge">
          <h1 data-testid="qualification-title">{d.heading(compound.name)}</h1>
          {q && <QualificationBadge status={q.status} />}
        </div>
        <div className="page-actions">
          <Link href={`/compounds/${compound.id}`} className="button">
            {d.compoundPage}
          </Link>
          {actions.assess && (
            <button
              type="button"
              className={showForm ? 'button' : 'button button--primary'}
              data-testid="assessment-open"
              aria-expanded={showForm}
              disabled={!assessments}
              onClick={() => setShowForm((shown) => !shown)}
            >
              {showForm ? t.qualification.assess.close : t.qualification.assess.open}
            </button>
          )}
        </div>
      </div>

      <p
        className={
          notice
            ? `notice page-notice ${notice.kind === 'ok' ? 'notice--ok' : notice.kind === 'pending' ? 'notice--info' : ''}`
            : 'visually-hidden'
        }
        role="status"
        data-testid="assessment-result"
        data-state={notice?.kind}
      >
        {notice?.text}
        {notice?.kind === 'warn' && (
          <button type="button" className="button button--small notice-action" onClick={() => window.location.reload()}>
            {t.qualification.assess.refresh}
          </button>
        )}
      </p>

      {actions.assess && showForm && assessments && (
        <Panel title={t.qualification.assess.title}>
          <AssessmentForm
            compoundId={compound.id}
            households={compound.households}
            current={assessments[0]}
            onSaved={(version) => {
              setShowForm(false);
              setNotice({ kind: 'pending', text: t.qualification.assess.saved(version) });
              setAwaiting(version);
              history.refetch();
            }}
          />
        </Panel>
      )}

      {q ? (
        <>
          <Panel title={d.summary}>
            <p className="qualification-summary" data-testid="qualification-summary">
              {q.summary}
            </p>
            <p className="muted" data-testid="qualification-versions">
              {d.ruleVersion(q.ruleSetVersion)} · {d.assessmentVersion(q.assessmentVersion)} ·{' '}
              {d.computedAt(formatDateTime(q.computedAt, locale))}
            </p>
          </Panel>
          <Panel title={d.criteria}>
            <CriteriaTable criteria={q.criteria} />
          </Panel>
        </>
      ) : (
        <div className="panel">
          <EmptyState title={d.noResult} testId="qualification-no-result" />
        </div>
      )}

      {actions.history && (
        <Panel title={d.history}>
          {history.status === 'loading' && <Skeleton lines={3} height={22} />}
          {history.status === 'error' && <ErrorState error={history.error} onRetry={history.refetch} />}
          {assessments &&
            (assessments.length === 0 ? (
              <p className="chart-empty" data-testid="assessment-history-empty">
                {d.historyEmpty}
              </p>
            ) : (
              <AssessmentHistory rows={assessments} />
            ))}
        </Panel>
      )}
    </div>
  );
}

type Criterion = NonNullable<CompoundQualificationQuery['compoundQualification']>['criteria'][number];

function CriteriaTable({ criteria }: { criteria: readonly Criterion[] }) {
  const { t } = useI18n();
  const col = t.qualification.detail.column;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="criteria-table">
        <caption className="visually-hidden">{t.qualification.detail.criteriaCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.criterion}</th>
            <th scope="col">{col.outcome}</th>
            <th scope="col">{col.value}</th>
            <th scope="col">{col.threshold}</th>
            <th scope="col">{col.explanation}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.criterion} data-testid="criterion-row" data-criterion={c.criterion} data-outcome={c.outcome}>
              <th scope="row">{t.enums.criterion[c.criterion]}</th>
              <td>
                <span className={OUTCOME_BADGE[c.outcome]}>{t.enums.criterionOutcome[c.outcome]}</span>
              </td>
              <td data-testid="criterion-value">{c.value ?? <span className="muted">{t.common.none}</span>}</td>
              <td data-testid="criterion-threshold">{c.threshold}</td>
              <td className="cell-wrap" data-testid="criterion-explanation">
                {c.explanation}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Assessment = CompoundAssessmentsQuery['compoundAssessments'][number];

function AssessmentHistory({ rows }: { rows: readonly Assessment[] }) {
  const { t, locale } = useI18n();
  const d = t.qualification.detail;
  const f = t.qualification.facts;
  const missing = <span className="muted">{f.missing}</span>;
  const yesNo = (value: boolean | null | undefined) => (value == null ? missing : value ? f.has : f.hasNot);
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="assessment-history">
        <caption className="visually-hidden">{d.historyCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{d.historyColumn.version}</th>
            <th scope="col">{d.historyColumn.recordedAt}</th>
            <th scope="col">{d.historyColumn.recordedBy}</th>
            <th scope="col">{d.historyColumn.facts}</th>
            <th scope="col">{d.historyColumn.evidence}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a, i) => (
            <tr key={a.id} data-testid="assessment-row" data-version={a.version}>
              <th scope="row">
                v{a.version}
                {i === 0 && <span className="badge badge--ok history-current">{d.current}</span>}
              </th>
              <td>{formatDateTime(a.recordedAt, locale)}</td>
              <td data-testid="assessment-recorded-by">{a.recordedByName}</td>
              <td className="cell-wrap">
                <dl className="mini-facts">
                  <div>
                    <dt>{f.rightsClarity}</dt>
                    <dd>
                      {a.rightsClarity ? t.enums.propertyRights[a.rightsClarity] : missing}
                      {a.rightsUnit && ` (${a.rightsUnit})`}
                    </dd>
                  </div>
                  <div>
                    <dt>{f.hasCaretaker}</dt>
                    <dd>
                      {yesNo(a.hasCaretaker)}
                      {a.caretaker && ` (${a.caretaker}${a.caretakerSince ? `, ${a.caretakerSince}` : ''})`}
                    </dd>
                  </div>
                  <div>
                    <dt>{f.survey}</dt>
                    <dd>
                      {a.surveyHouseholdsAsked != null && a.surveyHouseholdsWilling != null
                        ? f.surveyValue(a.surveyHouseholdsWilling, a.surveyHouseholdsAsked)
                        : missing}
                    </dd>
                  </div>
                  <div>
                    <dt>{f.surveyAcceptedFee}</dt>
                    <dd>{a.surveyAcceptedFee != null ? f.feeValue(String(a.surveyAcceptedFee)) : missing}</dd>
                  </div>
                  <div>
                    <dt>{f.closableGates}</dt>
                    <dd>{a.closableGates != null ? f.count(a.closableGates) : missing}</dd>
                  </div>
                  <div>
                    <dt>{f.entrancesToKeep}</dt>
                    <dd>{a.entrancesToKeep != null ? f.count(a.entrancesToKeep) : missing}</dd>
                  </div>
                  <div>
                    <dt>{f.fireLane}</dt>
                    <dd>{yesNo(a.fireLane)}</dd>
                  </div>
                </dl>
              </td>
              <td className="cell-wrap" data-testid="assessment-evidence">
                {a.evidence}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
