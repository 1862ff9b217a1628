/**
 * `npm run bench:auth`: what security costs. (1) Login: argon2id hashing and verification at the
 * configured parameters, and the whole login mutation over HTTP. (2) A typical list query (the
 * dashboard's compound page, 20 rows) through the real API with a bearer session, against the
 * same schema and resolvers with no security layer, in the same run. Written to docs/benchmarks.md
 * between the bench:auth markers.
 *
 * Options: --compounds N (5000) --duration S (15) --connections C (10) --logins N (20).
 */
import 'reflect-metadata';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { Role } from '../api/src/auth/roles';
import { hashPassword, verifyPassword } from '../api/src/auth/password';
import { parseConfig } from '../api/src/config';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { createServices } from '../api/src/services';
import { seedGenerated } from '../seeds';
import { BENCH_ENV, load, machine, now, percentile, startServer, withScratchDatabase, writeSection, type LoadResult } from './harness';

const { values } = parseArgs({
  options: {
    compounds: { type: 'string', default: '5000' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
    logins: { type: 'string', default: '20' },
  },
});
const COMPOUNDS = Number(values.compounds);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const LOGINS = Number(values.logins);
const PASSWORD = 'bench-lantern-orchid-1987';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const LIST_QUERY = `query CompoundList {
  compounds(first: 20, filter: { isOld: true }) {
    totalCount
    edges { cursor node { id name yearBuilt households floorArea managementStatus closureStatus street { name } community { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

async function timeEach(times: number, work: () => Promise<unknown>): Promise<number[]> {
  const took: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    took.push(performance.now() - started);
  }
  return took;
}

async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  authorization?: string,
): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}

async function main(): Promise<void> {
  await withScratchDatabase('anju_bench_auth', async (databaseUrl) => {
    const logger = pino({ level: 'warn' });
    const db = await connectDatabase({ url: databaseUrl }, logger);
    await runMigrations(db, logger);
    await seedGenerated(db, { compounds: COMPOUNDS, seed: 42 });
    // A hotline agent: no second factor, so one login is one password check.
    const [{ id: districtId }] = (await db.query(`SELECT id FROM district LIMIT 1`)) as [{ id: string }];
    await createServices(db, parseConfig(BENCH_ENV)).auth.createUser(
      { username: 'bench-agent', displayName: 'bench', role: Role.HOTLINE_AGENT, password: PASSWORD, districtId },
      null,
      { requestId: 'bench', ip: null },
    );
    await db.query('ANALYZE');
    await db.destroy();

    const hash = await hashPassword(PASSWORD);
    const hashing = median(await timeEach(LOGINS, () => hashPassword(PASSWORD)));
    const verifying = median(await timeEach(LOGINS, () => verifyPassword(hash, PASSWORD)));

    const servers = [
      await startServer(path.join(__dirname, 'auth-server.ts'), [databaseUrl, '4721', 'secured']),
      await startServer(path.join(__dirname, 'auth-server.ts'), [databaseUrl, '4722', 'baseline']),
      await startServer(path.join(__dirname, 'auth-server.ts'), [databaseUrl, '4723', 'secured', REDIS_URL]),
    ];
    try {
      const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
      const LOGIN = `mutation($input: LoginInput!) { login(input: $input, returnToken: true) { token } }`;
      const input = { username: 'bench-agent', password: PASSWORD };
      const loginTimes = await timeEach(LOGINS, () => gql(url(4721), LOGIN, { input }));
      const token = ((await gql(url(4721), LOGIN, { input })).login as { token: string }).token;
      const authorization = `Bearer ${token}`;

      const body = JSON.stringify({ query: LIST_QUERY });
      // Same answer on every path: the agent's scope is the one district the generator made.
      const answers = await Promise.all([
        gql(url(4721), LIST_QUERY, {}, authorization),
        gql(url(4722), LIST_QUERY, {}),
        gql(url(4723), LIST_QUERY, {}, authorization),
      ]);
      if (new Set(answers.map((a) => JSON.stringify(a))).size !== 1) throw new Error('the paths answer differently');

      const paths: { name: string; port: number; headers: Record<string, string> }[] = [
        { name: 'no security layer (baseline)', port: 4722, headers: { 'content-type': 'application/json' } },
        {
          name: 'signed in, limits counted in PostgreSQL (embedded default)',
          port: 4721,
          headers: { 'content-type': 'application/json', authorization },
        },
        {
          name: 'signed in, limits counted in Redis (REDIS_URL)',
          port: 4723,
          headers: { 'content-type': 'application/json', authorization },
        },
      ];
      // Alternate the paths so that drift of the machine's speed hits all of them.
      const runs = paths.map(() => [] as LoadResult[]);
      for (let round = 0; round < 2; round++) {
        for (const [i, path_] of paths.entries()) {
          runs[i]!.push(await load({ url: url(path_.port), headers: path_.headers, body, connections: CONNECTIONS, duration: DURATION }));
        }
      }
      const combine = (results: LoadResult[]): LoadResult => ({
        rps: results.reduce((sum, r) => sum + r.rps, 0) / results.length,
        p50: median(results.map((r) => r.p50)),
        p95: median(results.map((r) => r.p95)),
        requests: results.reduce((sum, r) => sum + r.requests, 0),
        errors: results.reduce((sum, r) => sum + r.errors, 0),
      });
      const [baseline, postgres, redis] = runs.map(combine) as [LoadResult, LoadResult, LoadResult];
      const row = (name: string, r: LoadResult) =>
        `| ${name} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.requests} | ${r.errors} |`;
      const overhead = (r: LoadResult) => `${((baseline.rps / r.rps - 1) * 100).toFixed(1)}%`;
      const section = [
        `Run ${now()} UTC on ${machine()}; ${COMPOUNDS} generated compounds, ${CONNECTIONS} connections, 2 alternating rounds of ${DURATION} s per path after 3 s warm-ups.`,
        '',
        `**Login cost:** argon2id (m=19 MiB, t=2, p=1) hash ${hashing.toFixed(1)} ms, verify ${verifying.toFixed(1)} ms (median of ${LOGINS}); ` +
          `the whole login mutation over HTTP ${median(loginTimes).toFixed(1)} ms median, ${percentile(
            [...loginTimes].sort((x, y) => x - y),
            95,
          ).toFixed(1)} ms p95.`,
        '',
        '| typical list query (20 compounds) | req/s | p50 ms | p95 ms | requests | errors |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...paths.map((p_, i) => row(p_.name, [baseline, postgres, redis][i]!)),
        '',
        `**Overhead of the security layer (same run, more time per request at saturation = baseline req/s / secured req/s - 1):** ` +
          `${overhead(postgres)} with the limits in PostgreSQL, ${overhead(redis)} with them in Redis. Target: under 20%. ` +
          `The layer is the session check (one query, then trusted for SESSION_CACHE_MS = 2 s in the process), the per-address and per-account rate limits (one counter update each per request), the policy plugin and graphql-armor (validation is cached per document).`,
      ].join('\n');
      process.stdout.write(section + '\n');
      writeSection('auth', section);
    } finally {
      for (const server of servers) server.kill('SIGTERM');
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:auth failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
