import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Role } from './roles';

/** A staff account. Secrets (password hash, TOTP secret) never leave the server. */
@ObjectType({ description: '账户' })
@Entity('app_user')
export class User {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  username!: string;

  @Field(() => String)
  @Column({ type: 'text' })
  displayName!: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  districtId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  streetId!: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  communityId!: string | null;

  @Column({ type: 'text' })
  passwordHash!: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  passwordChangedAt!: Date;

  /** Encrypted with the personal-data keyring. */
  @Column({ type: 'text', nullable: true })
  totpSecret!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  @Column({
    type: 'bigint',
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  totpLastStep!: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  isDemo!: boolean;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
