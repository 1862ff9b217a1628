import type { DataSource, QueryRunner } from 'typeorm';
import { ENCRYPTED_COLUMNS, type EncryptedColumn } from './encrypted-columns';
import type { PersonalData } from './personal-data';

/**
 * Key rotation: every registered column is walked by `id` in keyset batches, and each value not
 * under the newest key is re-encrypted. Each batch is one compare-and-set UPDATE (atomic on its
 * own): a row is written only if it still holds the ciphertext that was read, so a concurrent
 * write is never overwritten. Re-running is always safe: rows already under the newest key are
 * only read. The cursor in the progress lets a retried job skip the rows it has already checked.
 */

export const DEFAULT_ROTATION_BATCH_SIZE = 500;

export interface ColumnProgress {
  table: string;
  column: string;
  /** Rows with a value read so far. */
  checked: number;
  reencrypted: number;
  /** Rows written by someone else between read and update; left as they were. */
  changedConcurrently: number;
  done: boolean;
}

/** Where a rotation stands; plain JSON, so it can be kept as a job's progress. */
export interface RotationProgress {
  /** The key everything is being re-encrypted under. */
  keyId: string;
  columns: ColumnProgress[];
  /** The last id handled in the column being walked; null between columns. */
  cursor: { table: string; column: string; afterId: string } | null;
}

export interface RotationOptions {
  batchSize?: number;
  /** Default: ENCRYPTED_COLUMNS. */
  columns?: readonly EncryptedColumn[];
  /** The progress of an earlier, interrupted run under the same newest key: continue from its cursor. */
  resume?: RotationProgress;
  /** Called after every batch and after every finished column; an error stops the rotation. */
  onProgress?: (progress: RotationProgress) => unknown;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

const quote = (name: string): string =>
  name
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');

/** Throws when an entry is not a plain identifier pair, or a table column is listed twice. */
export function checkEncryptedColumns(columns: readonly EncryptedColumn[]): void {
  const seen = new Set<string>();
  for (const { table, column, context } of columns) {
    if (!IDENTIFIER.test(table) || !IDENTIFIER.test(column) || column.includes('.')) {
      throw new Error(`encrypted column ${table}.${column}: table and column must be lower-case SQL identifiers`);
    }
    if (context === '') throw new Error(`encrypted column ${table}.${column}: the context is empty`);
    if (seen.has(`${table}.${column}`)) throw new Error(`encrypted column ${table}.${column} is listed twice`);
    seen.add(`${table}.${column}`);
  }
}

/** A job's stored progress, if it is a rotation's (it comes back from the queue as untyped JSON). */
export function readRotationProgress(value: unknown): RotationProgress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const progress = value as Partial<RotationProgress>;
  const valid =
    typeof progress.keyId === 'string' &&
    Array.isArray(progress.columns) &&
    progress.columns.every(
      (c) =>
        typeof c === 'object' && c !== null && typeof c.table === 'string' && typeof c.column === 'string' && Number.isInteger(c.checked),
    ) &&
    (progress.cursor === null || typeof progress.cursor?.afterId === 'string');
  return valid ? (value as RotationProgress) : undefined;
}

async function idType(runner: QueryRunner, table: string): Promise<string> {
  const rows: { type: string }[] = await runner.query(
    `SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = $1::regclass AND attname = 'id' AND NOT attisdropped`,
    [quote(table)],
  );
  if (!rows[0]) throw new Error(`encrypted column ${table}: the table has no "id" column to walk`);
  return rows[0].type;
}

export async function rotateKeys(db: DataSource, personalData: PersonalData, options: RotationOptions = {}): Promise<RotationProgress> {
  const columns = options.columns ?? ENCRYPTED_COLUMNS;
  const batchSize = options.batchSize ?? DEFAULT_ROTATION_BATCH_SIZE;
  checkEncryptedColumns(columns);
  const keyId = personalData.newestKeyId;
  // A cursor from a run under another newest key says nothing about this one: start over.
  const resume = options.resume?.keyId === keyId ? options.resume : undefined;
  const progress: RotationProgress = {
    keyId,
    columns: columns.map(({ table, column }) => ({
      table,
      column,
      checked: 0,
      reencrypted: 0,
      changedConcurrently: 0,
      done: false,
      ...resume?.columns.find((c) => c.table === table && c.column === column),
    })),
    cursor: resume?.cursor ?? null,
  };
  const report = async () => {
    await options.onProgress?.(structuredClone(progress));
  };

  const runner = db.createQueryRunner();
  try {
    for (const [i, { table, column, context }] of columns.entries()) {
      const state = progress.columns[i]!;
      if (state.done) continue;
      const type = await idType(runner, table);
      const cursor = progress.cursor;
      let afterId = cursor && cursor.table === table && cursor.column === column ? cursor.afterId : null;
      for (;;) {
        const rows: { id: string; value: string }[] = await runner.query(
          // t.id, not the text alias: ids sort by their own type (2 before 10).
          `SELECT t.id::text AS id, t.${quote(column)} AS value FROM ${quote(table)} AS t
            WHERE t.${quote(column)} IS NOT NULL ${afterId === null ? '' : `AND t.id > $2::${type}`}
            ORDER BY t.id LIMIT $1`,
          afterId === null ? [batchSize] : [batchSize, afterId],
        );
        if (rows.length === 0) break;
        const stale: { id: string; value: string; fresh: string }[] = [];
        for (const row of rows) {
          try {
            if (personalData.needsReencryption(row.value)) stale.push({ ...row, fresh: personalData.reencrypt(context, row.value) });
          } catch (error) {
            throw new Error(`cannot re-encrypt ${table}.${column} of row ${row.id}: ${(error as Error).message}`, { cause: error });
          }
        }
        if (stale.length > 0) {
          const result = await runner.query(
            `UPDATE ${quote(table)} AS t SET ${quote(column)} = v.fresh
               FROM unnest($1::${type}[], $2::text[], $3::text[]) AS v(id, stale, fresh)
              WHERE t.id = v.id AND t.${quote(column)} = v.stale`,
            [stale.map((row) => row.id), stale.map((row) => row.value), stale.map((row) => row.fresh)],
            true,
          );
          const updated = result.affected ?? 0;
          state.reencrypted += updated;
          state.changedConcurrently += stale.length - updated;
        }
        state.checked += rows.length;
        afterId = rows[rows.length - 1]!.id;
        progress.cursor = { table, column, afterId };
        await report();
        if (rows.length < batchSize) break;
      }
      state.done = true;
      progress.cursor = null;
      await report();
    }
  } finally {
    await runner.release();
  }
  return progress;
}
