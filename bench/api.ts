/**
 * `npm run bench:api`: the compound list with nested street/district and gates, 100 per page, on a
 * generated district of 5,000 compounds. The DataLoader path and the naive per-row path run in the
 * same process layout, against the same database, in the same run; results are written to
 * docs/benchmarks.md between the bench:api markers.
 *
 * Options: --compounds N (5000) --duration S (15) --connections C (10). BENCH_DATABASE_URL names
 * the server to create the scratch database on (default: the local development PostgreSQL).
 */
import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { seedGenerated } from '../seeds';
import { createAdminSession } from '../api/test/sessions';
import { load, machine, now, startServer, withScratchDatabase, writeSection, type LoadResult } from './harness';

const { values } = parseArgs({
  options: {
    compounds: { type: 'string', default: '5000' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
  },
});
const COMPOUNDS = Number(values.compounds);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);

const QUERY = `query CompoundPage {
  compounds(first: 100, filter: { isOld: true }) {
    edges { node { id name households street { name district { name } } district { name } gates { name kind state } } }
  }
}`;

const logger = pino({ level: 'warn' });

interface Result extends LoadResult {
  mode: 'batched' | 'naive';
  queriesPerRequest: number;
}

function queryCount(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve((m as { count: number }).count));
    child.send('count');
  });
}

async function measure(databaseUrl: string, authorization: string, mode: 'batched' | 'naive', port: number): Promise<Result> {
  const child = await startServer(path.join(__dirname, 'api-server.ts'), [databaseUrl, String(port), mode]);
  const url = `http://127.0.0.1:${port}/graphql`;
  const headers = { 'content-type': 'application/json', authorization };
  const body = JSON.stringify({ query: QUERY });
  const post = async () => {
    const res = await fetch(url, { method: 'POST', headers, body });
    const answer = (await res.json()) as { errors?: unknown; data?: { compounds: { edges: unknown[] } } };
    if (answer.errors || answer.data?.compounds.edges.length !== 100)
      throw new Error(`unexpected answer: ${JSON.stringify(answer).slice(0, 300)}`);
  };
  try {
    // SQL statements per request, counted on the server over 20 sequential requests.
    await post();
    const before = await queryCount(child);
    for (let i = 0; i < 20; i++) await post();
    const queriesPerRequest = ((await queryCount(child)) - before) / 20;
    return { mode, queriesPerRequest, ...(await load({ url, headers, body, connections: CONNECTIONS, duration: DURATION })) };
  } finally {
    child.kill('SIGTERM');
  }
}

function report(batched: Result, naive: Result): string {
  const row = (r: Result) =>
    `| ${r.mode} | ${r.queriesPerRequest.toFixed(1)} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.requests} | ${r.errors} |`;
  return [
    `Run ${now()} UTC on ${machine()}; ${COMPOUNDS} generated compounds (seed 42), ${CONNECTIONS} connections, ${DURATION} s per path after a 3 s warm-up.`,
    '',
    '| path | SQL queries / request | req/s | p50 ms | p95 ms | requests | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row(batched),
    row(naive),
    '',
    `**Ratios (DataLoader vs naive, same run):** ${(naive.queriesPerRequest / batched.queriesPerRequest).toFixed(1)}x fewer SQL queries per request, ` +
      `${(batched.rps / naive.rps).toFixed(1)}x the requests per second, p95 ${(naive.p95 / batched.p95).toFixed(1)}x lower. ` +
      `Targets: at least 10x fewer queries and at least 3x the req/s.`,
  ].join('\n');
}

async function main(): Promise<void> {
  await withScratchDatabase('anju_bench_api', async (databaseUrl) => {
    const db = await connectDatabase({ url: databaseUrl }, logger);
    await runMigrations(db, logger);
    await seedGenerated(db, { compounds: COMPOUNDS, seed: 42 });
    // The load runs as a signed-in ADMIN (every place); the session check is part of what is measured.
    const authorization = `Bearer ${(await createAdminSession(db)).token}`;
    await db.query('ANALYZE');
    await db.destroy();

    const batched = await measure(databaseUrl, authorization, 'batched', 4711);
    const naive = await measure(databaseUrl, authorization, 'naive', 4712);
    const section = report(batched, naive);
    process.stdout.write(section + '\n');
    writeSection('api', section);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
