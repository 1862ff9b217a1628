'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RenovationStage } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatYuan } from '@/lib/format';
import { RENOVATION_STAGES, STAGE_COLORS } from './stages';

interface StreetFigures {
  name: string;
  funnel: readonly { stage: RenovationStage; current: number }[];
  budget: number;
  spent: number;
}

const ROW_HEIGHT = 40;
const AXIS_AND_LEGEND_HEIGHT = 90;
const MIN_HEIGHT = 220;
const chartHeight = (rows: number) => Math.max(MIN_HEIGHT, rows * ROW_HEIGHT + AXIS_AND_LEGEND_HEIGHT);

/** Legend in pipeline order (recharts sorts by name otherwise); each stage has its own colour. */
const stageOrder = (item: { color?: string }) => RENOVATION_STAGES.findIndex((stage) => STAGE_COLORS[stage] === item.color);

/** The pipeline per street: one horizontal bar each, stacked by the stage its projects are at. */
export function FunnelChart({ streets }: { streets: readonly StreetFigures[] }) {
  const { t } = useI18n();
  const data = streets.map((s) => ({
    name: s.name,
    ...Object.fromEntries(RENOVATION_STAGES.map((stage) => [stage, s.funnel.find((f) => f.stage === stage)?.current ?? 0])),
  }));
  return (
    <div data-testid="renovation-funnel">
      <ResponsiveContainer width="100%" height={chartHeight(streets.length)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 13 }} />
          <Tooltip />
          <Legend itemSorter={stageOrder} />
          {RENOVATION_STAGES.map((stage) => (
            <Bar
              key={stage}
              dataKey={stage}
              name={t.enums.renovationStage[stage]}
              stackId="stage"
              fill={STAGE_COLORS[stage]}
              maxBarSize={24}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const BUDGET_COLOR = '#9db4d6';
const SPENT_COLOR = '#1f4e8c';

/** Planned investment next to spending per street, in units of 10,000 yuan (万元). */
export function InvestmentChart({ streets }: { streets: readonly StreetFigures[] }) {
  const { t, locale } = useI18n();
  const wan = (yuan: number) => Math.round(yuan / 100) / 100;
  const data = streets.map((s) => ({ name: s.name, budget: wan(s.budget), spent: wan(s.spent) }));
  return (
    <div data-testid="renovation-investment">
      <ResponsiveContainer width="100%" height={chartHeight(streets.length)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => formatYuan(v, locale)} />
          <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 13 }} />
          <Tooltip formatter={(v) => formatYuan(Number(v), locale)} />
          <Legend itemSorter={(item: { dataKey?: unknown }) => (item.dataKey === 'budget' ? 0 : 1)} />
          <Bar dataKey="budget" name={t.renovation.budgetSeries} fill={BUDGET_COLOR} maxBarSize={18} isAnimationActive={false} />
          <Bar dataKey="spent" name={t.renovation.spentSeries} fill={SPENT_COLOR} maxBarSize={18} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
