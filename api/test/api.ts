import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import type { LoaderMode } from '../src/graphql/loaders';
import type { RateLimitOptions } from '../src/http/rate-limit';
import type { Logger } from '../src/logger';
import { QueueRuntime } from '../src/queue/runtime';
import { parseConfig } from '../src/config';
import { createApi, listen, type Api } from '../src/server';
import { createAdminSession } from './sessions';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  api: Api;
  url: string;
  /** POSTs a query over HTTP, as a client would, signed in as an ADMIN (every place, no resident data). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The same with another session token, or none (null). */
  gqlAs<T = Record<string, unknown>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real API on an ephemeral port over a test database (queue on the PostgreSQL backend). */
export async function startTestApi(
  db: DataSource,
  databaseUrl: string,
  options: {
    loaderMode?: LoaderMode;
    production?: boolean;
    rateLimit?: RateLimitOptions;
    logger?: Logger;
    /** Configuration variables on top of NODE_ENV=test. */
    env?: Record<string, string>;
  } = {},
): Promise<TestApi> {
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const queue = new QueueRuntime({ databaseUrl }, logger);
  const api = await createApi({
    config: parseConfig({ NODE_ENV: 'test', ...options.env }),
    db,
    queue,
    logger,
    production: options.production ?? false,
    loaderMode: options.loaderMode,
    rateLimit: options.rateLimit,
  });
  const server: Server = await listen(api.app, 0, '127.0.0.1');
  const subscriptions = api.serveSubscriptions(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const admin = await createAdminSession(db);
  const gqlAs = async <T>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse<T>;
  };
  return {
    api,
    url,
    gql: (query, variables) => gqlAs(admin.token, query, variables),
    gqlAs,
    close: async () => {
      // Open subscription sockets would keep the server from closing.
      await subscriptions.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.stop();
      await queue.close();
    },
  };
}
