import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LEDGER_COLUMNS, LEDGER_SHEET, checkLedger, declaredRows, writeLedger } from './ledger';

const COMPOUND = '00000000-0000-4000-8000-000000000001';
const ROWS = 12_000;

function* rows(): Generator<(string | number)[]> {
  for (let i = 0; i < ROWS; i++) yield [COMPOUND, String(1 + Math.floor(i / 100)), '1', String(101 + (i % 100)), 50, '2020-11', 50, 0];
}

/** A ledger as Excel saves it: the sheet declares its dimension (exceljs's streaming writer does not). */
async function excelStyleLedger(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(LEDGER_SHEET);
  sheet.addRow([...LEDGER_COLUMNS]);
  for (const row of rows()) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('ledger import progress', () => {
  it('reads the row count a sheet declares, and nothing from files that declare none', async () => {
    expect(await declaredRows(await excelStyleLedger())).toBe(ROWS + 1);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-ledger-'));
    try {
      const streamed = path.join(dir, 'streamed.xlsx');
      await writeLedger(streamed, rows());
      expect(await declaredRows(fs.readFileSync(streamed))).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(await declaredRows(Buffer.from('not a zip'))).toBeNull();
  });

  it('follows the rows read when the sheet declares its size', async () => {
    const shares: number[] = [];
    await checkLedger(await excelStyleLedger(), { compoundId: COMPOUND, month: '2020-11', feeFenPerM2: 100 }, async () => new Set(), {
      onProgress: async (progress) => void shares.push(progress.share),
    });
    expect(shares).toHaveLength(3);
    expect(shares[0]).toBeCloseTo(5000 / (ROWS + 1), 3);
    expect(shares[1]).toBeCloseTo(10_000 / (ROWS + 1), 3);
    expect(shares[2]).toBe(1);
  });
});
