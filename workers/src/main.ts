import 'reflect-metadata';
import {
  QUEUES,
  QueueRuntime,
  beijingDay,
  connectDatabase,
  createLogger,
  createServices,
  loadConfig,
  onShutdown,
  requireDatabaseUrl,
} from '@anju/api';
import { createHandlers } from './jobs/handlers';

/** The worker process: one BullMQ worker per queue, all sharing one handler table. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config, 'workers');
  const databaseUrl = requireDatabaseUrl(config);
  const db = await connectDatabase({ url: databaseUrl, applicationName: 'anju-workers' }, logger);
  const queue = new QueueRuntime({ databaseUrl, redisUrl: config.REDIS_URL }, logger);
  const handlers = createHandlers(createServices(db, config), config, db);

  const workers = QUEUES.map((name) => queue.startWorker(name, handlers, config.WORKER_CONCURRENCY));
  await Promise.all(workers.map((w) => w.waitUntilReady()));

  // Daily just after midnight Beijing time; today's snapshot is taken at once (same id: no double).
  await queue.schedule('stats.snapshot.daily', 'stats.snapshot', {}, '5 0 * * *');
  await queue.enqueue('stats.snapshot', { day: beijingDay() });
  // Audit partitions for this and next month exist before they are needed; retention runs with it.
  await queue.schedule('audit.maintain.daily', 'audit.maintain', {}, '15 0 * * *');
  await queue.enqueue('audit.maintain', { day: beijingDay() });
  // A stage becomes overdue when a day begins; stage changes update their project's alert at once.
  await queue.schedule('renovation.overdue.daily', 'renovation.overdue', {}, '10 0 * * *');
  await queue.enqueue('renovation.overdue', { day: beijingDay() });
  // Gate telemetry: ingestion asks for rollups as it stores; the minute sweep catches a lost request.
  await queue.schedule('gates.rollup.sweep', 'gates.rollup', { window: 0 }, '* * * * *');
  await queue.schedule('gates.offline.sweep', 'gates.offline', {}, '* * * * *');
  await queue.schedule('gates.maintain.daily', 'gates.maintain', {}, '20 0 * * *');
  await queue.enqueue('gates.maintain', {});
  // Hotline: pinyin for compounds changed since the last run, and tickets past their deadlines.
  await queue.schedule('hotline.index.minute', 'hotline.index', {}, '* * * * *');
  await queue.enqueue('hotline.index', {});
  await queue.schedule('hotline.overdue.sweep', 'hotline.overdue', {}, '*/5 * * * *');
  await queue.enqueue('hotline.overdue', {});
  logger.info({ queues: QUEUES, backend: queue.describe(), concurrency: config.WORKER_CONCURRENCY }, 'workers ready');

  onShutdown(logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    await queue.close(config.SHUTDOWN_TIMEOUT_MS);
    await db.destroy();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`anju workers: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
