import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { startTestApi, type TestApi } from '../../test/api';
import { GATES, insertGateWorld, passEvent, postBatch, registerDevice } from '../../test/gates';

/** Ten kinds of broken event, a thousand of each; `code` and `field` are what the rejection must say. */
const MALFORMED: { name: string; code: string; field: string | null; line(i: number): string }[] = [
  { name: 'bad JSON', code: 'BAD_JSON', field: null, line: (i) => `{"eventId": "bad-${i}", "at": "2026-` },
  { name: 'not an object', code: 'INVALID', field: null, line: (i) => JSON.stringify([`arr-${i}`]) },
  {
    name: 'missing id',
    code: 'INVALID',
    field: 'eventId',
    line: () => JSON.stringify({ at: new Date().toISOString(), kind: 'PASS', payload: { method: 'FACE' } }),
  },
  { name: 'id of the wrong type', code: 'INVALID', field: 'eventId', line: (i) => JSON.stringify({ ...passEvent('x', 1), eventId: i }) },
  { name: 'unknown kind', code: 'INVALID', field: 'kind', line: (i) => JSON.stringify({ ...passEvent(`kind-${i}`, 1), kind: 'SMOKE' }) },
  {
    name: 'wrong payload type',
    code: 'INVALID',
    field: 'payload.celsius',
    line: (i) => JSON.stringify({ eventId: `temp-${i}`, at: new Date().toISOString(), kind: 'TEMPERATURE', payload: { celsius: 'hot' } }),
  },
  {
    name: 'timestamp without offset',
    code: 'INVALID',
    field: 'at',
    line: (i) => JSON.stringify({ ...passEvent(`at-${i}`, 1), at: '2026-05-01T08:00:00' }),
  },
  {
    name: 'another gate',
    code: 'WRONG_GATE',
    field: 'gateId',
    line: (i) => JSON.stringify({ ...passEvent(`gate-${i}`, 1), gateId: GATES.south0 }),
  },
  {
    name: 'oversized',
    code: 'TOO_LARGE',
    field: null,
    line: (i) => JSON.stringify({ ...passEvent(`big-${i}`, 1), payload: { method: 'FACE', blob: 'x'.repeat(4096) } }),
  },
  {
    name: 'unknown payload field',
    code: 'INVALID',
    field: 'payload.face',
    line: (i) => JSON.stringify({ ...passEvent(`pf-${i}`, 1), payload: { method: 'FACE', face: `tpl-${i}` } }),
  },
];

describe('10,000 malformed gate events', () => {
  let t: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertGateWorld(t.db);
    api = await startTestApi(t.db, t.url);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  it('rejects each with its index and reason, stores none, and the API stays up', async () => {
    const { key } = await registerDevice(api, GATES.east0, 'SN-MALFORMED');
    const lines = Array.from({ length: 10_000 }, (_, i) => MALFORMED[i % MALFORMED.length]!.line(i));
    for (let start = 0; start < lines.length; start += 5000) {
      const res = await postBatch(api.url, key, lines.slice(start, start + 5000).join('\n'), 'application/x-ndjson');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ received: 5000, accepted: 0, duplicates: 0 });
      const rejected = res.body.rejected!;
      expect(rejected.map((r) => r.index)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
      const wrong = rejected.filter((r) => {
        const expected = MALFORMED[(start + r.index) % MALFORMED.length]!;
        return r.code !== expected.code || r.field !== expected.field || r.reason.length === 0;
      });
      expect(wrong).toEqual([]);
    }
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM gate_event`)) as [{ n: number }];
    expect(n).toBe(0);
    expect((await t.db.query(`SELECT 1 FROM gate_event_key`)) as unknown[]).toEqual([]);

    // Whole-batch refusals: unparsable array, an object instead of an array.
    expect((await postBatch(api.url, key, lines.slice(0, 10).join(','))).status).toBe(400);
    expect((await postBatch(api.url, key, '{"eventId": "x"}')).status).toBe(400);

    // Still serving: health, and a good batch is stored.
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect((await postBatch(api.url, key, JSON.stringify([passEvent('good-1', 1)]))).body).toMatchObject({ accepted: 1, rejected: [] });
  });

  it('refuses control characters in text fields on their own, storing the rest of the batch', async () => {
    const { key } = await registerDevice(api, GATES.east0, 'SN-CONTROL');
    const at = new Date().toISOString();
    const res = await postBatch(
      api.url,
      key,
      JSON.stringify([
        { eventId: 'ctl-1', at, kind: 'DENIED', payload: { method: 'CARD', reason: 'EXPIRED\u0000CARD' } },
        { eventId: 'ctl-2', at, kind: 'HEARTBEAT', payload: { firmware: '2.1\n' } },
        passEvent('ctl-3', 1),
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: 3, accepted: 2 });
    expect(res.body.rejected!.map((r) => [r.index, r.code, r.field])).toEqual([[0, 'INVALID', 'payload.reason']]);
  });
});
