import type { DataSource } from 'typeorm';
import { FEVER_CELSIUS } from './gate-event.schema';

/** (gate, hour) slices recomputed per transaction: small enough to keep locks short. */
const CHUNK = 200;

/**
 * Hourly rollups, incremental and idempotent. Ingestion marks (gate, hour) dirty in its own
 * transaction; a run claims dirty rows (SKIP LOCKED: never waiting for an ingest holding one),
 * recomputes those hours wholesale from gate_event and deletes the marks, all in one
 * transaction. A crash rolls the chunk back with its marks still queued, and a re-run computes
 * the same totals: nothing is ever added to a rollup, only replaced by a full count.
 */
export class GateRollupService {
  constructor(private readonly db: DataSource) {}

  /** Drains the dirty queue; returns how many (gate, hour) slices were recomputed. */
  async run(onChunk?: (hours: number) => Promise<void>): Promise<{ hours: number; chunks: number }> {
    let hours = 0;
    let chunks = 0;
    for (;;) {
      const done = await this.runChunk(CHUNK);
      if (done === 0) return { hours, chunks };
      hours += done;
      chunks += 1;
      await onChunk?.(hours);
    }
  }

  /** One transaction: claim up to `limit` dirty slices, replace their rollup rows, unmark them. */
  async runChunk(limit: number): Promise<number> {
    return this.db.transaction(async (manager) => {
      // One chunk at a time across processes: the summaries that triggers keep over
      // gate_hourly_rollup (migration 1764810000000-gate-ops) are locked by a chunk's DELETE and
      // then its INSERT, and two chunks interleaving those would deadlock on them.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('anju.gate-rollup', 0))`);
      // A mark an ingest transaction holds (it is adding events to that hour) is skipped, not
      // waited for; that transaction's own mark brings the hour back.
      const [claimed] = (await manager.query(
        `DELETE FROM gate_rollup_dirty d
         USING (SELECT gate_id, hour FROM gate_rollup_dirty ORDER BY marked_at LIMIT $1 FOR UPDATE SKIP LOCKED) c
         WHERE d.gate_id = c.gate_id AND d.hour = c.hour
         RETURNING d.gate_id, d.hour`,
        [limit],
      )) as [{ gate_id: string; hour: Date }[], number];
      if (claimed.length === 0) return 0;
      const slices = [claimed.map((c) => c.gate_id), claimed.map((c) => new Date(c.hour).toISOString())];
      await manager.query(
        `DELETE FROM gate_hourly_rollup r USING unnest($1::uuid[], $2::timestamptz[]) c(gate_id, hour)
         WHERE r.gate_id = c.gate_id AND r.hour = c.hour`,
        slices,
      );
      await manager.query(
        `INSERT INTO gate_hourly_rollup (gate_id, hour, kind, method, events, fever, compound_id, community_id, street_id, district_id)
         SELECT c.gate_id, c.hour, e.kind, e.method, count(*), count(*) FILTER (WHERE e.celsius >= ${FEVER_CELSIUS}),
                g.compound_id, cp.community_id, g.street_id, g.district_id
         FROM unnest($1::uuid[], $2::timestamptz[]) c(gate_id, hour)
         JOIN gate g ON g.id = c.gate_id
         JOIN compound cp ON cp.id = g.compound_id
         JOIN gate_event e ON e.gate_id = c.gate_id AND e.occurred_at >= c.hour AND e.occurred_at < c.hour + interval '1 hour'
         GROUP BY c.gate_id, c.hour, e.kind, e.method, g.compound_id, cp.community_id, g.street_id, g.district_id`,
        slices,
      );
      return claimed.length;
    });
  }
}
