import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AppError, ErrorCode, badInput, notFound } from '../graphql/errors';
import { isUuid } from '../graphql/ids';
import { decoyHash, hashPassword, needsRehash, passwordProblem, verifyPassword, type PasswordRules } from './password';
import { ROLE_SCOPE_LEVEL, Role } from './roles';
import type { Scope } from './scope';
import { SessionCache } from './session-cache';
import { Session } from './session.entity';
import { User } from './user.entity';

/** Lockout: this many failures within the window lock the account for the same span. */
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MINUTES = 15;
/** last_seen_at is written at most this often, so busy sessions do not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;
const TOKEN_PREFIX = 'anju_s_';
const RECOVERY_CODES = 10;
const TOTP_ISSUER = '安居 anju';
const TOTP_SECRET_CONTEXT = 'app_user.totp_secret';

export interface AuthSettings {
  idleMinutes: number;
  absoluteHours: number;
  passwordRules: PasswordRules;
  /** 0: passwords never expire. */
  passwordMaxAgeDays: number;
  /** How long a checked session is trusted without the database; 0: never. */
  sessionCacheMs: number;
}

/** Encrypts secrets at rest (the personal-data keyring); the context binds a value to its column. */
export interface SecretBox {
  encrypt(context: string, plaintext: string): string;
  decrypt(context: string, ciphertext: string): string;
}

/** Where security events go (the audit log). */
export interface SecurityEvents {
  record(event: SecurityEvent, manager?: EntityManager): Promise<void>;
}

export interface SecurityEvent {
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  actor?: { id: string; username: string; role: Role } | null;
  targetType?: string;
  targetId?: string;
  reason?: string;
  details?: Record<string, unknown>;
  request: RequestInfo;
}

export interface RequestInfo {
  requestId: string;
  ip: string | null;
  userAgent?: string | null;
}

/** The caller of a request, as the session says. */
export interface Viewer {
  userId: string;
  sessionId: string;
  username: string;
  displayName: string;
  role: Role;
  scope: Scope;
  /** False until TOTP is passed in this session; roles in SECOND_FACTOR_REQUIRED can then only enrol. */
  secondFactor: boolean;
  hasTotp: boolean;
  passwordExpired: boolean;
  /** Set for DEVICE viewers: the one gate the key belongs to. */
  gateId?: string;
  /** Set for DEVICE viewers whose key belongs to a registered gate device (keys made before the registry have none). */
  deviceId?: string;
}

export interface LoginInput {
  username: string;
  password: string;
  totpCode?: string | null;
  recoveryCode?: string | null;
}

export interface NewUserInput {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  districtId?: string | null;
  streetId?: string | null;
  communityId?: string | null;
  isDemo?: boolean;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

interface SessionRow {
  session_id: string;
  user_id: string;
  username: string;
  display_name: string;
  role: Role;
  district_id: string | null;
  street_id: string | null;
  community_id: string | null;
  second_factor: boolean;
  has_totp: boolean;
  password_age_days: number;
  touch: boolean;
}

/** A session that is neither revoked, nor past its absolute expiry, nor idle too long ($2 minutes), of an enabled account. */
const SESSION_LOOKUP = `
  SELECT s.id AS session_id, u.id AS user_id, u.username, u.display_name, u.role,
         u.district_id, u.street_id, u.community_id, s.second_factor,
         u.totp_enabled_at IS NOT NULL AS has_totp,
         (extract(epoch FROM now() - u.password_changed_at) / 86400)::float8 AS password_age_days,
         s.last_seen_at < now() - interval '${TOUCH_INTERVAL_MS / 1000} seconds' AS touch
    FROM user_session s JOIN app_user u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.disabled_at IS NULL
     AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)`;

/** The place a user's role binds it to. */
export function scopeOf(user: Pick<User, 'role' | 'districtId' | 'streetId' | 'communityId'>): Scope {
  switch (ROLE_SCOPE_LEVEL[user.role]) {
    case 'district':
      return user.districtId ? { level: 'district', districtId: user.districtId } : { level: 'none' };
    case 'street':
      return user.districtId && user.streetId
        ? { level: 'street', districtId: user.districtId, streetId: user.streetId }
        : { level: 'none' };
    case 'community':
      return user.districtId && user.streetId && user.communityId
        ? { level: 'community', districtId: user.districtId, streetId: user.streetId, communityId: user.communityId }
        : { level: 'none' };
    default:
      // ADMIN reads places to manage accounts and devices; AUDITOR reads no places (policy forbids it anyway).
      return user.role === Role.ADMIN ? { level: 'all' } : { level: 'none' };
  }
}

/**
 * Accounts, passwords, sessions and the second factor. Every outcome that matters for security
 * (login success and failure, lockout, logout, password change, revocation, enrolment) is recorded.
 */
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: AuthSettings,
    private readonly secrets: SecretBox,
    private readonly events: SecurityEvents,
  ) {
    this.sessions = new SessionCache(settings.sessionCacheMs);
  }

  private readonly sessions: SessionCache;

  /**
   * Checks the credentials and opens a session. Every failure reads the same (INVALID_CREDENTIALS),
   * whether the name is unknown, the password wrong, or the account locked or disabled.
   */
  async login(input: LoginInput, request: RequestInfo): Promise<{ token: string; session: Session; user: User }> {
    const username = input.username.trim().toLowerCase();
    const user = await this.db.getRepository(User).findOneBy({ username });
    const invalid = () =>
      new AppError(
        ErrorCode.INVALID_CREDENTIALS,
        '用户名或密码错误, 或账户已被暂时锁定 (wrong user name or password, or the account is locked)',
      );
    if (!user) {
      await verifyPassword(await decoyHash(), input.password);
      await this.events.record({
        action: 'auth.login',
        outcome: 'failure',
        targetType: 'user',
        reason: 'unknown user name',
        details: { username },
        request,
      });
      throw invalid();
    }
    const actor = { id: user.id, username: user.username, role: user.role };
    const passwordOk = await verifyPassword(user.passwordHash, input.password);
    const now = new Date();
    if (user.disabledAt) {
      await this.events.record({
        action: 'auth.login',
        outcome: 'denied',
        actor,
        targetType: 'user',
        targetId: user.id,
        reason: 'account disabled',
        request,
      });
      throw invalid();
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await this.events.record({
        action: 'auth.login',
        outcome: 'denied',
        actor,
        targetType: 'user',
        targetId: user.id,
        reason: 'account locked',
        request,
      });
      throw invalid();
    }
    if (!passwordOk) {
      await this.recordFailure(user, request, 'wrong password');
      throw invalid();
    }

    let secondFactor = false;
    if (user.totpEnabledAt) {
      if (!input.totpCode && !input.recoveryCode) {
        throw new AppError(ErrorCode.SECOND_FACTOR_REQUIRED, '请输入动态验证码或恢复码 (enter your authenticator code or a recovery code)');
      }
      const passed = input.totpCode
        ? await this.acceptTotp(user, input.totpCode)
        : await this.useRecoveryCode(user, input.recoveryCode ?? '', request);
      if (!passed) {
        await this.recordFailure(user, request, input.totpCode ? 'wrong TOTP code' : 'wrong recovery code');
        throw invalid();
      }
      secondFactor = true;
    }

    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const session = await this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM login_failure WHERE user_id = $1`, [user.id]);
      const patch: Partial<User> = { lockedUntil: null };
      if (needsRehash(user.passwordHash)) patch.passwordHash = await hashPassword(input.password);
      await manager.update(User, { id: user.id }, patch);
      const created = manager.create(Session, {
        id: randomUUID(),
        userId: user.id,
        tokenHash: sha256(token),
        secondFactor,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.settings.absoluteHours * 3_600_000),
        revokedAt: null,
        revokeReason: null,
        ip: request.ip,
        userAgent: request.userAgent?.slice(0, 512) ?? null,
      });
      await manager.insert(Session, created);
      await this.events.record(
        {
          action: 'auth.login',
          outcome: 'success',
          actor,
          targetType: 'session',
          targetId: created.id,
          details: { secondFactor },
          request,
        },
        manager,
      );
      return created;
    });
    return { token, session, user };
  }

  /** Counts a failure and locks the account when it is the LOCKOUT_FAILURES-th within the window. */
  private async recordFailure(user: User, request: RequestInfo, reason: string): Promise<void> {
    const actor = { id: user.id, username: user.username, role: user.role };
    await this.db.transaction(async (manager) => {
      await manager.query(`INSERT INTO login_failure (user_id, ip) VALUES ($1, $2)`, [user.id, request.ip]);
      const [{ failures }] = (await manager.query(
        `SELECT count(*)::int AS failures FROM login_failure WHERE user_id = $1 AND occurred_at > now() - make_interval(mins => $2)`,
        [user.id, LOCKOUT_WINDOW_MINUTES],
      )) as [{ failures: number }];
      await this.events.record(
        { action: 'auth.login', outcome: 'failure', actor, targetType: 'user', targetId: user.id, reason, request },
        manager,
      );
      if (failures >= LOCKOUT_FAILURES) {
        const until = new Date(Date.now() + LOCKOUT_WINDOW_MINUTES * 60_000);
        await manager.update(User, { id: user.id }, { lockedUntil: until });
        await manager.query(`DELETE FROM login_failure WHERE user_id = $1`, [user.id]);
        await this.events.record(
          {
            action: 'auth.locked',
            outcome: 'success',
            actor,
            targetType: 'user',
            targetId: user.id,
            details: { until: until.toISOString(), failures },
            request,
          },
          manager,
        );
      }
    });
  }

  /**
   * The viewer behind a token, or null when the token is unknown, revoked, expired (idle or
   * absolute) or its account disabled. Touches last_seen_at at most once a minute.
   */
  async authenticate(token: string): Promise<Viewer | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const hash = sha256(token);
    const key = hash.toString('hex');
    const cached = this.sessions.get(key);
    if (cached) return cached;
    // One plain query (no entity hydration): the live session with its account, expiry checked
    // by the database's clock.
    const [row] = (await this.db.query(SESSION_LOOKUP, [hash, this.settings.idleMinutes])) as SessionRow[];
    if (!row) return null;
    if (row.touch) await this.db.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [row.session_id]);
    const maxAge = this.settings.passwordMaxAgeDays;
    const viewer: Viewer = {
      userId: row.user_id,
      sessionId: row.session_id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      scope: scopeOf({ role: row.role, districtId: row.district_id, streetId: row.street_id, communityId: row.community_id }),
      secondFactor: row.second_factor,
      hasTotp: row.has_totp,
      passwordExpired: maxAge > 0 && row.password_age_days > maxAge,
    };
    this.sessions.set(key, viewer);
    return viewer;
  }

  async logout(viewer: Viewer, request: RequestInfo): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.update(Session, { id: viewer.sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: 'logout' });
      await this.events.record(
        { action: 'auth.logout', outcome: 'success', actor: actorOf(viewer), targetType: 'session', targetId: viewer.sessionId, request },
        manager,
      );
    });
    this.sessions.forget(viewer.userId);
  }

  /** Changing the password ends every other session of the account. */
  async changePassword(viewer: Viewer, current: string, next: string, request: RequestInfo): Promise<void> {
    const user = await this.requireUser(viewer.userId);
    if (!(await verifyPassword(user.passwordHash, current))) {
      await this.events.record({
        action: 'auth.password_change',
        outcome: 'failure',
        actor: actorOf(viewer),
        targetType: 'user',
        targetId: user.id,
        reason: 'wrong current password',
        request,
      });
      throw badInput('currentPassword', 'is not the current password');
    }
    this.checkPassword('newPassword', next, user.username);
    if (await verifyPassword(user.passwordHash, next)) throw badInput('newPassword', 'must differ from the current password');
    const hash = await hashPassword(next);
    await this.db.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash: hash, passwordChangedAt: new Date() });
      const revoked = await this.revokeSessions(manager, user.id, 'password changed', viewer.sessionId);
      await this.events.record(
        {
          action: 'auth.password_change',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'user',
          targetId: user.id,
          details: { revokedSessions: revoked },
          request,
        },
        manager,
      );
    });
    this.sessions.forget(user.id);
  }

  /** Step one of TOTP enrolment: a new secret, shown once as a QR code; nothing changes until confirmed. */
  async startTotpEnrolment(viewer: Viewer): Promise<{ secret: string; otpauthUri: string; qrSvg: string }> {
    const user = await this.requireUser(viewer.userId);
    if (user.totpEnabledAt) throw badInput('totp', 'is already set up for this account');
    const secret = new OTPAuth.Secret({ size: 20 });
    await this.db.getRepository(User).update({ id: user.id }, { totpSecret: this.secrets.encrypt(TOTP_SECRET_CONTEXT, secret.base32) });
    const otpauthUri = totpFor(user.username, secret.base32).toString();
    const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return { secret: secret.base32, otpauthUri, qrSvg };
  }

  /**
   * Step two: a correct code from the app turns TOTP on, marks this session as having passed it,
   * and returns the one-time recovery codes (shown once; only their hashes are kept).
   */
  async confirmTotpEnrolment(viewer: Viewer, code: string, request: RequestInfo): Promise<string[]> {
    const user = await this.requireUser(viewer.userId);
    if (user.totpEnabledAt) throw badInput('totp', 'is already set up for this account');
    if (!user.totpSecret) throw badInput('totp', 'enrolment was not started');
    if (!(await this.acceptTotp(user, code))) throw badInput('code', 'does not match; check the time on your phone and try the next code');
    const codes = Array.from({ length: RECOVERY_CODES }, () => formatRecoveryCode(randomBytes(10)));
    await this.db.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { totpEnabledAt: new Date() });
      await manager.update(Session, { id: viewer.sessionId }, { secondFactor: true });
      await this.storeRecoveryCodes(manager, user.id, codes);
      await this.events.record(
        { action: 'auth.totp_enrol', outcome: 'success', actor: actorOf(viewer), targetType: 'user', targetId: user.id, request },
        manager,
      );
    });
    this.sessions.forget(user.id);
    return codes;
  }

  /** New recovery codes replace all unused old ones. */
  async regenerateRecoveryCodes(viewer: Viewer, request: RequestInfo): Promise<string[]> {
    const user = await this.requireUser(viewer.userId);
    if (!user.totpEnabledAt) throw badInput('totp', 'is not set up for this account');
    const codes = Array.from({ length: RECOVERY_CODES }, () => formatRecoveryCode(randomBytes(10)));
    await this.db.transaction(async (manager) => {
      await this.storeRecoveryCodes(manager, user.id, codes);
      await this.events.record(
        { action: 'auth.recovery_codes', outcome: 'success', actor: actorOf(viewer), targetType: 'user', targetId: user.id, request },
        manager,
      );
    });
    return codes;
  }

  // --- administration (ADMIN only, by policy) ---

  async listUsers(): Promise<User[]> {
    return this.db.getRepository(User).find({ order: { username: 'ASC' } });
  }

  async createUser(input: NewUserInput, actor: Viewer | null, request: RequestInfo): Promise<User> {
    const username = input.username.trim().toLowerCase();
    if (!/^[a-z0-9][a-z0-9._-]{2,31}$/.test(username)) {
      throw badInput('username', 'must be 3-32 characters: letters, digits, dot, dash or underscore, starting with a letter or digit');
    }
    const displayName = input.displayName.trim();
    if (displayName.length === 0 || [...displayName].length > 64) throw badInput('displayName', 'must be 1-64 characters');
    if (input.role === Role.DEVICE) throw badInput('role', 'DEVICE is for gate device keys, not accounts');
    this.checkPassword('password', input.password, username);
    const place = await this.resolvePlace(input);
    const user = this.db.getRepository(User).create({
      id: randomUUID(),
      username,
      displayName,
      role: input.role,
      ...place,
      passwordHash: await hashPassword(input.password),
      passwordChangedAt: new Date(),
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      lockedUntil: null,
      disabledAt: null,
      isDemo: input.isDemo ?? false,
    });
    await this.db.transaction(async (manager) => {
      const taken = await manager.getRepository(User).existsBy({ username });
      if (taken) throw badInput('username', 'is already taken');
      await manager.insert(User, user);
      await this.events.record(
        {
          action: 'user.create',
          outcome: 'success',
          actor: actor ? actorOf(actor) : null,
          targetType: 'user',
          targetId: user.id,
          details: { username, role: input.role },
          request,
        },
        manager,
      );
    });
    return this.requireUser(user.id);
  }

  /** Disabling ends every session of the account at once. */
  async setDisabled(userId: string, disabled: boolean, actor: Viewer, request: RequestInfo): Promise<User> {
    const user = await this.requireUser(userId);
    await this.db.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { disabledAt: disabled ? new Date() : null });
      if (disabled) await this.revokeSessions(manager, user.id, 'account disabled');
      await this.events.record(
        {
          action: disabled ? 'user.disable' : 'user.enable',
          outcome: 'success',
          actor: actorOf(actor),
          targetType: 'user',
          targetId: user.id,
          request,
        },
        manager,
      );
    });
    this.sessions.forget(user.id);
    return this.requireUser(user.id);
  }

  async unlock(userId: string, actor: Viewer, request: RequestInfo): Promise<User> {
    const user = await this.requireUser(userId);
    await this.db.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { lockedUntil: null });
      await manager.query(`DELETE FROM login_failure WHERE user_id = $1`, [user.id]);
      await this.events.record(
        { action: 'user.unlock', outcome: 'success', actor: actorOf(actor), targetType: 'user', targetId: user.id, request },
        manager,
      );
    });
    return this.requireUser(user.id);
  }

  async revokeAllSessions(userId: string, actor: Viewer, request: RequestInfo): Promise<number> {
    const user = await this.requireUser(userId);
    const revoked = await this.db.transaction(async (manager) => {
      const count = await this.revokeSessions(manager, user.id, 'revoked by an administrator');
      await this.events.record(
        {
          action: 'session.revoke_all',
          outcome: 'success',
          actor: actorOf(actor),
          targetType: 'user',
          targetId: user.id,
          details: { revokedSessions: count },
          request,
        },
        manager,
      );
      return count;
    });
    this.sessions.forget(user.id);
    return revoked;
  }

  async getUser(id: string): Promise<User> {
    return this.requireUser(id);
  }

  // --- internals ---

  private checkPassword(field: string, password: string, username: string): void {
    const problem = passwordProblem(password, username, this.settings.passwordRules);
    if (problem) throw badInput(field, problem);
  }

  private async requireUser(id: string): Promise<User> {
    const user = isUuid(id) ? await this.db.getRepository(User).findOneBy({ id }) : null;
    if (!user) throw notFound('User', id);
    return user;
  }

  /** Fills in the parents of the given place and checks it fits the role. */
  private async resolvePlace(input: NewUserInput): Promise<Pick<User, 'districtId' | 'streetId' | 'communityId'>> {
    const level = ROLE_SCOPE_LEVEL[input.role];
    const none = { districtId: null, streetId: null, communityId: null };
    if (level === null) {
      if (input.districtId || input.streetId || input.communityId)
        throw badInput('role', `${input.role} is not bound to a place; leave the place out`);
      return none;
    }
    const id = level === 'district' ? input.districtId : level === 'street' ? input.streetId : input.communityId;
    const field = level === 'district' ? 'districtId' : level === 'street' ? 'streetId' : 'communityId';
    if (!id || !isUuid(id)) throw badInput(field, `is required for ${input.role}`);
    const table = level === 'district' ? 'district' : level === 'street' ? 'street' : 'community';
    const [row] = (await this.db.query(
      `SELECT ${table === 'district' ? 'id AS district_id' : table === 'street' ? 'district_id, id AS street_id' : 'district_id, street_id, id AS community_id'} FROM ${table} WHERE id = $1`,
      [id],
    )) as { district_id: string; street_id?: string; community_id?: string }[];
    if (!row) throw badInput(field, 'does not exist');
    return { districtId: row.district_id, streetId: row.street_id ?? null, communityId: row.community_id ?? null };
  }

  /** A TOTP code within one step of drift, never the same step twice. */
  private async acceptTotp(user: User, code: string): Promise<boolean> {
    if (!user.totpSecret || !/^\d{6}$/.test(code.trim())) return false;
    const secret = this.secrets.decrypt(TOTP_SECRET_CONTEXT, user.totpSecret);
    const totp = totpFor(user.username, secret);
    const delta = totp.validate({ token: code.trim(), window: 1 });
    if (delta === null) return false;
    const step = Math.floor(Date.now() / 1000 / totp.period) + delta;
    // Conditional update: of two concurrent logins with the same code, one wins.
    const result: unknown = await this.db.query(
      `UPDATE app_user SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
      [user.id, step],
    );
    return updatedRows(result) === 1;
  }

  private async useRecoveryCode(user: User, code: string, request: RequestInfo): Promise<boolean> {
    const normalized = code.replace(/[\s-]/g, '').toUpperCase();
    if (!/^[A-Z2-7]{16}$/.test(normalized)) return false;
    const result: unknown = await this.db.query(
      `UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [user.id, sha256(normalized)],
    );
    const used = updatedRows(result) === 1;
    if (used) {
      await this.events.record({
        action: 'auth.recovery_code_used',
        outcome: 'success',
        actor: { id: user.id, username: user.username, role: user.role },
        targetType: 'user',
        targetId: user.id,
        request,
      });
    }
    return used;
  }

  private async storeRecoveryCodes(manager: EntityManager, userId: string, codes: string[]): Promise<void> {
    await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
    for (const code of codes) {
      await manager.query(`INSERT INTO recovery_code (id, user_id, code_hash) VALUES ($1, $2, $3)`, [
        randomUUID(),
        userId,
        sha256(code.replace(/-/g, '')),
      ]);
    }
  }

  private async revokeSessions(manager: EntityManager, userId: string, reason: string, keepSessionId?: string): Promise<number> {
    const result: unknown = await manager.query(
      `UPDATE user_session SET revoked_at = now(), revoke_reason = $2
        WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, keepSessionId ?? null],
    );
    return updatedRows(result);
  }
}

/** TypeORM's query() answers an UPDATE on PostgreSQL with [rows, affected count]. */
function updatedRows(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}

function actorOf(viewer: Viewer): { id: string; username: string; role: Role } {
  return { id: viewer.userId, username: viewer.username, role: viewer.role };
}

function totpFor(username: string, base32Secret: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(base32Secret),
  });
}

/** 16 base32 characters (80 bits) in groups of four: easy to read out and type. */
function formatRecoveryCode(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}
