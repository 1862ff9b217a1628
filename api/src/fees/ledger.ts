import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Readable } from 'node:stream';
import { beijingDay } from '../common/time';
import { isUuid } from '../graphql/ids';
import { LedgerErrorKind } from './fee.enums';

/**
 * The monthly ledger (物业费台账) as an .xlsx file: one worksheet, header in row 1, one household
 * per row from row 2, columns in this order. Further worksheets (such as the template's 说明) are
 * ignored. Documented in docs/api.md ("Property fees").
 */
export const LEDGER_COLUMNS = ['小区编号', '楼号', '单元', '房号', '建筑面积', '月份', '应收', '实收', '缴费日期'] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];
export const LEDGER_SHEET = '台账';

/** Largest file accepted: a compound's month is a few hundred rows; 20 MB holds well over 300,000. */
export const LEDGER_MAX_BYTES = 20 * 1024 * 1024;
/** A flat or shop larger than this is a typo (an extra digit), not a household. */
export const AREA_MAX_M2 = 2000;
/** Errors kept per import; error_count still counts every one. */
export const LEDGER_MAX_ERRORS = 50_000;

const PLACE_FIELD = /^[\p{L}\p{N}-]{1,16}$/u;
const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** One valid ledger row, amounts in fen (integer cents) so sums and comparisons are exact. */
export interface LedgerRow {
  row: number;
  building: string;
  unit: string;
  room: string;
  areaCentiM2: number;
  billFen: number;
  paidFen: number;
  paidOn: string | null;
}

export interface LedgerError {
  sheet: string;
  row: number;
  column: string;
  kind: LedgerErrorKind;
  reason: string;
}

export interface LedgerExpectations {
  compoundId: string;
  /** YYYY-MM */
  month: string;
  /** The contract's fee in fen per m² per month. */
  feeFenPerM2: number;
}

type Cell = string | number | Date | boolean | null;

/** The plain value of a cell, whatever exceljs made of it (rich text, formula results, links). */
export function cellValue(raw: unknown): Cell {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') {
    const text = raw.trim();
    return text === '' ? null : text;
  }
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    const o = raw as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(o.richText)) return cellValue(o.richText.map((r) => r.text).join(''));
    if ('result' in o) return cellValue(o.result);
    if ('text' in o) return cellValue(o.text);
  }
  return null;
}

function text(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

/** Amounts and areas: a number with at most 2 decimals, as hundredths; null when not one. */
function hundredths(cell: Cell): number | null {
  const value = typeof cell === 'number' ? cell : typeof cell === 'string' && DECIMAL_TEXT.test(cell) ? Number(cell) : NaN;
  if (!Number.isFinite(value)) return null;
  const scaled = Math.round(value * 100);
  return Math.abs(value * 100 - scaled) < 1e-6 ? scaled : null;
}

function excelSerialDay(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** The day as YYYY-MM-DD when it is on the calendar (plain arithmetic: this runs for every paid row). */
function validDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A calendar day from a date cell, an Excel serial number or text such as 2020-07-15 / 2020年7月15日. */
function dayOf(cell: Cell): string | null {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return excelSerialDay(cell);
  if (typeof cell !== 'string') return null;
  const m = DATE_TEXT.exec(cell);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** YYYY-MM from a date cell, a serial number or text such as 2020-07 / 2020年7月. */
function monthOf(cell: Cell): string | null {
  if (typeof cell === 'string') {
    const m = MONTH_TEXT.exec(cell);
    if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]!.padStart(2, '0')}` : null;
  }
  return dayOf(cell)?.slice(0, 7) ?? null;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The bill of a household: area × fee, rounded half up to the fen (as PostgreSQL's round() does). */
export function billFen(areaCentiM2: number, feeFenPerM2: number): number {
  return Math.round((areaCentiM2 * feeFenPerM2) / 100);
}

/** Each column's letter by its header (A-I). */
const COLUMN = Object.fromEntries(LEDGER_COLUMNS.map((name, i) => [name, columnLetter(i)])) as Record<LedgerColumn, string>;

/**
 * Checks a ledger row by row and keeps every error (never stopping at the first). Rows naming
 * another compound are settled in `finish`, once the caller has looked those ids up in the
 * importer's scope: an id outside it reads exactly like an unknown one. A valid row costs no
 * allocation beyond its LedgerRow and household key (it runs 100,000 times per large ledger);
 * the error messages are built only for rows that fail.
 */
export class LedgerValidator {
  readonly errors: LedgerError[] = [];
  private sheet = LEDGER_SHEET;
  private headerSeen = false;
  private readonly households = new Map<string, number>();
  private readonly foreign = new Map<string, { row: number }[]>();
  private readonly invalidRows = new Set<number>();
  private validRows = 0;
  private errorCount = 0;
  private readonly today = beijingDay();

  constructor(private readonly expect: LedgerExpectations) {}

  get totalErrors(): number {
    return this.errorCount;
  }

  get dataRows(): number {
    return this.validRows + this.invalidRows.size;
  }

  fail(row: number, column: string, kind: LedgerErrorKind, reason: string): void {
    this.errorCount += 1;
    if (row > 1) this.invalidRows.add(row);
    if (this.errors.length < LEDGER_MAX_ERRORS) this.errors.push({ sheet: this.sheet, row, column, kind, reason });
  }

  /** Row 1 of the data sheet. */
  header(sheet: string, values: Cell[]): void {
    this.sheet = sheet;
    this.headerSeen = true;
    LEDGER_COLUMNS.forEach((name, i) => {
      const got = text(values[i] ?? null);
      if (got !== name) {
        this.fail(
          1,
          columnLetter(i),
          LedgerErrorKind.BAD_HEADER,
          `第 ${i + 1} 列应为「${name}」, 实为「${got || '空'}」 (column must be ${name})`,
        );
      }
    });
  }

  /**
   * A data row (2 and on); cells in LEDGER_COLUMNS order. Returns the row when it is valid, null
   * when it is not (its errors recorded) or entirely empty (skipped).
   */
  row(row: number, values: Cell[]): LedgerRow | null {
    let empty = true;
    for (const value of values) {
      if (value !== null) {
        empty = false;
        break;
      }
    }
    if (empty) return null;
    const before = this.errorCount;

    // The import's own compound id, as the template writes it, needs no parsing.
    const compoundCell = values[0] ?? null;
    if (compoundCell !== this.expect.compoundId) this.otherCompound(row, compoundCell);

    const building = text(values[1] ?? null);
    const unit = text(values[2] ?? null);
    const room = text(values[3] ?? null);
    const buildingOk = this.placeField(row, '楼号', building, true);
    const unitOk = this.placeField(row, '单元', unit, false);
    const roomOk = this.placeField(row, '房号', room, true);
    if (buildingOk && unitOk && roomOk) {
      const key = `${building}\u0000${unit}\u0000${room}`;
      const first = this.households.get(key);
      if (first !== undefined) {
        this.fail(
          row,
          COLUMN.房号,
          LedgerErrorKind.DUPLICATE_ROW,
          `与第 ${first} 行是同一户 (${building}号楼${unit ? `${unit}单元` : ''}${room}) (duplicate of row ${first})`,
        );
      } else {
        this.households.set(key, row);
      }
    }

    const areaCell = values[4] ?? null;
    const area = hundredths(areaCell);
    const areaOk = area !== null && area > 0 && area <= AREA_MAX_M2 * 100;
    if (!areaOk) {
      this.fail(
        row,
        COLUMN.建筑面积,
        LedgerErrorKind.BAD_AREA,
        `建筑面积「${text(areaCell) || '空'}」应为大于 0、不超过 ${AREA_MAX_M2} 的数, 最多两位小数 (area must be 0-${AREA_MAX_M2} m²)`,
      );
    }

    const monthCell = values[5] ?? null;
    if (monthCell !== this.expect.month && monthOf(monthCell) !== this.expect.month) {
      this.fail(
        row,
        COLUMN.月份,
        LedgerErrorKind.WRONG_MONTH,
        `月份「${text(monthCell) || '空'}」与本次导入的月份 ${this.expect.month} 不符 (month must be ${this.expect.month})`,
      );
    }

    const bill = this.amount(row, COLUMN.应收, '应收', values[6] ?? null, true);
    const paid = this.amount(row, COLUMN.实收, '实收', values[7] ?? null, false);
    if (bill !== null && areaOk) {
      const expected = billFen(area, this.expect.feeFenPerM2);
      if (bill !== expected) {
        this.fail(
          row,
          COLUMN.应收,
          LedgerErrorKind.BILL_MISMATCH,
          `应收 ${yuan(bill)} 元与合同不符: ${yuan(area)} m² × ${yuan(this.expect.feeFenPerM2)} 元 = ${yuan(expected)} 元 (bill must be area × fee)`,
        );
      }
    }

    const paidOnCell = values[8] ?? null;
    let paidOn: string | null = null;
    if (paid !== null && paid > 0) {
      paidOn = dayOf(paidOnCell);
      if (paidOn === null || paidOn > this.today) {
        this.fail(
          row,
          COLUMN.缴费日期,
          LedgerErrorKind.BAD_DATE,
          `实收大于 0 时须填写不晚于今天的缴费日期, 实为「${text(paidOnCell) || '空'}」 (a payment needs a date, not in the future)`,
        );
      }
    } else if (paid === 0 && paidOnCell !== null) {
      this.fail(row, COLUMN.缴费日期, LedgerErrorKind.BAD_DATE, '实收为 0 时不应填写缴费日期 (no payment, no date)');
    }

    if (this.errorCount !== before) {
      this.invalidRows.add(row);
      return null;
    }
    this.validRows += 1;
    return { row, building, unit, room, areaCentiM2: area!, billFen: bill!, paidFen: paid!, paidOn };
  }

  /** Compound ids other than the import's that the rows name (to be looked up in the importer's scope). */
  foreignCompounds(): string[] {
    return [...this.foreign.keys()];
  }

  /** Settles the rows naming other compounds and orders the errors by row and column. */
  finish(inScope: ReadonlySet<string>): { errors: LedgerError[]; errorCount: number } {
    if (!this.headerSeen) {
      this.fail(1, 'A', LedgerErrorKind.EMPTY_LEDGER, '文件中没有工作表 (the file has no worksheet)');
    } else if (this.dataRows === 0) {
      this.fail(2, 'A', LedgerErrorKind.EMPTY_LEDGER, '台账没有数据行 (the ledger has no rows)');
    }
    for (const [id, rows] of this.foreign) {
      for (const { row } of rows) {
        // Counted already in row(); only the entry is added here.
        this.errorCount -= 1;
        if (inScope.has(id)) {
          this.fail(
            row,
            COLUMN.小区编号,
            LedgerErrorKind.COMPOUND_MISMATCH,
            `小区编号 ${id} 不是本次导入的小区 (another compound than the import's)`,
          );
        } else {
          this.fail(
            row,
            COLUMN.小区编号,
            LedgerErrorKind.UNKNOWN_COMPOUND,
            `小区编号「${id}」不存在或不在您的管辖范围内 (unknown compound)`,
          );
        }
      }
    }
    const order = (e: LedgerError) => e.column.length * 100 + e.column.charCodeAt(e.column.length - 1);
    this.errors.sort((a, b) => a.row - b.row || order(a) - order(b));
    return { errors: this.errors, errorCount: this.errorCount };
  }

  /** Column A when it is not the import's compound: not a compound id, or one settled in finish(). */
  private otherCompound(row: number, cell: Cell): void {
    const compound = text(cell).toLowerCase();
    if (!isUuid(compound)) {
      this.fail(
        row,
        COLUMN.小区编号,
        LedgerErrorKind.UNKNOWN_COMPOUND,
        `小区编号「${compound || '空'}」不存在或不在您的管辖范围内 (unknown compound)`,
      );
    } else if (compound !== this.expect.compoundId) {
      // Settled in finish(): in the importer's scope or not.
      const list = this.foreign.get(compound) ?? [];
      list.push({ row });
      this.foreign.set(compound, list);
      this.errorCount += 1;
      this.invalidRows.add(row);
    }
  }

  /** 楼号, 单元 or 房号: 1-16 letters, digits or dashes; true when acceptable. */
  private placeField(row: number, name: '楼号' | '单元' | '房号', value: string, required: boolean): boolean {
    if (value === '') {
      if (!required) return true;
      this.fail(
        row,
        COLUMN[name],
        LedgerErrorKind.MISSING_HOUSEHOLD,
        `缺少${name}, 无法确定是哪一户 (missing ${name === '楼号' ? 'building' : 'room'})`,
      );
      return false;
    }
    if (PLACE_FIELD.test(value)) return true;
    this.fail(
      row,
      COLUMN[name],
      LedgerErrorKind.MISSING_HOUSEHOLD,
      `${name}「${value}」应为 1-16 个字母、数字或连字符 (1-16 letters, digits or dashes)`,
    );
    return false;
  }

  private amount(row: number, column: string, name: string, cell: Cell, required: boolean): number | null {
    if (cell === null) {
      if (!required) return 0;
      this.fail(row, column, LedgerErrorKind.BAD_AMOUNT, `缺少${name}金额 (missing amount)`);
      return null;
    }
    const value = hundredths(cell);
    if (value === null) {
      this.fail(row, column, LedgerErrorKind.BAD_AMOUNT, `${name}「${text(cell)}」不是金额 (元, 最多两位小数) (not an amount in yuan)`);
      return null;
    }
    if (value < 0) {
      this.fail(row, column, LedgerErrorKind.NEGATIVE_AMOUNT, `${name} ${yuan(value)} 元为负数 (negative amount)`);
      return null;
    }
    return value;
  }
}

export function columnLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Feeds the file to exceljs in chunks, so progress can follow the bytes consumed. */
function chunked(file: Buffer, onBytes: (bytes: number) => void): Readable {
  const CHUNK = 64 * 1024;
  return Readable.from(
    (function* () {
      for (let at = 0; at < file.length; at += CHUNK) {
        onBytes(Math.min(at + CHUNK, file.length));
        yield file.subarray(at, at + CHUNK);
      }
    })(),
  );
}

/**
 * The first sheet's row count as its `<dimension ref="A1:I100001"/>` declares it, or null. Excel
 * and WPS write it at the top of the sheet, so only the first kilobytes are inflated. Progress
 * then follows rows: the compressed bytes exceljs has consumed say little when the shared strings
 * come after the sheet (exceljs then buffers the whole sheet before its first row).
 */
export async function declaredRows(file: Buffer): Promise<number | null> {
  try {
    const zip = await JSZip.loadAsync(file);
    const sheets = zip.file(/^xl\/worksheets\/sheet\d+\.xml$/);
    const sheetNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)![1]);
    const first = sheets.sort((a, b) => sheetNumber(a.name) - sheetNumber(b.name))[0];
    if (!first) return null;
    const stream = new Readable().wrap(first.nodeStream());
    let head = '';
    for await (const chunk of stream) {
      head += (chunk as Buffer).toString('utf8');
      if (head.includes('<sheetData') || head.length > 16_384) break;
    }
    stream.destroy();
    const match = /<dimension ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/.exec(head);
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    // Not a zip, or no readable sheet: exceljs reports that with the reason.
    return null;
  }
}

export interface ReadProgress {
  rows: number;
  /** Share of the sheet read, 0-1: of its declared rows, or else of the file's compressed bytes. */
  share: number;
}

/**
 * Streams the first worksheet of an .xlsx file through `onRow` (exceljs's streaming reader: rows
 * are never all held as cell objects). Resolves with the sheet's name; rejects when the file is
 * not a readable workbook.
 */
export async function readLedger(
  file: Buffer,
  onRow: (row: number, values: Cell[], sheet: string) => void,
  onProgress?: (progress: ReadProgress) => Promise<void>,
  progressEvery = 5000,
): Promise<void> {
  let bytes = 0;
  const declared = onProgress ? await declaredRows(file) : null;
  const share = (rows: number) => (declared ? Math.min(1, rows / declared) : bytes / file.length);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    chunked(file, (b) => {
      bytes = b;
    }),
    { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' },
  );
  let sheetIndex = 0;
  let rows = 0;
  for await (const worksheet of reader) {
    sheetIndex += 1;
    const sheet = (worksheet as unknown as { name?: string }).name ?? LEDGER_SHEET;
    for await (const row of worksheet) {
      if (sheetIndex !== 1) continue;
      const raw = row.values as unknown[];
      const values: Cell[] = [];
      for (let i = 0; i < LEDGER_COLUMNS.length; i++) values.push(cellValue(raw[i + 1]));
      onRow(row.number, values, sheet);
      rows += 1;
      if (onProgress && rows % progressEvery === 0) await onProgress({ rows, share: share(rows) });
    }
  }
  if (onProgress) await onProgress({ rows, share: 1 });
}

export interface LedgerCheck {
  errors: LedgerError[];
  errorCount: number;
  dataRows: number;
}

export interface LedgerCheckHooks {
  /**
   * Each valid row as soon as it is read, for as long as the ledger is clean: once any error is
   * found nothing of the file will be stored, so the rows after it are only checked.
   */
  onRow?: (row: LedgerRow) => void;
  onProgress?: (progress: ReadProgress) => Promise<void>;
}

/** Carries a hook's own error through the reader, so it is not taken for an unreadable file. */
class HookFailure {
  constructor(readonly error: unknown) {}
}

/**
 * Checks a whole file in one streaming pass: every row, every error. A file exceljs cannot read is
 * one UNREADABLE_FILE error; a failing hook (the store behind `onRow`, the progress report) is
 * the caller's failure and is thrown as it is.
 */
export async function checkLedger(
  file: Buffer,
  expect: LedgerExpectations,
  compoundsInScope: (ids: string[]) => Promise<ReadonlySet<string>>,
  hooks: LedgerCheckHooks = {},
): Promise<LedgerCheck> {
  const validator = new LedgerValidator(expect);
  const { onRow, onProgress } = hooks;
  try {
    await readLedger(
      file,
      (row, values, sheet) => {
        if (row === 1) return validator.header(sheet, values);
        const valid = validator.row(row, values);
        if (valid && onRow && validator.totalErrors === 0) {
          try {
            onRow(valid);
          } catch (error) {
            throw new HookFailure(error);
          }
        }
      },
      onProgress &&
        (async (progress) => {
          try {
            // Rows of data checked so far: the reader also counts the header and empty rows.
            await onProgress({ ...progress, rows: validator.dataRows });
          } catch (error) {
            throw new HookFailure(error);
          }
        }),
    );
  } catch (error) {
    if (error instanceof HookFailure) throw error.error;
    const detail = error instanceof Error ? error.message : String(error);
    return {
      errors: [
        {
          sheet: '',
          row: 0,
          column: '',
          kind: LedgerErrorKind.UNREADABLE_FILE,
          reason: `无法读取 .xlsx 文件 (not a readable .xlsx file: ${detail})`,
        },
      ],
      errorCount: 1,
      dataRows: 0,
    };
  }
  const foreign = validator.foreignCompounds();
  const result = validator.finish(foreign.length > 0 ? await compoundsInScope(foreign) : new Set());
  return { ...result, dataRows: validator.dataRows };
}

/** Checks a whole file and returns its rows: all of them when it is valid, none when it is not. */
export async function validateLedger(
  file: Buffer,
  expect: LedgerExpectations,
  compoundsInScope: (ids: string[]) => Promise<ReadonlySet<string>>,
): Promise<LedgerCheck & { rows: LedgerRow[] }> {
  const rows: LedgerRow[] = [];
  const result = await checkLedger(file, expect, compoundsInScope, { onRow: (row) => rows.push(row) });
  return { ...result, rows: result.errorCount === 0 ? rows : [] };
}

/**
 * Writes a ledger with exceljs's streaming writer (rows are flushed as they come, so a
 * 100,000-row file never sits in memory as cell objects): the sample file and the benchmark.
 */
export async function writeLedger(filename: string, rows: Iterable<(string | number | null)[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useSharedStrings: true, useStyles: false });
  workbook.creator = 'anju';
  const sheet = workbook.addWorksheet(LEDGER_SHEET);
  sheet.addRow([...LEDGER_COLUMNS]).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
