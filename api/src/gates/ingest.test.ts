import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { startTestApi, type TestApi } from '../../test/api';
import { DEVICE_KEY_PREFIX } from '../devices/device-key.service';
import { GATES, insertGateWorld, passEvent, postBatch, registerDevice, rollupsFromScratch, storedRollups } from '../../test/gates';

describe('gate event ingestion', () => {
  let t: TestDatabase;
  let api: TestApi;
  let device: { deviceId: string; key: string };

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertGateWorld(t.db);
    api = await startTestApi(t.db, t.url);
    device = await registerDevice(api, GATES.east0, 'SN-INGEST-1');
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const count = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as [{ n: number }])[0].n;
  const storedFor = (prefix: string) =>
    count(`SELECT count(*)::int AS n FROM gate_event WHERE device_id = $1 AND device_event_id LIKE $2`, [device.deviceId, `${prefix}%`]);

  it('stores a JSON array batch, and a resent batch stores nothing twice', async () => {
    const batch = JSON.stringify(Array.from({ length: 50 }, (_, i) => passEvent(`resend-${i}`, i)));
    const first = await postBatch(api.url, device.key, batch);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ received: 50, accepted: 50, duplicates: 0, rejected: [] });
    const again = await postBatch(api.url, device.key, batch);
    expect(again.body).toEqual({ received: 50, accepted: 0, duplicates: 50, rejected: [] });
    expect(await storedFor('resend-')).toBe(50);
    expect(
      await count(`SELECT count(*)::int AS n FROM gate_event_key WHERE device_id = $1 AND device_event_id LIKE 'resend-%'`, [
        device.deviceId,
      ]),
    ).toBe(50);
  });

  it('stores each event of two overlapping batches sent concurrently exactly once', async () => {
    // 0-2999 and 1500-4499, five rounds at once: 4500 distinct events, each stored once.
    const a = JSON.stringify(Array.from({ length: 3000 }, (_, i) => passEvent(`overlap-${i}`, i % 600)));
    const b = JSON.stringify(Array.from({ length: 3000 }, (_, i) => passEvent(`overlap-${i + 1500}`, (i + 1500) % 600)));
    const results = await Promise.all([a, b, a, b, a, b].map((body) => postBatch(api.url, device.key, body)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const accepted = results.reduce((sum, r) => sum + r.body.accepted!, 0);
    const duplicates = results.reduce((sum, r) => sum + r.body.duplicates!, 0);
    expect(accepted).toBe(4500);
    expect(accepted + duplicates).toBe(6 * 3000);
    expect(await storedFor('overlap-')).toBe(4500);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM (SELECT device_event_id FROM gate_event WHERE device_id = $1 GROUP BY 1 HAVING count(*) > 1) d`,
        [device.deviceId],
      ),
    ).toBe(0);
  });

  it('never stores an event id twice, even resent with another timestamp', async () => {
    await postBatch(api.url, device.key, JSON.stringify([passEvent('moved-1', 5)]));
    const moved = await postBatch(api.url, device.key, JSON.stringify([passEvent('moved-1', 300)]));
    expect(moved.body).toMatchObject({ accepted: 0, duplicates: 1 });
    expect(await storedFor('moved-')).toBe(1);
  });

  it('accepts NDJSON, counts repeats within a batch as duplicates, and rejects bad events with index and reason', async () => {
    const now = Date.now();
    const lines = [
      JSON.stringify(passEvent('nd-1', 1)),
      '{"eventId": "nd-2", "at": ', // not JSON
      JSON.stringify({ eventId: 'nd-3', at: new Date(now).toISOString(), kind: 'TEMPERATURE', payload: { celsius: 38.2 } }),
      JSON.stringify({ eventId: 'nd-4', at: new Date(now).toISOString(), kind: 'TEMPERATURE', payload: { celsius: '38.2' } }),
      JSON.stringify({ eventId: 'nd-5', at: new Date(now).toISOString(), kind: 'TELEPORT' }),
      JSON.stringify({ at: new Date(now).toISOString(), kind: 'HEARTBEAT' }),
      JSON.stringify({ ...passEvent('nd-7', 1), gateId: GATES.south0 }),
      JSON.stringify({ ...passEvent('nd-8', 1), at: new Date(now + 3_600_000).toISOString() }),
      JSON.stringify({ ...passEvent('nd-9', 1), at: new Date(now - 30 * 86_400_000).toISOString() }),
      JSON.stringify({ ...passEvent('nd-10', 1), payload: { method: 'FACE', photo: 'x'.repeat(3000) } }),
      JSON.stringify(passEvent('nd-1', 1)),
      '',
      JSON.stringify({ eventId: 'nd-12', at: new Date(now).toISOString(), kind: 'PLATE_IN', payload: { plate: '京A12345' } }),
      JSON.stringify({ eventId: 'nd-13', at: '2026-05-01 08:00', kind: 'HEARTBEAT' }),
      JSON.stringify({ eventId: 'nd-14', at: new Date(now).toISOString(), kind: 'DENIED', payload: { method: 'CARD' } }),
    ];
    const res = await postBatch(api.url, device.key, lines.join('\n'), 'application/x-ndjson');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: 14, accepted: 3, duplicates: 1 });
    expect(res.body.rejected!.map((r) => [r.index, r.eventId, r.code, r.field])).toEqual([
      [1, null, 'BAD_JSON', null],
      [3, 'nd-4', 'INVALID', 'payload.celsius'],
      [4, 'nd-5', 'INVALID', 'kind'],
      [5, null, 'INVALID', 'eventId'],
      [6, 'nd-7', 'WRONG_GATE', 'gateId'],
      [7, 'nd-8', 'IN_FUTURE', 'at'],
      [8, 'nd-9', 'TOO_OLD', 'at'],
      [9, null, 'TOO_LARGE', null],
      [12, 'nd-13', 'INVALID', 'at'],
      [13, 'nd-14', 'INVALID', 'payload.reason'],
    ]);
    expect(res.body.rejected!.every((r) => r.reason.length > 0)).toBe(true);
    expect(await storedFor('nd-')).toBe(3);
    // Plates are personal data: stored as a blind index and a mask, never in clear.
    const [plate] = (await t.db.query(`SELECT payload FROM gate_event WHERE device_event_id = 'nd-12'`)) as [
      { payload: Record<string, string> },
    ];
    expect(plate.payload.plateMasked).toBe('京A***45');
    expect(plate.payload.plateIndex).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(plate.payload)).not.toContain('12345');
  });

  it('refuses a batch over 5,000 events, an unparsable array, a missing key and a user session', async () => {
    const big = await postBatch(api.url, device.key, JSON.stringify(Array.from({ length: 5001 }, (_, i) => passEvent(`big-${i}`, 1))));
    expect(big.status).toBe(413);
    expect(big.body.errors![0]!.extensions).toMatchObject({ code: 'BATCH_TOO_LARGE', limit: 5000, received: 5001 });
    expect(await storedFor('big-')).toBe(0);
    const broken = await postBatch(api.url, device.key, '[{"eventId": ');
    expect([broken.status, broken.body.errors![0]!.extensions.code]).toEqual([400, 'BAD_REQUEST']);
    const anonymous = await postBatch(api.url, null, '[]');
    expect([anonymous.status, anonymous.body.errors![0]!.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const badKey = await postBatch(api.url, 'anju_d_not-a-key', '[]');
    expect(badKey.status).toBe(401);
  });

  it('refuses keys made before the registry (no device) and keys of a retired device', async () => {
    // The API no longer issues such keys; rows from before the registry can still exist.
    const legacyKey = `${DEVICE_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    await t.db.query(
      `INSERT INTO device_key (id, gate_id, compound_id, street_id, district_id, device_id, name, key_prefix, key_hash, created_at)
       SELECT gen_random_uuid(), id, compound_id, street_id, district_id, NULL, '旧密钥', $2, sha256(convert_to($3, 'UTF8')), now()
       FROM gate WHERE id = $1`,
      [GATES.east1, legacyKey.slice(0, 11), legacyKey],
    );
    const res = await postBatch(api.url, legacyKey, JSON.stringify([passEvent('legacy-1', 1)]));
    expect([res.status, res.body.errors![0]!.extensions.code]).toEqual([403, 'DEVICE_NOT_REGISTERED']);

    const retiring = await registerDevice(api, GATES.east1, 'SN-RETIRE');
    expect((await postBatch(api.url, retiring.key, JSON.stringify([passEvent('r-1', 1)]))).status).toBe(200);
    await api.gql(`mutation($id: ID!) { retireGateDevice(id: $id) { status } }`, { id: retiring.deviceId });
    const after = await postBatch(api.url, retiring.key, JSON.stringify([passEvent('r-2', 1)]));
    expect(after.status).toBe(401);
  });

  it('ingests through the GraphQL mutation with the same service and result', async () => {
    const mutation = `mutation($batch: String!) { ingestGateEvents(batch: $batch) { received accepted duplicates rejected { index code field } } }`;
    const batch = [passEvent('gql-1', 2), { ...passEvent('gql-2', 2), kind: 'PASS', payload: {} }].map((e) => JSON.stringify(e)).join('\n');
    const res = await api.gqlAs<{ ingestGateEvents: unknown }>(device.key, mutation, { batch });
    expect(res.data?.ingestGateEvents).toEqual({
      received: 2,
      accepted: 1,
      duplicates: 0,
      rejected: [{ index: 1, code: 'INVALID', field: 'payload.method' }],
    });
    const again = await api.gqlAs<{ ingestGateEvents: { duplicates: number } }>(device.key, mutation, {
      batch: `[${JSON.stringify(passEvent('gql-1', 2))}]`,
    });
    expect(again.data?.ingestGateEvents.duplicates).toBe(1);
    // Only devices ingest.
    expect((await api.gql(mutation, { batch: '[]' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('notifies gate_activity per gate and gate_device_status when a device comes online, at commit', async () => {
    const listener = new Client({ connectionString: t.url });
    await listener.connect();
    const messages: { channel: string; payload: Record<string, unknown> }[] = [];
    listener.on('notification', (n) =>
      messages.push({ channel: n.channel, payload: JSON.parse(n.payload ?? '{}') as Record<string, unknown> }),
    );
    await listener.query('LISTEN gate_activity');
    await listener.query('LISTEN gate_device_status');
    try {
      const fresh = await registerDevice(api, GATES.south0, 'SN-NOTIFY');
      const events = [
        passEvent('n-1', 1, 'FACE'),
        passEvent('n-2', 1, 'FACE'),
        passEvent('n-3', 1, 'CARD'),
        { eventId: 'n-4', at: new Date().toISOString(), kind: 'TEMPERATURE', payload: { celsius: 37.3 } },
        { eventId: 'n-5', at: new Date().toISOString(), kind: 'TEMPERATURE', payload: { celsius: 36.5 } },
      ];
      await postBatch(api.url, fresh.key, JSON.stringify(events));
      await postBatch(api.url, fresh.key, JSON.stringify(events));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const activity = messages.filter((m) => m.channel === 'gate_activity' && m.payload.gateId === GATES.south0);
      expect(activity).toHaveLength(1); // the resent batch stored nothing, so it announces nothing
      expect(activity[0]!.payload).toMatchObject({
        gateId: GATES.south0,
        counts: { 'PASS:FACE': 2, 'PASS:CARD': 1, TEMPERATURE: 2, FEVER: 1 },
      });
      expect(Object.keys(activity[0]!.payload).sort()).toEqual(['at', 'compoundId', 'counts', 'districtId', 'gateId', 'streetId']);
      const status = messages.filter((m) => m.channel === 'gate_device_status' && m.payload.deviceId === fresh.deviceId);
      expect(status).toHaveLength(1);
      expect(status[0]!.payload).toMatchObject({ gateId: GATES.south0, online: true, status: 'ACTIVE' });
    } finally {
      await listener.end();
    }
  });

  it('adds the counts ingestion queued to the rollups exactly once, equal to a from-scratch count, with the summaries', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM gate_rollup_delta`)).toBeGreaterThan(0);
    const services = api.api.contextFor().services;
    expect((await services.gates.rollups.run()).rows).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM gate_rollup_delta`)).toBe(0);
    const scratch = await rollupsFromScratch(t.db);
    expect(await storedRollups(t.db)).toEqual(scratch);
    // Running again finds nothing to add.
    expect(await services.gates.rollups.run()).toEqual({ rows: 0, chunks: 0 });
    expect(await storedRollups(t.db)).toEqual(scratch);
    // The dashboards' summaries follow the job's upserts.
    const [sums] = (await t.db.query(
      `SELECT (SELECT sum(events)::int FROM gate_hourly_rollup WHERE kind = 'PASS') AS rollups,
              (SELECT sum(events)::int FROM gate_street_hourly_rollup WHERE kind = 'PASS') AS streets,
              (SELECT sum(events)::int FROM gate_compound_daily_rollup WHERE kind = 'PASS') AS days,
              (SELECT sum(face + card + qr + pin + volunteer)::int FROM gate_compound_hourly_traffic) AS hours`,
    )) as [{ rollups: number; streets: number; days: number; hours: number }];
    expect(sums.rollups).toBeGreaterThan(0);
    expect(sums).toEqual({ rollups: sums.rollups, streets: sums.rollups, days: sums.rollups, hours: sums.rollups });
    const [fever] = (await t.db.query(`SELECT sum(fever)::int AS n FROM gate_hourly_rollup WHERE gate_id = $1`, [GATES.south0])) as [
      { n: number },
    ];
    expect(fever.n).toBe(1);
  });
});
