/**
 * The whole platform for one browser-test run: a fresh PostgreSQL database with the demo data,
 * the demo accounts, the demo residents, qualification, renovation projects and property fees, the API, a worker for
 * ledger imports (queue `fees`) and the built web app as child processes.
 * `stop()` undoes all of it. The demo accounts whose role needs a second factor get TOTP through
 * the real API, so the tests can sign in as them.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import { Client } from 'pg';
import { parseConfig } from '../../api/src/config';
import { connectDatabase, runMigrations } from '../../api/src/db/connect';
import { createLogger } from '../../api/src/logger';
import {
  DEMO_PASSWORD,
  seedDemo,
  seedDemoAccounts,
  seedDemoFees,
  seedDemoGateOperations,
  seedDemoHotline,
  seedDemoQualification,
  seedDemoRenovation,
  seedDemoResidents,
} from '../../seeds';

const REPO_ROOT = path.resolve(__dirname, '../..');
const WEB_ROOT = path.resolve(__dirname, '..');
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STARTUP_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** Demo accounts whose role must pass a second factor; the stack enrols each through the API. */
export const TOTP_ACCOUNTS = ['demo-district', 'demo-street', 'demo-heping', 'demo-auditor', 'demo-admin'] as const;

export interface Stack {
  webUrl: string;
  /** The API itself, e.g. http://127.0.0.1:41234/graphql, for calls a test makes behind the browser's back. */
  graphqlUrl: string;
  /** Base32 TOTP secret per enrolled demo account. */
  totpSecrets: Record<string, string>;
  /** A bearer token of demo-admin with its second factor passed (for revoking sessions and the like). */
  adminToken: string;
  stop(): Promise<void>;
}

/** The code an authenticator shows for `secret`; `offsetMs` picks a later 30 s step (each step is accepted once). */
export function totpCode(secret: string, offsetMs = 0): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetMs });
}

/** One GraphQL call to the API; throws on any error. */
export async function callApi<T>(graphqlUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.extensions?.code ?? 'ERROR'}: ${body.errors[0]!.message}`);
  return body.data as T;
}

/** Signs in as `username` (no TOTP yet), enrols TOTP, and returns the secret and the now fully signed-in token. */
async function enrolTotp(graphqlUrl: string, username: string): Promise<{ secret: string; token: string }> {
  const { login } = await callApi<{ login: { token: string } }>(
    graphqlUrl,
    `mutation ($input: LoginInput!) { login(input: $input, returnToken: true) { token } }`,
    { input: { username, password: DEMO_PASSWORD } },
  );
  const { startTotpEnrolment } = await callApi<{ startTotpEnrolment: { secret: string } }>(
    graphqlUrl,
    `mutation { startTotpEnrolment { secret } }`,
    {},
    login.token,
  );
  await callApi(
    graphqlUrl,
    `mutation ($code: String!) { confirmTotpEnrolment(code: $code) }`,
    { code: totpCode(startTotpEnrolment.secret) },
    login.token,
  );
  return { secret: startTotpEnrolment.secret, token: login.token };
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

/** Waits until `child` prints `line`; fails early if it dies. */
async function waitForLine(child: Child, line: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!child.running) throw new Error(`${child.name} exited during startup:\n${child.log}`);
    if (child.log.includes(line)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${child.name} did not print "${line}" within ${STARTUP_TIMEOUT_MS / 1000}s:\n${child.log}`);
}

async function migrateAndSeed(url: string): Promise<void> {
  const logger = createLogger({ LOG_LEVEL: 'warn' }, 'e2e');
  const db = await connectDatabase({ url, applicationName: 'anju-e2e' }, logger);
  try {
    await runMigrations(db, logger);
    await seedDemo(db);
    const config = parseConfig({ NODE_ENV: 'test' });
    await seedDemoAccounts(db, config);
    await seedDemoResidents(db, config);
    // Rule set v1 and 东直门街道's assessments and results; then its 8 renovation projects (as demo-street).
    await seedDemoQualification(db, config);
    await seedDemoRenovation(db, config);
    // Contracts, households, bills and payments of 东中街36号楼 and the seven compounds after it (2020-07 to 2021-06).
    await seedDemoFees(db, config);
    // 樱花园小区's gate devices and four weeks of hourly rollups up to now.
    await seedDemoGateOperations(db);
    // Three weeks of 12345 calls and tickets, 樱花园小区's hotline settings and the pinyin search index.
    await seedDemoHotline(db, config);
  } finally {
    await db.destroy();
  }
}

export async function startStack(): Promise<Stack> {
  const distDir = process.env.ANJU_WEB_DIST_DIR ?? '.next';
  if (!existsSync(path.join(WEB_ROOT, distDir, 'BUILD_ID'))) {
    throw new Error(`The web app is not built (web/${distDir}/BUILD_ID is missing): run \`npm run build -w @anju/web\` first`);
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
      env: {
        ...process.env,
        DATABASE_URL: url,
        API_HOST: '127.0.0.1',
        API_PORT: String(apiPort),
        LOG_LEVEL: 'warn',
        // Every test signs in from 127.0.0.1: the per-address login limit would soon refuse them.
        LOGIN_ATTEMPTS_IP_PER_15_MIN: '10000',
        RATE_LIMIT_IP_PER_MINUTE: '100000',
      },
    });
    children.push(api);
    await waitForHttp(`http://127.0.0.1:${apiPort}/readyz`, api);

    // Ledger imports run as jobs: one worker on queue `fees`, in the same database.
    const worker = new Child('fees worker', [require.resolve('tsx/cli'), 'web/e2e/fees-worker.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    });
    children.push(worker);
    await waitForLine(worker, 'fees worker ready');

    const graphqlUrl = `http://127.0.0.1:${apiPort}/graphql`;
    const totpSecrets: Record<string, string> = {};
    let adminToken = '';
    for (const username of TOTP_ACCOUNTS) {
      const { secret, token } = await enrolTotp(graphqlUrl, username);
      totpSecrets[username] = secret;
      if (username === 'demo-admin') adminToken = token;
    }

    const webPort = await freePort();
    const web = new Child('web', [require.resolve('next/dist/bin/next'), 'start', '-p', String(webPort), '-H', '127.0.0.1'], {
      cwd: WEB_ROOT,
      // Jest sets NODE_ENV=test; the built app must run as it does in production.
      env: { ...process.env, NODE_ENV: 'production', ANJU_API_URL: `http://127.0.0.1:${apiPort}`, NEXT_TELEMETRY_DISABLED: '1' },
    });
    children.push(web);
    const webUrl = `http://127.0.0.1:${webPort}`;
    await waitForHttp(webUrl, web);

    return { webUrl, graphqlUrl, totpSecrets, adminToken, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
