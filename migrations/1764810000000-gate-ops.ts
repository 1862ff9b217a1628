import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Summaries of gate_hourly_rollup for the gate operations dashboards, so a district or street of
 * a thousand gates over 30 days reads thousands of rows instead of millions:
 *
 * - gate_street_hourly_rollup: per street and hour (series of districts and streets, a district's
 *   streets);
 * - gate_compound_daily_rollup: per compound and Beijing day (a street's compounds).
 *
 * Statement-level triggers on gate_hourly_rollup add each statement's difference (new rows minus
 * old rows, from the transition tables) in the same transaction, so the summaries always equal a
 * regrouping of the rollups, whichever way the rollup job writes them (insert, upsert, delete,
 * truncate). Rows are upserted in key order, so concurrent rollup transactions lock summary rows
 * in the same order and never deadlock on them.
 */
export class GateOps1764810000000 implements MigrationInterface {
  name = 'GateOps1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gate_street_hourly_rollup (
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,
        hour timestamptz NOT NULL,
        kind text NOT NULL,
        method text NOT NULL,
        events bigint NOT NULL,
        fever bigint NOT NULL,
        PRIMARY KEY (street_id, hour, kind, method)
      )`);
    await q.query(`CREATE INDEX gate_street_hourly_rollup_district_hour_idx ON gate_street_hourly_rollup (district_id, hour)`);
    await q.query(`
      CREATE TABLE gate_compound_daily_rollup (
        compound_id uuid NOT NULL,
        community_id uuid NOT NULL,
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,
        day date NOT NULL,
        kind text NOT NULL,
        method text NOT NULL,
        events bigint NOT NULL,
        fever bigint NOT NULL,
        PRIMARY KEY (compound_id, day, kind, method)
      )`);
    await q.query(`CREATE INDEX gate_compound_daily_rollup_street_day_idx ON gate_compound_daily_rollup (street_id, day)`);

    // One function per event: a trigger with transition tables serves one event only.
    const apply = (source: string) => `
      INSERT INTO gate_street_hourly_rollup AS s (street_id, district_id, hour, kind, method, events, fever)
      SELECT street_id, district_id, hour, kind, method, sum(events), sum(fever) FROM (${source}) d
       GROUP BY street_id, district_id, hour, kind, method ORDER BY street_id, hour, kind, method
      ON CONFLICT (street_id, hour, kind, method) DO UPDATE SET events = s.events + EXCLUDED.events, fever = s.fever + EXCLUDED.fever;
      INSERT INTO gate_compound_daily_rollup AS s (compound_id, community_id, street_id, district_id, day, kind, method, events, fever)
      SELECT compound_id, community_id, street_id, district_id, (hour AT TIME ZONE 'Asia/Shanghai')::date, kind, method, sum(events), sum(fever)
        FROM (${source}) d
       GROUP BY compound_id, community_id, street_id, district_id, (hour AT TIME ZONE 'Asia/Shanghai')::date, kind, method
       ORDER BY compound_id, 5, kind, method
      ON CONFLICT (compound_id, day, kind, method) DO UPDATE SET events = s.events + EXCLUDED.events, fever = s.fever + EXCLUDED.fever;`;
    const columns = 'compound_id, community_id, street_id, district_id, hour, kind, method';
    const added = `SELECT ${columns}, events::bigint AS events, fever::bigint AS fever FROM new_rows`;
    const removed = `SELECT ${columns}, -events::bigint AS events, -fever::bigint AS fever FROM old_rows`;
    const bodies: [string, string][] = [
      ['insert', added],
      ['update', `${added} UNION ALL ${removed}`],
      ['delete', removed],
    ];
    for (const [event, source] of bodies) {
      await q.query(`
        CREATE FUNCTION gate_rollup_summarise_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${apply(source)}
          RETURN NULL;
        END $$`);
    }
    await q.query(`
      CREATE TRIGGER gate_rollup_summarise_insert AFTER INSERT ON gate_hourly_rollup
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gate_rollup_summarise_insert()`);
    await q.query(`
      CREATE TRIGGER gate_rollup_summarise_update AFTER UPDATE ON gate_hourly_rollup
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gate_rollup_summarise_update()`);
    await q.query(`
      CREATE TRIGGER gate_rollup_summarise_delete AFTER DELETE ON gate_hourly_rollup
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gate_rollup_summarise_delete()`);
    await q.query(`
      CREATE FUNCTION gate_rollup_summarise_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE gate_street_hourly_rollup, gate_compound_daily_rollup;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER gate_rollup_summarise_truncate AFTER TRUNCATE ON gate_hourly_rollup
      FOR EACH STATEMENT EXECUTE FUNCTION gate_rollup_summarise_truncate()`);

    // Rollups written before this migration (the triggers see only later statements).
    await q.query(apply(`SELECT ${columns}, events::bigint AS events, fever::bigint AS fever FROM gate_hourly_rollup`));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await q.query(`DROP TRIGGER gate_rollup_summarise_${event} ON gate_hourly_rollup`);
      await q.query(`DROP FUNCTION gate_rollup_summarise_${event}()`);
    }
    await q.query(`DROP TABLE gate_compound_daily_rollup`);
    await q.query(`DROP TABLE gate_street_hourly_rollup`);
  }
}
