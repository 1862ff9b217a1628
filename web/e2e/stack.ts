/**
 * The whole platform for one browser-test run: a fresh PostgreSQL database with the demo data,
 * the API and the built web app as child processes. `stop()` undoes all of it.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import { connectDatabase, runMigrations } from '../../api/src/db/connect';
import { createLogger } from '../../api/src/logger';
import { seedDemo } from '../../seeds';

const REPO_ROOT = path.resolve(__dirname, '../..');
const WEB_ROOT = path.resolve(__dirname, '..');
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface Stack {
  webUrl: string;
  stop(): Promise<void>;
}

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(run: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL} (set TEST_DATABASE_URL to use another server): ${String(error)}`);
  }
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A child process in its own process group, so stopping it also stops what it spawned (tsx runs node). */
class Child {
  private readonly output: string[] = [];
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;
  private readonly process: ChildProcess;

  constructor(
    readonly name: string,
    args: string[],
    options: { cwd: string; env: NodeJS.ProcessEnv },
  ) {
    this.process = spawn(process.execPath, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.shift();
    };
    this.process.stdout?.on('data', keep);
    this.process.stderr?.on('data', keep);
    this.exited = new Promise((resolve) =>
      this.process.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      }),
    );
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** The last lines it printed, for a failure message. */
  get log(): string {
    return this.output.join('').split('\n').slice(-40).join('\n');
  }

  private signal(signal: NodeJS.Signals): void {
    if (this.process.pid === undefined || !this.running) return;
    try {
      process.kill(-this.process.pid, signal);
    } catch {
      // The group is already gone.
    }
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.signal('SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Polls `url` until it answers 200; fails early if the process serving it dies. */
async function waitForHttp(url: string, child: Child): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!child.running) throw new Error(`${child.name} exited during startup:\n${child.log}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${child.name} did not answer ${url} within ${STARTUP_TIMEOUT_MS / 1000}s:\n${child.log}`);
}

async function migrateAndSeed(url: string): Promise<void> {
  const logger = createLogger({ LOG_LEVEL: 'warn' }, 'e2e');
  const db = await connectDatabase({ url, applicationName: 'anju-e2e' }, logger);
  try {
    await runMigrations(db, logger);
    await seedDemo(db);
  } finally {
    await db.destroy();
  }
}

export async function startStack(): Promise<Stack> {
  if (!existsSync(path.join(WEB_ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('The web app is not built (web/.next/BUILD_ID is missing): run `npm run build -w @anju/web` first');
  }

  const children: Child[] = [];
  const dbName = `anju_e2e_${process.pid}_${Date.now()}`;
  let dbCreated = false;

  const stop = async () => {
    // Web first, then the API, then the database the API was holding.
    for (const child of [...children].reverse()) await child.stop();
    if (dbCreated) await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
  };

  try {
    await withAdmin((admin) =>
      admin.query(`CREATE DATABASE "${dbName}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`),
    );
    dbCreated = true;
    const url = databaseUrl(dbName);
    await migrateAndSeed(url);

    const apiPort = await freePort();
    const api = new Child('API', [require.resolve('tsx/cli'), 'api/src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: url, API_HOST: '127.0.0.1', API_PORT: String(apiPort), LOG_LEVEL: 'warn' },
    });
    children.push(api);
    await waitForHttp(`http://127.0.0.1:${apiPort}/readyz`, api);

    const webPort = await freePort();
    const web = new Child('web', [require.resolve('next/dist/bin/next'), 'start', '-p', String(webPort), '-H', '127.0.0.1'], {
      cwd: WEB_ROOT,
      // Jest sets NODE_ENV=test; the built app must run as it does in production.
      env: { ...process.env, NODE_ENV: 'production', ANJU_API_URL: `http://127.0.0.1:${apiPort}`, NEXT_TELEMETRY_DISABLED: '1' },
    });
    children.push(web);
    const webUrl = `http://127.0.0.1:${webPort}`;
    await waitForHttp(webUrl, web);

    return { webUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
