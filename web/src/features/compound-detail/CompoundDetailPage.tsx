'use client';

import Link from 'next/link';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { StatusBadge } from '@/components/ui/StatusBadge';
import { useI18n } from '@/i18n/LocaleProvider';
import { useQuery } from '@/lib/graphql/use-query';
import { HOTLINE_SETTINGS_EDITORS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { Breadcrumb } from './Breadcrumb';
import { FactList } from './FactList';
import { GateTable } from './GateTable';
import { CompoundDetailQuery } from './queries';

/** `/compounds/[id]`: where the compound sits, its facts and its gates. */
export function CompoundDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const result = useQuery(CompoundDetailQuery, { id });

  if (result.status !== 'success') {
    return (
      <div className="page">
        <div className="panel">
          {result.status === 'loading' ? (
            <Skeleton lines={8} height={24} />
          ) : result.error.code === 'NOT_FOUND' ? (
            <EmptyState title={t.compound.notFoundTitle} testId="compound-not-found" titleAs="h1">
              <p>{t.compound.notFoundBody}</p>
              <Link href="/compounds" className="button">
                {t.compound.backToList}
              </Link>
            </EmptyState>
          ) : (
            <ErrorState error={result.error} onRetry={result.refetch} />
          )}
        </div>
      </div>
    );
  }

  const compound = result.data.compound;
  return (
    <div className="page">
      <Breadcrumb compound={compound} />
      <div className="page-head page-head--title">
        <h1 data-testid="compound-title">{compound.name}</h1>
        <StatusBadge status={compound.closureStatus} />
        {/* The street office records here what 12345 answers about the compound. */}
        {me && HOTLINE_SETTINGS_EDITORS.includes(me.role) && (
          <Link href={`/hotline/compounds/${compound.id}/settings`} className="button" data-testid="compound-hotline-settings">
            {t.hotline.settings.link}
          </Link>
        )}
      </div>
      <Panel title={t.compound.facts}>
        <FactList compound={compound} />
      </Panel>
      <Panel title={t.compound.gates}>
        <GateTable gates={compound.gates} />
      </Panel>
    </div>
  );
}
