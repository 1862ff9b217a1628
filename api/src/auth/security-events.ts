import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { AuditOutcome } from '../audit/audit.types';
import type { SecurityEvent, SecurityEvents } from './auth.service';

const OUTCOMES = { success: AuditOutcome.SUCCESS, failure: AuditOutcome.FAILURE, denied: AuditOutcome.DENIED } as const;

/** Security events go to the tamper-evident audit log, in the caller's transaction when given. */
export function auditedSecurityEvents(audit: AuditService): SecurityEvents {
  return {
    async record(event: SecurityEvent, manager?: EntityManager): Promise<void> {
      await audit.record(
        {
          actorId: event.actor?.id ?? null,
          actorName: event.actor?.username ?? null,
          actorRole: event.actor?.role ?? null,
          action: event.action,
          outcome: OUTCOMES[event.outcome],
          targetType: event.targetType ?? null,
          targetId: event.targetId ?? null,
          reason: event.reason ?? null,
          requestId: event.request.requestId,
          ip: event.request.ip,
          details: { ...event.details, ...(event.request.userAgent ? { userAgent: event.request.userAgent.slice(0, 256) } : {}) },
        },
        manager,
      );
    },
  };
}
