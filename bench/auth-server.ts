/**
 * The API as bench:auth runs it. argv: databaseUrl port secured|baseline [redisUrl].
 * - secured: the real API (createApi, production settings): session lookup, per-IP and per-user
 *   rate limits, the policy plugin, graphql-armor, then the resolvers.
 * - baseline: the same schema, services and loaders behind a bare Apollo server whose context is
 *   a fixed ADMIN viewer: everything the security layer adds is absent. Only the benchmark builds it.
 */
import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { Role } from '../api/src/auth/roles';
import { SYSTEM_SCOPE } from '../api/src/auth/scope';
import { parseConfig } from '../api/src/config';
import { connectDatabase } from '../api/src/db/connect';
import type { Context } from '../api/src/graphql/context';
import { createLoaders } from '../api/src/graphql/loaders';
import { getSchema } from '../api/src/graphql/schema';
import { QueueRuntime } from '../api/src/queue/runtime';
import { createApi, listen } from '../api/src/server';
import { createServices } from '../api/src/services';
import { BENCH_ENV, BENCH_RATE_LIMITS } from './harness';

async function baseline(databaseUrl: string, port: number): Promise<void> {
  const logger = pino({ level: 'warn' });
  const db = await connectDatabase({ url: databaseUrl, applicationName: 'anju-bench-baseline' }, logger);
  const services = createServices(db, parseConfig(BENCH_ENV));
  // The list query never enqueues; the context just needs the same shape as the API's.
  const queue = new QueueRuntime({ databaseUrl }, logger);
  const apollo = new ApolloServer<Context>({ schema: getSchema(), plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  const viewer = {
    userId: randomUUID(),
    sessionId: randomUUID(),
    username: 'bench',
    displayName: 'bench',
    role: Role.ADMIN,
    scope: SYSTEM_SCOPE,
    secondFactor: true,
    hasTotp: true,
    passwordExpired: false,
  };
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => {
        const requestId = randomUUID();
        return {
          requestId,
          services,
          loaders: createLoaders(services, SYSTEM_SCOPE),
          logger,
          viewer,
          scope: SYSTEM_SCOPE,
          request: { requestId, ip: null },
          sessionCookie: { set: () => undefined, clear: () => undefined },
          queue,
          loginLimiter: { consume: () => Promise.resolve({ allowed: true, retryAfterSeconds: 0 }) },
        };
      },
    }),
  );
  await listen(app, port, '127.0.0.1');
}

/** The rate limits count in Redis when a URL is given, as with REDIS_URL; otherwise in PostgreSQL. */
async function secured(databaseUrl: string, port: number, redisUrl: string | undefined): Promise<void> {
  const logger = pino({ level: 'warn' });
  const db = await connectDatabase({ url: databaseUrl, applicationName: 'anju-bench-secured' }, logger);
  const queue = new QueueRuntime({ databaseUrl }, logger);
  const api = await createApi({
    config: parseConfig(BENCH_ENV),
    db,
    queue,
    logger,
    production: true,
    rateLimit: { ...BENCH_RATE_LIMITS, redisUrl },
  });
  await listen(api.app, port, '127.0.0.1');
}

async function main(): Promise<void> {
  const [databaseUrl, port, mode, redisUrl] = process.argv.slice(2) as [string, string, 'secured' | 'baseline', string | undefined];
  await (mode === 'secured' ? secured(databaseUrl, Number(port), redisUrl) : baseline(databaseUrl, Number(port)));
  process.send?.({ ready: true });
}

void main();
