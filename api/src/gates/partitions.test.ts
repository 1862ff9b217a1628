import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { startTestApi, type TestApi } from '../../test/api';
import { GATES, insertGateWorld, passEvent, postBatch, registerDevice, rollupsFromScratch, storedRollups } from '../../test/gates';
import { PARTITIONS_AHEAD_DAYS } from './partitions';

const DAY_MS = 86_400_000;
const utcDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

describe('gate event partitions', () => {
  let t: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertGateWorld(t.db);
    api = await startTestApi(t.db, t.url, { env: { GATE_EVENT_RETENTION_DAYS: '30', GATE_EVENT_MAX_AGE_DAYS: '7' } });
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const services = () => api.api.contextFor().services;
  const count = async (sql: string) => ((await t.db.query(sql)) as [{ n: number }])[0].n;

  it('moves events that arrived before their day partition existed into it, losing and doubling nothing', async () => {
    const device = await registerDevice(api, GATES.east0, 'SN-PART');
    const events = Array.from({ length: 300 }, (_, i) => passEvent(`p-${i}`, i * 20)); // spread over ~4 days
    expect((await postBatch(api.url, device.key, JSON.stringify(events))).body.accepted).toBe(300);
    expect(await count(`SELECT count(*)::int AS n FROM gate_event_default`)).toBe(300);

    const result = await services().gates.partitions.maintain();
    expect(result.moved).toBe(300);
    expect(result.created).toHaveLength(7 + 1 + PARTITIONS_AHEAD_DAYS);
    expect(result.created).toContain(`gate_event_${utcDay(0).replace(/-/g, '')}`);
    expect(await count(`SELECT count(*)::int AS n FROM gate_event_default`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM gate_event`)).toBe(300);
    expect(await count(`SELECT count(DISTINCT tableoid)::int AS n FROM gate_event`)).toBeGreaterThanOrEqual(4);

    // A second run creates nothing; resending still stores nothing twice; new events go to day partitions.
    expect((await services().gates.partitions.maintain()).created).toEqual([]);
    const again = await postBatch(api.url, device.key, JSON.stringify([...events.slice(0, 10), passEvent('p-new', 0)]));
    expect(again.body).toMatchObject({ accepted: 1, duplicates: 10 });
    expect(await count(`SELECT count(*)::int AS n FROM gate_event_default`)).toBe(0);
  });

  it('drops partitions past the retention with their dedupe keys, and keeps the rollups', async () => {
    await services().gates.rollups.run();
    const rollups = await storedRollups(t.db);
    expect(rollups.length).toBeGreaterThan(0);
    // Forty days from now, every partition holding today's events is past the 30-day retention.
    const later = await services().gates.partitions.maintain(utcDay(40));
    expect(later.dropped).toContain(`gate_event_${utcDay(0).replace(/-/g, '')}`);
    expect(later.expiredKeys).toBe(301);
    expect(await count(`SELECT count(*)::int AS n FROM gate_event`)).toBe(0);
    expect(await storedRollups(t.db)).toEqual(rollups);
    expect(await rollupsFromScratch(t.db)).toEqual([]);
  });

  it('refuses a malformed day', async () => {
    await expect(services().gates.partitions.maintain('2026-13')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'day' },
    });
  });
});
