'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormField } from '@/components/ui/FormField';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { PropertyRightsStatus, QualificationWhatIfQuery, RuleSetFieldsFragment, RuleSetInput } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime, formatInteger, formatPercent } from '@/lib/format';
import { asApiError, errorMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
import { useQuery } from '@/lib/graphql/use-query';
import { QualificationBadge } from './QualificationBadge';
import { ActivateRuleSetMutation, CreateRuleSetMutation, RuleSetsQuery, WhatIfQuery } from './queries';

const CLARITIES: readonly PropertyRightsStatus[] = ['CLEAR', 'BASICALLY_CLEAR', 'UNCLEAR'];

type Field = 'minRightsClarity' | 'minWillingShare' | 'minAcceptedFee' | 'minClosableGates' | 'maxEntrancesToKeep' | 'note';
const FIELDS: readonly Field[] = [
  'minRightsClarity',
  'minWillingShare',
  'minAcceptedFee',
  'minClosableGates',
  'maxEntrancesToKeep',
  'note',
];

/** The form as typed: numbers stay text until submitted; the share is in percent. */
interface Draft {
  minRightsClarity: PropertyRightsStatus;
  caretakerRequired: boolean;
  willingPercent: string;
  minAcceptedFee: string;
  minClosableGates: string;
  maxEntrancesToKeep: string;
  fireLaneRequired: boolean;
  note: string;
}

function draftFrom(rules: RuleSetFieldsFragment | undefined): Draft {
  return {
    minRightsClarity: rules?.minRightsClarity ?? 'BASICALLY_CLEAR',
    caretakerRequired: rules?.caretakerRequired ?? true,
    willingPercent: rules ? String(Math.round(rules.minWillingShare * 10000) / 100) : '50',
    minAcceptedFee: rules?.minAcceptedFee == null ? '' : String(rules.minAcceptedFee),
    minClosableGates: String(rules?.minClosableGates ?? 1),
    maxEntrancesToKeep: String(rules?.maxEntrancesToKeep ?? 2),
    fireLaneRequired: rules?.fireLaneRequired ?? true,
    note: '',
  };
}

type Notice = { ok: boolean; text: string };
type WhatIf = QualificationWhatIfQuery['qualificationWhatIf'];

/**
 * The district's rules (DISTRICT_OFFICIAL): the active version's thresholds, every version, a
 * draft form that can be tried against current data (nothing saved) before it is saved and
 * activated.
 */
export function RuleSetPanel({ districtId }: { districtId: string }) {
  const { t, locale } = useI18n();
  const r = t.qualification.rules;
  const sets = useQuery(RuleSetsQuery, { districtId });
  const [notice, setNotice] = useState<Notice>();
  const [pending, setPending] = useState<RuleSetFieldsFragment | null>(null);
  const [busy, setBusy] = useState(false);

  const versions = sets.data?.qualificationRuleSets ?? [];
  const active = versions.find((v) => v.status === 'ACTIVE');

  const activate = async (set: RuleSetFieldsFragment) => {
    setBusy(true);
    try {
      await fetchGraphQL(ActivateRuleSetMutation, { id: set.id });
      setNotice({ ok: true, text: r.activated(set.version) });
      sets.refetch();
    } catch (caught) {
      const error = asApiError(caught);
      setNotice({ ok: false, text: error.code === 'RULE_SET_NOT_ACTIVATABLE' ? r.notActivatable : errorMessage(error, t) });
    }
    setBusy(false);
    setPending(null);
  };

  return (
    <Panel title={r.title} className="rules-panel">
      <p
        className={notice ? (notice.ok ? 'notice notice--ok page-notice' : 'notice notice--error page-notice') : 'visually-hidden'}
        role="status"
        data-testid="rules-result"
      >
        {notice?.text}
      </p>
      {sets.status === 'loading' && <Skeleton lines={4} height={22} />}
      {sets.status === 'error' && <ErrorState error={sets.error} onRetry={sets.refetch} />}
      {sets.status === 'success' && (
        <div className="stack">
          {active ? (
            <div data-testid="rules-active" data-version={active.version}>
              <p className="rules-active-head">
                <strong>{r.active(active.version)}</strong>
                <span className="muted">
                  {' '}
                  {r.by(active.createdByName, formatDateTime(active.createdAt, locale))}
                  {active.activatedAt && ` · ${r.activatedAt(formatDateTime(active.activatedAt, locale))}`}
                </span>
              </p>
              {active.note && <p className="muted">{active.note}</p>}
              <Thresholds rules={active} />
            </div>
          ) : (
            <p className="notice">{r.noActive}</p>
          )}

          <div className="table-wrap">
            <table className="data-table" data-testid="rule-versions">
              <caption className="visually-hidden">{r.versionsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{r.versionColumn.version}</th>
                  <th scope="col">{r.versionColumn.status}</th>
                  <th scope="col">{r.versionColumn.note}</th>
                  <th scope="col">{r.versionColumn.createdBy}</th>
                  <th scope="col">{r.versionColumn.actions}</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id} data-testid="rule-version-row" data-version={v.version} data-status={v.status}>
                    <th scope="row">{r.version(v.version)}</th>
                    <td>
                      <span className={v.status === 'ACTIVE' ? 'badge badge--ok' : v.status === 'DRAFT' ? 'badge badge--warn' : 'badge'}>
                        {t.enums.ruleSetStatus[v.status]}
                      </span>
                    </td>
                    <td className="cell-wrap">{v.note ?? <span className="muted">{t.common.none}</span>}</td>
                    <td>{r.by(v.createdByName, formatDateTime(v.createdAt, locale))}</td>
                    <td>
                      {v.status === 'DRAFT' && (!active || v.version > active.version) && (
                        <button
                          type="button"
                          className="button button--small"
                          data-testid="rule-activate"
                          aria-label={r.activateLabel(v.version)}
                          onClick={() => setPending(v)}
                        >
                          {r.activate}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {/* Remounts with the active version, so the draft starts from what is in force. */}
          <DraftForm
            key={active?.id ?? 'none'}
            districtId={districtId}
            active={active}
            onSaved={(set) => {
              setNotice({ ok: true, text: r.saved(set.version) });
              sets.refetch();
            }}
          />
        </div>
      )}
      <ConfirmDialog
        message={pending ? r.activateConfirm(pending.version) : null}
        confirmLabel={r.activate}
        busy={busy}
        onConfirm={() => pending && void activate(pending)}
        onCancel={() => setPending(null)}
      />
    </Panel>
  );
}

function Thresholds({ rules }: { rules: RuleSetFieldsFragment }) {
  const { t, locale } = useI18n();
  const r = t.qualification.rules;
  const items: { key: string; label: string; value: string }[] = [
    { key: 'rights', label: r.minRightsClarity, value: t.enums.propertyRights[rules.minRightsClarity] },
    { key: 'caretaker', label: r.caretakerRequired, value: rules.caretakerRequired ? r.required : r.notRequired },
    { key: 'willing', label: r.minWillingShare, value: formatPercent(rules.minWillingShare, locale) },
    { key: 'fee', label: r.minAcceptedFee, value: rules.minAcceptedFee == null ? r.notChecked : String(rules.minAcceptedFee) },
    { key: 'gates', label: r.minClosableGates, value: r.count(rules.minClosableGates) },
    { key: 'entrances', label: r.maxEntrancesToKeep, value: r.count(rules.maxEntrancesToKeep) },
    { key: 'fire-lane', label: r.fireLaneRequired, value: rules.fireLaneRequired ? r.required : r.notRequired },
  ];
  return (
    <dl className="fact-list" aria-label={r.thresholdsCaption}>
      {items.map((item) => (
        <div key={item.key} className="fact" data-testid={`threshold-${item.key}`}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Parses the typed draft; a field that is not a number is reported at that field. */
function toInput(draft: Draft, districtId: string, t: ReturnType<typeof useI18n>['t']): RuleSetInput | Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const number = (field: Field, text: string): number => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value)) errors[field] = t.qualification.assess.notNumber;
    return value;
  };
  const share = number('minWillingShare', draft.willingPercent);
  if (!errors.minWillingShare && (share < 0 || share > 100)) errors.minWillingShare = t.reasons.shareRange;
  const fee = draft.minAcceptedFee.trim() === '' ? null : number('minAcceptedFee', draft.minAcceptedFee);
  const gates = number('minClosableGates', draft.minClosableGates);
  const entrances = number('maxEntrancesToKeep', draft.maxEntrancesToKeep);
  if ([...draft.note.trim()].length > 200) errors.note = t.reasons.noteLength;
  if (Object.keys(errors).length > 0) return errors;
  return {
    districtId,
    minRightsClarity: draft.minRightsClarity,
    caretakerRequired: draft.caretakerRequired,
    // Percent to share, kept to the API's 4 decimals (45.25% → 0.4525).
    minWillingShare: Math.round(share * 100) / 10000,
    minAcceptedFee: fee,
    minClosableGates: gates,
    maxEntrancesToKeep: entrances,
    fireLaneRequired: draft.fireLaneRequired,
    note: draft.note.trim() || null,
  };
}

const isInput = (value: RuleSetInput | Partial<Record<Field, string>>): value is RuleSetInput => 'districtId' in value;

function DraftForm({
  districtId,
  active,
  onSaved,
}: {
  districtId: string;
  active: RuleSetFieldsFragment | undefined;
  onSaved(set: RuleSetFieldsFragment): void;
}) {
  const { t } = useI18n();
  const r = t.qualification.rules;
  const [draft, setDraft] = useState<Draft>(() => draftFrom(active));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState<'whatIf' | 'save' | null>(null);
  const [whatIf, setWhatIf] = useState<WhatIf | null>(null);
  const set = (changes: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    // A result belongs to the draft it was run with.
    setWhatIf(null);
  };

  const fail = (caught: unknown) => {
    const { field, message } = submitError(caught, FIELDS, t, { argument: ['rules', 'input'], reasonForForm: true });
    if (field) setErrors({ [field]: message });
    else setFormError(message);
  };

  const run = async (what: 'whatIf' | 'save') => {
    const input = toInput(draft, districtId, t);
    setFormError(undefined);
    if (!isInput(input)) {
      setErrors(input);
      return;
    }
    setErrors({});
    setBusy(what);
    try {
      if (what === 'whatIf') {
        const { qualificationWhatIf } = await fetchGraphQL(WhatIfQuery, { rules: input });
        setWhatIf(qualificationWhatIf);
      } else {
        const { createQualificationRuleSet } = await fetchGraphQL(CreateRuleSetMutation, { input });
        onSaved(createQualificationRuleSet);
      }
    } catch (caught) {
      fail(caught);
    }
    setBusy(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run('whatIf');
  };

  return (
    <section className="rules-draft" aria-labelledby="rules-draft-title">
      <h3 id="rules-draft-title" className="section-title">
        {r.draftTitle}
      </h3>
      <p className="muted">{r.draftIntro}</p>
      <form className="form-grid" onSubmit={submit} noValidate data-testid="rules-draft-form">
        <FormField testIdPrefix="rule" label={r.minRightsClarity} name="minRightsClarity" error={errors.minRightsClarity}>
          {(props) => (
            <select
              {...props}
              value={draft.minRightsClarity}
              onChange={(e) => set({ minRightsClarity: e.target.value as PropertyRightsStatus })}
            >
              {CLARITIES.map((c) => (
                <option key={c} value={c}>
                  {t.enums.propertyRights[c]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField testIdPrefix="rule" label={r.minWillingSharePercent} name="minWillingShare" error={errors.minWillingShare}>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              step={0.01}
              value={draft.willingPercent}
              onChange={(e) => set({ willingPercent: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          testIdPrefix="rule"
          label={r.minAcceptedFee}
          name="minAcceptedFee"
          error={errors.minAcceptedFee}
          hint={r.minAcceptedFeeHint}
        >
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="decimal"
              min={0}
              max={100}
              step={0.01}
              value={draft.minAcceptedFee}
              onChange={(e) => set({ minAcceptedFee: e.target.value })}
            />
          )}
        </FormField>
        <FormField testIdPrefix="rule" label={r.minClosableGates} name="minClosableGates" error={errors.minClosableGates}>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={0}
              max={50}
              value={draft.minClosableGates}
              onChange={(e) => set({ minClosableGates: e.target.value })}
            />
          )}
        </FormField>
        <FormField testIdPrefix="rule" label={r.maxEntrancesToKeep} name="maxEntrancesToKeep" error={errors.maxEntrancesToKeep}>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={1}
              max={50}
              value={draft.maxEntrancesToKeep}
              onChange={(e) => set({ maxEntrancesToKeep: e.target.value })}
            />
          )}
        </FormField>
        <div className="field field--checkbox">
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="rule-caretakerRequired"
              checked={draft.caretakerRequired}
              onChange={(e) => set({ caretakerRequired: e.target.checked })}
            />
            {r.caretakerRequired}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="rule-fireLaneRequired"
              checked={draft.fireLaneRequired}
              onChange={(e) => set({ fireLaneRequired: e.target.checked })}
            />
            {r.fireLaneRequired}
          </label>
        </div>
        <FormField testIdPrefix="rule" label={r.note} name="note" error={errors.note} wide>
          {(props) => (
            <input
              {...props}
              type="text"
              placeholder={r.notePlaceholder}
              value={draft.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          )}
        </FormField>
        <div className="form-grid-actions">
          {formError && (
            <p className="form-error" role="alert" data-testid="rules-draft-error">
              {formError}
            </p>
          )}
          <p className="field-hint" data-testid="what-if-note">
            {r.whatIfNote}
          </p>
          <button type="submit" className="button" disabled={busy !== null} data-testid="what-if-run">
            {busy === 'whatIf' ? r.whatIfRunning : r.whatIf}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy !== null}
            data-testid="rules-save"
            onClick={() => void run('save')}
          >
            {busy === 'save' ? r.saving : r.save}
          </button>
        </div>
      </form>
      {whatIf && <WhatIfResult result={whatIf} />}
    </section>
  );
}

function WhatIfResult({ result }: { result: WhatIf }) {
  const { t, locale } = useI18n();
  const r = t.qualification.rules;
  const n = (value: number) => formatInteger(value, locale);
  const col = r.whatIfColumn;
  return (
    <section className="what-if" aria-labelledby="what-if-title" data-testid="what-if-result" data-changed={result.changedCount}>
      <h3 id="what-if-title" className="section-title">
        {r.whatIfTitle}
      </h3>
      <p className="notice notice--info" data-testid="what-if-nothing-saved">
        {r.whatIfNote}
      </p>
      <p className="what-if-summary" data-testid="what-if-summary">
        {r.whatIfSummary(n(result.qualifiedNow), n(result.qualifiedWithDraft), n(result.compounds))}
      </p>
      <div className="table-wrap">
        <table className="data-table" data-testid="what-if-streets">
          <caption className="visually-hidden">{r.whatIfStreetsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{col.street}</th>
              <th scope="col" className="num">
                {col.qualifiedNow}
              </th>
              <th scope="col" className="num">
                {col.qualifiedDraft}
              </th>
              <th scope="col" className="num">
                {col.nearlyNow}
              </th>
              <th scope="col" className="num">
                {col.nearlyDraft}
              </th>
              <th scope="col" className="num">
                {col.changed}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.streets.map((s) => (
              <tr key={s.streetId} data-testid={`what-if-street-${s.street.name}`}>
                <th scope="row">{s.street.name}</th>
                <td className="num" data-testid="qualified-now">
                  {n(s.qualifiedNow)}
                </td>
                <td className="num" data-testid="qualified-draft">
                  <Delta now={s.qualifiedNow} draft={s.qualifiedWithDraft} />
                </td>
                <td className="num">{n(s.nearlyNow)}</td>
                <td className="num">
                  <Delta now={s.nearlyNow} draft={s.nearlyWithDraft} />
                </td>
                <td className="num" data-testid="changed">
                  {n(s.changed)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4 className="section-subtitle">{r.changesTitle(n(result.changedCount))}</h4>
      {result.changes.length === 0 ? (
        <p className="chart-empty">{r.noChanges}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="what-if-changes">
            <caption className="visually-hidden">{r.changesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{r.changesColumn.compound}</th>
                <th scope="col">{r.changesColumn.change}</th>
                <th scope="col">{r.changesColumn.reasons}</th>
              </tr>
            </thead>
            <tbody>
              {result.changes.map((c) => (
                <tr key={c.compoundId} data-testid="what-if-change" data-before={c.before ?? ''} data-after={c.after}>
                  <th scope="row">
                    <Link href={`/qualification/${c.compoundId}`}>{c.compound.name}</Link>
                  </th>
                  <td className="status-change">
                    {c.before ? <QualificationBadge status={c.before} /> : <span className="muted">{r.noBefore}</span>}
                    <span aria-hidden="true"> → </span>
                    <QualificationBadge status={c.after} />
                  </td>
                  <td className="cell-wrap" data-testid="what-if-reasons">
                    <ul className="missing-list">
                      {c.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.changes.length < result.changedCount && (
            <p className="muted">{r.changesTruncated(n(result.changes.length), n(result.changedCount))}</p>
          )}
        </div>
      )}
    </section>
  );
}

/** The draft's figure, with how it differs from now. */
function Delta({ now, draft }: { now: number; draft: number }) {
  const { locale } = useI18n();
  const diff = draft - now;
  return (
    <>
      {formatInteger(draft, locale)}
      {diff !== 0 && (
        <span className={diff > 0 ? 'delta delta--up' : 'delta delta--down'}>
          {' '}
          ({diff > 0 ? '+' : ''}
          {formatInteger(diff, locale)})
        </span>
      )}
    </>
  );
}
