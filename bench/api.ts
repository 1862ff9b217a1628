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
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { Client } from 'pg';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { seedGenerated } from '../seeds';
import { createAdminSession } from '../api/test/sessions';

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
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'anju_bench_api';

const QUERY = `query CompoundPage {
  compounds(first: 100, filter: { isOld: true }) {
    edges { node { id name households street { name district { name } } district { name } gates { name kind state } } }
  }
}`;

const logger = pino({ level: 'warn' });
/** The signed-in ADMIN the load runs as (every place; the session check is part of what is measured). */
let authorization = '';

function urlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function startServer(mode: 'batched' | 'naive', port: number): Promise<ChildProcess> {
  const child = fork(path.join(__dirname, 'api-server.ts'), [urlFor(DB_NAME), String(port), mode], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });
}

function queryCount(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve((m as { count: number }).count));
    child.send('count');
  });
}

async function post(url: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await res.json()) as { errors?: unknown; data?: { compounds: { edges: unknown[] } } };
  if (body.errors || body.data?.compounds.edges.length !== 100) throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 300)}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Result {
  mode: string;
  queriesPerRequest: number;
  rps: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
}

async function measure(mode: 'batched' | 'naive', port: number): Promise<Result> {
  const child = await startServer(mode, port);
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    // SQL statements per request, counted on the server over 20 sequential requests.
    await post(url);
    const before = await queryCount(child);
    for (let i = 0; i < 20; i++) await post(url);
    const queriesPerRequest = ((await queryCount(child)) - before) / 20;

    const run = (duration: number) =>
      new Promise<{ times: number[]; result: autocannon.Result }>((resolve, reject) => {
        const times: number[] = [];
        const instance = autocannon(
          {
            url,
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization },
            body: JSON.stringify({ query: QUERY }),
            connections: CONNECTIONS,
            duration,
          },
          (error, result) => (error ? reject(error) : resolve({ times, result })),
        );
        instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
      });
    await run(3); // warm-up: JIT, pools, PostgreSQL caches
    const { times, result } = await run(DURATION);
    times.sort((a, b) => a - b);
    return {
      mode,
      queriesPerRequest,
      rps: result.requests.average,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      requests: result.requests.total,
      errors: result.errors + result.non2xx,
    };
  } finally {
    child.kill('SIGTERM');
  }
}

function report(batched: Result, naive: Result): string {
  const row = (r: Result) =>
    `| ${r.mode} | ${r.queriesPerRequest.toFixed(1)} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.requests} | ${r.errors} |`;
  return [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}; ` +
      `${COMPOUNDS} generated compounds (seed 42), ${CONNECTIONS} connections, ${DURATION} s per path after a 3 s warm-up.`,
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

function writeReport(section: string): void {
  const file = path.join(__dirname, '..', 'docs', 'benchmarks.md');
  const start = '<!-- bench:api:start -->';
  const end = '<!-- bench:api:end -->';
  const current = fs.readFileSync(file, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`docs/benchmarks.md lacks the ${start} / ${end} markers`);
  fs.writeFileSync(file, current.slice(0, from + start.length) + '\n' + section + '\n' + current.slice(to));
}

async function main(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DB_NAME} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  try {
    const db = await connectDatabase({ url: urlFor(DB_NAME) }, logger);
    await runMigrations(db, logger);
    await seedGenerated(db, { compounds: COMPOUNDS, seed: 42 });
    authorization = `Bearer ${(await createAdminSession(db)).token}`;
    await db.query('ANALYZE');
    await db.destroy();

    const batched = await measure('batched', 4711);
    const naive = await measure('naive', 4712);
    const section = report(batched, naive);
    process.stdout.write(section + '\n');
    writeReport(section);
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
