/**
 * The platform orchestrator, started by scripts/start.ts in its own process group. Without
 * DATABASE_URL it starts a real embedded PostgreSQL (data under .data/, kept between runs) and runs
 * BullMQ on it; with DATABASE_URL (and optionally REDIS_URL) it uses those services. Then it
 * prepares the database, builds the dashboard when its sources changed, and runs API, workers and
 * dashboard as child processes until it is told to stop (SIGTERM, SIGINT, or its launcher going away).
 */
import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { databaseMode, loadConfig } from '../api/src/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../api/src/db/embedded';
import { createLogger } from '../api/src/logger';
import { DEMO_PASSWORD } from '../seeds';
import { prepareDatabase } from './prepare-database';

const ROOT = path.join(__dirname, '..');
const WEB = path.join(ROOT, 'web');

/** Newest modification time under a path (files only), to tell whether a build is stale. */
function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === '.next' || entry === 'e2e') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function webBuildIsStale(): boolean {
  const buildId = path.join(WEB, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return newestMtime(WEB) > built || newestMtime(path.join(ROOT, 'schema.graphql')) > built;
}

/** A connection URL fit for the console: the password replaced by ***. */
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config, 'anju');
  const mode = databaseMode(config);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve(ROOT, config.EMBEDDED_PG_DIR),
      port: config.EMBEDDED_PG_PORT,
      database: 'anju',
      logger,
    });
    databaseUrl = embedded.url;
  }

  const children: { name: string; process: ChildProcess }[] = [];
  let stopping = false;
  const stopAll = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    logger.info(embedded ? 'stopping anju: dashboard, API and workers first, then the database' : 'stopping anju');
    await Promise.all(
      children.map(
        ({ name, process: child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => {
              logger.warn({ name }, 'did not stop in time; killing');
              child.kill('SIGKILL');
            }, config.SHUTDOWN_TIMEOUT_MS + 5000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    if (embedded) {
      await embedded.stop();
      logger.info('embedded PostgreSQL stopped; data kept in ' + config.EMBEDDED_PG_DIR);
    }
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  // The launcher holds the IPC channel; if it dies without a signal reaching us, stop anyway.
  process.on('disconnect', () => void stopAll(0));

  try {
    const { demoAccounts } = await prepareDatabase(databaseUrl, config, logger);

    if (webBuildIsStale()) {
      logger.info('building the dashboard (first start, or its sources changed); this takes a minute');
      const build = spawnSync('npm', ['run', 'build', '-w', '@anju/web'], { cwd: ROOT, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('the dashboard build failed');
    }

    const env = { ...process.env, DATABASE_URL: databaseUrl };
    const run = (name: string, args: string[], cwd: string, extra: NodeJS.ProcessEnv = {}) => {
      const child = spawn(process.execPath, args, { cwd, env: { ...env, ...extra }, stdio: 'inherit' });
      child.on('exit', (code, signal) => {
        if (stopping) return;
        logger.error({ name, code, signal }, 'a platform process exited unexpectedly; stopping everything');
        void stopAll(1);
      });
      children.push({ name, process: child });
      return child;
    };
    const api = run('api', ['--import', 'tsx', 'api/src/main.ts'], ROOT);
    run('workers', ['--import', 'tsx', 'workers/src/main.ts'], ROOT);
    const web = run('web', [require.resolve('next/dist/bin/next', { paths: [WEB] }), 'start', '-p', String(config.WEB_PORT)], WEB, {
      ANJU_API_URL: `http://127.0.0.1:${config.API_PORT}`,
      PORT: String(config.WEB_PORT),
    });

    await waitFor(`http://127.0.0.1:${config.API_PORT}/readyz`, api, 60000);
    await waitFor(`http://127.0.0.1:${config.WEB_PORT}/`, web, 60000);

    const lines = [
      '',
      '  安居 anju is running',
      `    Dashboard    http://localhost:${config.WEB_PORT}`,
      `    GraphQL API  http://localhost:${config.API_PORT}/graphql`,
      `    Database     ${mode === 'embedded' ? `embedded PostgreSQL (${config.EMBEDDED_PG_DIR}, port ${config.EMBEDDED_PG_PORT})` : withoutPassword(databaseUrl)}`,
      `    Queue        ${config.REDIS_URL ? 'BullMQ on Redis (REDIS_URL)' : 'BullMQ on PostgreSQL'}`,
      ...(demoAccounts.length > 0
        ? [`    Demo logins  ${demoAccounts.join(', ')}`, `                 password ${DEMO_PASSWORD} (roles in README.md; demo only)`]
        : []),
      '  Press Ctrl-C to stop.',
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');
  } catch (error) {
    logger.error({ err: error }, 'anju failed to start');
    await stopAll(1);
  }
}

void main();
