import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, insertWorld } from '../../../test/fixtures';
import { SYSTEM_SCOPE } from '../auth/scope';
import { ClosureStatus } from '../compounds/compound.enums';
import { parseConfig } from '../config';
import { createServices } from '../services';
import { GateBucket, GatePlaceLevel } from './gate-ops.enums';

/** 2026-03-02 00:00 in Beijing. */
const BASE = Date.parse('2026-03-01T16:00:00.000Z');
const hour = (n: number) => new Date(BASE + n * 3_600_000);
/** The figures of gate_compound_hourly_traffic, each a regrouping of gate_hourly_rollup's rows. */
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
 * The summaries the dashboards read for districts, streets and compounds (migrations 1764810000000
 * and 1764950000000) must equal
 * a regrouping of gate_hourly_rollup after any statement the rollup job may run.
 */
describe('gate rollup summaries', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase();
    const compound = (key: string, community: 'c1' | 'c2' | 'c3') => ({
      key,
      community,
      name: `${key}院`,
      yearBuilt: 1985,
      households: 50,
      floorArea: 3000,
      isOld: true,
      status: ClosureStatus.CLOSED,
      gates: 2,
    });
    await insertWorld(t.db, [compound('a', 'c1'), compound('b', 'c2'), compound('c', 'c3')]);
  });
  afterAll(() => t.drop());

  /** Writes rollups for every fixture gate over `hours`, like the rollup job: one set-based statement. */
  const write = (hours: number[], events: string) =>
    t.db.query(
      `INSERT INTO gate_hourly_rollup (gate_id, hour, kind, method, events, fever, compound_id, community_id, street_id, district_id)
       SELECT g.id, $1::timestamptz + make_interval(hours => h), k.kind, k.method, ${events}, CASE WHEN k.kind = 'TEMPERATURE' THEN 1 ELSE 0 END,
              g.compound_id, c.community_id, g.street_id, g.district_id
         FROM gate g JOIN compound c ON c.id = g.compound_id CROSS JOIN unnest($2::int[]) AS h
        CROSS JOIN (VALUES ('PASS', 'FACE'), ('PASS', 'CARD'), ('DENIED', 'FACE'), ('TEMPERATURE', '')) AS k(kind, method)
       ON CONFLICT (gate_id, hour, kind, method) DO UPDATE SET events = EXCLUDED.events, fever = EXCLUDED.fever`,
      [new Date(BASE).toISOString(), hours],
    );

  /** Rows where a summary differs from regrouping the rollups, either way (zero rows left by deletes aside). */
  async function mismatches(): Promise<{ table: string; rows: number }[]> {
    return t.db.query(
      `WITH street AS (
         SELECT street_id, district_id, hour, kind, method, sum(events)::bigint AS events, sum(fever)::bigint AS fever
           FROM gate_hourly_rollup GROUP BY 1, 2, 3, 4, 5),
       street_summary AS (SELECT * FROM gate_street_hourly_rollup WHERE events <> 0 OR fever <> 0),
       compound AS (
         SELECT compound_id, community_id, street_id, district_id, (hour AT TIME ZONE 'Asia/Shanghai')::date AS day, kind, method,
                sum(events)::bigint AS events, sum(fever)::bigint AS fever
           FROM gate_hourly_rollup GROUP BY 1, 2, 3, 4, 5, 6, 7),
       compound_summary AS (SELECT * FROM gate_compound_daily_rollup WHERE events <> 0 OR fever <> 0),
       traffic AS (
         SELECT compound_id, community_id, street_id, district_id, hour,
                ${TRAFFIC.map(([column, filter]) => `coalesce(sum(events) FILTER (WHERE ${filter}), 0)::bigint AS ${column}`).join(', ')},
                sum(fever)::bigint AS fever
           FROM gate_hourly_rollup WHERE kind IN ('PASS', 'DENIED', 'TEMPERATURE') GROUP BY 1, 2, 3, 4, 5),
       traffic_summary AS (
         SELECT * FROM gate_compound_hourly_traffic
          WHERE ${[...TRAFFIC.map(([column]) => column), 'fever'].map((column) => `${column} <> 0`).join(' OR ')})
       SELECT 'street' AS table, count(*)::int AS rows
         FROM ((SELECT * FROM street EXCEPT SELECT * FROM street_summary) UNION ALL (SELECT * FROM street_summary EXCEPT SELECT * FROM street)) x
       UNION ALL
       SELECT 'compound', count(*)::int
         FROM ((SELECT * FROM compound EXCEPT SELECT * FROM compound_summary) UNION ALL (SELECT * FROM compound_summary EXCEPT SELECT * FROM compound)) y
       UNION ALL
       SELECT 'compound hourly traffic', count(*)::int
         FROM ((SELECT * FROM traffic EXCEPT SELECT * FROM traffic_summary) UNION ALL (SELECT * FROM traffic_summary EXCEPT SELECT * FROM traffic)) z`,
    );
  }
  const NONE = [
    { table: 'street', rows: 0 },
    { table: 'compound', rows: 0 },
    { table: 'compound hourly traffic', rows: 0 },
  ];

  it('follow inserts, upserts and deletes exactly', async () => {
    await write([...Array(60).keys()], '(1 + (hashtext(g.id::text || h::text || k.kind) & 15))');
    expect(await mismatches()).toEqual(NONE);
    // A recompute overwrites some hours (upsert) and removes others, as the rollup job does.
    await write([5, 6, 30, 31, 59], '(100 + h)');
    await t.db.query(`DELETE FROM gate_hourly_rollup WHERE hour = $1 OR (hour = $2 AND kind = 'PASS')`, [hour(10), hour(40)]);
    await t.db.query(`UPDATE gate_hourly_rollup SET events = events + 3 WHERE hour BETWEEN $1 AND $2 AND method = 'CARD'`, [
      hour(20),
      hour(26),
    ]);
    expect(await mismatches()).toEqual(NONE);
  });

  it('give the same street and compound figures as the rollups, for ranges that cut Beijing days anywhere', async () => {
    const gateOps = createServices(t.db, parseConfig({ NODE_ENV: 'test' })).gateOps;
    for (const [from, to, bucket] of [
      [3, 57, GateBucket.HOUR],
      [0, 48, GateBucket.DAY],
      [30, 40, GateBucket.HOUR],
      [-5, 70, GateBucket.HOUR],
    ] as const) {
      const place = { level: GatePlaceLevel.STREET, id: WORLD.s1 };
      const got = await gateOps.operations(place, { from: hour(from), to: hour(to), bucket }, SYSTEM_SCOPE);
      const expected = (await t.db.query(
        `SELECT compound_id AS id, sum(events) FILTER (WHERE kind = 'PASS')::int AS passes, sum(events) FILTER (WHERE kind = 'DENIED')::int AS denials,
                sum(fever)::int AS fever
           FROM gate_hourly_rollup WHERE street_id = $1 AND hour >= $2 AND hour < $3 GROUP BY 1 ORDER BY 1`,
        [WORLD.s1, got.from, got.to],
      )) as { id: string; passes: number; denials: number; fever: number }[];
      const children = got.children
        .map((c) => ({ id: c.id, passes: c.passes, denials: c.denials, fever: c.fever }))
        .sort((a, b) => a.id.localeCompare(b.id));
      expect([from, to, children]).toEqual([from, to, expected]);
      expect(got.totals.passes).toBe(expected.reduce((n, e) => n + e.passes, 0));
      const district = await gateOps.operations(
        { level: GatePlaceLevel.DISTRICT, id: WORLD.d1 },
        { from: hour(from), to: hour(to), bucket },
        SYSTEM_SCOPE,
      );
      const street = district.children.find((c) => c.id === WORLD.s1);
      expect(street?.passes ?? 0).toBe(got.totals.passes);
      // A compound's series reads its hourly traffic summary; its gates read the rollups.
      for (const { id, passes, denials, fever } of expected) {
        const compound = await gateOps.operations(
          { level: GatePlaceLevel.COMPOUND, id },
          { from: hour(from), to: hour(to), bucket },
          SYSTEM_SCOPE,
        );
        expect([from, to, id, compound.totals.passes, compound.totals.denials, compound.totals.fever]).toEqual([
          from,
          to,
          id,
          passes,
          denials,
          fever,
        ]);
        expect(compound.children.reduce((n, gate) => n + gate.passes, 0)).toBe(passes);
      }
    }
  });

  it('are emptied with the rollups', async () => {
    await t.db.query(`TRUNCATE gate_hourly_rollup`);
    const [counts] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM gate_street_hourly_rollup) AS streets, (SELECT count(*)::int FROM gate_compound_daily_rollup) AS compounds,
              (SELECT count(*)::int FROM gate_compound_hourly_traffic) AS hours`,
    )) as { streets: number; compounds: number; hours: number }[];
    expect(counts).toEqual({ streets: 0, compounds: 0, hours: 0 });
  });
});
