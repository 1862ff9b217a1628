import 'reflect-metadata';
import { Client } from 'pg';
import net from 'node:net';
import { createDataSource } from '../api/src/db/data-source';
import { TEST_ADMIN_URL, TEST_REDIS_URL, databaseUrl, templateDb } from './env';

const NEEDS = `The tests need PostgreSQL (TEST_DATABASE_URL, default ${TEST_ADMIN_URL}) and Redis (TEST_REDIS_URL, default ${TEST_REDIS_URL}).
Start them with:
  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no`;

/** A raw PING over TCP: enough to know Redis answers, without a client library at the root. */
function checkRedis(): Promise<void> {
  const url = new URL(TEST_REDIS_URL);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 6379) });
    socket.setTimeout(2000, () => socket.destroy(new Error('Redis did not answer within 2 s')));
    socket.once('error', reject);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.end();
      if (data.toString().startsWith('+PONG')) resolve();
      else reject(new Error(`unexpected Redis answer: ${data.toString().trim()}`));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Databases left by an interrupted run would pile up. Test databases and templates carry the pid
 * of the process that made them; only those whose process is gone are dropped, so a second run
 * at the same time is left alone.
 */
async function dropLeftovers(admin: Client): Promise<void> {
  const found = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^anju_(t|tpl)_[0-9]+'`);
  for (const { datname } of found.rows) {
    const pid = Number(/^anju_(?:t|tpl)_(\d+)/.exec(datname)?.[1]);
    if (!alive(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

/** Builds the migrated template database once per run; each test file clones it. */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: TEST_ADMIN_URL });
  try {
    await admin.connect();
    await checkRedis();
  } catch (error) {
    await admin.end().catch(() => undefined);
    throw new Error(`${NEEDS}\n(${error instanceof Error ? error.message : String(error)})`);
  }
  const template = templateDb();
  process.env.ANJU_TEST_TEMPLATE = template;
  try {
    await dropLeftovers(admin);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${template} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  } finally {
    await admin.end();
  }
  const db = createDataSource({ url: databaseUrl(template) });
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
}
