import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Scope } from '../auth/scope';
import type { LedgerImportState } from './fee.enums';

const numeric = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * 物业服务合同: one per compound, the company and the monthly fee per m² that every bill follows.
 * Households, bills and payments are written in bulk by the ledger import (SQL with unnest), so
 * they have tables but no entity classes.
 */
@Entity('fee_contract')
export class FeeContract {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  compoundId!: string;

  @Column({ type: 'uuid' })
  communityId!: string;

  @Column({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  @Column({ type: 'text' })
  company!: string;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: numeric })
  feePerM2!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** One uploaded ledger and its way through the worker; the file stays as evidence of what was stored. */
@Entity('ledger_import')
export class LedgerImport {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  compoundId!: string;

  @Column({ type: 'uuid' })
  communityId!: string;

  @Column({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  /** The first day of the month the ledger is for. */
  @Column({ type: 'date' })
  month!: string;

  @Column({ type: 'text' })
  fileName!: string;

  /** Up to 20 MB: never read along with the row, only by the worker. */
  @Column({ type: 'bytea', select: false })
  file!: Buffer;

  @Column({ type: 'integer' })
  fileSize!: number;

  @Column({ type: 'text' })
  fileSha256!: string;

  @Column({ type: 'uuid', nullable: true })
  importerId!: string | null;

  /** The importer's scope when uploading: rows naming a compound outside it read as unknown. */
  @Column({ type: 'jsonb' })
  importerScope!: Scope;

  @Column({ type: 'text' })
  state!: LedgerImportState;

  @Column({ type: 'integer', nullable: true })
  rowsTotal!: number | null;

  @Column({ type: 'integer' })
  rowsValidated!: number;

  @Column({ type: 'integer' })
  rowsStored!: number;

  /** 0-100: validation is the first half (by bytes read), storing the second (by rows). */
  @Column({ type: 'smallint' })
  percent!: number;

  @Column({ type: 'integer' })
  errorCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
