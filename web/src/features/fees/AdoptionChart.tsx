'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FeeFiguresFragment } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';

const RATE_COLOR = '#1f4e8c';
const PAYING_COLOR = '#2f8a3e';
const BILLED_COLOR = '#9aa5b1';
const SERIES_ORDER = ['rate', 'paying', 'billed'];
/** Legend in the order the lines matter (recharts sorts by name otherwise). */
const seriesOrder = (item: { dataKey?: unknown }) => SERIES_ORDER.indexOf(String(item.dataKey));

/**
 * The "from zero to one" story: from the first billed month, the collection rate (left axis, %)
 * climbing beside the paying households and those billed (right axis).
 */
export function AdoptionChart({ months }: { months: readonly FeeFiguresFragment[] }) {
  const { t, locale } = useI18n();
  const f = t.fees;
  if (months.length < 2) {
    return (
      <p className="chart-empty" data-testid="fee-trend-empty">
        {f.trendEmpty}
      </p>
    );
  }
  const data = months.map((m) => ({
    month: m.month,
    rate: Math.round(m.collectionRate * 1000) / 10,
    paying: m.householdsPaying,
    billed: m.householdsBilled,
  }));
  return (
    <div data-testid="fee-trend" data-months={months.length}>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" minTickGap={24} />
          <YAxis yAxisId="rate" domain={[0, 100]} unit="%" width={52} />
          <YAxis
            yAxisId="households"
            orientation="right"
            allowDecimals={false}
            width={56}
            tickFormatter={(v: number) => formatInteger(v, locale)}
          />
          <Tooltip formatter={(value, name) => (name === f.rateSeries ? `${String(value)}%` : formatInteger(Number(value), locale))} />
          <Legend itemSorter={seriesOrder} />
          <Line
            yAxisId="rate"
            type="monotone"
            dataKey="rate"
            name={f.rateSeries}
            stroke={RATE_COLOR}
            strokeWidth={2.5}
            dot={{ r: 2 }}
            isAnimationActive={false}
          />
          <Line
            yAxisId="households"
            type="monotone"
            dataKey="paying"
            name={f.payingSeries}
            stroke={PAYING_COLOR}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="households"
            type="stepAfter"
            dataKey="billed"
            name={f.billedSeries}
            stroke={BILLED_COLOR}
            strokeDasharray="5 4"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
