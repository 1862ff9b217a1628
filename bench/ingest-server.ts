/**
 * The API as bench:ingest runs it: a child process (the load generator must not share its event
 * loop or its memory) in production settings. Answers 'memory' messages with process.memoryUsage().
 * argv: databaseUrl port.
 */
import 'reflect-metadata';
import pino from 'pino';
import { connectDatabase } from '../api/src/db/connect';
import { QueueRuntime } from '../api/src/queue/runtime';
import { parseConfig } from '../api/src/config';
import { createApi, listen } from '../api/src/server';
import { BENCH_ENV, BENCH_RATE_LIMITS } from './harness';

async function main(): Promise<void> {
  const [databaseUrl, port] = process.argv.slice(2) as [string, string];
  const logger = pino({ level: 'warn' });
  const db = await connectDatabase({ url: databaseUrl, applicationName: 'anju-bench-ingest' }, logger);
  const queue = new QueueRuntime({ databaseUrl }, logger);
  const api = await createApi({ config: parseConfig(BENCH_ENV), db, queue, logger, production: true, rateLimit: BENCH_RATE_LIMITS });
  await listen(api.app, Number(port), '127.0.0.1');
  process.on('message', (message) => {
    if (message === 'memory') process.send?.({ memory: process.memoryUsage() });
  });
  process.send?.({ ready: true });
}

void main();
