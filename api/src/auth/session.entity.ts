import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A server-side session; the client holds the token, the table only its SHA-256. */
@Entity('user_session')
export class Session {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'bytea' })
  tokenHash!: Buffer;

  /** Whether this session passed TOTP (or a recovery code) at login. */
  @Column({ type: 'boolean', default: false })
  secondFactor!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute expiry; idle expiry is last_seen_at plus the idle timeout. */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokeReason!: string | null;

  @Column({ type: 'inet', nullable: true })
  ip!: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent!: string | null;
}
