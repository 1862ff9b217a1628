import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/auth.service';
import { AppError, ErrorCode } from '../graphql/errors';
import type { PersonalData } from '../personal/personal-data';
import {
  FEVER_CELSIUS,
  isRejection,
  MAX_BATCH_EVENTS,
  splitBatch,
  validateEvent,
  type Rejection,
  type ValidEvent,
} from './gate-event.schema';
import { deviceStatusMessage, GATE_ACTIVITY_CHANNEL, GATE_DEVICE_STATUS_CHANNEL, type DeviceRow } from './notifications';

/** What a device is told about one batch. Duplicates were stored before (or repeat within the batch). */
export interface IngestResult {
  received: number;
  accepted: number;
  duplicates: number;
  rejected: Rejection[];
}

export interface IngestLimits {
  maxAgeMs: number;
  maxFutureMs: number;
}

interface CountRow {
  kind: string;
  method: string;
  events: number;
  fever: number;
  newest: Date;
}

/**
 * Stores batches of gate events: validated one by one, written set-based in one transaction (keys,
 * events, their counts for the rollups, the device's last-seen, the live notifications), acknowledged only
 * after commit. A resent batch stores nothing twice: gate_event_key decides, see the migration.
 */
export class GateIngestService {
  constructor(
    private readonly db: DataSource,
    private readonly personalData: PersonalData,
    private readonly limits: IngestLimits,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Parses a request body (JSON array or NDJSON) and ingests it for the device behind `viewer`. */
  async ingestBody(viewer: Viewer, body: string, ndjson: boolean): Promise<IngestResult> {
    const device = await this.deviceOf(viewer);
    const split = splitBatch(body, ndjson);
    if (split === null) {
      throw new AppError(ErrorCode.BAD_REQUEST, 'The batch must be a JSON array of events, or NDJSON with one event per line.');
    }
    if (split.events.length > MAX_BATCH_EVENTS) {
      throw new AppError(
        ErrorCode.BATCH_TOO_LARGE,
        `A batch holds at most ${MAX_BATCH_EVENTS} events; this one has ${split.events.length}.`,
        {
          limit: MAX_BATCH_EVENTS,
          received: split.events.length,
        },
      );
    }
    return this.ingest(device, split.events, split.rejections);
  }

  private async deviceOf(viewer: Viewer): Promise<DeviceRow> {
    if (!viewer.deviceId) {
      throw new AppError(
        ErrorCode.DEVICE_NOT_REGISTERED,
        'This key belongs to no registered gate device; ask an administrator for a device key.',
      );
    }
    const [device] = (await this.db.query(
      `SELECT id, gate_id, compound_id, street_id, district_id, status, last_seen_at, heartbeat_interval_seconds
       FROM gate_device WHERE id = $1`,
      [viewer.deviceId],
    )) as DeviceRow[];
    if (!device || device.status === 'RETIRED') {
      throw new AppError(ErrorCode.DEVICE_NOT_REGISTERED, 'This device is retired; its keys no longer ingest.');
    }
    return device;
  }

  private async ingest(device: DeviceRow, raws: unknown[], parseRejections: Rejection[]): Promise<IngestResult> {
    const now = this.clock();
    const rules = {
      gateId: device.gate_id,
      now,
      maxAgeMs: this.limits.maxAgeMs,
      maxFutureMs: this.limits.maxFutureMs,
      plateIndex: (plate: string) => this.personalData.blindIndex('plate', plate),
    };
    const refused = new Set(parseRejections.map((r) => r.index));
    const rejected = [...parseRejections];
    // The first occurrence of an event id in a batch is the one stored; repeats count as duplicates.
    const unique = new Map<string, ValidEvent>();
    let repeats = 0;
    raws.forEach((raw, index) => {
      if (refused.has(index)) return;
      const result = validateEvent(raw, index, rules);
      if (isRejection(result)) rejected.push(result);
      else if (unique.has(result.eventId)) repeats += 1;
      else unique.set(result.eventId, result);
    });
    rejected.sort((a, b) => a.index - b.index);
    const events = [...unique.values()];

    const accepted = await this.db.transaction(async (manager) => {
      const counts = events.length > 0 ? ((await manager.query(STORE_BATCH, storeParameters(device, events))) as CountRow[]) : [];
      const [[seen]] = (await manager.query(TOUCH_DEVICE, [device.id])) as [[DeviceRow & { was_online: boolean }], number];
      const activity = counts.length > 0 ? activityMessage(device, counts) : null;
      const status = seen && !seen.was_online ? deviceStatusMessage(seen, true) : null;
      if (activity || status) {
        await manager.query(`SELECT pg_notify($1, $2), CASE WHEN $4::text IS NOT NULL THEN pg_notify($3, $4) END`, [
          GATE_ACTIVITY_CHANNEL,
          activity ?? '',
          GATE_DEVICE_STATUS_CHANNEL,
          status,
        ]);
      }
      return counts.reduce((sum, row) => sum + row.events, 0);
    });
    return { received: raws.length, accepted, duplicates: events.length - accepted + repeats, rejected };
  }
}

/**
 * One statement: claim the keys (ON CONFLICT DO NOTHING: a stored or concurrently stored key is
 * a duplicate), store exactly the events whose key this statement inserted, queue their counts per
 * (hour, kind, method) for the rollup job, and report counts per kind and method. Keys are
 * inserted in id order, so overlapping concurrent batches wait for each other, never deadlock.
 */
const STORE_BATCH = `
  WITH input AS (
    SELECT * FROM unnest($2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::numeric[], $7::jsonb[])
      AS t(device_event_id, occurred_at, kind, method, celsius, payload)
  ), keys AS (
    INSERT INTO gate_event_key (device_id, device_event_id, occurred_at)
    SELECT $1, device_event_id, occurred_at FROM input ORDER BY device_event_id
    ON CONFLICT DO NOTHING
    RETURNING device_event_id
  ), stored AS (
    INSERT INTO gate_event (device_id, device_event_id, gate_id, occurred_at, kind, method, celsius, payload)
    SELECT $1, i.device_event_id, $8, i.occurred_at, i.kind, i.method, i.celsius, i.payload
    FROM input i JOIN keys k USING (device_event_id)
    RETURNING occurred_at, kind, method, celsius
  ), counts AS (
    SELECT date_trunc('hour', occurred_at) AS hour, kind, method, count(*)::int AS events,
           count(*) FILTER (WHERE celsius >= ${FEVER_CELSIUS})::int AS fever, max(occurred_at) AS newest
    FROM stored GROUP BY 1, 2, 3
  ), deltas AS (
    INSERT INTO gate_rollup_delta (gate_id, hour, kind, method, events, fever)
    SELECT $8::uuid, hour, kind, method, events, fever FROM counts
  )
  SELECT kind, method, sum(events)::int AS events, sum(fever)::int AS fever, max(newest) AS newest
  FROM counts GROUP BY kind, method`;

/** Any contact means the device is alive; was_online says whether it was announced online before. */
const TOUCH_DEVICE = `
  UPDATE gate_device d SET last_seen_at = greatest(d.last_seen_at, now()), announced_online = true
  FROM (SELECT id, announced_online AS was_online FROM gate_device WHERE id = $1 FOR UPDATE) o
  WHERE d.id = o.id
  RETURNING o.was_online, d.id, d.gate_id, d.compound_id, d.street_id, d.district_id, d.status, d.last_seen_at,
            d.heartbeat_interval_seconds`;

function storeParameters(device: DeviceRow, events: ValidEvent[]): unknown[] {
  return [
    device.id,
    events.map((e) => e.eventId),
    events.map((e) => e.occurredAt.toISOString()),
    events.map((e) => e.kind),
    events.map((e) => e.method),
    events.map((e) => e.celsius),
    events.map((e) => JSON.stringify(e.payload)),
    device.gate_id,
  ];
}

/** The gate_activity notification: counts by "KIND:METHOD" (or "KIND"), plus FEVER. Far below 8000 bytes. */
function activityMessage(device: DeviceRow, counts: CountRow[]): string {
  const tally: Record<string, number> = {};
  let fever = 0;
  let newest = counts[0]!.newest;
  for (const row of counts) {
    const key = row.method === '' ? row.kind : `${row.kind}:${row.method}`;
    tally[key] = (tally[key] ?? 0) + row.events;
    fever += row.fever;
    if (row.newest > newest) newest = row.newest;
  }
  if (fever > 0) tally.FEVER = fever;
  return JSON.stringify({
    gateId: device.gate_id,
    compoundId: device.compound_id,
    streetId: device.street_id,
    districtId: device.district_id,
    at: new Date(newest).toISOString(),
    counts: tally,
  });
}
