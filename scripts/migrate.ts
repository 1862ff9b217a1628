/**
 * `npm run migrate` applies pending migrations to DATABASE_URL; `npm run migrate -- --down` undoes
 * the last one. The platform's start script migrates by itself; this is for operators.
 */
import 'reflect-metadata';
import { loadConfig } from '../api/src/config';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { ensureDatabase } from '../api/src/db/ensure-database';
import { createLogger } from '../api/src/logger';
import { requireDatabaseUrl } from '../api/src/process';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config, 'migrate');
  const url = requireDatabaseUrl(config);
  await ensureDatabase(url, logger);
  const db = await connectDatabase({ url, applicationName: 'anju-migrate' }, logger);
  try {
    if (process.argv.includes('--down')) {
      await db.undoLastMigration({ transaction: 'each' });
      logger.info('last migration undone');
    } else {
      const applied = await runMigrations(db, logger);
      logger.info({ applied: applied.length }, applied.length ? 'migrations applied' : 'database is up to date');
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`anju migrate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
