import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A registered resident as stored: personal fields are ciphertexts, lookups go through the
 * `*Index` blind indexes. Never returned as is; the API serves ResidentView (masked).
 */
@Entity('resident')
export class Resident {
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
  building!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Column({ type: 'text' })
  room!: string;

  @Column({ type: 'text', insert: false, update: false })
  sortKey!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  idNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  idNumberIndex!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  phoneIndex!: string | null;

  @Column({ type: 'text', nullable: true })
  plate!: string | null;

  @Column({ type: 'text', nullable: true })
  plateIndex!: string | null;

  @Column({ type: 'uuid', nullable: true })
  registeredBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
