import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '../src/auth/roles';

export interface TestSession {
  token: string;
  userId: string;
  sessionId: string;
  username: string;
}

export interface TestAccount {
  role: Role;
  districtId?: string | null;
  streetId?: string | null;
  communityId?: string | null;
  /** Default true: the session has passed its second factor (and the account has TOTP). */
  secondFactor?: boolean;
  username?: string;
}

/**
 * An account with a live session, written straight into the database: tests of everything but
 * login itself need a caller, not the cost of argon2 and TOTP. The account cannot log in (its
 * password hash is not a hash).
 */
export async function createTestSession(db: DataSource, account: TestAccount): Promise<TestSession> {
  const userId = randomUUID();
  const sessionId = randomUUID();
  const username = account.username ?? `t-${account.role.toLowerCase().replace(/_/g, '-')}-${randomBytes(3).toString('hex')}`;
  const token = `anju_s_${randomBytes(32).toString('base64url')}`;
  const secondFactor = account.secondFactor ?? true;
  await db.query(
    `INSERT INTO app_user (id, username, display_name, role, district_id, street_id, community_id, password_hash, totp_enabled_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'not-a-hash', CASE WHEN $8 THEN now() END)`,
    [
      userId,
      username,
      `测试 ${account.role}`,
      account.role,
      account.districtId ?? null,
      account.streetId ?? null,
      account.communityId ?? null,
      secondFactor,
    ],
  );
  await db.query(
    `INSERT INTO user_session (id, user_id, token_hash, second_factor, expires_at) VALUES ($1, $2, $3, $4, now() + interval '1 hour')`,
    [sessionId, userId, createHash('sha256').update(token).digest(), secondFactor],
  );
  return { token, userId, sessionId, username };
}

/** The system-wide reader most API tests act as: ADMIN sees every place (and no resident data). */
export function createAdminSession(db: DataSource): Promise<TestSession> {
  return createTestSession(db, { role: Role.ADMIN });
}
