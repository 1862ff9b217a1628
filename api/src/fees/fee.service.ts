import ExcelJS from 'exceljs';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestInfo, SecurityEvents, Viewer } from '../auth/auth.service';
import { scopeSql, withinScope, type Scope, type ScopedTable } from '../auth/scope';
import { LatestOnly } from '../common/latest-only';
import { beijingDay } from '../common/time';
import type { Compound } from '../compounds/compound.entity';
import type { CompoundService } from '../compounds/compound.service';
import { badInput, notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { encodeCursor, pageRequest, toPage, type ConnectionArgs, type Page } from '../graphql/pagination';
import type { JobMap } from '../queue/jobs';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH, type ExportFile } from '../residents/resident.types';
import { FeeContract, LedgerImport } from './fee.entity';
import { FeeAreaLevel, LedgerImportState } from './fee.enums';
import {
  MAX_MONTHS,
  type FeeAdoption,
  type FeeAdoptionMonth,
  type FeeAdoptionRow,
  type FeeAreaInput,
  type FeeContractInput,
  type FeeContractView,
  type LedgerImportErrorView,
  type LedgerImportView,
} from './fee.types';
import { LedgerStore } from './ledger-store';
import {
  LEDGER_COLUMNS,
  LEDGER_MAX_BYTES,
  LEDGER_SHEET,
  billFen,
  checkLedger,
  type LedgerCheck,
  type LedgerError,
  type LedgerRow,
} from './ledger';

/** Where the import job goes: the API's queue (ctx.queue). */
export interface LedgerJobs {
  enqueue(name: 'fees.import', data: JobMap['fees.import']): Promise<string>;
}

/** Progress of a running import, as the job reports it (job.updateProgress) and the table keeps it. */
export interface LedgerProgress {
  state: LedgerImportState;
  rowsTotal: number | null;
  rowsValidated: number;
  rowsStored: number;
  percent: number;
}

export interface LedgerImportSummary {
  id: string;
  state: LedgerImportState;
  rows: number;
  errorCount: number;
}

export interface Place {
  compoundId: string;
  communityId: string;
  streetId: string;
  districtId: string;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ERROR_BATCH = 5000;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** YYYY-MM → the month's first day; anything else is a BAD_USER_INPUT on `field`. */
export function parseMonth(field: string, value: string): string {
  const m = MONTH.exec(value.trim());
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12 || Number(m[1]) < 2000 || Number(m[1]) > 2100) {
    throw badInput(field, 'must be a month as YYYY-MM (2000-2100)');
  }
  return `${m[1]}-${m[2]}-01`;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 10000 : 0);
const AREA_TABLE: Record<FeeAreaLevel, ScopedTable> = {
  [FeeAreaLevel.DISTRICT]: 'district',
  [FeeAreaLevel.STREET]: 'street',
  [FeeAreaLevel.COMPOUND]: 'compound',
};
const AREA_COLUMN: Record<FeeAreaLevel, 'district_id' | 'street_id' | 'compound_id'> = {
  [FeeAreaLevel.DISTRICT]: 'district_id',
  [FeeAreaLevel.STREET]: 'street_id',
  [FeeAreaLevel.COMPOUND]: 'compound_id',
};

export function placeOf(compound: Pick<Compound, 'id' | 'communityId' | 'streetId' | 'districtId'>): Place {
  return { compoundId: compound.id, communityId: compound.communityId, streetId: compound.streetId, districtId: compound.districtId };
}

function checkReason(reason: string): string {
  const text = reason.trim();
  const length = [...text].length;
  if (length < REASON_MIN_LENGTH || length > REASON_MAX_LENGTH) {
    throw badInput('reason', `must say why, in ${REASON_MIN_LENGTH}-${REASON_MAX_LENGTH} characters`);
  }
  return text;
}

function actorOf(viewer: Viewer): { id: string; username: string; role: Viewer['role'] } {
  return { id: viewer.userId, username: viewer.username, role: viewer.role };
}

interface FigureRow {
  month: string;
  billed: string;
  billed_amount: string;
  paying: string;
  collected: string;
}

function figures(r: FigureRow): FeeAdoptionMonth {
  const householdsBilled = Number(r.billed);
  const householdsPaying = Number(r.paying);
  const amountBilled = Number(r.billed_amount);
  const amountCollected = Number(r.collected);
  return {
    month: r.month,
    householdsBilled,
    householdsPaying,
    payingShare: ratio(householdsPaying, householdsBilled),
    amountBilled,
    amountCollected,
    collectionRate: ratio(amountCollected, amountBilled),
  };
}

/**
 * Property fees: contracts, adoption figures (plain SQL aggregates over bills and payments), the
 * Excel ledger import (validate every row, then store all in one transaction, or nothing) and
 * the audited adoption export.
 */
export class FeeService {
  constructor(
    private readonly db: DataSource,
    private readonly compounds: CompoundService,
    private readonly events: SecurityEvents,
  ) {}

  // ---- contracts ----

  async contract(compoundId: string, scope: Scope): Promise<FeeContractView | null> {
    const compound = await this.compounds.get(compoundId, scope);
    return this.db.getRepository(FeeContract).findOneBy({ compoundId: compound.id });
  }

  async setContract(input: FeeContractInput, viewer: Viewer, request: RequestInfo): Promise<FeeContractView> {
    const compound = await this.compounds.get(parseId('input.compoundId', input.compoundId), viewer.scope);
    const company = input.company.trim();
    if ([...company].length < 1 || [...company].length > 100) throw badInput('input.company', 'must be 1-100 characters');
    const startDate = input.startDate.trim();
    if (
      !DAY.test(startDate) ||
      Number.isNaN(Date.parse(`${startDate}T00:00:00Z`)) ||
      new Date(`${startDate}T00:00:00Z`).toISOString().slice(0, 10) !== startDate
    ) {
      throw badInput('input.startDate', 'must be a date as YYYY-MM-DD');
    }
    const fee = Math.round(input.feePerM2 * 100);
    if (!Number.isFinite(input.feePerM2) || Math.abs(input.feePerM2 * 100 - fee) > 1e-6 || fee <= 0 || fee > 10000) {
      throw badInput('input.feePerM2', 'must be above 0 and at most 100 yuan per m² and month, with at most 2 decimals');
    }
    return this.db.transaction(async (manager) => {
      const saved = await this.saveContract(manager, compound, { company, startDate, feePerM2: fee / 100 });
      await this.events.record(
        {
          action: 'fees.contract.set',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'compound',
          targetId: compound.id,
          details: { company, startDate, feePerM2: yuan(fee) },
          request,
        },
        manager,
      );
      return saved;
    });
  }

  /** The one write path of contracts (the mutation, after its checks and with its audit entry; the seed). */
  async saveContract(
    manager: EntityManager,
    compound: Pick<Compound, 'id' | 'communityId' | 'streetId' | 'districtId'>,
    contract: { company: string; startDate: string; feePerM2: number },
  ): Promise<FeeContract> {
    await manager.query(
      `INSERT INTO fee_contract (id, compound_id, community_id, street_id, district_id, company, start_date, fee_per_m2)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (compound_id) DO UPDATE SET company = EXCLUDED.company, start_date = EXCLUDED.start_date,
              fee_per_m2 = EXCLUDED.fee_per_m2, updated_at = now()`,
      [
        randomUUID(),
        compound.id,
        compound.communityId,
        compound.streetId,
        compound.districtId,
        contract.company,
        contract.startDate,
        contract.feePerM2.toFixed(2),
      ],
    );
    return manager.getRepository(FeeContract).findOneByOrFail({ compoundId: compound.id });
  }

  // ---- adoption ----

  /** Month by month for one area, from its first billed month (or `from`) to its last (or `to`). */
  async adoption(area: FeeAreaInput, from: string | null | undefined, to: string | null | undefined, scope: Scope): Promise<FeeAdoption> {
    const found = await this.area(area, scope);
    const first = from != null ? parseMonth('fromMonth', from) : null;
    const last = to != null ? parseMonth('toMonth', to) : null;
    this.checkRange(first, last);
    const column = AREA_COLUMN[area.level];
    const b = scopeSql(scope, 'compound', 'b', 4);
    const rows: FigureRow[] = await this.db.query(
      `WITH bills AS (
         SELECT b.month, count(*) AS billed, sum(b.amount) AS billed_amount, count(b.paid_amount) AS paying, sum(b.paid_amount) AS collected
           FROM fee_bill b WHERE b.${column} = $1 AND ${b.sql} GROUP BY b.month),
       span AS (SELECT coalesce($2::date, min(month)) AS first, coalesce($3::date, max(month)) AS last FROM bills)
       SELECT to_char(m, 'YYYY-MM') AS month, coalesce(bills.billed, 0) AS billed, coalesce(bills.billed_amount, 0) AS billed_amount,
              coalesce(bills.paying, 0) AS paying, coalesce(bills.collected, 0) AS collected
         FROM span, generate_series(span.first, span.last, interval '1 month') AS m
         LEFT JOIN bills ON bills.month = m::date
        ORDER BY m`,
      [found.id, first, last, ...b.values],
    );
    if (rows.length > MAX_MONTHS) throw badInput('fromMonth', `the range covers more than ${MAX_MONTHS} months; narrow it`);
    return { level: area.level, areaId: found.id, name: found.name, months: rows.map(figures) };
  }

  /** The next level down for some months: a district's streets, a street's compounds with a contract or bills. */
  async breakdown(area: FeeAreaInput, from: string, to: string, scope: Scope): Promise<{ month: string; row: FeeAdoptionRow }[]> {
    const found = await this.area(area, scope);
    const first = parseMonth('month', from);
    const last = parseMonth('month', to);
    this.checkRange(first, last);
    if (area.level === FeeAreaLevel.COMPOUND) return [];
    const childLevel = area.level === FeeAreaLevel.DISTRICT ? FeeAreaLevel.STREET : FeeAreaLevel.COMPOUND;
    const childTable = childLevel === FeeAreaLevel.STREET ? 'street' : 'compound';
    const childColumn = AREA_COLUMN[childLevel];
    const parentColumn = AREA_COLUMN[area.level];
    const c = scopeSql(scope, AREA_TABLE[childLevel], 'c', 4);
    const b = scopeSql(scope, 'compound', 'b', 4 + c.values.length);
    // Compounds without a contract and without bills have nothing to show; every street is listed.
    const relevant =
      childLevel === FeeAreaLevel.COMPOUND
        ? `AND (EXISTS (SELECT 1 FROM fee_contract k WHERE k.compound_id = c.id) OR EXISTS (SELECT 1 FROM fee_bill x WHERE x.compound_id = c.id))`
        : '';
    const rows: (FigureRow & { id: string; name: string })[] = await this.db.query(
      `WITH bills AS (
         SELECT b.${childColumn} AS id, b.month, count(*) AS billed, sum(b.amount) AS billed_amount,
                count(b.paid_amount) AS paying, sum(b.paid_amount) AS collected
           FROM fee_bill b WHERE b.${parentColumn} = $1 AND b.month BETWEEN $2 AND $3 AND ${b.sql} GROUP BY 1, 2)
       SELECT c.id, c.name, to_char(m, 'YYYY-MM') AS month,
              coalesce(bills.billed, 0) AS billed, coalesce(bills.billed_amount, 0) AS billed_amount,
              coalesce(bills.paying, 0) AS paying, coalesce(bills.collected, 0) AS collected
         FROM ${childTable} c
        CROSS JOIN generate_series($2::date, $3::date, interval '1 month') AS m
         LEFT JOIN bills ON bills.id = c.id AND bills.month = m::date
        WHERE c.${parentColumn} = $1 AND ${c.sql} ${relevant}
        ORDER BY m, c.name, c.id`,
      [found.id, first, last, ...c.values, ...b.values],
    );
    return rows.map((r) => ({ month: r.month, row: { level: childLevel, areaId: r.id, name: r.name, figures: figures(r) } }));
  }

  // ---- import ----

  /** Checks and stores the upload, then enqueues the job; the same file again returns the same import. */
  async startImport(
    input: { compoundId: string; month: string; fileBase64: string; fileName?: string | null },
    viewer: Viewer,
    request: RequestInfo,
    jobs: LedgerJobs,
  ): Promise<LedgerImportView> {
    const compound = await this.compounds.get(parseId('compoundId', input.compoundId), viewer.scope);
    const month = parseMonth('month', input.month);
    const file = this.decodeFile(input.fileBase64);
    const fileName = (input.fileName ?? '').trim().slice(0, 200) || `ledger-${month.slice(0, 7)}.xlsx`;
    const { row, created } = await this.db.transaction(async (manager) => {
      const submitted = await this.submitImport(manager, placeOf(compound), month, file, fileName, {
        id: viewer.userId,
        scope: viewer.scope,
      });
      if (submitted.created) {
        await this.events.record(
          {
            action: 'fees.import.start',
            outcome: 'success',
            actor: actorOf(viewer),
            targetType: 'compound',
            targetId: compound.id,
            details: { importId: submitted.row.id, month: month.slice(0, 7), fileSha256: submitted.row.fileSha256, fileSize: file.length },
            request,
          },
          manager,
        );
      }
      return submitted;
    });
    // Enqueued after the commit, so the worker always finds the row; a queued import is
    // enqueued again on every submission (same job id, so at most one job).
    if (created || row.state === LedgerImportState.QUEUED) {
      await jobs.enqueue('fees.import', { importId: row.id, compoundId: compound.id, month: month.slice(0, 7), sha256: row.fileSha256 });
    }
    return this.view(row);
  }

  /**
   * Records an upload as a QUEUED import (the API's path, and the benchmark's). Refuses a compound
   * without a contract and a month before it starts: no bill could be checked.
   */
  async submitImport(
    manager: EntityManager,
    place: Place,
    month: string,
    file: Buffer,
    fileName: string,
    importer: { id: string | null; scope: Scope },
  ): Promise<{ row: LedgerImport; created: boolean }> {
    const { compoundId } = place;
    const contract = await manager.getRepository(FeeContract).findOneBy({ compoundId });
    if (!contract) throw badInput('compoundId', 'has no property-service contract yet; set one with setFeeContract first');
    if (month < contract.startDate.slice(0, 7) + '-01') {
      throw badInput('month', `is before the contract starts (${contract.startDate})`);
    }
    const sha256 = createHash('sha256').update(file).digest('hex');
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO ledger_import (id, compound_id, community_id, street_id, district_id, month, file_name, file, file_size, file_sha256,
                                  importer_id, importer_scope)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (compound_id, month, file_sha256) DO NOTHING RETURNING id`,
      [
        randomUUID(),
        compoundId,
        place.communityId,
        place.streetId,
        place.districtId,
        month,
        fileName,
        file,
        file.length,
        sha256,
        importer.id,
        JSON.stringify(importer.scope),
      ],
    );
    const row = await manager
      .getRepository(LedgerImport)
      .findOneByOrFail(inserted[0] ? { id: inserted[0].id } : { compoundId, month, fileSha256: sha256 });
    return { row, created: inserted.length > 0 };
  }

  async getImport(id: string, scope: Scope): Promise<LedgerImportView> {
    return this.view(await this.findImport(id, scope));
  }

  /** The errors of an import in row order, keyset-paginated (a bad 100,000-row file has many). */
  async importErrors(importId: string, args: ConnectionArgs): Promise<Page<LedgerImportErrorView>> {
    const SORT = 'ROW:ASC';
    const request = pageRequest(args, SORT);
    const forward = request.direction === 'forward';
    if (request.cursor && (typeof request.cursor.value !== 'number' || request.cursor.id !== importId)) {
      throw badInput(forward ? 'after' : 'before', 'is not a valid cursor');
    }
    const rows: { seq: number; sheet: string; row_number: number; column_name: string; kind: string; reason: string }[] =
      await this.db.query(
        `SELECT seq, sheet, row_number, column_name, kind, reason FROM ledger_import_error
          WHERE import_id = $1 ${request.cursor ? `AND seq ${forward ? '>' : '<'} $3` : ''}
          ORDER BY seq ${forward ? 'ASC' : 'DESC'} LIMIT $2`,
        [importId, request.limit + 1, ...(request.cursor ? [request.cursor.value] : [])],
      );
    const page = await toPage(
      rows,
      request,
      (r) => encodeCursor({ sort: SORT, value: r.seq, id: importId }),
      async () => {
        const [{ n }] = (await this.db.query(`SELECT count(*)::int AS n FROM ledger_import_error WHERE import_id = $1`, [importId])) as [
          { n: number },
        ];
        return n;
      },
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: {
          sheet: e.node.sheet,
          row: e.node.row_number,
          column: e.node.column_name,
          kind: e.node.kind,
          reason: e.node.reason,
        } as LedgerImportErrorView,
      })),
      get totalCount() {
        return page.totalCount;
      },
    };
  }

  /**
   * The job's work, in one pass over the file and one transaction: every row is read and checked,
   * and while the ledger is clean its rows are written into the transaction as they come
   * (LedgerStore: PostgreSQL inserts on its own core while this process parses the next rows).
   * At the end the transaction commits when every row was valid; otherwise it is rolled back
   * (nothing stored) and all errors are recorded. Null when the import does not exist. A finished
   * import is left as it is, so a retried or repeated job changes nothing.
   */
  async runImport(id: string, onProgress?: (progress: LedgerProgress) => Promise<void>): Promise<LedgerImportSummary | null> {
    const row = isUuid(id)
      ? await this.db.getRepository(LedgerImport).createQueryBuilder('i').addSelect('i.file').where('i.id = :id', { id }).getOne()
      : null;
    if (!row) return null;
    if (row.state === LedgerImportState.DONE || row.state === LedgerImportState.FAILED) {
      return { id, state: row.state, rows: row.rowsTotal ?? 0, errorCount: row.errorCount };
    }
    const contract = await this.db.getRepository(FeeContract).findOneByOrFail({ compoundId: row.compoundId });
    // Progress goes through the pool, not the import's transaction: the dashboard sees it while
    // the data itself stays invisible until the commit.
    const report = async (progress: LedgerProgress) => {
      await this.db.query(
        `UPDATE ledger_import SET state = $2, rows_total = $3, rows_validated = $4, rows_stored = $5, percent = $6 WHERE id = $1`,
        [id, progress.state, progress.rowsTotal, progress.rowsValidated, progress.rowsStored, progress.percent],
      );
      await onProgress?.(progress);
    };

    // A retried attempt starts over: nothing was stored by the failed one (one transaction).
    await this.db.query(`DELETE FROM ledger_import_error WHERE import_id = $1`, [id]);
    await this.db.query(`UPDATE ledger_import SET started_at = now(), error_count = 0 WHERE id = $1`, [id]);
    await report({ state: LedgerImportState.VALIDATING, rowsTotal: null, rowsValidated: 0, rowsStored: 0, percent: 0 });

    // Reports while reading go beside it: the reader never waits for one (about 4% of a
    // 100,000-row import), and a report overtaken by a newer one is skipped.
    const reading = new LatestOnly(report);
    const runner = this.db.createQueryRunner();
    let store: LedgerStore | undefined;
    let result: LedgerCheck;
    try {
      await runner.startTransaction();
      const opened = await LedgerStore.open(runner.manager, row, row.month);
      store = opened;
      result = await checkLedger(
        row.file,
        { compoundId: row.compoundId, month: row.month.slice(0, 7), feeFenPerM2: Math.round(contract.feePerM2 * 100) },
        (ids) => this.compoundsInScope(ids, row.importerScope),
        {
          onRow: (valid) => opened.add(valid),
          onProgress: async (p) => {
            await opened.ready();
            reading.push({
              state: LedgerImportState.VALIDATING,
              rowsTotal: null,
              rowsValidated: p.rows,
              rowsStored: opened.stored,
              percent: Math.min(90, Math.floor(90 * p.share)),
            });
          },
        },
      );
      await reading.settled();
      if (result.errorCount > 0) {
        await opened.abandon();
        await runner.rollbackTransaction();
      } else {
        const total = result.dataRows;
        await report({ state: LedgerImportState.STORING, rowsTotal: total, rowsValidated: total, rowsStored: opened.stored, percent: 90 });
        await opened.finish();
        await runner.manager.query(
          `UPDATE ledger_import SET state = 'DONE', rows_total = $2, rows_validated = $2, rows_stored = $2, percent = 100, finished_at = now()
            WHERE id = $1`,
          [id, total],
        );
        await runner.commitTransaction();
      }
    } catch (error) {
      await reading.settled().catch(() => undefined);
      await store?.abandon();
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }

    const total = result.dataRows;
    if (result.errorCount > 0) {
      await this.db.transaction(async (manager) => {
        await this.insertErrors(manager, id, result.errors);
        await manager.query(
          `UPDATE ledger_import SET state = 'FAILED', error_count = $2, rows_total = $3, rows_validated = $3, percent = 100,
                  finished_at = now() WHERE id = $1`,
          [id, result.errorCount, total],
        );
      });
      await onProgress?.({ state: LedgerImportState.FAILED, rowsTotal: total, rowsValidated: total, rowsStored: 0, percent: 100 });
      return { id, state: LedgerImportState.FAILED, rows: total, errorCount: result.errorCount };
    }
    await onProgress?.({ state: LedgerImportState.DONE, rowsTotal: total, rowsValidated: total, rowsStored: total, percent: 100 });
    return { id, state: LedgerImportState.DONE, rows: total, errorCount: 0 };
  }

  /**
   * Writes one compound's month as the ledger says (LedgerStore, the import's write path):
   * households created or their area updated, bills and payments written where they differ, and
   * the month's bills and payments of households not in the ledger removed. The same rows twice
   * change nothing. The demo seed's way in; `manager` must be a transaction's.
   */
  async storeLedger(manager: EntityManager, place: Place, month: string, rows: readonly LedgerRow[]): Promise<void> {
    const store = await LedgerStore.open(manager, place, month);
    for (const row of rows) store.add(row);
    await store.finish();
  }

  // ---- files ----

  /**
   * The ledger template: the header, and for a compound its known households with this month's
   * bill filled in (实收 and 缴费日期 left for the property company). Round-trips through the
   * validator as it is.
   */
  async template(compoundId: string | null | undefined, monthInput: string | null | undefined, scope: Scope): Promise<ExportFile> {
    const month = parseMonth('month', monthInput ?? beijingDay().slice(0, 7));
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'anju';
    const sheet = workbook.addWorksheet(LEDGER_SHEET);
    sheet.columns = LEDGER_COLUMNS.map((header) => ({ header, width: header === '小区编号' ? 38 : 12 }));
    let rows = 0;
    if (compoundId != null) {
      const compound = await this.compounds.get(parseId('compoundId', compoundId), scope);
      const contract = await this.db.getRepository(FeeContract).findOneBy({ compoundId: compound.id });
      const households: { building: string; unit: string; room: string; floor_area: string }[] = await this.db.query(
        `SELECT building, unit, room, floor_area FROM fee_household WHERE compound_id = $1
          ORDER BY lpad(building, 16, '0'), lpad(unit, 16, '0'), lpad(room, 16, '0')`,
        [compound.id],
      );
      for (const h of households) {
        const area = Math.round(Number(h.floor_area) * 100);
        sheet.addRow([
          compound.id,
          h.building,
          h.unit,
          h.room,
          area / 100,
          month.slice(0, 7),
          contract ? billFen(area, Math.round(contract.feePerM2 * 100)) / 100 : null,
          null,
          null,
        ]);
        rows += 1;
      }
    }
    const notes = workbook.addWorksheet('说明');
    notes.columns = [
      { header: '列', width: 12 },
      { header: '说明', width: 80 },
    ];
    for (const line of LEDGER_NOTES) notes.addRow(line);
    return {
      filename: `ledger-template-${month.slice(0, 7)}.xlsx`,
      mimeType: XLSX_MIME,
      base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
      rows,
    };
  }

  /** The adoption report as .xlsx (area by month, and the next level down), audited with the reason. */
  async exportReport(
    area: FeeAreaInput,
    from: string,
    to: string,
    reason: string,
    viewer: Viewer,
    request: RequestInfo,
  ): Promise<ExportFile> {
    const why = checkReason(reason);
    const adoption = await this.adoption(area, from, to, viewer.scope);
    const children = await this.breakdown(area, from, to, viewer.scope);
    await this.events.record({
      action: 'fees.export',
      outcome: 'success',
      actor: actorOf(viewer),
      targetType: AREA_TABLE[area.level],
      targetId: adoption.areaId,
      reason: why,
      details: { fromMonth: from, toMonth: to, months: adoption.months.length, rows: children.length },
      request,
    });

    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'anju';
    const columns = [
      { header: '应收户数', key: 'householdsBilled', width: 10 },
      { header: '缴费户数', key: 'householdsPaying', width: 10 },
      { header: '缴费户占比', key: 'payingShare', width: 12, style: { numFmt: '0.00%' } },
      { header: '应收金额 (元)', key: 'amountBilled', width: 14, style: { numFmt: '#,##0.00' } },
      { header: '实收金额 (元)', key: 'amountCollected', width: 14, style: { numFmt: '#,##0.00' } },
      { header: '收缴率', key: 'collectionRate', width: 10, style: { numFmt: '0.00%' } },
    ];
    const summary = workbook.addWorksheet('逐月');
    summary.columns = [{ header: '月份', key: 'month', width: 10 }, ...columns];
    for (const m of adoption.months) summary.addRow(m);
    const detail = workbook.addWorksheet('下级');
    detail.columns = [{ header: '月份', key: 'month', width: 10 }, { header: '名称', key: 'name', width: 24 }, ...columns];
    for (const c of children) detail.addRow({ ...c.row.figures, name: c.row.name });
    return {
      filename: `fee-adoption-${from}-${to}.xlsx`,
      mimeType: XLSX_MIME,
      base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
      rows: adoption.months.length + children.length,
    };
  }

  // ---- helpers ----

  private decodeFile(base64: string): Buffer {
    const compact = base64.replace(/\s+/g, '');
    if (compact.length === 0 || !BASE64.test(compact)) throw badInput('fileBase64', 'must be the .xlsx file, base64-encoded');
    // Checked before decoding, so an oversized upload costs no buffer.
    if (Math.floor((compact.length * 3) / 4) > LEDGER_MAX_BYTES + 2) {
      throw badInput('fileBase64', `is larger than ${LEDGER_MAX_BYTES / 1024 / 1024} MB; split the ledger or remove other sheets`);
    }
    const file = Buffer.from(compact, 'base64');
    if (file.length > LEDGER_MAX_BYTES) {
      throw badInput('fileBase64', `is larger than ${LEDGER_MAX_BYTES / 1024 / 1024} MB; split the ledger or remove other sheets`);
    }
    if (file.length < ZIP_MAGIC.length || !file.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
      throw badInput('fileBase64', 'is not an .xlsx file (save the ledger as Excel Workbook .xlsx)');
    }
    return file;
  }

  private checkRange(first: string | null, last: string | null): void {
    if (first && last) {
      if (first > last) throw badInput('toMonth', 'must not be before fromMonth');
      const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
      if (months > MAX_MONTHS) throw badInput('fromMonth', `the range covers more than ${MAX_MONTHS} months; narrow it`);
    }
  }

  private async area(area: FeeAreaInput, scope: Scope): Promise<{ id: string; name: string }> {
    const table = AREA_TABLE[area.level];
    if (!isUuid(area.id)) throw notFound(table, area.id);
    const visible = scopeSql(scope, table, 't', 2);
    const [found] = (await this.db.query(`SELECT t.id, t.name FROM ${table} t WHERE t.id = $1 AND ${visible.sql}`, [
      area.id.toLowerCase(),
      ...visible.values,
    ])) as { id: string; name: string }[];
    if (!found) throw notFound(table.charAt(0).toUpperCase() + table.slice(1), area.id);
    return found;
  }

  private async compoundsInScope(ids: string[], scope: Scope): Promise<ReadonlySet<string>> {
    const visible = scopeSql(scope, 'compound', 'c', 2);
    const rows: { id: string }[] = await this.db.query(`SELECT c.id FROM compound c WHERE c.id = ANY($1::uuid[]) AND ${visible.sql}`, [
      ids,
      ...visible.values,
    ]);
    return new Set(rows.map((r) => r.id));
  }

  private async insertErrors(manager: EntityManager, importId: string, errors: readonly LedgerError[]): Promise<void> {
    for (let at = 0; at < errors.length; at += ERROR_BATCH) {
      const batch = errors.slice(at, at + ERROR_BATCH);
      await manager.query(
        `INSERT INTO ledger_import_error (import_id, seq, sheet, row_number, column_name, kind, reason)
         SELECT $1, u.seq, u.sheet, u.row_number, u.column_name, u.kind, u.reason
           FROM unnest($2::int[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[]) AS u(seq, sheet, row_number, column_name, kind, reason)`,
        [
          importId,
          batch.map((_, i) => at + i + 1),
          batch.map((e) => e.sheet),
          batch.map((e) => e.row),
          batch.map((e) => e.column),
          batch.map((e) => e.kind),
          batch.map((e) => e.reason),
        ],
      );
    }
  }

  private async findImport(id: string, scope: Scope): Promise<LedgerImport> {
    const found = isUuid(id)
      ? await withinScope(this.db.getRepository(LedgerImport).createQueryBuilder('i'), scope, 'compound', 'i')
          .andWhere('i.id = :id', { id })
          .getOne()
      : null;
    if (!found) throw notFound('LedgerImport', id);
    return found;
  }

  private view(row: LedgerImport): LedgerImportView {
    return {
      id: row.id,
      compoundId: row.compoundId,
      month: row.month.slice(0, 7),
      fileName: row.fileName,
      fileSize: row.fileSize,
      fileSha256: row.fileSha256,
      state: row.state,
      rowsTotal: row.rowsTotal,
      rowsValidated: row.rowsValidated,
      rowsStored: row.rowsStored,
      percent: row.percent,
      errorCount: row.errorCount,
      createdAt: row.createdAt,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
    };
  }
}

/** The template's 说明 sheet: the layout in the file itself, for whoever fills it in. */
const LEDGER_NOTES: [string, string][] = [
  ['小区编号', '平台中的小区编号 (UUID), 模板已填好; 每一行都须是本次导入的小区'],
  ['楼号', '必填, 1-16 个字母、数字或连字符'],
  ['单元', '可空'],
  ['房号', '必填; 楼号 + 单元 + 房号 确定一户, 同一户只能出现一次'],
  ['建筑面积', '平方米, 大于 0, 最多两位小数'],
  ['月份', 'YYYY-MM, 须与导入时选择的月份相同'],
  ['应收', '元 = 建筑面积 × 合同单价 (元/平方米/月), 四舍五入到分'],
  ['实收', '元, 不小于 0, 空白视为 0'],
  ['缴费日期', 'YYYY-MM-DD; 实收大于 0 时必填, 实收为 0 时留空'],
  ['', '整个文件全部通过校验才会写入; 有任何错误时不写入任何数据, 并列出全部错误 (工作表、行、列、原因)'],
  ['', '同一文件重复导入不会改变任何数据; 更正后的台账会替换该小区该月份的账单和缴费记录'],
];
