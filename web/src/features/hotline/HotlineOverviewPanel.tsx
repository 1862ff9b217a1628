'use client';

import Link from 'next/link';
import { useState } from 'react';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { HotlineAreaInput } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { useQuery } from '@/lib/graphql/use-query';
import { HOTLINE_ACTIONS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { CallsByCategoryChart, RatesChart } from './FiguresCharts';
import { recentWeeks } from './FiguresSection';
import { HotlineFiguresQuery } from './queries';

/**
 * The overview page's hotline panel: the last 8 weeks of calls and rates of the district shown
 * (a street office: of its street), for the roles that may read the figures; nothing for the others.
 */
export function HotlineOverviewPanel({ districtId }: { districtId: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [range] = useState(() => recentWeeks(8));
  const allowed = me ? HOTLINE_ACTIONS[me.role].figures : false;
  const street = me?.role === 'STREET_OFFICER' ? (me.streetId ?? undefined) : undefined;
  const area: HotlineAreaInput = street ? { level: 'STREET', id: street } : { level: 'DISTRICT', id: districtId };
  const figures = useQuery(HotlineFiguresQuery, { area, ...range }, { skip: !allowed });
  if (!allowed) return null;
  const weeks = figures.data?.hotlineFigures.weeks ?? [];

  return (
    <Panel title={t.hotline.figures.overviewTitle}>
      <div data-testid="overview-hotline">
        {figures.status === 'loading' ? (
          <Skeleton lines={6} height={24} />
        ) : figures.status === 'error' ? (
          <ErrorState error={figures.error} onRetry={figures.refetch} />
        ) : !weeks.some((w) => w.calls > 0) ? (
          <p className="chart-empty">{t.hotline.figures.empty}</p>
        ) : (
          <div className="panel-grid panel-grid--even">
            <CallsByCategoryChart weeks={weeks} height={220} />
            <RatesChart weeks={weeks} height={220} />
          </div>
        )}
        <p>
          <Link href="/hotline">{t.hotline.figures.more}</Link>
        </p>
      </div>
    </Panel>
  );
}
