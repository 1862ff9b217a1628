/**
 * Brings a database to the state the platform runs on: created with a UTF-8 ctype, migrated, and
 * (on first start, when it holds no district yet) seeded with the demo district.
 * `npm start` calls it; docker compose runs it once before the API (`tsx scripts/prepare-database.ts`).
 */
import 'reflect-metadata';
import { demoAccountsPresent } from '../api/src/auth/demo-accounts';
import { loadConfig, type Config } from '../api/src/config';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { ensureDatabase } from '../api/src/db/ensure-database';
import { createLogger, type Logger } from '../api/src/logger';
import { requireDatabaseUrl } from '../api/src/process';
import {
  seedDemo,
  seedDemoAccounts,
  seedDemoQualification,
  seedDemoResidents,
  seedDemoFees,
  seedDemoRenovation,
  seedDemoGateOperations,
  seedDemoHotline,
} from '../seeds';

/** Returns the demo accounts the database holds, for the start banner. */
export async function prepareDatabase(url: string, config: Config, logger: Logger): Promise<{ demoAccounts: string[] }> {
  await ensureDatabase(url, logger);
  const db = await connectDatabase({ url, applicationName: 'anju-prepare', poolSize: 2 }, logger);
  try {
    await runMigrations(db, logger);
    if (!config.SEED_ON_START) return { demoAccounts: await demoAccountsPresent(db) };
    const [{ count }] = (await db.query(`SELECT count(*)::int AS count FROM district`)) as [{ count: number }];
    if (count > 0) {
      logger.info('database already holds data; demo seed skipped');
      return { demoAccounts: await demoAccountsPresent(db) };
    }
    const summary = await seedDemo(db);
    const accounts = await seedDemoAccounts(db, config);
    // Synthetic people, registered as demo-community through the residents service (encrypted, audited).
    const residents = await seedDemoResidents(db, config);
    // Rule set v1, 东直门街道's assessments, and every result computed by the workers' own service.
    const qualification = await seedDemoQualification(db, config);
    // Fee contracts, households, bills and payments of the eight closed compounds, July 2020 on.
    const feeBills = await seedDemoFees(db, config);
    // 东中街36号楼 (template, closed June 2020) and the 7 under construction since July, as demo-street.
    const renovationProjects = await seedDemoRenovation(db, config);
    // 樱花园小区's gate devices and the four weeks of hourly gate rollups up to now (demo-heping sees them).
    const gateOperations = await seedDemoGateOperations(db);
    // Synthetic 12345 calls and tickets of the last three weeks, 樱花园小区's hotline settings, the pinyin index.
    const hotline = await seedDemoHotline(db, config);
    logger.info(
      { ...summary, accounts: accounts.length, residents, qualification, feeBills, renovationProjects, gateOperations, hotline },
      'demo data seeded (first start)',
    );
    return { demoAccounts: await demoAccountsPresent(db) };
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  const config = loadConfig();
  const logger = createLogger(config, 'prepare');
  prepareDatabase(requireDatabaseUrl(config), config, logger).catch((error: unknown) => {
    process.stderr.write(`anju: preparing the database failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
