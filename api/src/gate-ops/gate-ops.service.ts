import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { scopeSql, type Scope, type ScopedTable } from '../auth/scope';
import { badInput, notFound } from '../graphql/errors';
import { TIME_ZONE } from '../common/time';
import { isUuid } from '../graphql/ids';
import { isDeviceOnline } from '../gates/device-health';
import { type GateDeviceKind, GateDeviceStatus } from '../gates/gate-device.enums';
import { GateBucket, GateLiveEventKind, GatePlaceLevel } from './gate-ops.enums';
import { GateLiveHub, type GateNotice } from './gate-live';
import { LiveQueue } from './live-queue';
import type {
  GateDeviceState,
  GateDeviceSummary,
  GateLiveActivity,
  GateLiveEvent,
  GateOperations,
  GateOperationsRow,
  GatePlaceInput,
  GatePlaceRef,
  GateTraffic,
  GateTrafficBucket,
} from './gate-ops.types';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Beijing is UTC+8 all year (no daylight saving), so its days start at 16:00 UTC. */
const BEIJING_OFFSET_MS = 8 * HOUR_MS;
/** Where date_bin starts counting buckets: a Beijing midnight. */
const BUCKET_ORIGIN = '2000-01-01T00:00:00+08:00';

const DEFAULT_SPAN: Record<GateBucket, number> = { [GateBucket.HOUR]: 7 * DAY_MS, [GateBucket.DAY]: 30 * DAY_MS };
const MAX_SPAN: Record<GateBucket, number> = { [GateBucket.HOUR]: 31 * DAY_MS, [GateBucket.DAY]: 366 * DAY_MS };
const STEP: Record<GateBucket, number> = { [GateBucket.HOUR]: HOUR_MS, [GateBucket.DAY]: DAY_MS };

/** The device table is for reading; a district of thousands of devices shows its offline ones first. */
export const MAX_DEVICES = 1000;
/** A subscriber that stops reading keeps at most this many events before it is told to resync. */
const MAX_PENDING_EVENTS = 200;

/** The rollup and device column that holds each level's id. */
const PLACE_COLUMN: Record<GatePlaceLevel, 'district_id' | 'street_id' | 'compound_id' | 'gate_id'> = {
  [GatePlaceLevel.DISTRICT]: 'district_id',
  [GatePlaceLevel.STREET]: 'street_id',
  [GatePlaceLevel.COMPOUND]: 'compound_id',
  [GatePlaceLevel.GATE]: 'gate_id',
};
const NOTICE_KEY: Record<GatePlaceLevel, 'districtId' | 'streetId' | 'compoundId' | 'gateId'> = {
  [GatePlaceLevel.DISTRICT]: 'districtId',
  [GatePlaceLevel.STREET]: 'streetId',
  [GatePlaceLevel.COMPOUND]: 'compoundId',
  [GatePlaceLevel.GATE]: 'gateId',
};
const CHILD_LEVEL: Record<GatePlaceLevel, GatePlaceLevel | null> = {
  [GatePlaceLevel.DISTRICT]: GatePlaceLevel.STREET,
  [GatePlaceLevel.STREET]: GatePlaceLevel.COMPOUND,
  [GatePlaceLevel.COMPOUND]: GatePlaceLevel.GATE,
  [GatePlaceLevel.GATE]: null,
};

/** The place, already checked against the caller's scope, with its parents for breadcrumbs. */
export interface ResolvedPlace {
  level: GatePlaceLevel;
  id: string;
  name: string;
  path: GatePlaceRef[];
}

interface TrafficRow {
  face: string;
  card: string;
  qr: string;
  pin: string;
  volunteer: string;
  denials: string;
  temperature: string;
  fever: string;
}

interface DeviceRow {
  id: string;
  gate_id: string;
  gate_name: string;
  compound_id: string;
  compound_name: string;
  street_id: string;
  kind: GateDeviceKind;
  vendor: string;
  serial: string;
  firmware: string;
  status: GateDeviceStatus;
  heartbeat_interval_seconds: number;
  last_seen_at: Date | null;
}

/** The sums every traffic query selects from gate_hourly_rollup (alias r). */
const TRAFFIC_SUMS = `
  coalesce(sum(r.events) FILTER (WHERE r.kind = 'PASS' AND r.method = 'FACE'), 0) AS face,
  coalesce(sum(r.events) FILTER (WHERE r.kind = 'PASS' AND r.method = 'CARD'), 0) AS card,
  coalesce(sum(r.events) FILTER (WHERE r.kind = 'PASS' AND r.method = 'QR'), 0) AS qr,
  coalesce(sum(r.events) FILTER (WHERE r.kind = 'PASS' AND r.method = 'PIN'), 0) AS pin,
  coalesce(sum(r.events) FILTER (WHERE r.kind = 'PASS' AND r.method = 'VOLUNTEER'), 0) AS volunteer,
  coalesce(sum(r.events) FILTER (WHERE r.kind = 'DENIED'), 0) AS denials,
  coalesce(sum(r.events) FILTER (WHERE r.kind = 'TEMPERATURE'), 0) AS temperature,
  coalesce(sum(r.fever), 0) AS fever`;

/** The same sums from gate_compound_hourly_traffic (alias r), whose rows are already one column per figure. */
const WIDE_TRAFFIC_SUMS = ['face', 'card', 'qr', 'pin', 'volunteer', 'denials', 'temperature', 'fever']
  .map((column) => `coalesce(sum(r.${column}), 0) AS ${column}`)
  .join(', ');

function traffic(counts: {
  face: number;
  card: number;
  qr: number;
  pin: number;
  volunteer: number;
  denials: number;
  temperature: number;
  fever: number;
}): GateTraffic {
  const passes = counts.face + counts.card + counts.qr + counts.pin + counts.volunteer;
  return {
    face: counts.face,
    card: counts.card,
    qr: counts.qr,
    pin: counts.pin,
    volunteer: counts.volunteer,
    passes,
    faceShare: passes > 0 ? counts.face / passes : null,
    denials: counts.denials,
    temperatureReadings: counts.temperature,
    fever: counts.fever,
  };
}

function trafficOf(row: TrafficRow): GateTraffic {
  return traffic({
    face: Number(row.face),
    card: Number(row.card),
    qr: Number(row.qr),
    pin: Number(row.pin),
    volunteer: Number(row.volunteer),
    denials: Number(row.denials),
    temperature: Number(row.temperature),
    fever: Number(row.fever),
  });
}

function sum(rows: readonly GateTraffic[]): GateTraffic {
  const total = { face: 0, card: 0, qr: 0, pin: 0, volunteer: 0, denials: 0, temperature: 0, fever: 0 };
  for (const r of rows) {
    total.face += r.face;
    total.card += r.card;
    total.qr += r.qr;
    total.pin += r.pin;
    total.volunteer += r.volunteer;
    total.denials += r.denials;
    total.temperature += r.temperatureReadings;
    total.fever += r.fever;
  }
  return traffic(total);
}

/**
 * The scope on gate_street_hourly_rollup (street and district columns only). Community-bound
 * callers never read gate operations (policy), so they see nothing there.
 */
function streetSummaryScope(scope: Scope, alias: string, param: number): { sql: string; values: string[] } {
  switch (scope.level) {
    case 'all':
      return { sql: 'true', values: [] };
    case 'district':
      return { sql: `${alias}.district_id = $${param}::uuid`, values: [scope.districtId] };
    case 'street':
      return { sql: `${alias}.street_id = $${param}::uuid`, values: [scope.streetId] };
    case 'community':
    case 'none':
      return { sql: 'false', values: [] };
  }
}

/** Start of the bucket holding `ms`: the hour, or the Beijing day. */
function floorTo(bucket: GateBucket, ms: number): number {
  const offset = bucket === GateBucket.DAY ? BEIJING_OFFSET_MS : 0;
  return Math.floor((ms + offset) / STEP[bucket]) * STEP[bucket] - offset;
}

function ceilTo(bucket: GateBucket, ms: number): number {
  const floor = floorTo(bucket, ms);
  return floor === ms ? ms : floor + STEP[bucket];
}

/** Live counts from a notification's `{"PASS:FACE": n, "DENIED:CARD": n, "TEMPERATURE": n, "FEVER": n, ...}`. */
export function activityFromCounts(counts: Record<string, number>): GateLiveActivity {
  const by = (kind: string, method?: string) =>
    Object.entries(counts)
      .filter(([key]) => (method === undefined ? key === kind || key.startsWith(`${kind}:`) : key === `${kind}:${method}`))
      .reduce((total, [, n]) => total + n, 0);
  return {
    ...traffic({
      face: by('PASS', 'FACE'),
      card: by('PASS', 'CARD'),
      qr: by('PASS', 'QR'),
      pin: by('PASS', 'PIN'),
      volunteer: by('PASS', 'VOLUNTEER'),
      denials: by('DENIED'),
      temperature: by('TEMPERATURE'),
      fever: by('FEVER'),
    }),
    plates: by('PLATE_IN') + by('PLATE_OUT'),
    doorHeldOpen: by('DOOR_HELD_OPEN'),
    tamper: by('TAMPER'),
  };
}

/** Whether a notification's place lies in the subscriber's scope (community scopes cannot be told apart: none). */
export function noticeInScope(notice: { districtId: string; streetId: string }, scope: Scope): boolean {
  switch (scope.level) {
    case 'all':
      return true;
    case 'district':
      return notice.districtId === scope.districtId;
    case 'street':
      return notice.streetId === scope.streetId;
    case 'community':
    case 'none':
      return false;
  }
}

function liveEvent(notice: GateNotice): GateLiveEvent {
  switch (notice.channel) {
    case 'resync':
      return {
        kind: GateLiveEventKind.RESYNC,
        gateId: null,
        compoundId: null,
        streetId: null,
        at: new Date(notice.at),
        activity: null,
        device: null,
      };
    case 'gate_activity':
      return {
        kind: GateLiveEventKind.ACTIVITY,
        gateId: notice.gateId,
        compoundId: notice.compoundId,
        streetId: notice.streetId,
        at: new Date(notice.at),
        activity: activityFromCounts(notice.counts),
        device: null,
      };
    case 'gate_device_status': {
      const lastSeenAt = notice.lastSeenAt ? new Date(notice.lastSeenAt) : null;
      return {
        kind: GateLiveEventKind.DEVICE_STATUS,
        gateId: notice.gateId,
        compoundId: notice.compoundId,
        streetId: notice.streetId,
        at: lastSeenAt ?? new Date(),
        activity: null,
        device: { deviceId: notice.deviceId, online: notice.online, status: notice.status, lastSeenAt },
      };
    }
  }
}

/**
 * Gate operations for the dashboards: traffic, fever readings and denials from the hourly rollups,
 * device state from the registry (never raw events), and the live feed of the ingestion's
 * notifications. Every read is cut to the caller's scope in SQL; a place outside it is NOT_FOUND.
 */
export class GateOpsService {
  readonly live: GateLiveHub;

  constructor(private readonly db: DataSource) {
    this.live = new GateLiveHub(() => {
      const url = (db.options as PostgresConnectionOptions).url;
      if (!url) throw new Error('the gate live feed needs the database URL');
      return url;
    });
  }

  /** The place if the caller may see it, with its parents; NOT_FOUND otherwise. */
  async place(input: GatePlaceInput, scope: Scope): Promise<ResolvedPlace> {
    if (!isUuid(input.id)) throw notFound(input.level, input.id);
    const scoped = (table: ScopedTable, alias: string) => scopeSql(scope, table, alias, 2);
    let row: Record<string, string> | undefined;
    switch (input.level) {
      case GatePlaceLevel.DISTRICT: {
        const s = scoped('district', 'd');
        [row] = await this.db.query(`SELECT d.id AS district_id, d.name AS district_name FROM district d WHERE d.id = $1 AND ${s.sql}`, [
          input.id,
          ...s.values,
        ]);
        break;
      }
      case GatePlaceLevel.STREET: {
        const s = scoped('street', 's');
        [row] = await this.db.query(
          `SELECT d.id AS district_id, d.name AS district_name, s.id AS street_id, s.name AS street_name
             FROM street s JOIN district d ON d.id = s.district_id WHERE s.id = $1 AND ${s.sql}`,
          [input.id, ...s.values],
        );
        break;
      }
      case GatePlaceLevel.COMPOUND:
      case GatePlaceLevel.GATE: {
        const s = scoped('compound', 'c');
        const gate = input.level === GatePlaceLevel.GATE;
        [row] = await this.db.query(
          `SELECT d.id AS district_id, d.name AS district_name, s.id AS street_id, s.name AS street_name,
                  c.id AS compound_id, c.name AS compound_name${gate ? ', g.id AS gate_id, g.name AS gate_name' : ''}
             FROM ${gate ? 'gate g JOIN compound c ON c.id = g.compound_id' : 'compound c'}
             JOIN street s ON s.id = c.street_id JOIN district d ON d.id = c.district_id
            WHERE ${gate ? 'g' : 'c'}.id = $1 AND ${s.sql}`,
          [input.id, ...s.values],
        );
        break;
      }
    }
    if (!row) throw notFound(input.level, input.id);
    const path: GatePlaceRef[] = [];
    const levels = [GatePlaceLevel.DISTRICT, GatePlaceLevel.STREET, GatePlaceLevel.COMPOUND, GatePlaceLevel.GATE];
    for (const level of levels) {
      const prefix = PLACE_COLUMN[level].replace('_id', '');
      const id = row[`${prefix}_id`];
      if (id) path.push({ level, id, name: row[`${prefix}_name`]! });
    }
    const own = path[path.length - 1]!;
    return { level: input.level, id: own.id, name: own.name, path };
  }

  /** The figures of one place over [from, to), cut into hours or Beijing days. */
  async operations(
    input: GatePlaceInput,
    range: { from?: Date | null; to?: Date | null; bucket?: GateBucket | null },
    scope: Scope,
    now: Date = new Date(),
  ): Promise<GateOperations> {
    const bucket = range.bucket ?? GateBucket.HOUR;
    if (range.from && Number.isNaN(range.from.getTime())) throw badInput('from', 'must be a date-time');
    if (range.to && Number.isNaN(range.to.getTime())) throw badInput('to', 'must be a date-time');
    const to = ceilTo(bucket, (range.to ?? now).getTime());
    const from = floorTo(bucket, range.from ? range.from.getTime() : to - DEFAULT_SPAN[bucket]);
    if (from >= to) throw badInput('to', 'must be after from');
    if (to - from > MAX_SPAN[bucket]) {
      throw badInput(
        'from',
        `the range covers more than ${MAX_SPAN[bucket] / DAY_MS} days for ${bucket}; narrow it or use a coarser bucket`,
      );
    }
    const place = await this.place(input, scope);
    const window = { from: new Date(from), to: new Date(to) };
    const [series, childTraffic, devices] = await Promise.all([
      this.series(place, window, bucket, scope),
      this.childTraffic(place, window, scope),
      this.deviceRows(place, scope),
    ]);
    const states = devices.map((d) => deviceState(d, now));
    const children = await this.children(place, childTraffic, devices, states);
    return {
      level: place.level,
      placeId: place.id,
      name: place.name,
      path: place.path,
      from: window.from,
      to: window.to,
      bucket,
      totals: sum(series),
      series,
      children,
      deviceSummary: summarise(states),
      devices: [...states].sort((a, b) => Number(a.online) - Number(b.online)).slice(0, MAX_DEVICES),
    };
  }

  /** Live events of one place, cut to the caller's scope; the iterator's return() stops listening. */
  async subscribe(input: GatePlaceInput, scope: Scope): Promise<AsyncIterableIterator<GateLiveEvent>> {
    const place = await this.place(input, scope);
    const key = NOTICE_KEY[place.level];
    const resync = () => liveEvent({ channel: 'resync', at: new Date().toISOString() });
    const queue = new LiveQueue<GateLiveEvent>(MAX_PENDING_EVENTS, resync);
    const unsubscribe = await this.live.subscribe((notice) => {
      if (notice.channel !== 'resync' && (notice[key] !== place.id || !noticeInScope(notice, scope))) return;
      queue.push(liveEvent(notice));
    });
    queue.onReturn(unsubscribe);
    return queue;
  }

  private async series(
    place: ResolvedPlace,
    window: { from: Date; to: Date },
    bucket: GateBucket,
    scope: Scope,
  ): Promise<GateTrafficBucket[]> {
    // Districts and streets read the per-street summary (a few rows per street and hour), a
    // compound its one row per hour, a gate its rollups.
    const {
      table,
      sums,
      scope: s,
    } = place.level === GatePlaceLevel.DISTRICT || place.level === GatePlaceLevel.STREET
      ? { table: 'gate_street_hourly_rollup', sums: TRAFFIC_SUMS, scope: streetSummaryScope(scope, 'r', 5) }
      : place.level === GatePlaceLevel.COMPOUND
        ? { table: 'gate_compound_hourly_traffic', sums: WIDE_TRAFFIC_SUMS, scope: scopeSql(scope, 'compound', 'r', 5) }
        : { table: 'gate_hourly_rollup', sums: TRAFFIC_SUMS, scope: scopeSql(scope, 'compound', 'r', 5) };
    const rows: (TrafficRow & { at: Date })[] = await this.db.query(
      `SELECT b.at, ${['face', 'card', 'qr', 'pin', 'volunteer', 'denials', 'temperature', 'fever'].map((c) => `coalesce(x.${c}, 0) AS ${c}`).join(', ')}
         FROM generate_series($2::timestamptz, $3::timestamptz - $4::interval, $4::interval) AS b(at)
         LEFT JOIN (
           SELECT date_bin($4::interval, r.hour, '${BUCKET_ORIGIN}'::timestamptz) AS at, ${sums}
             FROM ${table} r
            WHERE r.${PLACE_COLUMN[place.level]} = $1 AND r.hour >= $2 AND r.hour < $3 AND ${s.sql}
            GROUP BY 1) x ON x.at = b.at
        ORDER BY b.at`,
      [place.id, window.from, window.to, bucket === GateBucket.HOUR ? '1 hour' : '1 day', ...s.values],
    );
    return rows.map((row) => ({ at: row.at, ...trafficOf(row) }));
  }

  /** Totals of each child over the window, from the cheapest table that answers exactly. */
  private async childTraffic(place: ResolvedPlace, window: { from: Date; to: Date }, scope: Scope): Promise<Map<string, GateTraffic>> {
    const child = CHILD_LEVEL[place.level];
    if (!child) return new Map();
    const rows: (TrafficRow & { id: string })[] = [];
    const hourly = async (table: string, s: { sql: string; values: string[] }, from: Date, to: Date) => {
      if (from >= to) return;
      const sums = table === 'gate_compound_hourly_traffic' ? WIDE_TRAFFIC_SUMS : TRAFFIC_SUMS;
      rows.push(
        ...((await this.db.query(
          `SELECT r.${PLACE_COLUMN[child]} AS id, ${sums} FROM ${table} r
            WHERE r.${PLACE_COLUMN[place.level]} = $1 AND r.hour >= $2 AND r.hour < $3 AND ${s.sql} GROUP BY 1`,
          [place.id, from, to, ...s.values],
        )) as (TrafficRow & { id: string })[]),
      );
    };
    const compoundScope = scopeSql(scope, 'compound', 'r', 4);
    if (place.level === GatePlaceLevel.DISTRICT) {
      await hourly('gate_street_hourly_rollup', streetSummaryScope(scope, 'r', 4), window.from, window.to);
    } else if (place.level === GatePlaceLevel.STREET) {
      // Whole Beijing days from the per-compound daily summary, the hours before and after from the
      // per-compound hourly one.
      const firstDay = new Date(ceilTo(GateBucket.DAY, window.from.getTime()));
      const endDay = new Date(floorTo(GateBucket.DAY, window.to.getTime()));
      if (firstDay < endDay) {
        rows.push(
          ...((await this.db.query(
            `SELECT r.compound_id AS id, ${TRAFFIC_SUMS} FROM gate_compound_daily_rollup r
              WHERE r.street_id = $1 AND r.day >= ($2::timestamptz AT TIME ZONE '${TIME_ZONE}')::date
                AND r.day < ($3::timestamptz AT TIME ZONE '${TIME_ZONE}')::date AND ${compoundScope.sql} GROUP BY 1`,
            [place.id, firstDay, endDay, ...compoundScope.values],
          )) as (TrafficRow & { id: string })[]),
        );
        await hourly('gate_compound_hourly_traffic', compoundScope, window.from, firstDay);
        await hourly('gate_compound_hourly_traffic', compoundScope, endDay, window.to);
      } else {
        await hourly('gate_compound_hourly_traffic', compoundScope, window.from, window.to);
      }
    } else {
      await hourly('gate_hourly_rollup', compoundScope, window.from, window.to);
    }
    const parts = new Map<string, GateTraffic[]>();
    for (const row of rows) parts.set(row.id, [...(parts.get(row.id) ?? []), trafficOf(row)]);
    return new Map([...parts].map(([id, traffic]) => [id, sum(traffic)]));
  }

  /** Devices in service (not retired) of the place, in the caller's scope. */
  private async deviceRows(place: ResolvedPlace, scope: Scope): Promise<DeviceRow[]> {
    const s = scopeSql(scope, 'compound', 'd', 2);
    return this.db.query(
      `SELECT d.id, d.gate_id, g.name AS gate_name, d.compound_id, c.name AS compound_name, d.street_id, d.kind::text AS kind,
              d.vendor, d.serial, d.firmware, d.status::text AS status, d.heartbeat_interval_seconds, d.last_seen_at
         FROM gate_device d JOIN gate g ON g.id = d.gate_id JOIN compound c ON c.id = d.compound_id
        WHERE d.${PLACE_COLUMN[place.level]} = $1 AND d.status <> 'RETIRED' AND ${s.sql}
        ORDER BY c.name, g.name, d.kind, d.serial`,
      [place.id, ...s.values],
    );
  }

  /** The next level down that has devices or traffic, busiest first. */
  private async children(
    place: ResolvedPlace,
    trafficById: Map<string, GateTraffic>,
    devices: DeviceRow[],
    states: GateDeviceState[],
  ): Promise<GateOperationsRow[]> {
    const child = CHILD_LEVEL[place.level];
    if (!child) return [];
    const childIdOf = (d: DeviceRow) =>
      child === GatePlaceLevel.STREET ? d.street_id : child === GatePlaceLevel.COMPOUND ? d.compound_id : d.gate_id;
    const deviceCounts = new Map<string, { devices: number; offline: number }>();
    devices.forEach((d, i) => {
      const counts = deviceCounts.get(childIdOf(d)) ?? { devices: 0, offline: 0 };
      counts.devices += 1;
      if (!states[i]!.online) counts.offline += 1;
      deviceCounts.set(childIdOf(d), counts);
    });
    const ids = [...new Set([...trafficById.keys(), ...deviceCounts.keys()])];
    if (ids.length === 0) return [];
    const table = child === GatePlaceLevel.STREET ? 'street' : child === GatePlaceLevel.COMPOUND ? 'compound' : 'gate';
    const names: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
    const empty = traffic({ face: 0, card: 0, qr: 0, pin: 0, volunteer: 0, denials: 0, temperature: 0, fever: 0 });
    return names
      .map(({ id, name }) => ({
        level: child,
        id,
        name,
        ...(trafficById.get(id) ?? empty),
        devices: deviceCounts.get(id)?.devices ?? 0,
        devicesOffline: deviceCounts.get(id)?.offline ?? 0,
      }))
      .sort((a, b) => b.passes - a.passes || a.name.localeCompare(b.name, 'zh-CN'));
  }
}

function deviceState(row: DeviceRow, now: Date): GateDeviceState {
  const online = isDeviceOnline(
    { status: row.status, lastSeenAt: row.last_seen_at, heartbeatIntervalSeconds: row.heartbeat_interval_seconds },
    now,
  );
  return {
    id: row.id,
    gateId: row.gate_id,
    gateName: row.gate_name,
    compoundId: row.compound_id,
    compoundName: row.compound_name,
    kind: row.kind,
    vendor: row.vendor,
    serial: row.serial,
    firmware: row.firmware,
    status: row.status,
    heartbeatIntervalSeconds: row.heartbeat_interval_seconds,
    online,
    lastSeenAt: row.last_seen_at,
    silentSince: online ? null : row.last_seen_at,
  };
}

function summarise(states: readonly GateDeviceState[]): GateDeviceSummary {
  const online = states.filter((s) => s.online).length;
  return {
    total: states.length,
    online,
    offline: states.length - online,
    maintenance: states.filter((s) => s.status === GateDeviceStatus.MAINTENANCE).length,
  };
}
