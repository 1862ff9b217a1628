import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The traffic columns the dashboards read, each a sum over gate_hourly_rollup's (kind, method) rows. */
const TRAFFIC: [column: string, filter: string][] = [
  ['face', `kind = 'PASS' AND method = 'FACE'`],
  ['card', `kind = 'PASS' AND method = 'CARD'`],
  ['qr', `kind = 'PASS' AND method = 'QR'`],
  ['pin', `kind = 'PASS' AND method = 'PIN'`],
  ['volunteer', `kind = 'PASS' AND method = 'VOLUNTEER'`],
  ['denials', `kind = 'DENIED'`],
  ['temperature', `kind = 'TEMPERATURE'`],
];

/**
 * gate_compound_hourly_traffic: one wide row per compound and hour (passes by method, denials,
 * temperature readings, fevers) for the gate operations dashboards. A street's compounds over a
 * window that cuts Beijing days read the cut hours here: about 200 rows per hour for a street of
 * 400 gates, where gate_hourly_rollup holds about 3,600 (one per gate, kind and method). A
 * compound's hourly series reads it too.
 *
 * Kept equal to a regrouping of gate_hourly_rollup by statement-level triggers, like the
 * summaries of migration 1764810000000 (own triggers, so that migration's functions stay as
 * they are): each statement's difference is added in the same transaction, in key order.
 */
export class GateCompoundHourlyTraffic1764950000000 implements MigrationInterface {
  name = 'GateCompoundHourlyTraffic1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gate_compound_hourly_traffic (
        compound_id uuid NOT NULL,
        community_id uuid NOT NULL,
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,
        hour timestamptz NOT NULL,
        ${TRAFFIC.map(([column]) => `${column} bigint NOT NULL`).join(',\n        ')},
        fever bigint NOT NULL,
        PRIMARY KEY (compound_id, hour)
      )`);
    await q.query(`CREATE INDEX gate_compound_hourly_traffic_street_hour_idx ON gate_compound_hourly_traffic (street_id, hour)`);

    const sums = [...TRAFFIC.map(([, filter]) => `coalesce(sum(events) FILTER (WHERE ${filter}), 0)`), 'sum(fever)'].join(', ');
    const columns = [...TRAFFIC.map(([column]) => column), 'fever'];
    const apply = (source: string) => `
      INSERT INTO gate_compound_hourly_traffic AS s (compound_id, community_id, street_id, district_id, hour, ${columns.join(', ')})
      SELECT compound_id, community_id, street_id, district_id, hour, ${sums} FROM (${source}) d
       WHERE kind IN ('PASS', 'DENIED', 'TEMPERATURE')
       GROUP BY compound_id, community_id, street_id, district_id, hour ORDER BY compound_id, hour
      ON CONFLICT (compound_id, hour) DO UPDATE SET ${columns.map((c) => `${c} = s.${c} + EXCLUDED.${c}`).join(', ')};`;
    const source = 'compound_id, community_id, street_id, district_id, hour, kind, method';
    const added = `SELECT ${source}, events::bigint AS events, fever::bigint AS fever FROM new_rows`;
    const removed = `SELECT ${source}, -events::bigint AS events, -fever::bigint AS fever FROM old_rows`;
    const triggers: [event: string, transition: string, body: string][] = [
      ['insert', 'NEW TABLE AS new_rows', apply(added)],
      ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', apply(`${added} UNION ALL ${removed}`)],
      ['delete', 'OLD TABLE AS old_rows', apply(removed)],
    ];
    for (const [event, transition, body] of triggers) {
      await q.query(`
        CREATE FUNCTION gate_compound_traffic_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${body}
          RETURN NULL;
        END $$`);
      await q.query(`
        CREATE TRIGGER gate_compound_traffic_${event} AFTER ${event.toUpperCase()} ON gate_hourly_rollup
        REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION gate_compound_traffic_${event}()`);
    }
    await q.query(`
      CREATE FUNCTION gate_compound_traffic_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE gate_compound_hourly_traffic;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER gate_compound_traffic_truncate AFTER TRUNCATE ON gate_hourly_rollup
      FOR EACH STATEMENT EXECUTE FUNCTION gate_compound_traffic_truncate()`);

    // Rollups written before this migration.
    await q.query(apply(`SELECT ${source}, events::bigint AS events, fever::bigint AS fever FROM gate_hourly_rollup`));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await q.query(`DROP TRIGGER gate_compound_traffic_${event} ON gate_hourly_rollup`);
      await q.query(`DROP FUNCTION gate_compound_traffic_${event}()`);
    }
    await q.query(`DROP TABLE gate_compound_hourly_traffic`);
  }
}
