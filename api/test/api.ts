import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import type { LoaderMode } from '../src/graphql/loaders';
import { QueueRuntime } from '../src/queue/runtime';
import { createApi, listen, type Api } from '../src/server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  api: Api;
  url: string;
  /** POSTs a query over HTTP, as a client would. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real API on an ephemeral port over a test database (queue on the PostgreSQL backend). */
export async function startTestApi(db: DataSource, databaseUrl: string, options: { loaderMode?: LoaderMode } = {}): Promise<TestApi> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const queue = new QueueRuntime({ databaseUrl }, logger);
  const api = await createApi({ db, queue, logger, production: false, loaderMode: options.loaderMode });
  const server: Server = await listen(api.app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    api,
    url,
    gql: async (query, variables) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<never>;
    },
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.stop();
      await queue.close();
    },
  };
}
