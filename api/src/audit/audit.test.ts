import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { startTestApi } from '../../test/api';
import { createTestSession } from '../../test/sessions';
import { Role } from '../auth/roles';
import { createDataSource } from '../db/data-source';
import { canonicalJson, entryHash } from './audit.hash';
import { AuditService } from './audit.service';
import { AuditBreakReason, AuditOutcome, type AuditEntryInput } from './audit.types';

const ROOT = path.join(__dirname, '..', '..', '..');
const ALICE = '6f1c1d4e-0000-4000-8000-000000000001';
const BOB = '6f1c1d4e-0000-4000-8000-000000000002';

describe('audit log', () => {
  const databases: TestDatabase[] = [];
  const fresh = async () => {
    const t = await createTestDatabase();
    databases.push(t);
    return t;
  };
  afterAll(async () => {
    for (const t of databases) await t.drop();
  });

  /** A clock the test moves by hand. */
  const clockAt = (start: string) => {
    const clock = { now: new Date(start), fn: () => clock.now };
    return clock;
  };

  const entry = (n: number, extra: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
    actorId: ALICE,
    actorName: 'alice',
    actorRole: 'OPERATOR',
    action: 'personal.reveal',
    targetType: 'resident',
    targetId: `r${n}`,
    reason: `call ${n}`,
    requestId: `req-${n}`,
    ip: '10.0.0.1',
    ...extra,
  });

  /** Runs a statement as the superuser with the partition's user triggers off, as an attacker could. */
  const tamper = async (t: TestDatabase, seq: number, sql: string) => {
    const [{ part }] = await t.db.query<[{ part: string }]>(`SELECT tableoid::regclass::text AS part FROM audit_log WHERE seq = $1`, [seq]);
    await t.db.query(`ALTER TABLE ${part} DISABLE TRIGGER USER`);
    await t.db.query(sql.replace('$part', part), [seq]);
    await t.db.query(`ALTER TABLE ${part} ENABLE TRIGGER USER`);
  };

  it('canonical JSON sorts keys at every level and drops nothing but undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: '中', u: undefined }, n: null })).toBe(
      '{"a":{"c":"中","d":[1,{"x":1,"y":2}]},"b":1,"n":null}',
    );
  });

  it('appends entries whose hashes chain and follow the documented format', async () => {
    const t = await fresh();
    const clock = clockAt('2025-11-26T08:00:00.123Z');
    const audit = new AuditService(t.db, clock.fn);
    await audit.ensurePartitions(clock.now);
    const first = await audit.record(entry(1, { ip: '::ffff:10.0.0.1', details: { fields: ['idNumber'], n: 1.5 } }));
    clock.now = new Date('2025-11-26T08:00:01Z');
    const second = await audit.record({
      action: 'auth.login_failed',
      outcome: AuditOutcome.FAILURE,
      targetType: 'user',
      targetId: 'nobody',
    });

    expect(first).toMatchObject({ seq: '1', prevHash: null, action: 'personal.reveal', outcome: 'success', ip: '::ffff:10.0.0.1' });
    expect(second).toMatchObject({ seq: '2', prevHash: first.hash, actorId: null, outcome: 'failure' });

    // What an external verifier does, from docs/security.md alone.
    const json =
      '{"action":"personal.reveal","actor_id":"6f1c1d4e-0000-4000-8000-000000000001","actor_name":"alice","actor_role":"OPERATOR",' +
      '"details":{"fields":["idNumber"],"n":1.5},"ip":"::ffff:10.0.0.1","occurred_at":"2025-11-26T08:00:00.123000Z",' +
      '"outcome":"success","reason":"call 1","request_id":"req-1","seq":"1","target_id":"r1","target_type":"resident"}';
    expect(first.hash).toBe(createHash('sha256').update(json, 'utf8').digest('hex'));
    const json2 =
      '{"action":"auth.login_failed","actor_id":null,"actor_name":null,"actor_role":null,"details":{},"ip":null,' +
      '"occurred_at":"2025-11-26T08:00:01.000000Z","outcome":"failure","reason":null,"request_id":null,"seq":"2",' +
      '"target_id":"nobody","target_type":"user"}';
    expect(second.hash).toBe(createHash('sha256').update(Buffer.from(first.hash, 'hex')).update(json2, 'utf8').digest('hex'));
    expect(await audit.verify()).toEqual({ ok: true, checked: 2, head: { seq: '2', hash: second.hash } });
  });

  it('writes in the caller transaction: a rollback leaves neither the change nor a gap', async () => {
    const t = await fresh();
    const audit = new AuditService(t.db);
    await audit.record(entry(1));
    await expect(
      t.db.transaction(async (m) => {
        await audit.record(entry(2), m);
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    await t.db.transaction((m) => audit.record(entry(3), m));
    const seqs = await t.db.query<{ seq: string; reason: string }[]>(`SELECT seq::text AS seq, reason FROM audit_log ORDER BY seq`);
    expect(seqs).toEqual([
      { seq: '1', reason: 'call 1' },
      { seq: '2', reason: 'call 3' },
    ]);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('refuses malformed actions and snapshots older than the append lock', async () => {
    const t = await fresh();
    const audit = new AuditService(t.db);
    await expect(audit.record({ action: 'Login' })).rejects.toThrow('must be a dotted verb');
    await expect(t.db.transaction('REPEATABLE READ', (m) => audit.record(entry(1), m))).rejects.toThrow('READ COMMITTED');
  });

  it('stays one linear chain when two processes append at once', async () => {
    const t = await fresh();
    const other = createDataSource({ url: t.url, poolSize: 5 });
    await other.initialize();
    try {
      const a = new AuditService(t.db);
      const b = new AuditService(other);
      await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).record(entry(i, { actorName: i % 2 ? 'alice' : 'bob' }))));
    } finally {
      await other.destroy();
    }
    const [{ n, min, max }] = await t.db.query(`SELECT count(*)::int AS n, min(seq)::int AS min, max(seq)::int AS max FROM audit_log`);
    expect({ n, min, max }).toEqual({ n: 40, min: 1, max: 40 });
    expect(await new AuditService(t.db).verify({ batchSize: 7 })).toMatchObject({ ok: true, checked: 40 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE, on the table and on its partitions', async () => {
    const t = await fresh();
    await new AuditService(t.db).record(entry(1));
    const [{ part }] = await t.db.query<[{ part: string }]>(`SELECT tableoid::regclass::text AS part FROM audit_log`);
    for (const table of ['audit_log', part]) {
      await expect(t.db.query(`UPDATE ${table} SET reason = 'x'`)).rejects.toThrow(
        /audit log is append-only: UPDATE on audit_log_\d{4}_\d{2}/,
      );
      await expect(t.db.query(`DELETE FROM ${table}`)).rejects.toThrow(/audit log is append-only: DELETE on audit_log_\d{4}_\d{2}/);
      await expect(t.db.query(`TRUNCATE ${table}`)).rejects.toThrow(/audit log is append-only: TRUNCATE on audit_log/);
    }
    await expect(t.db.query(`TRUNCATE audit_anchor`)).rejects.toThrow('append-only');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(n).toBe(1);
  });

  it('finds a row edited by a superuser with the triggers disabled, at exactly that seq', async () => {
    const t = await fresh();
    const audit = new AuditService(t.db);
    for (let i = 1; i <= 5; i++) await audit.record(entry(i));
    await tamper(t, 3, `UPDATE $part SET reason = 'nothing to see' WHERE seq = $1`);

    const result = await audit.verify({ batchSize: 2 });
    expect(result).toMatchObject({ ok: false, checked: 2, brokenAt: { seq: '3', reason: AuditBreakReason.HASH_MISMATCH } });
    // Starting past the edit, the rest of the chain is intact.
    expect(await audit.verify({ from: '4' })).toMatchObject({ ok: true, checked: 2 });
  });

  it('finds a deleted row at the next seq', async () => {
    const t = await fresh();
    const audit = new AuditService(t.db);
    for (let i = 1; i <= 4; i++) await audit.record(entry(i));
    await tamper(t, 2, `DELETE FROM $part WHERE seq = $1`);
    expect(await audit.verify()).toMatchObject({ ok: false, checked: 1, brokenAt: { seq: '3', reason: AuditBreakReason.GAP } });
  });

  it('finds a row rewritten with a correctly recomputed hash at the next entry', async () => {
    const t = await fresh();
    const audit = new AuditService(t.db);
    const [first, second] = [await audit.record(entry(1)), await audit.record(entry(2))];
    await audit.record(entry(3));
    // The attacker knows the format and recomputes the edited row's hash; its successor still points at the old one.
    const [{ at }] = await t.db.query(
      `SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at FROM audit_log WHERE seq = 2`,
    );
    const forged = entryHash(Buffer.from(first.hash, 'hex'), {
      seq: '2',
      occurred_at: at as string,
      actor_id: ALICE,
      actor_name: 'alice',
      actor_role: 'OPERATOR',
      action: 'personal.reveal',
      outcome: 'success',
      target_type: 'resident',
      target_id: 'r2',
      reason: 'forged',
      request_id: 'req-2',
      ip: '10.0.0.1',
      details: {},
    });
    await tamper(t, 2, `UPDATE $part SET reason = 'forged', hash = '\\x${forged.toString('hex')}' WHERE seq = $1`);
    expect((await audit.list({}, { first: 3 })).edges[1]!.node.hash).not.toBe(second.hash);
    expect(await audit.verify()).toMatchObject({
      ok: false,
      checked: 2,
      brokenAt: { seq: '3', reason: AuditBreakReason.PREV_HASH_MISMATCH },
    });
  });

  it('retention drops only whole partitions older than the cutoff, keeps an anchor, and refuses < 180 days', async () => {
    const t = await fresh();
    const clock = clockAt('2024-01-15T00:00:00Z');
    const audit = new AuditService(t.db, clock.fn);
    await audit.ensurePartitions(new Date('2024-01-15T00:00:00Z'));
    await audit.ensurePartitions(new Date('2024-02-15T00:00:00Z'));
    await audit.ensurePartitions(new Date('2024-02-15T00:00:00Z'));
    for (const at of ['2024-01-15T00:00:00Z', '2024-01-20T00:00:00Z', '2024-02-10T00:00:00Z', '2024-02-29T15:59:59Z']) {
      clock.now = new Date(at);
      await audit.record(entry(0));
    }
    // Beijing months: 2024-02-29T16:00Z is already March in Beijing.
    clock.now = new Date('2024-02-29T16:00:00Z');
    await audit.record(entry(5));

    const now = new Date('2024-09-10T00:00:00Z');
    await expect(audit.dropPartitionsOlderThan(179, now)).rejects.toThrow('kept at least 180 days');
    // 2024-09-10 minus 190 days is 2024-03-04: January and February are wholly older, March is not.
    expect(await audit.dropPartitionsOlderThan(190, now)).toEqual(['audit_log_2024_01', 'audit_log_2024_02']);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_log`);
    expect(n).toBe(1);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 1, head: { seq: '5' } });

    // Everything dropped: the chain goes on from the anchor.
    expect(await audit.dropPartitionsOlderThan(180, new Date('2024-12-01T00:00:00Z'))).toEqual(['audit_log_2024_03']);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 0, head: { seq: '5' } });
    clock.now = new Date();
    await audit.record(entry(6));
    await audit.record(entry(7));
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 2, head: { seq: '7' } });
    const anchors = await t.db.query(`SELECT seq::int AS seq, partition_name FROM audit_anchor ORDER BY seq`);
    expect(anchors).toEqual([
      { seq: 2, partition_name: 'audit_log_2024_01' },
      { seq: 4, partition_name: 'audit_log_2024_02' },
      { seq: 5, partition_name: 'audit_log_2024_03' },
    ]);
    await expect(t.db.query(`UPDATE audit_anchor SET seq = 1`)).rejects.toThrow('append-only');
  });

  it('maintain creates this and next month for a Beijing day', async () => {
    const t = await fresh();
    const audit = new AuditService(t.db);
    await audit.maintain(365, '2030-12-31');
    const parts = await t.db.query<{ name: string }[]>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'audit_log'::regclass AND c.relname >= 'audit_log_2030' ORDER BY 1`,
    );
    expect(parts.map((p) => p.name)).toEqual(['audit_log_2030_12', 'audit_log_2031_01']);
    await expect(audit.maintain(365, '31.12.2030')).rejects.toThrow('YYYY-MM-DD');
  });

  describe('listing', () => {
    let t: TestDatabase;
    let audit: AuditService;
    const ALL = 23;

    beforeAll(async () => {
      t = await fresh();
      const clock = clockAt('2025-01-01T00:00:00Z');
      audit = new AuditService(t.db, clock.fn);
      await audit.ensurePartitions(clock.now);
      for (let i = 1; i <= ALL; i++) {
        clock.now = new Date(Date.UTC(2025, 0, 1, i));
        await audit.record(
          entry(i, {
            actorId: i % 3 === 0 ? BOB : ALICE,
            actorName: i % 3 === 0 ? 'bob' : 'alice',
            action: i % 4 === 0 ? 'auth.login' : i % 5 === 0 ? 'auth.login_failed' : 'personal.reveal',
            outcome: i % 5 === 0 ? AuditOutcome.FAILURE : AuditOutcome.SUCCESS,
            targetId: `r${i % 2}`,
          }),
        );
      }
    });

    const seqs = (page: { edges: { node: { seq: string } }[] }) => page.edges.map((e) => Number(e.node.seq));

    it('pages newest first, forward and backward, without losing or repeating an entry', async () => {
      const forward: number[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await audit.list({}, { first: 5, after });
        forward.push(...seqs(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(forward).toEqual(Array.from({ length: ALL }, (_, i) => ALL - i));

      const backward: number[] = [];
      let before: string | null = null;
      for (;;) {
        const page = await audit.list({}, { last: 6, before });
        backward.unshift(...seqs(page));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward).toEqual(forward);
      expect(await (await audit.list({}, {})).totalCount).toBe(ALL);
    });

    it('filters by actor, action (exact or prefix), outcome, target and time', async () => {
      const all = Array.from({ length: ALL }, (_, i) => i + 1).reverse();
      const check = async (filter: Parameters<AuditService['list']>[0], expected: number[]) => {
        const page = await audit.list(filter, { first: 100 });
        expect(seqs(page)).toEqual(expected);
        expect(await page.totalCount).toBe(expected.length);
      };
      await check(
        { actorId: BOB },
        all.filter((i) => i % 3 === 0),
      );
      await check(
        { actorName: 'alice' },
        all.filter((i) => i % 3 !== 0),
      );
      await check(
        { action: 'auth.login' },
        all.filter((i) => i % 4 === 0),
      );
      await check(
        { action: 'auth.*' },
        all.filter((i) => i % 4 === 0 || i % 5 === 0),
      );
      await check(
        { action: 'auth.login_*' },
        all.filter((i) => i % 4 !== 0 && i % 5 === 0),
      );
      await check(
        { outcome: AuditOutcome.FAILURE },
        all.filter((i) => i % 5 === 0),
      );
      await check(
        { targetType: 'resident', targetId: 'r1' },
        all.filter((i) => i % 2 === 1),
      );
      await check({ since: new Date(Date.UTC(2025, 0, 1, 5)), until: new Date(Date.UTC(2025, 0, 1, 8)) }, [7, 6, 5]);
      await check({ actorId: BOB, action: 'auth.*', since: new Date(Date.UTC(2025, 0, 1, 13)) }, [15]);
    });

    it('refuses bad cursors and page sizes as BAD_USER_INPUT', async () => {
      await expect(audit.list({}, { after: 'nonsense' })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
      await expect(audit.list({}, { first: 0 })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
      await expect(audit.list({}, { first: 1, before: 'x' })).rejects.toMatchObject({ extensions: { field: 'last' } });
      await expect(audit.list({ actorId: 'alice' }, {})).rejects.toMatchObject({ extensions: { field: 'filter.actorId' } });
    });

    it('serves auditLog and auditVerification over GraphQL', async () => {
      const api = await startTestApi(t.db, t.url);
      const auditor = await createTestSession(t.db, { role: Role.AUDITOR });
      try {
        const res = await api.gqlAs<{
          auditLog: {
            totalCount: number;
            edges: { node: { seq: string; action: string; outcome: string; hash: string; details: string } }[];
          };
          auditVerification: { ok: boolean; checked: number; brokenAt: null; headSeq: string };
        }>(
          auditor.token,
          `query($f: AuditFilter) {
            auditLog(filter: $f, first: 2) { totalCount edges { node { seq action outcome hash details occurredAt } } }
            auditVerification { ok checked brokenAt { seq reason } headSeq }
          }`,
          { f: { action: 'auth.*', outcome: 'FAILURE' } },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.auditLog.totalCount).toBe(4);
        expect(res.data!.auditLog.edges.map((e) => [e.node.seq, e.node.action, e.node.outcome])).toEqual([
          ['20', 'auth.login', 'FAILURE'],
          ['15', 'auth.login_failed', 'FAILURE'],
        ]);
        expect(res.data!.auditLog.edges[0]!.node.hash).toMatch(/^[0-9a-f]{64}$/);
        // The API audits too (e.g. refusals), so the chain may have grown past the fixture.
        const verification = res.data!.auditVerification;
        expect(verification).toMatchObject({ ok: true, brokenAt: null, headSeq: String(verification.checked) });
        expect(verification.checked).toBeGreaterThanOrEqual(ALL);
      } finally {
        await api.close();
      }
    });
  });

  it('npm run audit:verify exits 0 when intact and 2 at the first broken link', async () => {
    const t = await fresh();
    const audit = new AuditService(t.db);
    for (let i = 1; i <= 3; i++) await audit.record(entry(i));
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, DATABASE_URL: t.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      });
    const intact = run();
    expect(intact.stdout).toMatch(/^audit log intact: 3 entries checked\nhead: seq 3 hash [0-9a-f]{64}\n$/);
    expect(intact.status).toBe(0);

    await tamper(t, 2, `UPDATE $part SET target_id = 'r9' WHERE seq = $1`);
    const [{ at }] = await t.db.query(`SELECT occurred_at AS at FROM audit_log WHERE seq = 2`);
    const broken = run();
    expect(broken.stdout).toBe(`audit log BROKEN at seq 2 (occurred_at ${(at as Date).toISOString()}): hash mismatch\n`);
    expect(broken.status).toBe(2);
  });
});
