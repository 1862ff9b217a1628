'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ClosureStatus } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { CLOSURE_STATUSES, CLOSURE_STATUS_COLORS } from '@/lib/closure-status';
import { pipelineOrder } from './legend-order';
import type { TrendPoint } from './types';

/** The StatsPoint field holding each status's count. */
const POINT_FIELD: Record<ClosureStatus, keyof TrendPoint> = {
  OPEN: 'open',
  PLANNED: 'planned',
  UNDER_RENOVATION: 'underRenovation',
  CLOSED: 'closed',
};

/** Days are YYYY-MM-DD; MM-DD is enough on a 90-day axis. */
const shortDay = (day: string) => day.slice(5);

export function TrendChart({ points }: { points: readonly TrendPoint[] }) {
  const { t } = useI18n();
  // Snapshots accumulate one a day, so a young database has no line to draw yet.
  if (points.length < 2) {
    return (
      <p className="chart-empty" data-testid="trend-empty">
        {t.overview.trendEmpty}
      </p>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart data={[...points]} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" tickFormatter={shortDay} minTickGap={24} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend itemSorter={pipelineOrder} />
        {CLOSURE_STATUSES.map((status) => (
          <Line
            key={status}
            type="monotone"
            dataKey={POINT_FIELD[status]}
            name={t.enums.closureStatus[status]}
            stroke={CLOSURE_STATUS_COLORS[status]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
