import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../db/data-source';
import { ensureDatabase } from '../db/ensure-database';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEST_REDIS_URL } from '../../../test/env';
import { parseConfig } from '../config';
import { QueueRuntime } from '../queue/runtime';
import { createApi, listen, type Api } from '../server';
import { createAdminSession } from '../../test/sessions';
import type { TestApi } from '../../test/api';
import { GATES, insertGateWorld, passEvent, postBatch, registerDevice, type IngestResponse } from '../../test/gates';

/**
 * PostgreSQL restarted under ingestion. Runs on a private embedded cluster (own port and data
 * directory under /tmp): the shared server is never stopped.
 */
describe('gate ingestion across a PostgreSQL restart', () => {
  const logger = pino({ level: 'silent' });
  const dataDir = `/tmp/anju-gate-restart-${process.pid}`;
  const port = 56000 + (process.pid % 1000);
  let cluster: { url: string; stop(): Promise<void> };
  let db: DataSource;
  let api: Pick<TestApi, 'url' | 'gql'>;
  let stopApi: () => Promise<void>;

  /** Starts the cluster in its own process (api/test/embedded-cluster.ts); stop() shuts PostgreSQL down cleanly. */
  function startCluster(): Promise<{ url: string; stop(): Promise<void> }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/test/embedded-cluster.ts', dataDir, String(port), 'anju_gate_restart'], {
      cwd: path.join(__dirname, '..', '..', '..'),
      env: { PATH: process.env.PATH },
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let output = '';
    return new Promise((resolve, reject) => {
      const onData = (data: Buffer) => {
        output += data.toString();
        const match = /ready (\S+)/.exec(output);
        if (match) resolve({ url: match[1]!, stop: () => (child.kill('SIGTERM'), exited) });
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`embedded cluster exited with ${code}: ${output}`)));
    });
  }

  beforeAll(async () => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    cluster = await startCluster();
    await ensureDatabase(cluster.url, logger);
    db = createDataSource({ url: cluster.url, poolSize: 5 });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await insertGateWorld(db);
    // The queue on Redis, as in production: the job queue must not share the database being restarted.
    const queue = new QueueRuntime({ databaseUrl: cluster.url, redisUrl: TEST_REDIS_URL, prefix: `anju-test-${process.pid}` }, logger);
    const app: Api = await createApi({ config: parseConfig({ NODE_ENV: 'test' }), db, queue, logger, production: false });
    const server: Server = await listen(app.app, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const admin = await createAdminSession(db);
    api = {
      url,
      gql: async <T>(query: string, variables?: Record<string, unknown>) => {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
          body: JSON.stringify({ query, variables }),
        });
        return (await res.json()) as { data?: T | null };
      },
    };
    stopApi = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      // The rollup requests were never meant to run here: leave nothing behind in the shared Redis.
      await queue.queue('gates').obliterate({ force: true });
      await queue.close();
    };
  }, 120_000);
  afterAll(async () => {
    await stopApi?.().catch(() => undefined);
    await db?.destroy().catch(() => undefined);
    await cluster?.stop().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('answers 503 with a stable code while it is down, loses nothing acknowledged, and resumes without an API restart', async () => {
    const { key } = await registerDevice(api, GATES.east0, 'SN-RESTART');
    const BATCHES = 40;
    const SIZE = 500;
    const acknowledged = new Set<string>();
    const unavailable: IngestResponse[] = [];
    const unexpected: string[] = [];
    let sent = 0;

    // A device: sends batches in order, resends a refused batch after its Retry-After (shortened here).
    const device = (async () => {
      for (let b = 0; b < BATCHES; b += 1) {
        const ids = Array.from({ length: SIZE }, (_, i) => `restart-${b}-${i}`);
        const body = JSON.stringify(ids.map((id, i) => passEvent(id, (b * SIZE + i) % 900)));
        for (;;) {
          const res = await postBatch(api.url, key, body).catch((error: Error) => ({ status: 0, body: {}, retryAfter: null, error }));
          sent += 1;
          if (res.status === 200) {
            ids.forEach((id) => acknowledged.add(id));
            break;
          }
          if (res.status === 503) unavailable.push(res);
          else unexpected.push(`${res.status} ${JSON.stringify(res.body)}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    })();

    // Restart once a few batches are in.
    while (acknowledged.size < 5 * SIZE) await new Promise((resolve) => setTimeout(resolve, 20));
    await cluster.stop();
    const refusedBefore = unavailable.length;
    while (unavailable.length < refusedBefore + 3) await new Promise((resolve) => setTimeout(resolve, 50));
    cluster = await startCluster();
    await device;

    expect(unexpected).toEqual([]);
    expect(unavailable.length).toBeGreaterThanOrEqual(3);
    for (const refused of unavailable) {
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
      expect(refused.retryAfter).toBe('5');
    }
    expect(acknowledged.size).toBe(BATCHES * SIZE);
    const [stored] = (await db.query(
      `SELECT count(*)::int AS events, count(DISTINCT device_event_id)::int AS ids FROM gate_event WHERE device_event_id LIKE 'restart-%'`,
    )) as [{ events: number; ids: number }];
    expect(stored).toEqual({ events: BATCHES * SIZE, ids: BATCHES * SIZE });
    expect(sent).toBeGreaterThan(BATCHES);
    // Still the same API process and pool, serving as before.
    expect((await postBatch(api.url, key, JSON.stringify([passEvent('restart-after', 1)]))).body.accepted).toBe(1);
  }, 120_000);
});
