import type { ClosureStatus } from '@/gql/graphql';

/** The API lists every status (zero included); a record is easier to read from. */
export function countsByStatus(entries: readonly { status: ClosureStatus; count: number }[]): Record<ClosureStatus, number> {
  const counts: Record<ClosureStatus, number> = { OPEN: 0, PLANNED: 0, UNDER_RENOVATION: 0, CLOSED: 0 };
  for (const { status, count } of entries) counts[status] = count;
  return counts;
}
