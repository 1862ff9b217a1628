import * as OTPAuth from 'otpauth';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { createTestSession } from '../../test/sessions';
import { ClosureStatus } from '../compounds/compound.enums';
import { parseConfig } from '../config';
import { DEFAULT_RATE_LIMITS } from '../http/rate-limit';
import { createServices } from '../services';
import { type AuthService, LOCKOUT_FAILURES } from './auth.service';
import { passwordProblem } from './password';
import { Role } from './roles';

const PASSWORD = 'lantern-orchid-1987';
const SYSTEM = { requestId: 'test', ip: null };

const LOGIN = `mutation Login($input: LoginInput!, $returnToken: Boolean! = true) {
  login(input: $input, returnToken: $returnToken) { token expiresAt me { username role secondFactor hasTotp secondFactorRequired } }
}`;
const ME = `{ me { username role } }`;
const DISTRICTS = `{ districts { name } }`;

interface LoginData {
  login: { token: string | null; me: { username: string; role: Role; secondFactor: boolean; hasTotp: boolean } };
}

describe('accounts and sessions', () => {
  let t: TestDatabase;
  let api: TestApi;
  let auth: AuthService;

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [
      { key: 'a', community: 'c1', name: '甲院', yearBuilt: 1980, households: 10, floorArea: 500, isOld: true, status: ClosureStatus.OPEN },
    ]);
    // Many logins from one address here; the limiter has its own test below.
    // Sessions are changed behind the API's back (expiry, age) here: no session cache; it has its own test.
    api = await startTestApi(t.db, t.url, {
      rateLimit: { ...DEFAULT_RATE_LIMITS, loginAttemptsPer15Min: 1000 },
      env: { SESSION_CACHE_MS: '0' },
    });
    auth = createServices(t.db, parseConfig({ NODE_ENV: 'test' })).auth;
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const create = (username: string, role = Role.HOTLINE_AGENT) =>
    auth.createUser(
      { username, displayName: username, role, password: PASSWORD, districtId: role === Role.HOTLINE_AGENT ? WORLD.d1 : null },
      null,
      SYSTEM,
    );
  const login = (username: string, password = PASSWORD, extra: Record<string, unknown> = {}) =>
    api.gqlAs<LoginData>(null, LOGIN, { input: { username, password, ...extra } });
  const auditCount = async (action: string, targetId?: string) => {
    const [row] = (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND ($2::text IS NULL OR target_id = $2)`, [
      action,
      targetId ?? null,
    ])) as [{ n: number }];
    return row.n;
  };

  describe('password policy', () => {
    const rules = { requireComposition: false };
    it.each([
      ['short', 'abc12345678', 'must be at least 12 characters'],
      ['over 64', 'x'.repeat(65), 'must be at most 64 characters'],
      ['containing the user name', 'my-wangfang-secret', 'must not contain the user name'],
      ['in the leaked list', '1qaz2wsx3edc', 'is too common (it appears in lists of leaked passwords)'],
      ['pinyin favourite', 'woaini1314520', 'is too common (it appears in lists of leaked passwords)'],
    ])('refuses a password %s', (_name, password, reason) => {
      expect(passwordProblem(password, 'wangfang', rules)).toBe(reason);
    });
    it('accepts 12 to 64 characters of anything, including Chinese passphrases', () => {
      expect(passwordProblem('lantern-orchid-1987', 'wangfang', rules)).toBeNull();
      expect(passwordProblem('我家门口有棵老槐树每年五月开花', 'wangfang', rules)).toBeNull();
      expect(passwordProblem('x'.repeat(64), 'wangfang', rules)).toBeNull();
    });
    it('asks for three character classes only when composition rules are switched on', () => {
      expect(passwordProblem('lanternorchidmoon', 'wangfang', { requireComposition: true })).toMatch(/at least three/);
      expect(passwordProblem('Lantern-orchid-moon', 'wangfang', { requireComposition: true })).toBeNull();
    });
    it('hashes with argon2id at 19 MiB, 2 passes, 1 lane', async () => {
      const user = await create('hash-check');
      const [{ password_hash }] = (await t.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id])) as [
        { password_hash: string },
      ];
      expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });
  });

  it('refuses bad account input field by field, storing nothing', async () => {
    const bad = [
      [{ username: 'x' }, 'username'],
      [{ password: 'short' }, 'password'],
      [{ role: Role.STREET_OFFICER, districtId: null }, 'streetId'],
      [{ role: Role.ADMIN, districtId: WORLD.d1 }, 'role'],
    ] as const;
    for (const [patch, field] of bad) {
      await expect(
        auth.createUser(
          { username: 'valid-name', displayName: '某', role: Role.HOTLINE_AGENT, password: PASSWORD, districtId: WORLD.d1, ...patch },
          null,
          SYSTEM,
        ),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM app_user WHERE username = 'valid-name'`)) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('logs in with a cookie for the dashboard and a bearer token for API clients', async () => {
    await create('agent-li');
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username: 'Agent-Li', password: PASSWORD }, returnToken: false } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^anju_session=anju_s_[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const body = (await res.json()) as { data: LoginData };
    expect(body.data.login.token).toBeNull();

    const withCookie = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await withCookie.json()) as { data: unknown }).data).toEqual({ me: { username: 'agent-li', role: 'HOTLINE_AGENT' } });

    const { data } = await login('agent-li');
    expect((await api.gqlAs(data!.login.token, ME)).data).toEqual({ me: { username: 'agent-li', role: 'HOTLINE_AGENT' } });
    expect(await auditCount('auth.login')).toBeGreaterThanOrEqual(2);
  });

  it('gives the same answer for an unknown user and a wrong password, and audits both', async () => {
    await create('agent-wu');
    const unknown = await login('nobody-here');
    const wrong = await login('agent-wu', 'not-the-password-1');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login' AND outcome = 'failure'`)) as [
      { n: number },
    ];
    expect(n).toBeGreaterThanOrEqual(2);
  });

  it(`locks an account after ${LOCKOUT_FAILURES} failures in 15 minutes, until an admin unlocks it`, async () => {
    const user = await create('agent-zhao');
    for (let i = 0; i < LOCKOUT_FAILURES; i++) await login('agent-zhao', `wrong-password-${i}x`);
    const locked = await login('agent-zhao');
    expect(locked.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(await auditCount('auth.locked', user.id)).toBe(1);

    const admin = await createTestSession(t.db, { role: Role.ADMIN });
    const unlocked = await api.gqlAs<{ unlockUser: { lockedUntil: string | null } }>(
      admin.token,
      `mutation($id: ID!) { unlockUser(id: $id) { lockedUntil } }`,
      { id: user.id },
    );
    expect(unlocked.data?.unlockUser.lockedUntil).toBeNull();
    expect((await login('agent-zhao')).data?.login.me.username).toBe('agent-zhao');
  });

  it('ends a session at logout, at idle and absolute expiry, and for a forged token', async () => {
    await create('agent-sun');
    const token = (await login('agent-sun')).data!.login.token!;
    expect((await api.gqlAs(token, DISTRICTS)).errors).toBeUndefined();
    await api.gqlAs(token, `mutation { logout }`);
    expect((await api.gqlAs(token, DISTRICTS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const idle = (await login('agent-sun')).data!.login.token!;
    await t.db.query(
      `UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = (SELECT id FROM app_user WHERE username = 'agent-sun')`,
    );
    expect((await api.gqlAs(idle, DISTRICTS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const old = (await login('agent-sun')).data!.login.token!;
    await t.db.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL`);
    expect((await api.gqlAs(old, DISTRICTS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect((await api.gqlAs(`anju_s_${'A'.repeat(43)}`, DISTRICTS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gqlAs(null, DISTRICTS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('revokes the other sessions when the password changes, and all of them when the account is disabled', async () => {
    const user = await create('agent-qian');
    const first = (await login('agent-qian')).data!.login.token!;
    const second = (await login('agent-qian')).data!.login.token!;
    const next = 'new-lantern-orchid-2024';
    const changed = await api.gqlAs(second, `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`, {
      c: PASSWORD,
      n: next,
    });
    expect(changed.errors).toBeUndefined();
    expect((await api.gqlAs(first, DISTRICTS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gqlAs(second, DISTRICTS)).errors).toBeUndefined();

    const admin = await createTestSession(t.db, { role: Role.ADMIN });
    await api.gqlAs(admin.token, `mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabledAt } }`, { id: user.id });
    expect((await api.gqlAs(second, DISTRICTS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login('agent-qian', next)).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(await auditCount('user.disable', user.id)).toBe(1);
  });

  it('throttles login attempts per client address, audited, whatever the account', async () => {
    const limited = await startTestApi(t.db, t.url, {
      rateLimit: { ...DEFAULT_RATE_LIMITS, loginAttemptsPer15Min: 3, keyPrefix: 'login-limit-test' },
    });
    try {
      await create('agent-he');
      const attempt = () => limited.gqlAs<LoginData>(null, LOGIN, { input: { username: 'agent-he', password: PASSWORD } });
      for (let i = 0; i < 3; i++) expect((await attempt()).errors).toBeUndefined();
      const refused = await attempt();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      const [{ n }] = (await t.db.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login' AND outcome = 'denied' AND reason = 'too many attempts from this address'`,
      )) as [{ n: number }];
      expect(n).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it('limits requests per account across addresses, leaving other accounts alone', async () => {
    const limited = await startTestApi(t.db, t.url, {
      rateLimit: { ...DEFAULT_RATE_LIMITS, userPerMinute: 2, keyPrefix: 'user-limit-test' },
    });
    try {
      const busy = await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: WORLD.d1 });
      const calm = await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: WORLD.d1 });
      expect((await limited.gqlAs(busy.token, DISTRICTS)).errors).toBeUndefined();
      expect((await limited.gqlAs(busy.token, DISTRICTS)).errors).toBeUndefined();
      expect((await limited.gqlAs(busy.token, DISTRICTS)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect((await limited.gqlAs(calm.token, DISTRICTS)).errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('marks a session whose password is older than PASSWORD_MAX_AGE_DAYS as expired, and only then', async () => {
    const strict = createServices(t.db, parseConfig({ NODE_ENV: 'test', PASSWORD_MAX_AGE_DAYS: '30', SESSION_CACHE_MS: '0' })).auth;
    const user = await create('agent-lu');
    const { token } = await strict.login({ username: 'agent-lu', password: PASSWORD }, SYSTEM);
    expect((await strict.authenticate(token))?.passwordExpired).toBe(false);
    await t.db.query(`UPDATE app_user SET password_changed_at = now() - interval '31 days' WHERE id = $1`, [user.id]);
    expect((await strict.authenticate(token))?.passwordExpired).toBe(true);
    expect((await auth.authenticate(token))?.passwordExpired).toBe(false);
  });

  it('trusts a checked session for SESSION_CACHE_MS, but forgets it at once on logout or revocation through the same process', async () => {
    const cached = createServices(t.db, parseConfig({ NODE_ENV: 'test', SESSION_CACHE_MS: '60000' })).auth;
    const user = await create('agent-cao');
    const first = await cached.login({ username: 'agent-cao', password: PASSWORD }, SYSTEM);
    const viewer = (await cached.authenticate(first.token))!;
    // Revoked behind this process's back (another API process): still trusted within the TTL...
    await t.db.query(`UPDATE user_session SET revoked_at = now() WHERE id = $1`, [first.session.id]);
    expect(await cached.authenticate(first.token)).not.toBeNull();
    // ...but a logout through this process ends it at once.
    await cached.logout(viewer, SYSTEM);
    expect(await cached.authenticate(first.token)).toBeNull();

    const second = await cached.login({ username: 'agent-cao', password: PASSWORD }, SYSTEM);
    expect(await cached.authenticate(second.token)).not.toBeNull();
    const admin = await createTestSession(t.db, { role: Role.ADMIN });
    await cached.revokeAllSessions(user.id, { ...viewer, userId: admin.userId, username: admin.username, role: Role.ADMIN }, SYSTEM);
    expect(await cached.authenticate(second.token)).toBeNull();
  });

  it('makes a 2FA role enrol TOTP first, then asks for a code at every login (one step of drift, no replay)', async () => {
    await create('admin-ma', Role.ADMIN);
    const first = (await login('admin-ma')).data!.login.token!;
    expect((await api.gqlAs(first, `{ users { username } }`)).errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_ENROLMENT_REQUIRED');

    const enrolment = await api.gqlAs<{ startTotpEnrolment: { secret: string; otpauthUri: string; qrSvg: string } }>(
      first,
      `mutation { startTotpEnrolment { secret otpauthUri qrSvg } }`,
    );
    const { secret, otpauthUri, qrSvg } = enrolment.data!.startTotpEnrolment;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(qrSvg).toMatch(/^<svg/);
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    const now = Date.now();

    const confirmed = await api.gqlAs<{ confirmTotpEnrolment: string[] }>(
      first,
      `mutation($c: String!) { confirmTotpEnrolment(code: $c) }`,
      {
        c: totp.generate({ timestamp: now - 30_000 }),
      },
    );
    const recovery = confirmed.data!.confirmTotpEnrolment;
    expect(recovery).toHaveLength(10);
    expect((await api.gqlAs(first, `{ users { username } }`)).errors).toBeUndefined();

    expect((await login('admin-ma')).errors?.[0]?.extensions?.code).toBe('SECOND_FACTOR_REQUIRED');
    const current = totp.generate({ timestamp: now });
    const withCode = await login('admin-ma', PASSWORD, { totpCode: current });
    expect(withCode.data?.login.me.secondFactor).toBe(true);
    // The same code again is a replay.
    expect((await login('admin-ma', PASSWORD, { totpCode: current })).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    // One step ahead (the phone's clock runs fast) is accepted; two are not.
    expect((await login('admin-ma', PASSWORD, { totpCode: totp.generate({ timestamp: now + 30_000 }) })).data?.login.me.secondFactor).toBe(
      true,
    );
    expect(
      (await login('admin-ma', PASSWORD, { totpCode: totp.generate({ timestamp: now + 90_000 }) })).errors?.[0]?.extensions?.code,
    ).toBe('INVALID_CREDENTIALS');

    // A recovery code works once.
    const code = recovery[0]!;
    expect((await login('admin-ma', PASSWORD, { recoveryCode: code.toLowerCase() })).data?.login.me.secondFactor).toBe(true);
    expect((await login('admin-ma', PASSWORD, { recoveryCode: code })).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect(await auditCount('auth.totp_enrol')).toBe(1);
  });
});
