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
import { parseConfig } from '../api/src/config';
import { createApi, listen } from '../api/src/server';
import { BENCH_ENV, BENCH_RATE_LIMITS } from './harness';

async function main(): Promise<void> {
  const [databaseUrl, port, mode] = process.argv.slice(2) as [string, string, LoaderMode];
  const logger = pino({ level: 'warn' });
  const counter = new QueryCounter();
  const db = await connectDatabase({ url: databaseUrl, logger: counter, applicationName: `anju-bench-${mode}` }, logger);
  const queue = new QueueRuntime({ databaseUrl }, logger);
  const api = await createApi({
    config: parseConfig(BENCH_ENV),
    db,
    queue,
    logger,
    production: true,
    loaderMode: mode,
    rateLimit: BENCH_RATE_LIMITS,
  });
  await listen(api.app, Number(port), '127.0.0.1');
  process.on('message', (message) => {
    if (message === 'count') process.send?.({ count: counter.count });
  });
  process.send?.({ ready: true });
}

void main();
