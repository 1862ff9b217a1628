'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HotlineWeekFieldsFragment } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { HOTLINE_CATEGORIES } from './categories';

/** One colour per category, the same in every chart. */
const CATEGORY_COLORS = { SUITABILITY: '#1f4e8c', PROGRESS: '#6b8fc2', FACE_REGISTRATION: '#2f8a3e', PRIVACY: '#d4880f' } as const;
const RATES = ['firstCallShare', 'onTimeShare', 'responseRate', 'resolutionRate', 'satisfactionRate'] as const;
const RATE_COLORS = {
  firstCallShare: '#1f4e8c',
  onTimeShare: '#2f8a3e',
  responseRate: '#6b8fc2',
  resolutionRate: '#9aa5b1',
  satisfactionRate: '#d4880f',
} as const;

/** A 0-1 share as a percentage with one decimal, null where the week has no data for it. */
const percent = (share: number | null | undefined) => (share === null || share === undefined ? null : Math.round(share * 1000) / 10);

/** The week's Monday as MM-DD, short enough for an axis. */
const weekLabel = (week: string) => week.slice(5);

/** Calls per week, stacked by category. */
export function CallsByCategoryChart({ weeks, height = 280 }: { weeks: readonly HotlineWeekFieldsFragment[]; height?: number }) {
  const { t, locale } = useI18n();
  const rows = weeks.map((w) => ({
    label: weekLabel(w.week),
    ...Object.fromEntries(w.byCategory.map((c) => [c.category, c.calls])),
  }));
  return (
    <div data-testid="hotline-calls-chart" data-weeks={rows.length}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} width={48} tickFormatter={(v: number) => formatInteger(v, locale)} />
          <Tooltip formatter={(value) => formatInteger(Number(value), locale)} />
          <Legend itemSorter={(item) => HOTLINE_CATEGORIES.findIndex((c) => c === item.dataKey)} />
          {HOTLINE_CATEGORIES.map((category) => (
            <Bar
              key={category}
              dataKey={category}
              stackId="calls"
              name={t.hotline.category[category]}
              fill={CATEGORY_COLORS[category]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** First-call share, tickets on time and the three rates per week, in percent; a week without data leaves a gap. */
export function RatesChart({ weeks, height = 280 }: { weeks: readonly HotlineWeekFieldsFragment[]; height?: number }) {
  const { t } = useI18n();
  const f = t.hotline.figures;
  const names = {
    firstCallShare: f.firstCall,
    onTimeShare: f.onTime,
    responseRate: f.response,
    resolutionRate: f.resolution,
    satisfactionRate: f.satisfaction,
  };
  const rows = weeks.map((w) => ({ label: weekLabel(w.week), ...Object.fromEntries(RATES.map((rate) => [rate, percent(w[rate])])) }));
  return (
    <div data-testid="hotline-rates-chart" data-weeks={rows.length}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis domain={[0, 100]} width={48} unit="%" />
          <Tooltip formatter={(value) => `${String(value)}%`} />
          <Legend itemSorter={(item) => RATES.findIndex((r) => r === item.dataKey)} />
          {RATES.map((rate) => (
            <Line
              key={rate}
              dataKey={rate}
              name={names[rate]}
              stroke={RATE_COLORS[rate]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
