/**
 * `npm run seed` writes the demo data set to DATABASE_URL; `npm run seed -- --compounds 5000 --seed 42`
 * writes a generated district instead, and adding `--demo` writes both. Migrations run first, and
 * running the same command again changes nothing. Bad flags exit with code 2, other failures with 1.
 */
import 'reflect-metadata';
import { loadConfig } from '../api/src/config';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { ensureDatabase } from '../api/src/db/ensure-database';
import { createLogger } from '../api/src/logger';
import { requireDatabaseUrl } from '../api/src/process';
import { USAGE, UsageError, parseSeedArgs, type SeedPlan } from './args';
import { seedDemo } from './demo';
import { generatedDistrictCode, seedGenerated } from './generate';
import type { SeedSummary } from './write';

const SINGULAR: Record<keyof SeedSummary, string> = {
  districts: 'district',
  streets: 'street',
  communities: 'community',
  compounds: 'compound',
  gates: 'gate',
};

const summaryText = (summary: SeedSummary) =>
  (Object.keys(SINGULAR) as (keyof SeedSummary)[])
    .map((noun) => `${summary[noun]} ${summary[noun] === 1 ? SINGULAR[noun] : noun}`)
    .join(', ');

function readPlan(): SeedPlan {
  try {
    return parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`anju seed: ${error.message}; ${USAGE}\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const plan = readPlan();
  if (plan.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config, 'seed');
  const url = requireDatabaseUrl(config);
  await ensureDatabase(url, logger);
  const db = await connectDatabase({ url, applicationName: 'anju-seed' }, logger);
  try {
    await runMigrations(db, logger);
    const started = performance.now();
    const parts: string[] = [];
    if (plan.demo) parts.push(`demo: ${summaryText(await seedDemo(db))}`);
    if (plan.generated) {
      const { seed } = plan.generated;
      parts.push(`district ${generatedDistrictCode(seed)} (seed ${seed}): ${summaryText(await seedGenerated(db, plan.generated))}`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(`anju seed: ${parts.join('; ')} in ${seconds} s\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`anju seed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
