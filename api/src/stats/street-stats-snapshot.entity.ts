import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per street and day: the closure-status counts as they stood that day. Written by the
 * `stats.snapshot` job so that progress over time can be charted without history tables.
 */
@Entity('street_stats_snapshot')
export class StreetStatsSnapshot {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'uuid' })
  streetId!: string;

  @Column({ type: 'uuid' })
  districtId!: string;

  @Column({ type: 'integer' })
  compounds!: number;

  @Column({ type: 'integer' })
  oldCompounds!: number;

  @Column({ type: 'integer' })
  households!: number;

  @Column({ type: 'integer' })
  open!: number;

  @Column({ type: 'integer' })
  planned!: number;

  @Column({ type: 'integer' })
  underRenovation!: number;

  @Column({ type: 'integer' })
  closed!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  takenAt!: Date;
}
