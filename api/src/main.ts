import 'reflect-metadata';
import { loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { createLogger } from './logger';
import { onShutdown, requireDatabaseUrl } from './process';
import { QueueRuntime } from './queue/runtime';
import { createApi, listen } from './server';

/** The API process: GraphQL at /graphql, probes at /healthz and /readyz. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config, 'api');
  const databaseUrl = requireDatabaseUrl(config);
  const db = await connectDatabase({ url: databaseUrl, applicationName: 'anju-api' }, logger);
  const queue = new QueueRuntime({ databaseUrl, redisUrl: config.REDIS_URL }, logger);
  const api = await createApi({ db, queue, logger, production: config.NODE_ENV === 'production' });
  const server = await listen(api.app, config.API_PORT, config.API_HOST);
  logger.info({ port: config.API_PORT, queue: queue.describe() }, `GraphQL API ready at http://localhost:${config.API_PORT}/graphql`);

  onShutdown(logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    // Stop taking requests, let in-flight ones finish, then close what they used.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await api.stop();
    await queue.close(config.SHUTDOWN_TIMEOUT_MS);
    await db.destroy();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`anju api: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
