/**
 * `npm run bench:import`: the property-fee ledger import end to end on a 100,000-row .xlsx file
 * (every row validated and, in the same pass, stored in one transaction committed only when all
 * are valid, through FeeService.runImport, the job's own code), against exceljs's streaming reader
 * alone on the same file in the same run: three trials, each a bare read then an import of a file
 * of its own compound, compared by their medians. Written to docs/benchmarks.md between the
 * bench:import markers.
 *
 * Options: --rows N (100000).
 */
import 'reflect-metadata';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { SYSTEM_SCOPE } from '../api/src/auth/scope';
import type { Compound } from '../api/src/compounds/compound.entity';
import { parseConfig } from '../api/src/config';
import { connectDatabase, runMigrations } from '../api/src/db/connect';
import { placeOf } from '../api/src/fees/fee.service';
import { billFen, writeLedger } from '../api/src/fees/ledger';
import { createServices } from '../api/src/services';
import { DEMO_IDS, seedDemo } from '../seeds';
import { machine, now, withScratchDatabase, writeSection } from './harness';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const ROWS = Number(values.rows);
const MONTH = '2021-07';

/** A large compound's month: 100 buildings × 10 units × 100 flats, 40-120 m², four in five paying. */
function* ledgerRows(compoundId: string): Generator<(string | number | null)[]> {
  for (let i = 0; i < ROWS; i++) {
    const area = 4000 + ((i * 7919) % 8001);
    const bill = billFen(area, 100) / 100;
    const pays = i % 5 !== 0;
    yield [
      compoundId,
      String(Math.floor(i / 1000) + 1),
      String((Math.floor(i / 100) % 10) + 1),
      String((i % 100) + 101),
      area / 100,
      MONTH,
      bill,
      pays ? bill : 0,
      pays ? `${MONTH}-${String((i % 27) + 1).padStart(2, '0')}` : null,
    ];
  }
}

/** exceljs's streaming reader alone: every row of the first sheet, each cell value touched once. */
async function bareRead(file: string): Promise<number> {
  const started = performance.now();
  let rows = 0;
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows += 1;
      cells += (row.values as unknown[]).length;
    }
  }
  if (rows !== ROWS + 1 || cells === 0) throw new Error(`read ${rows} rows, expected ${ROWS + 1}`);
  return (performance.now() - started) / 1000;
}

/** Bare read and import alternate, each on a file of its own compound: the same number of trials for both. */
const TRIALS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-bench-import-'));
  try {
    await withScratchDatabase('anju_bench_import', async (url) => {
      const logger = pino({ level: 'warn' });
      const db = await connectDatabase({ url, applicationName: 'anju-bench-import', poolSize: 4 }, logger);
      try {
        await runMigrations(db, logger);
        await seedDemo(db);
        const services = createServices(db, parseConfig({ NODE_ENV: 'test' }));
        // Each trial imports a first ledger (every household new) for a compound of its own.
        const others = (await db.query(
          `SELECT id FROM compound c WHERE id <> $1 AND NOT EXISTS (SELECT 1 FROM fee_household h WHERE h.compound_id = c.id)
            ORDER BY id LIMIT $2`,
          [DEMO_IDS.dongzhongjie36, TRIALS - 1],
        )) as { id: string }[];
        const compounds: Compound[] = [];
        for (const id of [DEMO_IDS.dongzhongjie36, ...others.map((o) => o.id)]) {
          const compound = await services.compounds.get(id, SYSTEM_SCOPE);
          await db.transaction((m) =>
            services.fees.saveContract(m, compound, { company: '基准物业', startDate: '2020-07-01', feePerM2: 1 }),
          );
          compounds.push(compound);
        }
        if (compounds.length < TRIALS)
          throw new Error(`the demo has ${compounds.length} compounds without households, fewer than ${TRIALS}`);

        const written = performance.now();
        const files: string[] = [];
        for (const [i, compound] of compounds.entries()) {
          files.push(path.join(dir, `ledger-${i}.xlsx`));
          await writeLedger(files[i]!, ledgerRows(compound.id));
        }
        const writeSeconds = (performance.now() - written) / compounds.length / 1000;
        const bytes = fs.statSync(files[0]!).size;

        const reads: number[] = [];
        const imports: number[] = [];
        for (const [i, compound] of compounds.entries()) {
          reads.push(await bareRead(files[i]!));
          const content = fs.readFileSync(files[i]!);
          const started = performance.now();
          const { row } = await db.transaction((m) =>
            services.fees.submitImport(m, placeOf(compound), `${MONTH}-01`, content, 'ledger.xlsx', { id: null, scope: SYSTEM_SCOPE }),
          );
          const result = await services.fees.runImport(row.id);
          imports.push((performance.now() - started) / 1000);
          if (result?.state !== 'DONE' || result.rows !== ROWS) throw new Error(`import ended ${JSON.stringify(result)}`);
        }
        const [{ bills }] = (await db.query(`SELECT count(*)::int AS bills FROM fee_bill WHERE month = $1`, [`${MONTH}-01`])) as [
          { bills: number },
        ];
        if (bills !== ROWS * TRIALS) throw new Error(`stored ${bills} bills, expected ${ROWS * TRIALS}`);

        const again = performance.now();
        const { row: second } = await db.transaction((m) =>
          services.fees.submitImport(m, placeOf(compounds[0]!), `${MONTH}-01`, fs.readFileSync(files[0]!), 'ledger-again.xlsx', {
            id: null,
            scope: SYSTEM_SCOPE,
          }),
        );
        await services.fees.runImport(second.id);
        const sameFileSeconds = (performance.now() - again) / 1000;

        const readSeconds = median(reads);
        const importSeconds = median(imports);
        const rate = (seconds: number) => Math.round(ROWS / seconds).toLocaleString('en-US');
        const ratio = readSeconds / importSeconds;
        const each = reads.map((r, i) => `${(r / imports[i]!).toFixed(2)}x`).join(', ');
        const section = [
          `Run ${now()} UTC on ${machine()}; ${ROWS.toLocaleString('en-US')} rows per file, ${(bytes / 1024 / 1024).toFixed(1)} MB (written in ${writeSeconds.toFixed(1)} s); ${TRIALS} trials, each a bare read then an import of its own compound's file; medians.`,
          '',
          '| path | median seconds | rows/s | trials (s) |',
          '| --- | ---: | ---: | --- |',
          `| exceljs streaming reader alone | ${readSeconds.toFixed(2)} | ${rate(readSeconds)} | ${reads.map((r) => r.toFixed(2)).join(', ')} |`,
          `| whole import: read + validate + store (one transaction) | ${importSeconds.toFixed(2)} | ${rate(importSeconds)} | ${imports.map((r) => r.toFixed(2)).join(', ')} |`,
          `| the same file again (same import: nothing to do) | ${sameFileSeconds.toFixed(2)} | – | |`,
          '',
          `Whole import / bare read (medians): **${ratio.toFixed(2)}x** (target ≥ 0.5x): ${ratio >= 0.5 ? 'met' : 'NOT met'}. Trial by trial: ${each}.`,
        ].join('\n');
        writeSection('import', section);
        process.stdout.write(section + '\n');
      } finally {
        await db.destroy();
      }
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
