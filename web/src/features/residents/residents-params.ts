import type { ResidentFilter, ResidentListQueryVariables } from '@/gql/graphql';

/**
 * The resident list's place filter and page live in the URL, like the compound list's. The exact
 * lookup (an ID number, phone or plate) never does: personal data has no place in browser history,
 * server logs or a shared link, so it stays in the page's memory.
 */

export const RESIDENT_PAGE_SIZE = 20;

export const LOOKUP_KINDS = ['idNumber', 'phone', 'plate'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

export interface Lookup {
  kind: LookupKind;
  value: string;
}

export interface ResidentParams {
  community?: string;
  compound?: string;
  /** At most one of the two cursors is set: `after` pages forward, `before` backward. */
  after?: string;
  before?: string;
}

interface QueryStringReader {
  get(name: string): string | null;
}

const nonEmpty = (value: string | null) => (value ? value : undefined);

export function parseResidentParams(query: QueryStringReader): ResidentParams {
  const before = nonEmpty(query.get('before'));
  return {
    community: nonEmpty(query.get('community')),
    compound: nonEmpty(query.get('compound')),
    after: before ? undefined : nonEmpty(query.get('after')),
    before,
  };
}

export function residentsHref(params: ResidentParams): string {
  const query = new URLSearchParams();
  if (params.community) query.set('community', params.community);
  if (params.compound) query.set('compound', params.compound);
  if (params.after) query.set('after', params.after);
  if (params.before) query.set('before', params.before);
  const qs = query.toString();
  return qs ? `/residents?${qs}` : '/residents';
}

/** The API's filter: the chosen place and, when set, one exact lookup. Also what an export covers. */
export function residentFilter(params: ResidentParams, lookup: Lookup | null): ResidentFilter {
  return {
    communityId: params.community,
    compoundId: params.compound,
    ...(lookup ? { [lookup.kind]: lookup.value } : {}),
  };
}

export function residentVariables(params: ResidentParams, lookup: Lookup | null): ResidentListQueryVariables {
  const page = params.before ? { last: RESIDENT_PAGE_SIZE, before: params.before } : { first: RESIDENT_PAGE_SIZE, after: params.after };
  return { filter: residentFilter(params, lookup), ...page };
}
