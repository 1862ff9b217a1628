/**
 * The API as the benchmark runs it: a child process (so the load generator does not share its
 * event loop) with a statement counter reported over IPC. argv: databaseUrl port batched|naive.
 */
import 'reflect-metadata';
import pino from 'pino';
import { QueryCounter } from '../api/src/db/data-source';
import { connectDatabase } from '../api/src/db/connect';
import type { LoaderMode } from '../api/src/graphql/loaders';
import { QueueRuntime } from '../api/src/queue/runtime';
import { DEFAULT_RATE_LIMITS } from '../api/src/http/rate-limit';
import { parseConfig } from '../api/src/config';
import { createApi, listen } from '../api/src/server';

// Production refuses the demo keys; the benchmark holds no personal data, so throwaway keys do.
const BENCH_KEYS = `bench:${Buffer.alloc(32, 7).toString('base64')}`;
const BENCH_BLIND_INDEX_KEY = Buffer.alloc(32, 9).toString('base64');

async function main(): Promise<void> {
  const [databaseUrl, port, mode] = process.argv.slice(2) as [string, string, LoaderMode];
  const logger = pino({ level: 'warn' });
  const counter = new QueryCounter();
  const db = await connectDatabase({ url: databaseUrl, logger: counter, applicationName: `anju-bench-${mode}` }, logger);
  const queue = new QueueRuntime({ databaseUrl }, logger);
  // One load generator on loopback is one client address; the per-IP limit would measure itself.
  const rateLimit = { ...DEFAULT_RATE_LIMITS, ipPerMinute: 1_000_000_000 };
  const config = parseConfig({ NODE_ENV: 'production', PERSONAL_DATA_KEYS: BENCH_KEYS, BLIND_INDEX_KEY: BENCH_BLIND_INDEX_KEY });
  const api = await createApi({ config, db, queue, logger, production: true, loaderMode: mode, rateLimit });
  await listen(api.app, Number(port), '127.0.0.1');
  process.on('message', (message) => {
    if (message === 'count') process.send?.({ count: counter.count });
  });
  process.send?.({ ready: true });
}

void main();
