'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Skeleton } from '@/components/ui/Skeleton';
import { Pagination } from '@/features/compounds/Pagination';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { useQuery } from '@/lib/graphql/use-query';
import { useSession } from '@/lib/session/SessionProvider';
import { auditHref, auditVariables, parseAuditParams, type AuditParams } from './audit-params';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditTable } from './AuditTable';
import { AuditLogQuery } from './queries';
import { VerificationBanner } from './VerificationBanner';

/**
 * `/audit`: the hash chain check, then (for auditors) the log itself with filters and cursor
 * pages. ADMIN may run the check but not read the log, so it sees only the banner.
 */
export function AuditPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const readsLog = me?.role === 'AUDITOR';
  return (
    <div className="page">
      <div className="page-head">
        <h1>{readsLog ? t.audit.title : t.nav.auditVerification}</h1>
      </div>
      <VerificationBanner />
      {readsLog ? (
        <AuditLog />
      ) : (
        <p className="muted" data-testid="audit-admin-note">
          {t.audit.adminNote}
        </p>
      )}
    </div>
  );
}

function AuditLog() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const searchParams = useSearchParams();
  const params = parseAuditParams(searchParams);
  const result = useQuery(AuditLogQuery, auditVariables(params));
  const go = (next: AuditParams) => router.push(auditHref(next), { scroll: false });
  const { after: _after, before: _before, ...filters } = params;
  const filtersKey = auditHref(filters);
  const isCursorError = result.error?.field === 'after' || result.error?.field === 'before';

  return (
    <>
      <AuditFiltersForm key={filtersKey} initial={filters} onApply={(next) => go(next)} onClear={() => go({})} />
      <section className="panel" aria-label={t.audit.tableCaption}>
        <div className="toolbar">
          <p className="total" aria-live="polite" data-testid="audit-total" data-count={result.data?.auditLog.totalCount}>
            {result.data ? t.audit.total(formatInteger(result.data.auditLog.totalCount, locale)) : '\u00a0'}
          </p>
        </div>
        {result.status === 'loading' && <Skeleton lines={10} height={22} />}
        {result.status === 'error' && (
          <ErrorState
            error={result.error}
            onRetry={isCursorError ? () => go(filters) : result.refetch}
            retryLabel={isCursorError ? t.errors.firstPage : undefined}
          />
        )}
        {result.status === 'success' &&
          (result.data.auditLog.edges.length === 0 ? (
            <EmptyState title={t.audit.empty} testId="audit-empty" />
          ) : (
            <>
              <AuditTable rows={result.data.auditLog.edges.map((e) => e.node)} />
              <Pagination
                pageInfo={result.data.auditLog.pageInfo}
                onPrevious={(before) => go({ ...filters, before })}
                onNext={(after) => go({ ...filters, after })}
              />
            </>
          ))}
      </section>
    </>
  );
}
