'use client';

import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/FormField';
import type { AssessmentInput, CompoundAssessmentsQuery, PropertyRightsStatus } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
import { RecordAssessmentMutation } from './queries';

type Assessment = CompoundAssessmentsQuery['compoundAssessments'][number];

type Field =
  | 'rightsClarity'
  | 'rightsUnit'
  | 'hasCaretaker'
  | 'caretaker'
  | 'caretakerSince'
  | 'surveyHouseholdsAsked'
  | 'surveyHouseholdsWilling'
  | 'surveyAcceptedFee'
  | 'closableGates'
  | 'entrancesToKeep'
  | 'fireLane'
  | 'evidence';

const FIELDS: readonly Field[] = [
  'rightsClarity',
  'rightsUnit',
  'hasCaretaker',
  'caretaker',
  'caretakerSince',
  'surveyHouseholdsAsked',
  'surveyHouseholdsWilling',
  'surveyAcceptedFee',
  'closableGates',
  'entrancesToKeep',
  'fireLane',
  'evidence',
];

/** Every value as the form holds it: text, with '' for "not known" (sent as null: evidence missing). */
type Draft = Record<Field, string>;

const yesNo = (value: boolean | null | undefined) => (value == null ? '' : value ? 'yes' : 'no');
const text = (value: string | number | null | undefined) => (value == null ? '' : String(value));

function draftFrom(current: Assessment | undefined): Draft {
  return {
    rightsClarity: current?.rightsClarity ?? '',
    rightsUnit: text(current?.rightsUnit),
    hasCaretaker: yesNo(current?.hasCaretaker),
    caretaker: text(current?.caretaker),
    caretakerSince: text(current?.caretakerSince),
    surveyHouseholdsAsked: text(current?.surveyHouseholdsAsked),
    surveyHouseholdsWilling: text(current?.surveyHouseholdsWilling),
    surveyAcceptedFee: text(current?.surveyAcceptedFee),
    closableGates: text(current?.closableGates),
    entrancesToKeep: text(current?.entrancesToKeep),
    fireLane: yesNo(current?.fireLane),
    // The evidence is what this visit found: written anew each time.
    evidence: '',
  };
}

const CLARITIES: readonly PropertyRightsStatus[] = ['CLEAR', 'BASICALLY_CLEAR', 'UNCLEAR'];

/**
 * A new assessment version (STREET_OFFICER), prefilled with the current one. Every field is sent,
 * an empty one as null (the API reads that as "no evidence"); the API's refusals show under the
 * field they name.
 */
export function AssessmentForm({
  compoundId,
  households,
  current,
  onSaved,
}: {
  compoundId: string;
  households: number;
  current: Assessment | undefined;
  onSaved(version: number): void;
}) {
  const { t, locale } = useI18n();
  const a = t.qualification.assess;
  const [draft, setDraft] = useState<Draft>(() => draftFrom(current));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const whole = (field: Field): number | null => {
      const value = draft[field].trim();
      if (value === '') return null;
      const parsed = Number(value);
      if (!Number.isInteger(parsed)) found[field] = t.reasons.wholeNumber;
      return parsed;
    };
    const decimal = (field: Field): number | null => {
      const value = draft[field].trim();
      if (value === '') return null;
      const parsed = Number(value);
      if (!Number.isFinite(parsed)) found[field] = a.notNumber;
      return parsed;
    };
    const optional = (field: Field) => draft[field].trim() || null;
    const bool = (field: Field) => (draft[field] === '' ? null : draft[field] === 'yes');
    const evidenceLength = [...draft.evidence.trim()].length;
    if (evidenceLength < 2 || evidenceLength > 500) found.evidence = t.reasons.evidenceLength;
    const input: AssessmentInput = {
      compoundId,
      rightsClarity: (draft.rightsClarity || null) as PropertyRightsStatus | null,
      rightsUnit: optional('rightsUnit'),
      hasCaretaker: bool('hasCaretaker'),
      caretaker: draft.hasCaretaker === 'no' ? null : optional('caretaker'),
      caretakerSince: draft.hasCaretaker === 'no' ? null : optional('caretakerSince'),
      surveyHouseholdsAsked: whole('surveyHouseholdsAsked'),
      surveyHouseholdsWilling: whole('surveyHouseholdsWilling'),
      surveyAcceptedFee: decimal('surveyAcceptedFee'),
      closableGates: whole('closableGates'),
      entrancesToKeep: whole('entrancesToKeep'),
      fireLane: bool('fireLane'),
      evidence: draft.evidence.trim(),
    };
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return;

    setBusy(true);
    try {
      const { recordCompoundAssessment } = await fetchGraphQL(RecordAssessmentMutation, { input });
      set({ evidence: '' });
      onSaved(recordCompoundAssessment.version);
    } catch (caught) {
      const { field, message } = submitError(caught, FIELDS, t, { argument: 'input', reasonForForm: true });
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
    setBusy(false);
  };

  const yesNoOptions = (
    <>
      <option value="">{a.unknown}</option>
      <option value="yes">{a.yes}</option>
      <option value="no">{a.no}</option>
    </>
  );

  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="assessment-form">
      <p className="form-grid-intro muted">{a.intro}</p>
      <FormField testIdPrefix="assessment" label={a.rightsClarity} name="rightsClarity" error={errors.rightsClarity}>
        {(props) => (
          <select {...props} value={draft.rightsClarity} onChange={(e) => set({ rightsClarity: e.target.value })}>
            <option value="">{a.unknown}</option>
            {CLARITIES.map((c) => (
              <option key={c} value={c}>
                {t.enums.propertyRights[c]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField testIdPrefix="assessment" label={a.rightsUnit} name="rightsUnit" error={errors.rightsUnit}>
        {(props) => <input {...props} type="text" value={draft.rightsUnit} onChange={(e) => set({ rightsUnit: e.target.value })} />}
      </FormField>
      <FormField testIdPrefix="assessment" label={a.hasCaretaker} name="hasCaretaker" error={errors.hasCaretaker}>
        {(props) => (
          <select {...props} value={draft.hasCaretaker} onChange={(e) => set({ hasCaretaker: e.target.value })}>
            {yesNoOptions}
          </select>
        )}
      </FormField>
      <FormField testIdPrefix="assessment" label={a.caretaker} name="caretaker" error={errors.caretaker}>
        {(props) => (
          <input
            {...props}
            type="text"
            disabled={draft.hasCaretaker === 'no'}
            value={draft.hasCaretaker === 'no' ? '' : draft.caretaker}
            onChange={(e) => set({ caretaker: e.target.value })}
          />
        )}
      </FormField>
      <FormField testIdPrefix="assessment" label={a.caretakerSince} name="caretakerSince" error={errors.caretakerSince}>
        {(props) => (
          <input
            {...props}
            type="date"
            disabled={draft.hasCaretaker === 'no'}
            value={draft.hasCaretaker === 'no' ? '' : draft.caretakerSince}
            onChange={(e) => set({ caretakerSince: e.target.value })}
          />
        )}
      </FormField>
      <FormField
        testIdPrefix="assessment"
        label={a.surveyHouseholdsAsked}
        name="surveyHouseholdsAsked"
        error={errors.surveyHouseholdsAsked}
        hint={a.householdsHint(formatInteger(households, locale))}
      >
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="numeric"
            min={1}
            max={households}
            value={draft.surveyHouseholdsAsked}
            onChange={(e) => set({ surveyHouseholdsAsked: e.target.value })}
          />
        )}
      </FormField>
      <FormField
        testIdPrefix="assessment"
        label={a.surveyHouseholdsWilling}
        name="surveyHouseholdsWilling"
        error={errors.surveyHouseholdsWilling}
      >
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="numeric"
            min={0}
            value={draft.surveyHouseholdsWilling}
            onChange={(e) => set({ surveyHouseholdsWilling: e.target.value })}
          />
        )}
      </FormField>
      <FormField testIdPrefix="assessment" label={a.surveyAcceptedFee} name="surveyAcceptedFee" error={errors.surveyAcceptedFee}>
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step={0.01}
            value={draft.surveyAcceptedFee}
            onChange={(e) => set({ surveyAcceptedFee: e.target.value })}
          />
        )}
      </FormField>
      <FormField testIdPrefix="assessment" label={a.closableGates} name="closableGates" error={errors.closableGates}>
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="numeric"
            min={0}
            max={50}
            value={draft.closableGates}
            onChange={(e) => set({ closableGates: e.target.value })}
          />
        )}
      </FormField>
      <FormField testIdPrefix="assessment" label={a.entrancesToKeep} name="entrancesToKeep" error={errors.entrancesToKeep}>
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="numeric"
            min={0}
            max={50}
            value={draft.entrancesToKeep}
            onChange={(e) => set({ entrancesToKeep: e.target.value })}
          />
        )}
      </FormField>
      <FormField testIdPrefix="assessment" label={a.fireLane} name="fireLane" error={errors.fireLane}>
        {(props) => (
          <select {...props} value={draft.fireLane} onChange={(e) => set({ fireLane: e.target.value })}>
            {yesNoOptions}
          </select>
        )}
      </FormField>
      <FormField
        testIdPrefix="assessment"
        label={a.evidence}
        name="evidence"
        error={errors.evidence}
        hint={a.evidenceHint}
        wide
        labelNote={`(${a.required})`}
      >
        {(props) => (
          <textarea
            {...props}
            rows={2}
            maxLength={500}
            placeholder={a.evidencePlaceholder}
            value={draft.evidence}
            onChange={(e) => set({ evidence: e.target.value })}
          />
        )}
      </FormField>
      <div className="form-grid-actions">
        {formError && (
          <p className="form-error" role="alert" data-testid="assessment-error">
            {formError}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="assessment-submit">
          {busy ? a.submitting : a.submit}
        </button>
      </div>
    </form>
  );
}
