import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Recounts the rollups of the (gate, hour) slices in `slices` (gate_id, hour) from gate_event. */
const recount = (slices: string) => `
  DELETE FROM gate_hourly_rollup r USING (${slices}) s WHERE r.gate_id = s.gate_id AND r.hour = s.hour;
  INSERT INTO gate_hourly_rollup (gate_id, hour, kind, method, events, fever, compound_id, community_id, street_id, district_id)
  SELECT s.gate_id, s.hour, e.kind, e.method, count(*), count(*) FILTER (WHERE e.celsius >= 37.3),
         g.compound_id, cp.community_id, g.street_id, g.district_id
    FROM (${slices}) s
    JOIN gate g ON g.id = s.gate_id
    JOIN compound cp ON cp.id = g.compound_id
    JOIN gate_event e ON e.gate_id = s.gate_id AND e.occurred_at >= s.hour AND e.occurred_at < s.hour + interval '1 hour'
   GROUP BY s.gate_id, s.hour, e.kind, e.method, g.compound_id, cp.community_id, g.street_id, g.district_id;`;

/**
 * Rollups from counts, not recounts. Ingestion used to mark (gate, hour) dirty and the rollup job
 * recounted each marked hour from gate_event: under steady load every run re-read all of a busy
 * hour's events, so the work per run grew with the hour (the rollup lag reached 9 s of the 10 s
 * allowed in bench:ingest). Ingestion now writes the counts it stored, per (gate, hour, kind,
 * method), into gate_rollup_delta in its own transaction; the job deletes a chunk of them and adds
 * them to gate_hourly_rollup in one transaction, so each stored event is counted exactly once
 * whether a run commits, crashes or runs again. Marks still pending are recounted here first.
 */
export class GateRollupDeltas1764960000000 implements MigrationInterface {
  name = 'GateRollupDeltas1764960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gate_rollup_delta (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        gate_id uuid NOT NULL,
        hour timestamptz NOT NULL CHECK (date_trunc('hour', hour) = hour),
        kind text NOT NULL,
        method text NOT NULL,
        events integer NOT NULL CHECK (events > 0),
        fever integer NOT NULL CHECK (fever >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(recount(`SELECT gate_id, hour FROM gate_rollup_dirty`));
    await q.query(`DROP TABLE gate_rollup_dirty`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gate_rollup_dirty (
        gate_id uuid NOT NULL,
        hour timestamptz NOT NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (gate_id, hour)
      )`);
    await q.query(recount(`SELECT DISTINCT gate_id, hour FROM gate_rollup_delta`));
    await q.query(`DROP TABLE gate_rollup_delta`);
  }
}
