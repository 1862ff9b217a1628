import type { DataSource } from 'typeorm';

/**
 * Hourly rollups, incremental and exactly once. Each ingest transaction writes the counts it
 * stored per (gate, hour, kind, method) into gate_rollup_delta. A run takes the oldest pending
 * counts (SKIP LOCKED), deletes them and adds them to gate_hourly_rollup in one statement, one
 * transaction per chunk: a crash rolls a chunk back with its counts still pending, and a re-run
 * finds only what no run has added. The work per run follows what was ingested since the last
 * one, not the size of the hours it touched.
 */
export class GateRollupService {
  constructor(
    private readonly db: DataSource,
    /** Pending counts folded per transaction (GATE_ROLLUP_CHUNK_ROWS): small enough to keep locks short. */
    private readonly chunkRows: number,
  ) {}

  /** Folds every pending count; returns how many count rows were folded, in how many chunks. */
  async run(onChunk?: (rows: number) => Promise<void>): Promise<{ rows: number; chunks: number }> {
    let rows = 0;
    let chunks = 0;
    for (;;) {
      const done = await this.runChunk(this.chunkRows);
      if (done === 0) return { rows, chunks };
      rows += done;
      chunks += 1;
      await onChunk?.(rows);
    }
  }

  /** One transaction: delete up to `limit` pending counts and add them to the rollups. */
  async runChunk(limit: number): Promise<number> {
    return this.db.transaction(async (manager) => {
      // One chunk at a time across processes: the summaries that triggers keep over
      // gate_hourly_rollup (migrations 1764810000000 and 1764950000000) are upserted per chunk,
      // and two chunks upserting overlapping summary rows in different orders could deadlock.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('anju.gate-rollup', 0))`);
      const [{ rows }] = (await manager.query(
        `WITH claimed AS (
           DELETE FROM gate_rollup_delta d
           USING (SELECT id FROM gate_rollup_delta ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) c
           WHERE d.id = c.id
           RETURNING d.gate_id, d.hour, d.kind, d.method, d.events, d.fever
         ), folded AS (
           INSERT INTO gate_hourly_rollup AS r (gate_id, hour, kind, method, events, fever, compound_id, community_id, street_id, district_id)
           SELECT c.gate_id, c.hour, c.kind, c.method, sum(c.events), sum(c.fever), g.compound_id, cp.community_id, g.street_id, g.district_id
             FROM claimed c
             JOIN gate g ON g.id = c.gate_id
             JOIN compound cp ON cp.id = g.compound_id
            GROUP BY c.gate_id, c.hour, c.kind, c.method, g.compound_id, cp.community_id, g.street_id, g.district_id
            ORDER BY c.gate_id, c.hour, c.kind, c.method
           ON CONFLICT (gate_id, hour, kind, method) DO UPDATE SET events = r.events + EXCLUDED.events, fever = r.fever + EXCLUDED.fever
         )
         SELECT count(*)::int AS rows FROM claimed`,
        [limit],
      )) as [{ rows: number }];
      return rows;
    });
  }
}
