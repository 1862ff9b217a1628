import { createAdminSession } from '../test/sessions';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { startTestApi, type TestApi } from '../test/api';
import { createDataSource } from './db/data-source';

describe('HTTP surface', () => {
  let t: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    t = await createTestDatabase();
    api = await startTestApi(t.db, t.url);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  it('/healthz says the process is up', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz checks the database and the queue', async () => {
    const res = await fetch(`${api.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: 'ok', queue: 'ok', backend: 'postgres' });
  });

  it('/readyz answers 503 when the database is gone', async () => {
    const lost = createDataSource({ url: t.url });
    await lost.initialize();
    const other = await startTestApi(lost, t.url);
    try {
      await lost.destroy();
      const res = await fetch(`${other.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'not ready', database: 'unreachable' });
    } finally {
      await other.close();
    }
  });

  it('echoes a client request id and makes one up otherwise', async () => {
    const given = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'call-12345-abc' } });
    expect(given.headers.get('x-request-id')).toBe('call-12345-abc');
    const made = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a simple cross-site GET query (CSRF prevention)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ districts { id } }')}`);
    expect(res.status).toBe(400);
  });

  it('refuses an oversized body', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ districts { id } }`, variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('masks an unexpected failure: a code and the request id, no detail and no stack trace', async () => {
    const { token } = await createAdminSession(t.db);
    await t.db.query(`ALTER TABLE district RENAME TO district_moved`);
    try {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-masked-1', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `{ districts { id } }` }),
      });
      const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'Internal server error',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-masked-1' },
        }),
      ]);
      expect(JSON.stringify(body)).not.toMatch(/district_moved|relation|stack/);
    } finally {
      await t.db.query(`ALTER TABLE district_moved RENAME TO district`);
    }
  });
});
