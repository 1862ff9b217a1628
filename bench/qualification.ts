/**
 * `npm run bench:qualification`: recomputes the closure qualification of every compound of a
 * generated district (5,000 compounds, seed 42, one generated assessment each, rule set v1 active)
 * through the service the worker's `qualification.district` job calls. Three timed runs after a
 * warm-up; the result is written to docs/benchmarks.md between the bench:qualification markers.
 *
 * Options: --compounds N (5000) --runs R (3). BENCH_DATABASE_URL names the server to create the
 * scratch database on (default: the local development PostgreSQL).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { parseConfig } from '../api/src/config';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { RECOMPUTE_BATCH } from '../api/src/qualification/qualification.service';
import { createServices } from '../api/src/services';
import { generatedDistrictCode, seedGenerated, seedGeneratedAssessments } from '../seeds';
import { machine, now, withScratchDatabase, writeSection } from './harness';

const { values } = parseArgs({ options: { compounds: { type: 'string', default: '5000' }, runs: { type: 'string', default: '3' } } });
const COMPOUNDS = Number(values.compounds);
const RUNS = Number(values.runs);
const TARGET_SECONDS = 5;
const logger = pino({ level: 'warn' });

async function main(): Promise<void> {
  await withScratchDatabase('anju_bench_qualification', async (databaseUrl) => {
    const db = await connectDatabase({ url: databaseUrl }, logger);
    try {
      await runMigrations(db, logger);
      await seedGenerated(db, { compounds: COMPOUNDS, seed: 42 });
      const [{ id: districtId }] = (await db.query(`SELECT id FROM district WHERE code = $1`, [generatedDistrictCode(42)])) as [
        { id: string },
      ];
      const assessments = await seedGeneratedAssessments(db, districtId, 42);
      await db.query('ANALYZE');
      const qualification = createServices(db, parseConfig({ NODE_ENV: 'test' })).qualification;

      await qualification.recomputeDistrict(districtId); // warm-up: first write of every row, JIT, caches
      const seconds: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const started = process.hrtime.bigint();
        const { compounds } = await qualification.recomputeDistrict(districtId);
        if (compounds !== COMPOUNDS) throw new Error(`recomputed ${compounds} compounds, expected ${COMPOUNDS}`);
        seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
      }
      seconds.sort((a, b) => a - b);
      const median = seconds[Math.floor(seconds.length / 2)]!;
      const counts = (await db.query(
        `SELECT status, count(*)::int AS n FROM qualification_result WHERE district_id = $1 GROUP BY status ORDER BY status`,
        [districtId],
      )) as { status: string; n: number }[];
      const section = [
        `Run ${now()} UTC on ${machine()}; ${COMPOUNDS} generated compounds (seed 42), ${assessments} assessments, batches of ${RECOMPUTE_BATCH}, ${RUNS} timed runs after a warm-up.`,
        '',
        '| compounds | median s | fastest s | slowest s | compounds/s (median) |',
        '| ---: | ---: | ---: | ---: | ---: |',
        `| ${COMPOUNDS} | ${median.toFixed(3)} | ${seconds[0]!.toFixed(3)} | ${seconds[seconds.length - 1]!.toFixed(3)} | ${Math.round(COMPOUNDS / median)} |`,
        '',
        `**Against the target:** ${median.toFixed(2)} s for ${COMPOUNDS} compounds, ${(TARGET_SECONDS / median).toFixed(1)}x under the ${TARGET_SECONDS} s target. ` +
          `Results: ${counts.map((c) => `${c.status} ${c.n}`).join(', ')}.`,
      ].join('\n');
      writeSection('qualification', section);
      process.stdout.write(`${section}\n`);
    } finally {
      await db.destroy();
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:qualification failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
