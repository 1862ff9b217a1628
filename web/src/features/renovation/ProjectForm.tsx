'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/FormField';
import type { ProjectDetailFieldsFragment, RenovationStage, WorkItemInput } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatYuan } from '@/lib/format';
import { errorMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
import { useQuery } from '@/lib/graphql/use-query';
import {
  CONTRACTOR_MAX_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  WORK_KINDS,
  beijingToday,
  createSubmission,
  draftOf,
  emptyDraft,
  itemKey,
  newRow,
  plannedKey,
  updateSubmission,
  validate,
  type FormErrors,
  type ProjectDraft,
  type Submission,
  type WorkItemDraft,
} from './project-form';
import { CreateProjectMutation, ProjectCandidatesQuery, ProjectTemplatesQuery, UpdateProjectMutation } from './queries';
import { RENOVATION_STAGES } from './stages';

type Project = ProjectDetailFieldsFragment;
export type ProjectFormMode = { kind: 'create' } | { kind: 'edit'; project: Project };

const SEARCH_DELAY_MS = 250;
const PREFIX = 'project-form';

/**
 * Creates a project (then hands its id on) or edits one (then hands the saved project on). The
 * checks the API makes run first; what the API still refuses shows under the field it names.
 */
export function ProjectForm({
  mode,
  onCreated,
  onSaved,
  onCancel,
}: {
  mode: ProjectFormMode;
  onCreated?(id: string): void;
  onSaved?(project: Project): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const f = t.renovation.form;
  const [initial] = useState<ProjectDraft>(() => (mode.kind === 'edit' ? draftOf(mode.project) : emptyDraft()));
  const [draft, setDraft] = useState<ProjectDraft>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [focusRow, setFocusRow] = useState<string>();
  // Bumped when the API says the chosen compound is taken, so the list drops it.
  const [candidatesVersion, setCandidatesVersion] = useState(0);
  const templates = useQuery(ProjectTemplatesQuery, {});
  const set = (changes: Partial<ProjectDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const setRow = (key: string, changes: Partial<WorkItemDraft>) =>
    setDraft((d) => ({ ...d, workItems: d.workItems.map((row) => (row.key === key ? { ...row, ...changes } : row)) }));

  const ownCompound = mode.kind === 'edit' ? mode.project.compound.id : draft.compoundId;
  const templateOptions = (templates.data?.renovationProjects.edges ?? [])
    .map((e) => e.node)
    .filter((node) => node.compound.id !== ownCompound);
  const chosenTemplate = templateOptions.find((o) => o.compound.id === draft.templateCompoundId);

  const send = async <TInput,>(submission: Submission<TInput>, run: (input: TInput) => Promise<void>) => {
    setBusy(true);
    try {
      await run(submission.input);
      return;
    } catch (caught) {
      const paths = [...submission.fields.keys()];
      const { field, message } = submitError(caught, paths, t, { argument: 'input', reasonForForm: true });
      const key = field ? submission.fields.get(field) : undefined;
      if (key) setErrors({ [key]: message });
      if (key === 'compoundId') setCandidatesVersion((n) => n + 1);
      else setFormError(message);
    }
    setBusy(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const found = validate(draft, mode, beijingToday(), t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError(f.fixErrors);
      return;
    }
    if (mode.kind === 'create') {
      await send(createSubmission(draft), async (input) => {
        const { createRenovationProject } = await fetchGraphQL(CreateProjectMutation, { input });
        onCreated?.(createRenovationProject.id);
      });
      return;
    }
    const submission = updateSubmission(initial, draft);
    if (!submission) {
      setFormError(f.unchanged);
      return;
    }
    await send(submission, async (input) => {
      const { updateRenovationProject } = await fetchGraphQL(UpdateProjectMutation, { id: mode.project.id, input });
      onSaved?.(updateRenovationProject);
    });
  };

  const addRow = () => {
    const row = newRow();
    setDraft((d) => ({ ...d, workItems: [...d.workItems, row] }));
    setFocusRow(row.key);
  };

  return (
    <form className="project-form" onSubmit={submit} noValidate data-testid={PREFIX} aria-busy={busy}>
      <p className="muted">{mode.kind === 'create' ? f.createIntro : f.editIntro}</p>
      <div className="form-grid">
        {mode.kind === 'create' && (
          <CompoundPicker
            value={draft.compoundId}
            error={errors.compoundId}
            version={candidatesVersion}
            onChange={(compoundId) => set({ compoundId })}
          />
        )}
        <FormField
          testIdPrefix={PREFIX}
          label={f.template}
          name="templateCompoundId"
          labelNote={f.optional}
          hint={mode.kind === 'create' ? f.templateHintCreate : f.templateHintEdit}
          error={errors.templateCompoundId ?? (templates.status === 'error' ? errorMessage(templates.error, t) : undefined)}
          wide
        >
          {(props) => (
            <select
              {...props}
              value={templates.status === 'success' ? draft.templateCompoundId : ''}
              disabled={templates.status !== 'success'}
              onChange={(e) => set({ templateCompoundId: e.target.value })}
            >
              <option value="">{templates.status === 'loading' ? t.common.loading : f.templateNone}</option>
              {/* A template whose project was since moved back before CLOSED is no longer offered, but is still the project's. */}
              {mode.kind === 'edit' &&
                mode.project.templateCompound &&
                !templateOptions.some((o) => o.compound.id === mode.project.templateCompound?.id) && (
                  <option value={mode.project.templateCompound.id}>{mode.project.templateCompound.name}</option>
                )}
              {templateOptions.map((o) => (
                <TemplateOption
                  key={o.compound.id}
                  id={o.compound.id}
                  name={o.compound.name}
                  items={o.workItems.length}
                  budget={o.budget}
                />
              ))}
            </select>
          )}
        </FormField>
        <FormField
          testIdPrefix={PREFIX}
          label={f.plannedStart}
          name="plannedStartOn"
          hint={f.plannedStartHint}
          error={errors.plannedStartOn}
        >
          {(props) => (
            <input {...props} type="date" value={draft.plannedStartOn} onChange={(e) => set({ plannedStartOn: e.target.value })} />
          )}
        </FormField>
        {mode.kind === 'create' && (
          <FormField
            testIdPrefix={PREFIX}
            label={f.assessedOn}
            name="assessedOn"
            labelNote={f.optional}
            hint={f.assessedOnHint}
            error={errors.assessedOn}
          >
            {(props) => <input {...props} type="date" value={draft.assessedOn} onChange={(e) => set({ assessedOn: e.target.value })} />}
          </FormField>
        )}
        <FormField
          testIdPrefix={PREFIX}
          label={f.contractor}
          name="contractor"
          labelNote={f.optional}
          hint={mode.kind === 'create' ? f.contractorHintCreate : f.contractorHintEdit}
          error={errors.contractor}
          wide
        >
          {(props) => (
            <input
              {...props}
              type="text"
              maxLength={CONTRACTOR_MAX_LENGTH}
              value={draft.contractor}
              onChange={(e) => set({ contractor: e.target.value })}
            />
          )}
        </FormField>
      </div>

      <fieldset className="project-form-group">
        <legend>{f.plannedDates}</legend>
        <p className="field-hint">{f.plannedDatesHint}</p>
        <div className="form-grid form-grid--five">
          {RENOVATION_STAGES.map((stage) => (
            <PlannedDate
              key={stage}
              stage={stage}
              value={draft.planned[stage]}
              error={errors[plannedKey(stage)]}
              onChange={(value) => set({ planned: { ...draft.planned, [stage]: value } })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="project-form-group" data-testid={`${PREFIX}-work-items`}>
        <legend>{f.workItems}</legend>
        <p className="field-hint">{f.workItemsHint}</p>
        {draft.workItems.length === 0 && (
          <p className="muted" data-testid={`${PREFIX}-no-items`}>
            {mode.kind === 'create' && chosenTemplate ? f.templateCopy(chosenTemplate.compound.name) : f.noItems}
          </p>
        )}
        {draft.workItems.map((row, i) => (
          <WorkItemRow
            key={row.key}
            row={row}
            index={i}
            errors={errors}
            focus={row.key === focusRow}
            onChange={(changes) => setRow(row.key, changes)}
            onRemove={() => setDraft((d) => ({ ...d, workItems: d.workItems.filter((r) => r.key !== row.key) }))}
          />
        ))}
        <button type="button" className="button" onClick={addRow} data-testid={`${PREFIX}-add-item`}>
          {f.addItem}
        </button>
      </fieldset>

      <div className="form-grid-actions">
        {formError && (
          <p className="form-error" role="alert" data-testid={`${PREFIX}-error`}>
            {formError}
          </p>
        )}
        <button type="button" className="button" onClick={onCancel} disabled={busy} data-testid={`${PREFIX}-cancel`}>
          {f.cancel}
        </button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid={`${PREFIX}-submit`}>
          {busy ? f.submitting : mode.kind === 'create' ? f.submitCreate : f.submitEdit}
        </button>
      </div>
    </form>
  );
}

function TemplateOption({ id, name, items, budget }: { id: string; name: string; items: number; budget: number }) {
  const { t, locale } = useI18n();
  return <option value={id}>{t.renovation.form.templateOption(name, items, formatYuan(budget, locale))}</option>;
}

function PlannedDate({
  stage,
  value,
  error,
  onChange,
}: {
  stage: RenovationStage;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  return (
    <FormField testIdPrefix={`${PREFIX}-planned`} label={t.enums.renovationStage[stage]} name={stage} error={error}>
      {(props) => <input {...props} type="date" value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}

function WorkItemRow({
  row,
  index,
  errors,
  focus,
  onChange,
  onRemove,
}: {
  row: WorkItemDraft;
  index: number;
  errors: FormErrors;
  focus: boolean;
  onChange(changes: Partial<WorkItemDraft>): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const f = t.renovation.form;
  const kindRef = useRef<HTMLSelectElement>(null);
  // A row just added takes the focus, so the keyboard goes on where the "add" button was.
  useEffect(() => {
    if (focus) kindRef.current?.focus();
  }, [focus]);
  const prefix = `${PREFIX}-item-${index}`;
  const error = (field: keyof WorkItemInput) => errors[itemKey(row.key, field)];
  return (
    <fieldset className="work-item-row" data-testid={`${PREFIX}-item`} data-kind={row.kind}>
      <legend className="visually-hidden">{f.itemLegend(index + 1)}</legend>
      <FormField testIdPrefix={prefix} label={f.kind} name="kind" error={error('kind')}>
        {(props) => (
          <select
            {...props}
            ref={kindRef}
            value={row.kind}
            onChange={(e) => onChange({ kind: WORK_KINDS.find((k) => k === e.target.value) ?? '' })}
          >
            <option value="">{f.kindPlaceholder}</option>
            {WORK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.enums.workKind[kind]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField testIdPrefix={prefix} label={f.description} name="description" labelNote={f.optional} error={error('description')}>
        {(props) => (
          <input
            {...props}
            type="text"
            maxLength={DESCRIPTION_MAX_LENGTH}
            value={row.description}
            onChange={(e) => onChange({ description: e.target.value })}
          />
        )}
      </FormField>
      <FormField testIdPrefix={prefix} label={f.budget} name="budget" error={error('budget')}>
        {(props) => (
          <input {...props} type="text" inputMode="decimal" value={row.budget} onChange={(e) => onChange({ budget: e.target.value })} />
        )}
      </FormField>
      <FormField testIdPrefix={prefix} label={f.spent} name="spent" labelNote={f.spentHint} error={error('spent')}>
        {(props) => (
          <input {...props} type="text" inputMode="decimal" value={row.spent} onChange={(e) => onChange({ spent: e.target.value })} />
        )}
      </FormField>
      <div className="work-item-remove">
        <button type="button" className="button button--link" onClick={onRemove} data-testid={`${prefix}-remove`}>
          {f.removeItem(index + 1)}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * The compound a new project is for: a search box narrowing the compounds of the caller's area
 * that have no project yet, and the list to choose from.
 */
function CompoundPicker({
  value,
  error,
  version,
  onChange,
}: {
  value: string;
  error: string | undefined;
  /** A change reloads the list. */
  version: number;
  onChange(id: string): void;
}) {
  const { t } = useI18n();
  const f = t.renovation.form;
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // Waits for a pause in typing, so each keystroke does not cost a request.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const candidates = useQuery(ProjectCandidatesQuery, { search: search || undefined });
  const reload = candidates.refetch;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const found = candidates.data?.compounds.edges.map((e) => e.node);
  const total = candidates.data?.compounds.totalCount;
  // The chosen compound stays listed when a later search would hide it.
  const [chosen, setChosen] = useState<{ id: string; name: string }>();
  const hint =
    candidates.status === 'success'
      ? total === 0
        ? f.compoundNone
        : f.compoundCount(found?.length ?? 0, total ?? 0)
      : candidates.status === 'loading'
        ? t.common.loading
        : undefined;
  const options = found && chosen && chosen.id === value && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found;

  return (
    <>
      <FormField testIdPrefix={PREFIX} label={f.compoundSearch} name="compoundSearch" hint={f.compoundSearchHint}>
        {(props) => <input {...props} type="search" maxLength={50} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <FormField
        testIdPrefix={PREFIX}
        label={f.compound}
        name="compoundId"
        hint={hint}
        error={error ?? (candidates.status === 'error' ? errorMessage(candidates.error, t) : undefined)}
      >
        {(props) => (
          <select
            {...props}
            value={value}
            disabled={!options}
            onChange={(e) => {
              setChosen(options?.find((o) => o.id === e.target.value));
              onChange(e.target.value);
            }}
          >
            <option value="">{f.compoundPlaceholder}</option>
            {options?.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
