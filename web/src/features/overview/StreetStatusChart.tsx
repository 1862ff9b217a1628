'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@/i18n/LocaleProvider';
import { CLOSURE_STATUSES, CLOSURE_STATUS_COLORS } from '@/lib/closure-status';
import { pipelineOrder } from './legend-order';
import { countsByStatus } from './status-counts';
import type { StreetOverview } from './types';

const ROW_HEIGHT = 34;
const AXIS_AND_LEGEND_HEIGHT = 80;
/** As tall as the breakdown donut beside it, even for a district with one or two streets. */
const MIN_HEIGHT = 280;

/** Horizontal stacked bars: street names stay readable however many streets a district has. */
export function StreetStatusChart({ streets }: { streets: readonly StreetOverview[] }) {
  const { t } = useI18n();
  const data = streets.map((s) => ({ name: s.name, ...countsByStatus(s.stats.byClosureStatus) }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(MIN_HEIGHT, streets.length * ROW_HEIGHT + AXIS_AND_LEGEND_HEIGHT)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 13 }} />
        <Tooltip />
        <Legend itemSorter={pipelineOrder} />
        {CLOSURE_STATUSES.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={t.enums.closureStatus[status]}
            stackId="closure"
            fill={CLOSURE_STATUS_COLORS[status]}
            maxBarSize={22}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
