/**
 * `npm run fees:sample`: writes docs/samples/ledger-sample.xlsx, a valid monthly ledger of
 * 东中街36号楼 for July 2021 (the month after the demo's fee data ends), with the demo's own
 * households and areas at 1 yuan per m². Import it in the demo with month 2021-07.
 */
import fs from 'node:fs';
import path from 'node:path';
import { billFen, writeLedger } from '../api/src/fees/ledger';
import { DEMO_IDS, demoRows } from '../seeds';
import { FEE_PER_M2, demoFeeHouseholds } from '../seeds/fees';

const MONTH = '2021-07';
const PAYING_SHARE = 0.93;

async function main(): Promise<void> {
  const compound = demoRows().compounds.find((c) => c.id === DEMO_IDS.dongzhongjie36);
  if (!compound) throw new Error('东中街36号楼 is missing from the demo rows');
  const rows = demoFeeHouseholds(compound.id, compound.buildings, compound.households).map((h) => {
    const bill = billFen(h.area, FEE_PER_M2 * 100) / 100;
    const pays = h.threshold < PAYING_SHARE;
    return [
      compound.id,
      h.building,
      h.unit,
      h.room,
      h.area / 100,
      MONTH,
      bill,
      pays ? bill : 0,
      pays ? `${MONTH}-${String(h.day).padStart(2, '0')}` : null,
    ];
  });
  const file = path.join(__dirname, '..', 'docs', 'samples', 'ledger-sample.xlsx');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await writeLedger(file, rows);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}: ${rows.length} households of ${compound.name}, ${MONTH}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`fees:sample failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
