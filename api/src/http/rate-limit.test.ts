import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { TEST_REDIS_URL } from '../../../test/env';
import { startTestApi, type TestApi } from '../../test/api';
import { rateLimit, type RateLimitOptions } from './rate-limit';

const LIMITS = { ipPerMinute: 5, userPerMinute: 3, loginAttemptsPer15Min: 4 };

function graphql(api: TestApi, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
}

describe.each(['postgres', 'redis'] as const)('rate limits on %s, shared by two API processes', (backend) => {
  let t: TestDatabase;
  let one: TestApi;
  let two: TestApi;

  beforeAll(async () => {
    t = await createTestDatabase();
    // Each run its own counters: the Redis is shared with other test files and runs.
    const rateLimit: RateLimitOptions = {
      ...LIMITS,
      redisUrl: backend === 'redis' ? TEST_REDIS_URL : undefined,
      keyPrefix: `anju-rl-test-${randomBytes(4).toString('hex')}`,
    };
    one = await startTestApi(t.db, t.url, { rateLimit });
    two = await startTestApi(t.db, t.url, { rateLimit });
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await t.drop();
  });

  it('uses the store it was given', () => {
    expect(one.api.rateLimits.backend).toBe(backend);
  });

  it('counts one client address across both processes and answers 429 with Retry-After', async () => {
    const client = { 'x-forwarded-for': '203.0.113.10' };
    const statuses: number[] = [];
    for (const api of [one, two, one, two, one]) statuses.push((await graphql(api, client)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);

    const refused = await graphql(two, client);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }],
    });
    expect((await graphql(one, client)).status).toBe(429);
  });

  it('keys on the address the trusted local proxy forwards, so other clients are unaffected', async () => {
    for (let i = 0; i < LIMITS.ipPerMinute; i++) await graphql(one, { 'x-forwarded-for': '203.0.113.20' });
    expect((await graphql(two, { 'x-forwarded-for': '203.0.113.20' })).status).toBe(429);
    expect((await graphql(two, { 'x-forwarded-for': '203.0.113.21' })).status).toBe(200);
  });

  it('limits login attempts per address across processes', async () => {
    const decisions = [];
    for (const api of [one, two, one, two, one]) decisions.push(await api.api.rateLimits.loginIp.consume('198.51.100.7'));
    expect(decisions.slice(0, 4).every((d) => d.allowed && d.retryAfterSeconds === 0)).toBe(true);
    expect(decisions[4]!.allowed).toBe(false);
    expect(decisions[4]!.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(decisions[4]!.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect((await two.api.rateLimits.loginIp.consume('198.51.100.8')).allowed).toBe(true);
  });

  it('counts signed-in users with a pluggable key and lets keyless requests through', async () => {
    const app = express();
    app.use(rateLimit(one.api.rateLimits.user, (req) => req.header('x-test-user')));
    app.get('/', (_req, res) => {
      res.json({ ok: true });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const as = async (user?: string) => (await fetch(url, { headers: user ? { 'x-test-user': user } : {} })).status;
      // Two requests through the API's limiter instance, then the third from the other process.
      expect([await as('u1'), await as('u1')]).toEqual([200, 200]);
      expect((await two.api.rateLimits.user.consume('u1')).allowed).toBe(true);
      expect(await as('u1')).toBe(429);
      expect(await as('u2')).toBe(200);
      expect([await as(), await as(), await as(), await as()]).toEqual([200, 200, 200, 200]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
