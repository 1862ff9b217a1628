'use client';

import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { ClosureStatus } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { CLOSURE_STATUSES, CLOSURE_STATUS_COLORS } from '@/lib/closure-status';
import { formatInteger } from '@/lib/format';
import { pipelineOrder } from './legend-order';

/** Donut of the district's compounds by closure status, counts in the legend. */
export function StatusBreakdownChart({ counts }: { counts: Record<ClosureStatus, number> }) {
  const { t, locale } = useI18n();
  const data = CLOSURE_STATUSES.map((status) => ({
    status,
    name: `${t.enums.closureStatus[status]} ${formatInteger(counts[status], locale)}`,
    value: counts[status],
  }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <PieChart>
        <Pie data={data} dataKey="value" nameKey="name" innerRadius="50%" outerRadius="80%" paddingAngle={1} isAnimationActive={false}>
          {data.map((d) => (
            <Cell key={d.status} fill={CLOSURE_STATUS_COLORS[d.status]} />
          ))}
        </Pie>
        <Tooltip />
        <Legend itemSorter={pipelineOrder} />
      </PieChart>
    </ResponsiveContainer>
  );
}
