/**
 * The browser tests' worker: the workers' own handler table, serving only queue `fees` (ledger
 * imports), so the scheduled jobs of the other queues cannot change what the other tests see.
 * Started by stack.ts with DATABASE_URL set; runs until it is sent SIGTERM.
 */
import 'reflect-metadata';
import { QueueRuntime, connectDatabase, createLogger, createServices, loadConfig, requireDatabaseUrl } from '../../api/src';
import { createHandlers } from '../../workers/src/jobs/handlers';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config, 'e2e-fees-worker');
  const databaseUrl = requireDatabaseUrl(config);
  const db = await connectDatabase({ url: databaseUrl, applicationName: 'anju-e2e-fees-worker' }, logger);
  const queue = new QueueRuntime({ databaseUrl, redisUrl: config.REDIS_URL }, logger);
  const worker = queue.startWorker('fees', createHandlers(createServices(db, config), config, db), 1);
  await worker.waitUntilReady();
  process.stdout.write('fees worker ready\n');
  const stop = async () => {
    await queue.close(5000);
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`e2e fees worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
