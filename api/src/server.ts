import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Context } from './graphql/context';
import { errorLoggingPlugin, formatError } from './graphql/format-error';
import { createLoaders, type LoaderMode } from './graphql/loaders';
import { getSchema } from './graphql/schema';
import type { Logger } from './logger';
import type { QueueRuntime } from './queue/runtime';
import { createServices } from './services';

export interface ApiOptions {
  db: DataSource;
  queue: QueueRuntime;
  logger: Logger;
  production: boolean;
  /** Only the benchmark sets this to `naive`. */
  loaderMode?: LoaderMode;
}

export interface Api {
  app: Express;
  apollo: ApolloServer<Context>;
  /** Builds a request context outside HTTP, for tests using executeOperation. */
  contextFor(requestId?: string): Context;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Express app with the GraphQL endpoint at /graphql and health probes at /healthz and /readyz. */
export async function createApi(options: ApiOptions): Promise<Api> {
  const { db, queue, logger } = options;
  const services = createServices(db);
  const contextFor = (requestId: string = randomUUID()): Context => ({
    requestId,
    services,
    loaders: createLoaders(services, options.loaderMode),
    logger: logger.child({ requestId }),
  });

  const apollo = new ApolloServer<Context>({
    schema: getSchema(),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // The process owns shutdown order (server, Apollo, queue, pool); Apollo must not re-raise signals.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      errorLoggingPlugin(logger),
      // No @cacheControl hints are used; the plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const header = req.header('x-request-id');
    const requestId = header && REQUEST_ID.test(header) ? header : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const checks = await Promise.allSettled([db.query('SELECT 1'), queue.ping()]);
    const [database, queueCheck] = checks.map((c) => (c.status === 'fulfilled' ? 'ok' : 'unreachable'));
    const ready = database === 'ok' && queueCheck === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', database, queue: queueCheck, backend: queue.backend });
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async ({ res }) => contextFor(res.locals.requestId as string) }),
  );

  return {
    app,
    apollo,
    contextFor,
    stop: () => apollo.stop(),
  };
}

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
