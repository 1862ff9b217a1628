import type { GateBucket, GatePlaceInput, GatePlaceLevel } from '@/gql/graphql';

/** The time ranges the page offers; the longest is cut by day, the others by hour. */
export const RANGES = ['1d', '7d', '30d'] as const;
export type GateRange = (typeof RANGES)[number];
export const DEFAULT_RANGE: GateRange = '7d';

const RANGE_SPAN_MS: Record<GateRange, number> = { '1d': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };
const RANGE_BUCKET: Record<GateRange, GateBucket> = { '1d': 'HOUR', '7d': 'HOUR', '30d': 'DAY' };

const LEVELS: readonly GatePlaceLevel[] = ['DISTRICT', 'STREET', 'COMPOUND', 'GATE'];

export function parseRange(value: string | null): GateRange {
  return RANGES.find((r) => r === value) ?? DEFAULT_RANGE;
}

/** `/gates?level=…&id=…` names a district or street; without them the page shows the caller's own. */
export function parsePlace(level: string | null, id: string | null): GatePlaceInput | undefined {
  const found = LEVELS.find((l) => l === level);
  return found && id ? { level: found, id } : undefined;
}

/** The query's range ending at `anchor` (ms; whole hours keep the variables stable between renders). */
export function rangeVariables(range: GateRange, anchor: number): { from: string; bucket: GateBucket } {
  const hour = Math.floor(anchor / 3_600_000) * 3_600_000;
  return { from: new Date(hour + 3_600_000 - RANGE_SPAN_MS[range]).toISOString(), bucket: RANGE_BUCKET[range] };
}

/** A place's page: districts and streets on /gates, compounds and gates on their own paths. */
export function gatesHref(place: GatePlaceInput, range: GateRange): string {
  const query = new URLSearchParams();
  if (place.level === 'DISTRICT' || place.level === 'STREET') {
    query.set('level', place.level);
    query.set('id', place.id);
  }
  if (range !== DEFAULT_RANGE) query.set('range', range);
  const qs = query.toString();
  const path = place.level === 'COMPOUND' ? `/gates/compound/${place.id}` : place.level === 'GATE' ? `/gates/gate/${place.id}` : '/gates';
  return qs ? `${path}?${qs}` : path;
}
