import type { ClosureCandidateSortField, ClosureCandidatesQueryVariables, QualificationStatus, SortDirection } from '@/gql/graphql';
import { isQualificationStatus, QUALIFICATION_STATUSES } from './status';

/**
 * The candidates view keeps its street, statuses, search, sort and page in the URL, like the
 * compound list, so a view can be shared and the back button walks through earlier ones.
 */

export const CANDIDATE_PAGE_SIZES = [20, 50, 100] as const;
export type CandidatePageSize = (typeof CANDIDATE_PAGE_SIZES)[number];
export const CANDIDATE_SORT_FIELDS: readonly ClosureCandidateSortField[] = ['UNMET', 'NAME', 'HOUSEHOLDS'];

export interface CandidateParams {
  street?: string;
  statuses: QualificationStatus[];
  /** Closure candidates are old compounds; `all=1` adds the others. */
  oldOnly: boolean;
  search?: string;
  sort: ClosureCandidateSortField;
  direction: SortDirection;
  size: CandidatePageSize;
  after?: string;
  before?: string;
}

export const DEFAULT_CANDIDATE_PARAMS: CandidateParams = { statuses: [], oldOnly: true, sort: 'UNMET', direction: 'ASC', size: 20 };

interface QueryStringReader {
  get(name: string): string | null;
  getAll(name: string): string[];
}

const nonEmpty = (value: string | null) => (value ? value : undefined);

export function parseCandidateParams(query: QueryStringReader): CandidateParams {
  const before = nonEmpty(query.get('before'));
  return {
    street: nonEmpty(query.get('street')),
    statuses: QUALIFICATION_STATUSES.filter((s) => query.getAll('status').filter(isQualificationStatus).includes(s)),
    oldOnly: query.get('all') !== '1',
    search: nonEmpty(query.get('q')),
    sort: CANDIDATE_SORT_FIELDS.find((f) => f === query.get('sort')) ?? DEFAULT_CANDIDATE_PARAMS.sort,
    direction: query.get('dir') === 'desc' ? 'DESC' : 'ASC',
    size: CANDIDATE_PAGE_SIZES.find((s) => String(s) === query.get('size')) ?? DEFAULT_CANDIDATE_PARAMS.size,
    after: before ? undefined : nonEmpty(query.get('after')),
    before,
  };
}

/** The candidates URL for these params; defaults are left out. */
export function candidatesHref(params: Partial<CandidateParams>): string {
  const p = { ...DEFAULT_CANDIDATE_PARAMS, ...params };
  const query = new URLSearchParams();
  if (p.street) query.set('street', p.street);
  for (const status of p.statuses) query.append('status', status);
  if (!p.oldOnly) query.set('all', '1');
  if (p.search) query.set('q', p.search);
  if (p.sort !== DEFAULT_CANDIDATE_PARAMS.sort) query.set('sort', p.sort);
  if (p.direction !== DEFAULT_CANDIDATE_PARAMS.direction) query.set('dir', p.direction.toLowerCase());
  if (p.size !== DEFAULT_CANDIDATE_PARAMS.size) query.set('size', String(p.size));
  if (p.after) query.set('after', p.after);
  if (p.before) query.set('before', p.before);
  const qs = query.toString();
  return qs ? `/qualification?${qs}` : '/qualification';
}

export function candidateVariables(p: CandidateParams): ClosureCandidatesQueryVariables {
  const filter = {
    streetId: p.street,
    status: p.statuses.length > 0 ? p.statuses : undefined,
    isOld: p.oldOnly ? true : undefined,
    search: p.search,
  };
  const page = p.before ? { last: p.size, before: p.before } : { first: p.size, after: p.after };
  return { filter, sort: { field: p.sort, direction: p.direction }, ...page };
}

/** Any change but paging starts at the first page again. */
export function withCandidateChanges(current: CandidateParams, changes: Partial<CandidateParams>): CandidateParams {
  return { ...current, after: undefined, before: undefined, ...changes };
}
