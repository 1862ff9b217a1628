import type { ClosureStatus, RenovationProjectFilter, RenovationStage } from '@/gql/graphql';
import { CLOSURE_STATUS_COLORS } from '@/lib/closure-status';

/** The order a project moves through, one step at a time. */
export const RENOVATION_STAGES: readonly RenovationStage[] = ['ASSESSED', 'APPROVED', 'UNDER_CONSTRUCTION', 'CLOSED', 'HANDED_OVER'];

/** The compound's closure status at each stage (as the API sets it), so a stage wears that status's colour. */
const STAGE_STATUS: Record<RenovationStage, ClosureStatus> = {
  ASSESSED: 'PLANNED',
  APPROVED: 'PLANNED',
  UNDER_CONSTRUCTION: 'UNDER_RENOVATION',
  CLOSED: 'CLOSED',
  HANDED_OVER: 'CLOSED',
};

/** One colour per stage for the funnel; the two "planned" and the two "closed" stages are told apart by shade. */
export const STAGE_COLORS: Record<RenovationStage, string> = {
  ASSESSED: '#e8b45a',
  APPROVED: CLOSURE_STATUS_COLORS.PLANNED,
  UNDER_CONSTRUCTION: CLOSURE_STATUS_COLORS.UNDER_RENOVATION,
  CLOSED: '#62b06f',
  HANDED_OVER: CLOSURE_STATUS_COLORS.CLOSED,
};

export const stageBadgeColor = (stage: RenovationStage) => CLOSURE_STATUS_COLORS[STAGE_STATUS[stage]];

export function nextStage(stage: RenovationStage): RenovationStage | null {
  return RENOVATION_STAGES[RENOVATION_STAGES.indexOf(stage) + 1] ?? null;
}

export function previousStage(stage: RenovationStage): RenovationStage | null {
  const index = RENOVATION_STAGES.indexOf(stage);
  return index > 0 ? RENOVATION_STAGES[index - 1]! : null;
}

export const isRenovationStage = (value: string): value is RenovationStage => (RENOVATION_STAGES as readonly string[]).includes(value);

/** The renovation page's URL state: the street drilled into, the project filters, the page. */
export interface RenovationParams {
  street?: string;
  stages: RenovationStage[];
  overdue: boolean;
  after?: string;
  before?: string;
}

interface QueryStringReader {
  get(name: string): string | null;
  getAll(name: string): string[];
}

const nonEmpty = (value: string | null) => (value ? value : undefined);

export function parseRenovationParams(query: QueryStringReader): RenovationParams {
  const before = nonEmpty(query.get('before'));
  return {
    street: nonEmpty(query.get('street')),
    stages: RENOVATION_STAGES.filter((s) => query.getAll('stage').filter(isRenovationStage).includes(s)),
    overdue: query.get('overdue') === '1',
    after: before ? undefined : nonEmpty(query.get('after')),
    before,
  };
}

export function renovationHref(p: Partial<RenovationParams>): string {
  const query = new URLSearchParams();
  if (p.street) query.set('street', p.street);
  for (const stage of p.stages ?? []) query.append('stage', stage);
  if (p.overdue) query.set('overdue', '1');
  if (p.after) query.set('after', p.after);
  if (p.before) query.set('before', p.before);
  const qs = query.toString();
  return qs ? `/renovation?${qs}` : '/renovation';
}

export const PROJECT_PAGE_SIZE = 20;

export function projectVariables(p: RenovationParams): {
  filter: RenovationProjectFilter;
  first?: number;
  after?: string;
  last?: number;
  before?: string;
} {
  const filter: RenovationProjectFilter = {
    streetId: p.street,
    stages: p.stages.length > 0 ? p.stages : undefined,
    overdue: p.overdue ? true : undefined,
  };
  return p.before ? { filter, last: PROJECT_PAGE_SIZE, before: p.before } : { filter, first: PROJECT_PAGE_SIZE, after: p.after };
}
