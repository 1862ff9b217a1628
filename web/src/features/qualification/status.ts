import type { CriterionOutcome, QualificationStatus } from '@/gql/graphql';

/** Best first: the order of filters, counts and legends. */
export const QUALIFICATION_STATUSES: readonly QualificationStatus[] = ['QUALIFIED', 'NEARLY', 'BLOCKED'];

/** Green, amber, red: the same colour for a status in badges, counts and the what-if. */
export const QUALIFICATION_STATUS_COLORS: Record<QualificationStatus, string> = {
  QUALIFIED: '#2f8a3e',
  NEARLY: '#ad6800',
  BLOCKED: '#b42318',
};

/** The shared badge class for each criterion outcome. */
export const OUTCOME_BADGE: Record<CriterionOutcome, string> = {
  PASSED: 'badge badge--ok',
  FAILED: 'badge badge--error',
  MISSING_EVIDENCE: 'badge badge--warn',
};

export function isQualificationStatus(value: string): value is QualificationStatus {
  return (QUALIFICATION_STATUSES as readonly string[]).includes(value);
}
