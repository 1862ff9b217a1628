import 'reflect-metadata';
import { demoAccountsPresent } from './auth/demo-accounts';
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
  if (config.NODE_ENV === 'production') {
    const demo = await demoAccountsPresent(db);
    if (demo.length > 0) {
      throw new Error(
        `demo accounts exist (${demo.join(', ')}); production refuses to run with their published password. Delete them first (DELETE FROM app_user WHERE is_demo)`,
      );
    }
  }
  const queue = new QueueRuntime({ databaseUrl, redisUrl: config.REDIS_URL }, logger);
  const api = await createApi({
    config,
    db,
    queue,
    logger,
    production: config.NODE_ENV === 'production',
    rateLimit: {
      redisUrl: config.REDIS_URL,
      ipPerMinute: config.RATE_LIMIT_IP_PER_MINUTE,
      userPerMinute: config.RATE_LIMIT_USER_PER_MINUTE,
      loginAttemptsPer15Min: config.LOGIN_ATTEMPTS_IP_PER_15_MIN,
    },
    trustProxy: config.TRUST_PROXY,
  });
  const server = await listen(api.app, config.API_PORT, config.API_HOST);
  const subscriptions = api.serveSubscriptions(server);
  logger.info({ port: config.API_PORT, queue: queue.describe() }, `GraphQL API ready at http://localhost:${config.API_PORT}/graphql`);

  onShutdown(logger, config.SHUTDOWN_TIMEOUT_MS, async () => {
    // Subscription sockets never finish on their own: close them first (1001, going away; clients
    // reconnect elsewhere), then stop taking requests, let in-flight ones finish, close what they used.
    await subscriptions.close();
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
