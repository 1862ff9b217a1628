import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createDataSource } from '../api/src/db/data-source';
import { TEST_ADMIN_URL, databaseUrl, templateDb } from './env';

export interface TestDatabase {
  name: string;
  url: string;
  db: DataSource;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one test file, cloned from the migrated template (milliseconds, not a
 * migration run). Call `drop()` in afterAll.
 */
export async function createTestDatabase(options: { migrated?: boolean; logger?: TypeOrmLogger } = {}): Promise<TestDatabase> {
  const name = `anju_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = options.migrated === false ? 'template0' : templateDb();
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`));
  const url = databaseUrl(name);
  const db = createDataSource({ url, logger: options.logger, poolSize: 5 });
  await db.initialize();
  return {
    name,
    url,
    db,
    drop: async () => {
      if (db.isInitialized) await db.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
