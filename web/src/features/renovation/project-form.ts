import type {
  CreateRenovationProjectInput,
  ProjectDetailFieldsFragment,
  RenovationStage,
  RenovationWorkKind,
  StagePlanInput,
  UpdateRenovationProjectInput,
  WorkItemInput,
} from '@/gql/graphql';
import type { Messages } from '@/i18n/messages';
import { RENOVATION_STAGES } from './stages';

/** The kinds in the order the form offers them (the API's enum order). */
export const WORK_KINDS: readonly RenovationWorkKind[] = [
  'FENCING',
  'ACCESS_CONTROL',
  'PERSON_VEHICLE_RECOGNITION',
  'SURVEILLANCE',
  'GATEHOUSE',
  'PARKING',
  'PARTY_COUNCIL_HALL',
  'PROPERTY_INTRODUCTION',
  'ENVIRONMENT',
  'OTHER',
];

/** The API's limits (api/src/renovation/renovation.types.ts). */
export const CONTRACTOR_MAX_LENGTH = 64;
export const DESCRIPTION_MAX_LENGTH = 200;
const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface WorkItemDraft {
  /** Stable across edits, so a row's inputs and errors stay with it when another row is removed. */
  key: string;
  kind: RenovationWorkKind | '';
  description: string;
  budget: string;
  spent: string;
}

/** Every value as the form holds it: text, '' for "not given". */
export interface ProjectDraft {
  compoundId: string;
  templateCompoundId: string;
  plannedStartOn: string;
  assessedOn: string;
  planned: Record<RenovationStage, string>;
  contractor: string;
  workItems: WorkItemDraft[];
}

/** Errors by form key: `compoundId`, `planned.APPROVED`, `workItems.<row key>.budget`... */
export type FormErrors = Record<string, string>;

export const plannedKey = (stage: RenovationStage) => `planned.${stage}`;
export const itemKey = (row: string, field: keyof WorkItemInput) => `workItems.${row}.${field}`;

let rowCounter = 0;
export function newRow(item?: { kind: RenovationWorkKind; description: string; budget: number; spent: number }): WorkItemDraft {
  rowCounter += 1;
  return {
    key: `row-${rowCounter}`,
    kind: item?.kind ?? '',
    description: item?.description ?? '',
    budget: item ? String(item.budget) : '',
    spent: item ? String(item.spent) : '',
  };
}

export function emptyDraft(): ProjectDraft {
  return {
    compoundId: '',
    templateCompoundId: '',
    plannedStartOn: '',
    assessedOn: '',
    planned: Object.fromEntries(RENOVATION_STAGES.map((s) => [s, ''])) as Record<RenovationStage, string>,
    contractor: '',
    workItems: [],
  };
}

export function draftOf(project: ProjectDetailFieldsFragment): ProjectDraft {
  const planned = emptyDraft().planned;
  for (const s of project.stages) planned[s.stage] = s.plannedOn ?? '';
  return {
    compoundId: project.compound.id,
    templateCompoundId: project.templateCompound?.id ?? '',
    plannedStartOn: project.plannedStartOn,
    assessedOn: '',
    planned,
    contractor: project.contractor ?? '',
    workItems: project.workItems.map((item) => newRow(item)),
  };
}

/** Today in Beijing, as the API counts days. */
export function beijingToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/** A real calendar day YYYY-MM-DD (2020-02-30 is not). */
function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
}

export const parseMoney = (text: string): number | null => (MONEY.test(text.trim()) ? Number(text.trim()) : null);

/**
 * The checks the API makes, so most mistakes show before anything is sent: dates real, planned
 * dates not before the planned start and in stage order, the assessment (or, when editing, any
 * stage already reached) not before the planned start and not in the future, one item per kind,
 * money in yuan with at most two decimals.
 */
export function validate(
  draft: ProjectDraft,
  mode: { kind: 'create' } | { kind: 'edit'; project: ProjectDetailFieldsFragment },
  today: string,
  t: Messages,
): FormErrors {
  const f = t.renovation.form;
  const errors: FormErrors = {};
  const stageName = (stage: RenovationStage) => t.enums.renovationStage[stage];
  if (mode.kind === 'create' && !draft.compoundId) errors.compoundId = f.compoundRequired;

  const start = draft.plannedStartOn.trim();
  if (!start) errors.plannedStartOn = f.plannedStartRequired;
  else if (!isDay(start)) errors.plannedStartOn = t.reasons.dateFormat;
  const startOk = start !== '' && !errors.plannedStartOn;

  if (mode.kind === 'create') {
    const assessed = draft.assessedOn.trim();
    if (assessed && !isDay(assessed)) errors.assessedOn = t.reasons.dateFormat;
    else if (assessed > today) errors.assessedOn = t.reasons.futureDate;
    else if (startOk && start > (assessed || today)) {
      // The API blames the assessment date; with none given it is today, so the start is what to change.
      if (assessed) errors.assessedOn = f.assessedBeforeStart;
      else errors.plannedStartOn = f.startAfterToday;
    }
  } else if (startOk) {
    const reached = mode.project.stages.find((s) => s.actualOn !== null && s.actualOn !== undefined && s.actualOn < start);
    if (reached?.actualOn) errors.plannedStartOn = f.startAfterActual(stageName(reached.stage), reached.actualOn);
  }

  let last: { stage: RenovationStage; on: string } | null = null;
  for (const stage of RENOVATION_STAGES) {
    const on = draft.planned[stage].trim();
    if (!on) continue;
    if (!isDay(on)) {
      errors[plannedKey(stage)] = t.reasons.dateFormat;
      continue;
    }
    if (startOk && on < start) errors[plannedKey(stage)] = t.reasons.plannedBeforeStart;
    else if (last && on < last.on) errors[plannedKey(stage)] = f.plannedOrder(stageName(last.stage), last.on);
    last = { stage, on };
  }

  // Optional; an empty value when editing clears it.
  if ([...draft.contractor.trim()].length > CONTRACTOR_MAX_LENGTH) errors.contractor = f.contractorLength;

  const kinds = new Set<RenovationWorkKind>();
  for (const row of draft.workItems) {
    if (!row.kind) errors[itemKey(row.key, 'kind')] = f.kindRequired;
    else if (kinds.has(row.kind)) errors[itemKey(row.key, 'kind')] = t.reasons.itemTwice;
    else kinds.add(row.kind);
    if ([...row.description.trim()].length > DESCRIPTION_MAX_LENGTH) errors[itemKey(row.key, 'description')] = t.reasons.noteLength;
    if (!row.budget.trim()) errors[itemKey(row.key, 'budget')] = f.budgetRequired;
    else if (parseMoney(row.budget) === null) errors[itemKey(row.key, 'budget')] = f.money;
    if (row.spent.trim() && parseMoney(row.spent) === null) errors[itemKey(row.key, 'spent')] = f.money;
  }
  return errors;
}

/** What is sent, and which form key each of the API's field paths (after `input.`) belongs to. */
export interface Submission<TInput> {
  input: TInput;
  fields: Map<string, string>;
}

const COMMON_FIELDS = ['compoundId', 'templateCompoundId', 'plannedStartOn', 'assessedOn', 'contractor'] as const;

function workItemsOf(draft: ProjectDraft, fields: Map<string, string>): WorkItemInput[] {
  return draft.workItems.map((row, i) => {
    for (const field of ['kind', 'description', 'budget', 'spent'] as const)
      fields.set(`workItems[${i}].${field}`, itemKey(row.key, field));
    return {
      kind: row.kind as RenovationWorkKind,
      description: row.description.trim() || null,
      budget: parseMoney(row.budget) ?? 0,
      spent: row.spent.trim() ? (parseMoney(row.spent) ?? 0) : 0,
    };
  });
}

function planOf(stages: readonly RenovationStage[], draft: ProjectDraft, fields: Map<string, string>): StagePlanInput[] {
  return stages.map((stage, i) => {
    fields.set(`plannedDates[${i}].plannedOn`, plannedKey(stage));
    fields.set(`plannedDates[${i}].stage`, plannedKey(stage));
    return { stage, plannedOn: draft.planned[stage].trim() || null };
  });
}

/** A new project; with no work items and a template, the API copies the template's items. */
export function createSubmission(draft: ProjectDraft): Submission<CreateRenovationProjectInput> {
  const fields = new Map<string, string>(COMMON_FIELDS.map((f) => [f, f]));
  const copyFromTemplate = draft.workItems.length === 0 && draft.templateCompoundId !== '';
  return {
    input: {
      compoundId: draft.compoundId,
      templateCompoundId: draft.templateCompoundId || null,
      plannedStartOn: draft.plannedStartOn.trim(),
      assessedOn: draft.assessedOn.trim() || null,
      plannedDates: planOf(
        RENOVATION_STAGES.filter((s) => draft.planned[s].trim() !== ''),
        draft,
        fields,
      ),
      contractor: draft.contractor.trim() || null,
      workItems: copyFromTemplate ? null : workItemsOf(draft, fields),
    },
    fields,
  };
}

const sameItems = (a: readonly WorkItemDraft[], b: readonly WorkItemDraft[]) =>
  a.length === b.length &&
  a.every(
    (x, i) =>
      x.kind === b[i]!.kind &&
      x.description.trim() === b[i]!.description.trim() &&
      parseMoney(x.budget) === parseMoney(b[i]!.budget) &&
      (parseMoney(x.spent) ?? 0) === (parseMoney(b[i]!.spent) ?? 0),
  );

/**
 * Only what changed against `initial`: the stages whose planned date changed (an emptied one is
 * sent as null, which cancels it), the contractor ('' clears it), the template (null removes it),
 * and the whole work-item list when any row changed. Null when nothing changed.
 */
export function updateSubmission(initial: ProjectDraft, draft: ProjectDraft): Submission<UpdateRenovationProjectInput> | null {
  const fields = new Map<string, string>(COMMON_FIELDS.map((f) => [f, f]));
  const input: UpdateRenovationProjectInput = {};
  if (draft.plannedStartOn.trim() !== initial.plannedStartOn) input.plannedStartOn = draft.plannedStartOn.trim();
  const replanned = RENOVATION_STAGES.filter((s) => draft.planned[s].trim() !== initial.planned[s]);
  if (replanned.length > 0) input.plannedDates = planOf(replanned, draft, fields);
  if (draft.contractor.trim() !== initial.contractor) input.contractor = draft.contractor.trim();
  if (draft.templateCompoundId !== initial.templateCompoundId) input.templateCompoundId = draft.templateCompoundId || null;
  if (!sameItems(initial.workItems, draft.workItems)) input.workItems = workItemsOf(draft, fields);
  return Object.keys(input).length === 0 ? null : { input, fields };
}
