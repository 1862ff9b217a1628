import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { QueueRuntime, createServices, parseConfig, type RotationProgress, type Services } from '@anju/api';
import { createHandlers } from './handlers';

// The job rotates the registered columns; here, the scratch table of this test.
jest.mock('../../../api/src/personal/encrypted-columns', () => ({
  ENCRYPTED_COLUMNS: [{ table: 'scratch_secret', column: 'secret', context: 'scratch_secret.secret' }],
}));

const CONTEXT = 'scratch_secret.secret';
const ROWS = 1200;
const keys = { a: randomBytes(32).toString('base64'), b: randomBytes(32).toString('base64') };

describe('keys.rotate job', () => {
  let t: TestDatabase;
  let queue: QueueRuntime;
  let before: Services;
  let after: Services;

  beforeAll(async () => {
    t = await createTestDatabase();
    const config = (keyring: string) =>
      parseConfig({ NODE_ENV: 'test', PERSONAL_DATA_KEYS: keyring, BLIND_INDEX_KEY: randomBytes(32).toString('base64') });
    before = createServices(t.db, config(`a:${keys.a}`));
    after = createServices(t.db, config(`a:${keys.a},b:${keys.b}`));
    queue = new QueueRuntime({ databaseUrl: t.url }, pino({ level: 'silent' }));
    queue.startWorker('maintenance', createHandlers(after, { AUDIT_RETENTION_DAYS: 365 }, t.db), 1);
  });
  afterAll(async () => {
    await queue.close(5000);
    await t.drop();
  });

  it('re-encrypts through the real queue; a retried attempt continues from the stored cursor', async () => {
    await t.db.query(`CREATE TABLE scratch_secret (id int PRIMARY KEY, secret text NOT NULL)`);
    const ids = Array.from({ length: ROWS }, (_, i) => i + 1);
    const values = ids.map((id) => before.personalData.encrypt(id === 700 ? 'another.column' : CONTEXT, `secret ${id}`));
    await t.db.query(`INSERT INTO scratch_secret SELECT * FROM unnest($1::int[], $2::text[])`, [ids, values]);

    // Row 700 cannot be decrypted: the first attempt fails in its second batch of 500.
    const id = await queue.enqueue('keys.rotate', { requestedAt: '2025-01-02T03:04:05.000Z' }, { backoff: { type: 'fixed', delay: 1000 } });
    expect(id).toBe('keys.rotate-2025-01-02T030405.000Z');
    const job = async () => (await queue.queue('maintenance').getJob(id))!;
    await until(async () => (await job()).attemptsMade === 1);
    expect((await job()).failedReason).toMatch(/^cannot re-encrypt scratch_secret\.secret of row 700/);
    expect((await job()).progress).toMatchObject({ cursor: { afterId: '500' }, columns: [{ checked: 500, reencrypted: 500 }] });

    // Repaired before the retry, which reads on from row 501.
    await t.db.query(`UPDATE scratch_secret SET secret = $1 WHERE id = 700`, [before.personalData.encrypt(CONTEXT, 'secret 700')]);
    await until(async () => (await (await job()).getState()) === 'completed');
    const result = (await job()).returnvalue as RotationProgress;
    expect(result.columns).toEqual([
      { table: 'scratch_secret', column: 'secret', checked: ROWS, reencrypted: ROWS, changedConcurrently: 0, done: true },
    ]);
    const rows: { id: number; secret: string }[] = await t.db.query(`SELECT id, secret FROM scratch_secret ORDER BY id`);
    expect(rows.every((row) => row.secret.startsWith('v1:b:'))).toBe(true);
    expect(rows.map((row) => after.personalData.decrypt(CONTEXT, row.secret))).toEqual(ids.map((i) => `secret ${i}`));
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
