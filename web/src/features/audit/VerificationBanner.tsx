'use client';

import { ErrorState } from '@/components/ui/ErrorState';
import { Skeleton } from '@/components/ui/Skeleton';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { useQuery } from '@/lib/graphql/use-query';
import { AuditVerificationQuery } from './queries';

/** The hash chain check: intact with N entries checked, or the first break and why. */
export function VerificationBanner() {
  const { t, locale } = useI18n();
  const result = useQuery(AuditVerificationQuery, {});
  if (result.status === 'loading') {
    return (
      <div className="banner" data-testid="audit-verification" data-state="loading">
        <span>{t.audit.verifying}</span>
        <Skeleton lines={1} height={12} />
      </div>
    );
  }
  if (result.status === 'error') {
    return (
      <div className="panel">
        <ErrorState error={result.error} onRetry={result.refetch} />
      </div>
    );
  }
  const v = result.data.auditVerification;
  const broken = v.brokenAt;
  return (
    <div
      className={v.ok ? 'banner banner--ok' : 'banner banner--error'}
      role={v.ok ? 'status' : 'alert'}
      data-testid="audit-verification"
      data-state={v.ok ? 'intact' : 'broken'}
    >
      <span className="banner-icon" aria-hidden="true">
        {v.ok ? '✓' : '✗'}
      </span>
      <span data-testid="audit-verification-text">
        {v.ok || !broken
          ? t.audit.intact(formatInteger(v.checked, locale))
          : t.audit.broken(broken.seq, t.enums.auditBreakReason[broken.reason])}
      </span>
      {v.headSeq && <span className="banner-detail">{t.audit.head(v.headSeq)}</span>}
    </div>
  );
}
