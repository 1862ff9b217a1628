import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { createDataSource, type DataSourceOptions } from './data-source';

/** Opens the pool; the caller owns `destroy()`. */
export async function connectDatabase(options: DataSourceOptions, logger: Logger): Promise<DataSource> {
  const db = createDataSource(options);
  await db.initialize();
  logger.debug({ applicationName: options.applicationName }, 'database connected');
  return db;
}

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export async function runMigrations(db: DataSource, logger: Logger): Promise<string[]> {
  const applied = await db.runMigrations({ transaction: 'each' });
  for (const m of applied) logger.info({ migration: m.name }, 'migration applied');
  return applied.map((m) => m.name);
}
