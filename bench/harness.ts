/** What the benchmarks share: a scratch database, API child processes, autocannon runs, the report. */
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function urlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh UTF-8 scratch database for `work`, dropped afterwards whatever happens. */
export async function withScratchDatabase(name: string, work: (url: string) => Promise<void>): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  try {
    await work(urlFor(name));
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** Forks a server script (so the load generator does not share its event loop); resolves once it says it is ready. */
export function startServer(script: string, args: string[]): Promise<ChildProcess> {
  const child = fork(script, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${path.basename(script)} ${args.join(' ')} exited with ${code}`)));
  });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p95: number;
  requests: number;
  errors: number;
}

/** autocannon POSTs for `duration` seconds after a 3 s warm-up (JIT, pools, PostgreSQL caches). */
export async function load(options: {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  duration: number;
}): Promise<LoadResult> {
  const run = (duration: number) =>
    new Promise<{ times: number[]; result: autocannon.Result }>((resolve, reject) => {
      const times: number[] = [];
      const instance = autocannon(
        { url: options.url, method: 'POST', headers: options.headers, body: options.body, connections: options.connections, duration },
        (error, result) => (error ? reject(error) : resolve({ times, result })),
      );
      instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
    });
  await run(3);
  const { times, result } = await run(options.duration);
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

export function machine(): string {
  return `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`;
}

export function now(): string {
  return new Date().toISOString().slice(0, 16).replace('T', ' ');
}

/** Replaces the text between `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->` in docs/benchmarks.md. */
export function writeSection(name: string, section: string): void {
  const file = path.join(__dirname, '..', 'docs', 'benchmarks.md');
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const current = fs.readFileSync(file, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`docs/benchmarks.md lacks the ${start} / ${end} markers`);
  fs.writeFileSync(file, current.slice(0, from + start.length) + '\n' + section + '\n' + current.slice(to));
}

/**
 * Production settings for a benchmark's API process. Throwaway keys (production refuses the demo
 * ones; no personal data is involved), and limits out of reach: one load generator on loopback is
 * one address and one account, and a limit would measure itself rather than the code.
 */
export const BENCH_ENV = {
  NODE_ENV: 'production',
  PERSONAL_DATA_KEYS: `bench:${Buffer.alloc(32, 7).toString('base64')}`,
  BLIND_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
} as const;
export const BENCH_RATE_LIMITS = { ipPerMinute: 1_000_000_000, userPerMinute: 1_000_000_000, loginAttemptsPer15Min: 1_000_000_000 };
