import type { AuditLogQueryVariables, AuditOutcome } from '@/gql/graphql';

/** The audit log's filters and page live in the URL, like the compound list's. */

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ['SUCCESS', 'FAILURE', 'DENIED'];
export const AUDIT_PAGE_SIZE = 20;

export interface AuditFilters {
  actor?: string;
  action?: string;
  outcome?: AuditOutcome;
  targetType?: string;
  targetId?: string;
  /** As a datetime-local input holds it (YYYY-MM-DDTHH:mm), Beijing time. */
  since?: string;
  until?: string;
}

export interface AuditParams extends AuditFilters {
  after?: string;
  before?: string;
}

const TEXT_KEYS = ['actor', 'action', 'targetType', 'targetId', 'since', 'until'] as const;

const nonEmpty = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

export function parseAuditParams(query: { get(name: string): string | null }): AuditParams {
  const params: AuditParams = {};
  for (const key of TEXT_KEYS) params[key] = nonEmpty(query.get(key));
  params.outcome = AUDIT_OUTCOMES.find((o) => o === query.get('outcome'));
  params.before = nonEmpty(query.get('before'));
  params.after = params.before ? undefined : nonEmpty(query.get('after'));
  return params;
}

export function auditHref(params: AuditParams): string {
  const query = new URLSearchParams();
  for (const key of TEXT_KEYS) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  if (params.outcome) query.set('outcome', params.outcome);
  if (params.after) query.set('after', params.after);
  if (params.before) query.set('before', params.before);
  const qs = query.toString();
  return qs ? `/audit?${qs}` : '/audit';
}

/** A datetime-local value read as Beijing time (the platform's one time zone). */
const beijing = (local: string | undefined) => (local ? `${local.length === 16 ? `${local}:00` : local}+08:00` : undefined);

export function auditVariables(p: AuditParams): AuditLogQueryVariables {
  const filter = {
    actorName: p.actor,
    action: p.action,
    outcome: p.outcome,
    targetType: p.targetType,
    targetId: p.targetId,
    since: beijing(p.since),
    until: beijing(p.until),
  };
  const page = p.before ? { last: AUDIT_PAGE_SIZE, before: p.before } : { first: AUDIT_PAGE_SIZE, after: p.after };
  return { filter, ...page };
}
