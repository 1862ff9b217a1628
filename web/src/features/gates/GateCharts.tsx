'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GateBucket, GateOperationsQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';

type Bucket = GateOperationsQuery['gateOperations']['series'][number];

/** One colour per method, the same in every chart; face (the goal of "technology guarding") strongest. */
export const METHOD_COLORS = { face: '#1f4e8c', card: '#6b8fc2', qr: '#2f8a3e', pin: '#9aa5b1', volunteer: '#d4880f' } as const;
const METHODS = ['face', 'card', 'qr', 'pin', 'volunteer'] as const;
/** Legend in the stacking order (recharts sorts by name otherwise). */
const methodOrder = (item: { dataKey?: unknown }) => METHODS.findIndex((m) => m === item.dataKey);
const FEVER_COLOR = '#c0392b';
const DENIED_COLOR = '#ad6800';

/** A bucket's label in Beijing time: "03-02 08:00" by hour, "03-02" by day. */
function bucketLabel(iso: string, bucket: GateBucket): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return bucket === 'DAY' ? `${part('month')}-${part('day')}` : `${part('month')}-${part('day')} ${part('hour')}:00`;
}

function chartRows(series: readonly Bucket[], bucket: GateBucket) {
  return series.map((b) => ({
    label: bucketLabel(b.at, bucket),
    face: b.face,
    card: b.card,
    qr: b.qr,
    pin: b.pin,
    volunteer: b.volunteer,
    share: b.faceShare === null || b.faceShare === undefined ? null : Math.round(b.faceShare * 1000) / 10,
    fever: b.fever,
    denials: b.denials,
  }));
}

/** Entries per bucket, stacked by method. */
export function EntriesChart({ series, bucket }: { series: readonly Bucket[]; bucket: GateBucket }) {
  const { t, locale } = useI18n();
  const g = t.gateOps;
  const rows = chartRows(series, bucket);
  return (
    <div data-testid="gate-entries-chart" data-buckets={rows.length}>
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" minTickGap={28} />
          <YAxis allowDecimals={false} width={56} tickFormatter={(v: number) => formatInteger(v, locale)} />
          <Tooltip formatter={(value) => formatInteger(Number(value), locale)} />
          <Legend itemSorter={methodOrder} />
          {METHODS.map((method) => (
            <Bar
              key={method}
              dataKey={method}
              stackId="passes"
              name={g.method[method]}
              fill={METHOD_COLORS[method]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The share of face recognition among all passes, per bucket. */
export function FaceShareChart({ series, bucket }: { series: readonly Bucket[]; bucket: GateBucket }) {
  const { t } = useI18n();
  const rows = chartRows(series, bucket);
  return (
    <div data-testid="gate-face-share-chart" data-buckets={rows.length}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" minTickGap={28} />
          <YAxis domain={[0, 100]} unit="%" width={52} />
          <Tooltip formatter={(value) => `${String(value)}%`} />
          <Line
            type="monotone"
            dataKey="share"
            name={t.gateOps.faceShareSeries}
            stroke={METHOD_COLORS.face}
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Fever readings and denied passes, per bucket. */
export function HealthChart({ series, bucket }: { series: readonly Bucket[]; bucket: GateBucket }) {
  const { t, locale } = useI18n();
  const g = t.gateOps;
  const rows = chartRows(series, bucket);
  return (
    <div data-testid="gate-health-chart" data-buckets={rows.length}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" minTickGap={28} />
          <YAxis allowDecimals={false} width={48} tickFormatter={(v: number) => formatInteger(v, locale)} />
          <Tooltip formatter={(value) => formatInteger(Number(value), locale)} />
          <Legend />
          <Bar dataKey="fever" name={g.feverSeries} fill={FEVER_COLOR} isAnimationActive={false} />
          <Bar dataKey="denials" name={g.denialsSeries} fill={DENIED_COLOR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
