/**
 * `npm run bench:import`: the property-fee ledger import end to end on a 100,000-row .xlsx file
 * (every row validated and, in the same pass, stored in one transaction committed only when all
 * are valid, through FeeService.runImport, the job's own code), against exceljs's streaming reader
 * alone on the same file in the same run. Written to docs/benchmarks.md between the bench:import
 * markers.
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

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-bench-import-'));
  const file = path.join(dir, 'ledger.xlsx');
  try {
    await withScratchDatabase('anju_bench_import', async (url) => {
      const logger = pino({ level: 'warn' });
      const db = await connectDatabase({ url, applicationName: 'anju-bench-import', poolSize: 4 }, logger);
      try {
        await runMigrations(db, logger);
        await seedDemo(db);
        const services = createServices(db, parseConfig({ NODE_ENV: 'test' }));
        const compound = await services.compounds.get(DEMO_IDS.dongzhongjie36, SYSTEM_SCOPE);
        await db.transaction((m) => services.fees.saveContract(m, compound, { company: '基准物业', startDate: '2020-07-01', feePerM2: 1 }));

        const written = performance.now();
        await writeLedger(file, ledgerRows(compound.id));
        const writeSeconds = (performance.now() - written) / 1000;
        const bytes = fs.statSync(file).size;

        // The bare read runs before and after the import; the faster one is the baseline.
        const readFirst = await bareRead(file);
        const content = fs.readFileSync(file);
        const started = performance.now();
        const { row } = await db.transaction((m) =>
          services.fees.submitImport(m, placeOf(compound), `${MONTH}-01`, content, 'ledger.xlsx', { id: null, scope: SYSTEM_SCOPE }),
        );
        const result = await services.fees.runImport(row.id);
        const importSeconds = (performance.now() - started) / 1000;
        if (result?.state !== 'DONE' || result.rows !== ROWS) throw new Error(`import ended ${JSON.stringify(result)}`);
        const readSeconds = Math.min(readFirst, await bareRead(file));
        const [{ bills }] = (await db.query(`SELECT count(*)::int AS bills FROM fee_bill`)) as [{ bills: number }];
        if (bills !== ROWS) throw new Error(`stored ${bills} bills, expected ${ROWS}`);

        const again = performance.now();
        const { row: second } = await db.transaction((m) =>
          services.fees.submitImport(m, placeOf(compound), `${MONTH}-01`, Buffer.concat([content]), 'ledger-again.xlsx', {
            id: null,
            scope: SYSTEM_SCOPE,
          }),
        );
        await services.fees.runImport(second.id);
        const sameFileSeconds = (performance.now() - again) / 1000;

        const rate = (seconds: number) => Math.round(ROWS / seconds).toLocaleString('en-US');
        const ratio = readSeconds / importSeconds;
        const section = [
          `Run ${now()} UTC on ${machine()}; ${ROWS.toLocaleString('en-US')} rows, file ${(bytes / 1024 / 1024).toFixed(1)} MB (written in ${writeSeconds.toFixed(1)} s).`,
          '',
          '| path | seconds | rows/s |',
          '| --- | ---: | ---: |',
          `| exceljs streaming reader alone | ${readSeconds.toFixed(2)} | ${rate(readSeconds)} |`,
          `| whole import: read + validate + store (one transaction) | ${importSeconds.toFixed(2)} | ${rate(importSeconds)} |`,
          `| the same file again (same import: nothing to do) | ${sameFileSeconds.toFixed(2)} | – |`,
          '',
          `Whole import / bare read: **${ratio.toFixed(2)}x** (target ≥ 0.5x): ${ratio >= 0.5 ? 'met' : 'NOT met'}.`,
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
