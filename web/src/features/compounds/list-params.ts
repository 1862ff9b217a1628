import type { ClosureStatus, CompoundListQueryVariables, CompoundSortField, SortDirection } from '@/gql/graphql';
import { isClosureStatus } from '@/lib/closure-status';

/**
 * The compound list's state lives in the URL query string, so a view can be shared and the back
 * button walks through earlier filters and pages. This module is the one place that maps the two.
 */

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const SORT_FIELDS: readonly CompoundSortField[] = ['NAME', 'YEAR_BUILT', 'HOUSEHOLDS', 'FLOOR_AREA'];
export const SORT_DIRECTIONS: readonly SortDirection[] = ['ASC', 'DESC'];

/** The API's limit for `filter.search`, counted in characters (not UTF-16 units). */
export const SEARCH_MAX_LENGTH = 50;

export interface ListParams {
  district?: string;
  street?: string;
  community?: string;
  statuses: ClosureStatus[];
  oldOnly: boolean;
  search?: string;
  sort: CompoundSortField;
  direction: SortDirection;
  size: PageSize;
  /** At most one of the two cursors is set: `after` pages forward, `before` backward. */
  after?: string;
  before?: string;
}

export const DEFAULT_LIST_PARAMS: ListParams = {
  statuses: [],
  oldOnly: false,
  sort: 'NAME',
  direction: 'ASC',
  size: 20,
};

interface QueryStringReader {
  get(name: string): string | null;
  getAll(name: string): string[];
}

const nonEmpty = (value: string | null) => (value ? value : undefined);

export function parseListParams(query: QueryStringReader): ListParams {
  const sort = SORT_FIELDS.find((f) => f === query.get('sort')) ?? DEFAULT_LIST_PARAMS.sort;
  const direction = query.get('dir') === 'desc' ? 'DESC' : 'ASC';
  const size = PAGE_SIZES.find((s) => String(s) === query.get('size')) ?? DEFAULT_LIST_PARAMS.size;
  const before = nonEmpty(query.get('before'));
  return {
    district: nonEmpty(query.get('district')),
    street: nonEmpty(query.get('street')),
    community: nonEmpty(query.get('community')),
    statuses: query.getAll('status').filter(isClosureStatus),
    oldOnly: query.get('old') === '1',
    search: nonEmpty(query.get('q')),
    sort,
    direction,
    size,
    after: before ? undefined : nonEmpty(query.get('after')),
    before,
  };
}

/** The list URL for these params; defaults are left out so links stay short. */
export function listHref(params: Partial<ListParams>): string {
  const p = { ...DEFAULT_LIST_PARAMS, ...params };
  const query = new URLSearchParams();
  if (p.district) query.set('district', p.district);
  if (p.street) query.set('street', p.street);
  if (p.community) query.set('community', p.community);
  for (const status of p.statuses) query.append('status', status);
  if (p.oldOnly) query.set('old', '1');
  if (p.search) query.set('q', p.search);
  if (p.sort !== DEFAULT_LIST_PARAMS.sort) query.set('sort', p.sort);
  if (p.direction !== DEFAULT_LIST_PARAMS.direction) query.set('dir', p.direction.toLowerCase());
  if (p.size !== DEFAULT_LIST_PARAMS.size) query.set('size', String(p.size));
  if (p.after) query.set('after', p.after);
  if (p.before) query.set('before', p.before);
  const qs = query.toString();
  return qs ? `/compounds?${qs}` : '/compounds';
}

export function listVariables(p: ListParams): CompoundListQueryVariables {
  const filter = {
    districtId: p.district,
    streetId: p.street,
    communityId: p.community,
    closureStatus: p.statuses.length > 0 ? p.statuses : undefined,
    isOld: p.oldOnly ? true : undefined,
    search: p.search,
  };
  const page = p.before ? { last: p.size, before: p.before } : { first: p.size, after: p.after };
  return { filter, sort: { field: p.sort, direction: p.direction }, ...page };
}

/** Any change other than paging starts again at the first page (cursors belong to one sort and filter). */
export function withChanges(current: ListParams, changes: Partial<ListParams>): ListParams {
  return { ...current, after: undefined, before: undefined, ...changes };
}
