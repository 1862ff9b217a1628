/**
 * `npm run bench:hotline`: the 12345 compound search over about 10,000 compounds (the demo district
 * and a generated one of 9,900, seed 7, whose names repeat across streets), against a plain ILIKE
 * scan over name, aliases and address in the same run. Each of the 50 spoken-style queries of the
 * search test runs through both, interleaved, for several rounds after a warm-up round; the result
 * is written to docs/benchmarks.md between the bench:hotline markers.
 *
 * Options: --rounds R (5). BENCH_DATABASE_URL names the server to create the scratch database on
 * (default: the local development PostgreSQL).
 */
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { SYSTEM_SCOPE } from '../api/src/auth/scope';
import { parseConfig } from '../api/src/config';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { HotlineSearch, prepareQuery } from '../api/src/hotline/hotline-search';
import type { DataSource } from 'typeorm';
import { seedDemo, seedDemoAccounts, seedDemoResidents, seedGenerated } from '../seeds';
import { HOTLINE_FIXTURE, SPOKEN_QUERIES } from '../test/hotline-queries';
import { machine, now, percentile, withScratchDatabase, writeSection } from './harness';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const ROUNDS = Number(values.rounds);
const TARGET_P95_MS = 100;
const logger = pino({ level: 'warn' });

const ms = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e6;

/** The baseline: what a search box without the hotline's index would do, a plain ILIKE scan. */
async function scan(db: DataSource, raw: string, limit: number): Promise<string[]> {
  const pattern = `%${prepareQuery(raw).text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = (await db.query(
    `SELECT id FROM compound WHERE name ILIKE $1 OR address ILIKE $1 OR array_to_string(aliases, ' ') ILIKE $1 ORDER BY name LIMIT ${limit}`,
    [pattern],
  )) as { id: string }[];
  return rows.map((r) => r.id);
}

async function main(): Promise<void> {
  await withScratchDatabase('anju_bench_hotline', async (databaseUrl) => {
    const db = await connectDatabase({ url: databaseUrl }, logger);
    try {
      await runMigrations(db, logger);
      const config = parseConfig({ NODE_ENV: 'test' });
      await seedDemo(db);
      await seedDemoAccounts(db, config);
      await seedDemoResidents(db, config);
      await seedGenerated(db, { compounds: HOTLINE_FIXTURE.generatedCompounds, seed: HOTLINE_FIXTURE.seed });
      const search = new HotlineSearch(db);
      const indexStarted = process.hrtime.bigint();
      const { indexed } = await search.refreshIndex();
      const indexMs = ms(indexStarted);
      await db.query('ANALYZE');
      const [{ compounds }] = (await db.query(`SELECT count(*)::int AS compounds FROM compound`)) as [{ compounds: number }];
      // The machine may be shared: the load when the timing starts goes into the report.
      const load = os.loadavg()[0]!;

      const times = { search: [] as number[], scan: [] as number[] };
      let searchTop3 = 0;
      let scanTop3 = 0;
      for (let round = 0; round <= ROUNDS; round++) {
        for (const q of SPOKEN_QUERIES) {
          let started = process.hrtime.bigint();
          const hits = await search.search(q.query, 3, SYSTEM_SCOPE);
          const searchMs = ms(started);
          started = process.hrtime.bigint();
          const scanned = await scan(db, q.query, 3);
          const scanMs = ms(started);
          if (round === 0) {
            // The warm-up round counts quality only.
            if (hits.some((h) => h.name === q.name && h.streetName === q.street)) searchTop3 += 1;
            const names = (await db.query(
              `SELECT c.name, s.name AS street FROM compound c JOIN street s ON s.id = c.street_id WHERE c.id = ANY ($1)`,
              [scanned],
            )) as { name: string; street: string }[];
            if (names.some((n) => n.name === q.name && n.street === q.street)) scanTop3 += 1;
            continue;
          }
          times.search.push(searchMs);
          times.scan.push(scanMs);
        }
      }
      const stats = (list: number[]) => {
        const sorted = [...list].sort((a, b) => a - b);
        return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1]! };
      };
      const s = stats(times.search);
      const b = stats(times.scan);
      const row = (name: string, x: { p50: number; p95: number; max: number }, top3: number) =>
        `| ${name} | ${x.p50.toFixed(1)} | ${x.p95.toFixed(1)} | ${x.max.toFixed(1)} | ${top3} of ${SPOKEN_QUERIES.length} |`;
      const section = [
        `Run ${now()} UTC on ${machine()}; ${compounds.toLocaleString('en')} compounds (demo district + generated seed ${HOTLINE_FIXTURE.seed}), ` +
          `${SPOKEN_QUERIES.length} spoken-style queries × ${ROUNDS} rounds after a warm-up round, through the service (PostgreSQL round trips included, no HTTP). ` +
          `Pinyin index of ${indexed.toLocaleString('en')} compounds built in ${(indexMs / 1000).toFixed(1)} s. Load average ${load.toFixed(1)} when the timing began.`,
        '',
        '| path | p50 ms | p95 ms | slowest ms | intended compound in the top 3 |',
        '| --- | ---: | ---: | ---: | ---: |',
        row('hotline search (trigrams, pinyin, initials, scoring)', s, searchTop3),
        row('plain ILIKE scan over name, aliases, address', b, scanTop3),
        '',
        `**Against the target:** search p95 ${s.p95.toFixed(1)} ms (${s.p95 <= TARGET_P95_MS ? 'within' : 'over'} the ${TARGET_P95_MS} ms target), ` +
          `${(s.p50 / b.p50).toFixed(2)}x the ILIKE scan's p50 and ${(s.p95 / b.p95).toFixed(2)}x its p95, finding ${searchTop3} of ${SPOKEN_QUERIES.length} where ILIKE finds ${scanTop3}.`,
      ].join('\n');
      writeSection('hotline', section);
      process.stdout.write(`${section}\n`);
    } finally {
      await db.destroy();
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:hotline failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
