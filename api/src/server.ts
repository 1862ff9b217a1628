import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createArmor } from './graphql/armor';
import type { Context } from './graphql/context';
import { errorLoggingPlugin, formatError } from './graphql/format-error';
import { nulCharacterPlugin } from './graphql/input-text';
import { createLoaders, type LoaderMode } from './graphql/loaders';
import { getSchema } from './graphql/schema';
import { createRateLimits, DEFAULT_RATE_LIMITS, rateLimit, type RateLimitOptions, type RateLimits } from './http/rate-limit';
import { jsonErrors, securityHeaders } from './http/security';
import type { Logger } from './logger';
import type { QueueRuntime } from './queue/runtime';
import { authorizationPlugin } from './auth/authorization';
import { accessFor } from './auth/policy';
import { LEDGER_MAX_BYTES } from './fees/ledger';
import { gateIngestHandlers, INGEST_BODY_LIMIT } from './gates/ingest.http';
import type { RequestInfo, Viewer } from './auth/auth.service';
import { NO_SCOPE } from './auth/scope';
import { authenticateToken, readSessionToken, sessionCookieFor } from './auth/credentials';
import type { Config } from './config';
import { createServices } from './services';
import { serveSubscriptions } from './graphql/subscriptions';

export interface ApiOptions {
  config: Config;
  db: DataSource;
  queue: QueueRuntime;
  logger: Logger;
  production: boolean;
  /** Only the benchmark sets this to `naive`. */
  loaderMode?: LoaderMode;
  /** Request limits and their store; DEFAULT_RATE_LIMITS on PostgreSQL when absent. */
  rateLimit?: RateLimitOptions;
  /** Express's `trust proxy`: which peers' X-Forwarded-For names the client (TRUST_PROXY). */
  trustProxy?: boolean | number | string;
}

export interface Api {
  app: Express;
  apollo: ApolloServer<Context>;
  /** Shared across API processes; the auth module uses `rateLimits.loginIp` and `rateLimits.user`. */
  rateLimits: RateLimits;
  /** Builds a request context outside HTTP, for tests using executeOperation. */
  contextFor(context?: { requestId?: string; viewer?: Viewer | null }): Context;
  /**
   * Serves GraphQL subscriptions (graphql-ws) at /graphql on the HTTP server the app listens on.
   * Close it before server.close(): open sockets would keep the server from closing.
   */
  serveSubscriptions(server: Server): { close(): Promise<void> };
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * Bodies are capped at 100 kB, which stops huge documents before any parsing. The one exception:
 * a signed-in caller whose role may upload a fee ledger (startLedgerImport: the file travels base64
 * in a variable) gets room for a 20 MB file; the service refuses anything larger with a clear error.
 * A gate device gets room for one full batch of events (ingestGateEvents).
 */
function jsonBody() {
  const small = express.json({ limit: '100kb' });
  const upload = express.json({ limit: Math.ceil((LEDGER_MAX_BYTES * 4) / 3) + 64 * 1024 });
  const uploaders = accessFor('Mutation', 'startLedgerImport');
  // A gate device's ingestGateEvents carries up to 5,000 events in one string.
  const batch = express.json({ limit: INGEST_BODY_LIMIT * 2 });
  const ingesters = accessFor('Mutation', 'ingestGateEvents');
  return (req: Request, res: Response, next: NextFunction) => {
    const viewer = res.locals.viewer as Viewer | null;
    const mayUpload = viewer !== null && Array.isArray(uploaders) && uploaders.includes(viewer.role);
    const mayIngest = viewer !== null && Array.isArray(ingesters) && ingesters.includes(viewer.role);
    return (mayUpload ? upload : mayIngest ? batch : small)(req, res, next);
  };
}

/** Express app with the GraphQL endpoint at /graphql and health probes at /healthz and /readyz. */
export async function createApi(options: ApiOptions): Promise<Api> {
  const { db, queue, logger } = options;
  const services = createServices(db, options.config);
  services.gateOps.live.logger = logger.child({ component: 'gate-live' });
  const rateLimits = await createRateLimits(db, options.rateLimit ?? DEFAULT_RATE_LIMITS, logger);
  const noCookie = { set: () => undefined, clear: () => undefined };
  const contextFor = (
    context: { requestId?: string; viewer?: Viewer | null; request?: RequestInfo; sessionCookie?: Context['sessionCookie'] } = {},
  ): Context => {
    const requestId = context.requestId ?? randomUUID();
    const viewer = context.viewer ?? null;
    const scope = viewer?.scope ?? NO_SCOPE;
    return {
      requestId,
      services,
      loaders: createLoaders(services, scope, options.loaderMode),
      logger: logger.child({ requestId, ...(viewer ? { userId: viewer.userId } : {}) }),
      viewer,
      scope,
      request: context.request ?? { requestId, ip: null },
      sessionCookie: context.sessionCookie ?? noCookie,
      queue,
      loginLimiter: rateLimits.loginIp,
    };
  };

  const armor = createArmor({ production: options.production });
  const apollo = new ApolloServer<Context>({
    schema: getSchema(),
    introspection: !options.production,
    // Explicit in every mode: Apollo's default includes stack traces outside production.
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    // The process owns shutdown order (server, Apollo, queue, pool); Apollo must not re-raise signals.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      errorLoggingPlugin(logger),
      authorizationPlugin(),
      nulCharacterPlugin(),
      // No @cacheControl hints are used; the plugin would otherwise wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...armor.plugins,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 'loopback');
  app.use(securityHeaders);
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

  // Gate devices post telemetry batches here (device key, JSON array or NDJSON, up to 5,000 events).
  app.post('/ingest/gate-events', ...gateIngestHandlers({ services, queue, logger }));

  app.use(
    '/graphql',
    rateLimit(rateLimits.ip, (req) => req.ip),
    // The session is read before the body: a signed-in caller is then limited per account too.
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const token = readSessionToken(req);
        res.locals.viewer = token ? await authenticateToken(services, token) : null;
        next();
      } catch (error) {
        next(error);
      }
    },
    rateLimit(rateLimits.user, (_req, res) => (res.locals.viewer as Viewer | null)?.userId),
    jsonBody(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        return contextFor({
          requestId,
          viewer: res.locals.viewer as Viewer | null,
          request: { requestId, ip: req.ip ?? null, userAgent: req.header('user-agent') ?? null },
          sessionCookie: sessionCookieFor(res, options.production),
        });
      },
    }),
  );

  app.use(jsonErrors(logger));

  const subscriptionServers: { close(): Promise<void> }[] = [];

  return {
    app,
    apollo,
    rateLimits,
    contextFor,
    serveSubscriptions: (server) => {
      const subscriptions = serveSubscriptions(server, {
        schema: getSchema(),
        services,
        armor,
        rateLimits,
        logger,
        production: options.production,
        contextFor,
        trustProxy: app.get('trust proxy fn') as (address: string, hop: number) => boolean,
      });
      subscriptionServers.push(subscriptions);
      return subscriptions;
    },
    stop: async () => {
      await Promise.all(subscriptionServers.map((s) => s.close()));
      await services.gateOps.live.close();
      await apollo.stop();
      await rateLimits.close();
    },
  };
}

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}
