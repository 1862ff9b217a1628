import type { ClosureStatus } from '@/gql/graphql';

/** The pipeline order, from untouched to done; charts and filters list statuses this way. */
export const CLOSURE_STATUSES: readonly ClosureStatus[] = ['OPEN', 'PLANNED', 'UNDER_RENOVATION', 'CLOSED'];

/** One colour per status, shared by badges and charts so a status looks the same everywhere. */
export const CLOSURE_STATUS_COLORS: Record<ClosureStatus, string> = {
  OPEN: '#8c8c8c',
  PLANNED: '#d48806',
  UNDER_RENOVATION: '#1d5fbf',
  CLOSED: '#2f8a3e',
};

export function isClosureStatus(value: string): value is ClosureStatus {
  return (CLOSURE_STATUSES as readonly string[]).includes(value);
}
