import 'reflect-metadata';
import { SYSTEM_SCOPE } from '../api/src/auth/scope';
import { parseConfig } from '../api/src/config';
import { GateBucket, GatePlaceLevel } from '../api/src/gate-ops/gate-ops.enums';
import { createServices } from '../api/src/services';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { DEMO_IDS, seedDemo } from './demo';
import { GATE_SEED_DAYS, demoGateRollups, seedDemoGateOperations } from './gate-operations';

const END = new Date('2026-03-09T04:00:00.000Z');

describe('demo gate operations of 樱花园小区', () => {
  let t: TestDatabase;
  let first: { devices: number; rollups: number };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    first = await seedDemoGateOperations(t.db, END);
  });
  afterAll(() => t.drop());

  it('registers five devices at the east and west gates and four weeks of rollups, and a second run writes nothing', async () => {
    expect(first.devices).toBe(5);
    expect(first.rollups).toBe(demoGateRollups(END).length);
    const [span] = (await t.db.query(
      `SELECT min(hour) AS first, max(hour) AS last, array_agg(DISTINCT gate_id ORDER BY gate_id) AS gates FROM gate_hourly_rollup`,
    )) as { first: Date; last: Date; gates: string[] }[];
    expect(span!.first.toISOString()).toBe(new Date(END.getTime() - GATE_SEED_DAYS * 24 * 3_600_000).toISOString());
    expect(span!.last.toISOString()).toBe(new Date(END.getTime() - 3_600_000).toISOString());
    expect(span!.gates).toEqual([DEMO_IDS.yinghuayuanEastGate, DEMO_IDS.yinghuayuanWestGate].sort());
    expect(await seedDemoGateOperations(t.db, END)).toEqual({ devices: 0, rollups: 0 });
    expect(demoGateRollups(END)).toEqual(demoGateRollups(new Date(END)));
  });

  it('tells the story: face recognition gains week by week, the east gate is the busy one, fever readings are rare', async () => {
    const gateOps = createServices(t.db, parseConfig({ NODE_ENV: 'test' })).gateOps;
    const place = { level: GatePlaceLevel.COMPOUND, id: DEMO_IDS.yinghuayuan };
    const weeks = await gateOps.operations(
      place,
      { from: new Date(END.getTime() - 28 * 86_400_000), to: END, bucket: GateBucket.DAY },
      SYSTEM_SCOPE,
      END,
    );
    const share = (days: typeof weeks.series) => days.reduce((s, d) => s + d.face, 0) / days.reduce((s, d) => s + d.passes, 0);
    expect(share(weeks.series.slice(-7))).toBeGreaterThan(share(weeks.series.slice(0, 7)) + 0.1);
    expect(weeks.totals.passes / 28).toBeGreaterThan(3000);
    expect(weeks.totals.fever).toBeGreaterThan(0);
    expect(weeks.totals.fever).toBeLessThan(weeks.totals.temperatureReadings / 100);
    expect(weeks.children.map((c) => c.name)).toEqual(['东门', '西门']);
    expect(weeks.deviceSummary).toMatchObject({ total: 5 });
    const silent = weeks.devices.find((d) => d.serial === 'YHY-W-CARD-01')!;
    expect(silent.online).toBe(false);
    expect(silent.silentSince?.toISOString()).toBe(new Date(END.getTime() - 48 * 3_600_000).toISOString());
  });
});
