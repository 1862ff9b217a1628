'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { HotlineOverviewPanel } from '@/features/hotline/HotlineOverviewPanel';
import { useI18n } from '@/i18n/LocaleProvider';
import { DistrictOptionsQuery } from '@/lib/geography-queries';
import { useQuery } from '@/lib/graphql/use-query';
import { DistrictSelect } from './DistrictSelect';
import { DistrictOverviewQuery } from './queries';
import { StatCards } from './StatCards';
import { StatusBreakdownChart } from './StatusBreakdownChart';
import { countsByStatus } from './status-counts';
import { StreetStatusChart } from './StreetStatusChart';
import { StreetTable } from './StreetTable';
import { TrendChart } from './TrendChart';
import type { DistrictOverview } from './types';

/** `/`: one district at a time (in the URL as ?district=), the first one by default. */
export function OverviewPage() {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const districts = useQuery(DistrictOptionsQuery, {});
  const selectedId = searchParams.get('district') ?? districts.data?.districts[0]?.id;
  const overview = useQuery(DistrictOverviewQuery, { id: selectedId ?? '' }, { skip: !selectedId });

  const selectDistrict = (id: string) => router.push(`${pathname}?district=${encodeURIComponent(id)}`, { scroll: false });

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t.overview.title}</h1>
        {districts.status === 'success' && selectedId && (
          <DistrictSelect districts={districts.data.districts} value={selectedId} onChange={selectDistrict} />
        )}
      </div>
      {overview.status === 'success' ? (
        <DistrictDashboard district={overview.data.district} />
      ) : (
        <div className="panel">
          {districts.status === 'error' ? (
            <ErrorState error={districts.error} onRetry={districts.refetch} />
          ) : districts.status === 'success' && !selectedId ? (
            <EmptyState title={t.overview.noDistricts} />
          ) : overview.status === 'error' ? (
            <ErrorState error={overview.error} onRetry={overview.refetch} />
          ) : (
            <Skeleton lines={8} height={28} />
          )}
        </div>
      )}
    </div>
  );
}

function DistrictDashboard({ district }: { district: DistrictOverview }) {
  const { t } = useI18n();
  return (
    <>
      <StatCards stats={district.stats} />
      <div className="panel-grid">
        <Panel title={t.overview.byStreet} className="panel--wide">
          {district.streets.length > 0 ? (
            <StreetStatusChart streets={district.streets} />
          ) : (
            <p className="chart-empty">{t.overview.noStreets}</p>
          )}
        </Panel>
        <Panel title={t.overview.breakdown}>
          <StatusBreakdownChart counts={countsByStatus(district.stats.byClosureStatus)} />
        </Panel>
      </div>
      <Panel title={t.overview.trend}>
        <TrendChart points={district.trend} />
      </Panel>
      <Panel title={t.overview.streets}>
        {district.streets.length > 0 ? <StreetTable district={district} /> : <p className="chart-empty">{t.overview.noStreets}</p>}
      </Panel>
      <HotlineOverviewPanel districtId={district.id} />
    </>
  );
}
