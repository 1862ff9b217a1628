import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, toPage, type ConnectionArgs, type Page, type PageRequest } from '../graphql/pagination';
import { entryHash, type HashedFields } from './audit.hash';
import { AuditBreakReason, AuditOutcome, type AuditEntry, type AuditEntryInput, type AuditFilter, type VerifyResult } from './audit.types';

/**
 * Appenders, partition creation and retention serialise on this advisory lock ('AUDT'), so the
 * chain stays linear across processes. audit_ensure_partitions (migration) uses the same number.
 */
export const AUDIT_LOCK = 1096107092;

/** Cybersecurity Law art. 21: network logs are kept at least six months. */
export const MIN_RETENTION_DAYS = 180;

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/** occurred_at exactly as hashed: UTC, microseconds. */
const AT_TEXT = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

// Careful: ORDER BY seq would sort by this text alias; queries order by the qualified column.
const COLUMNS = `seq::text AS seq, ${AT_TEXT('occurred_at')} AS occurred_at, actor_id::text AS actor_id, actor_name, actor_role,
  action, outcome, target_type, target_id, reason, request_id, abbrev(ip) AS ip, details::text AS details, prev_hash, hash`;

/** A row as COLUMNS selects it: the hashed fields (details still as JSON text) plus the chain links. */
interface Row extends Omit<HashedFields, 'details'> {
  details: string;
  prev_hash: Buffer | null;
  hash: Buffer;
}

function hashedFields(row: Row): HashedFields {
  return {
    seq: row.seq,
    occurred_at: row.occurred_at,
    actor_id: row.actor_id,
    actor_name: row.actor_name,
    actor_role: row.actor_role,
    action: row.action,
    outcome: row.outcome,
    target_type: row.target_type,
    target_id: row.target_id,
    reason: row.reason,
    request_id: row.request_id,
    ip: row.ip,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

function toEntry(row: Row): AuditEntry {
  return {
    seq: row.seq,
    occurredAt: new Date(row.occurred_at),
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    action: row.action,
    outcome: row.outcome as AuditOutcome,
    targetType: row.target_type,
    targetId: row.target_id,
    reason: row.reason,
    requestId: row.request_id,
    ip: row.ip,
    details: row.details,
    prevHash: row.prev_hash?.toString('hex') ?? null,
    hash: row.hash.toString('hex'),
  };
}

/** Audit rows are keyed by seq, not by uuid, so their cursor is the seq alone. */
const CURSOR_SORT = 'audit:seq';

function encodeSeqCursor(seq: string): string {
  return Buffer.from(JSON.stringify([CURSOR_SORT, seq]), 'utf8').toString('base64url');
}

function decodeSeqCursor(field: string, raw: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badInput(field, 'is not a valid cursor');
  }
  if (!Array.isArray(parsed) || parsed[0] !== CURSOR_SORT || typeof parsed[1] !== 'string' || !/^[1-9]\d{0,18}$/.test(parsed[1])) {
    throw badInput(field, 'is not a valid cursor');
  }
  return parsed[1];
}

function pageSize(field: string, value: number | null | undefined): number {
  if (value == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) throw badInput(field, `must be between 1 and ${MAX_PAGE_SIZE}`);
  return value;
}

/** The shared pageRequest with a seq cursor; same rules and messages. */
function seqPageRequest(args: ConnectionArgs): PageRequest & { seq: string | null } {
  const forward = args.first != null || args.after != null;
  const backward = args.last != null || args.before != null;
  if (forward && backward) throw badInput('last', 'cannot be combined with first/after; page one way at a time');
  const [direction, field, raw, size] = backward
    ? (['backward', 'before', args.before, pageSize('last', args.last)] as const)
    : (['forward', 'after', args.after, pageSize('first', args.first)] as const);
  const seq = raw != null ? decodeSeqCursor(field, raw) : null;
  return { direction, limit: size, seq, cursor: seq === null ? null : { sort: CURSOR_SORT, value: seq, id: seq } };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * The tamper-evident audit log. Entries are only ever appended; each one's hash covers the
 * previous hash, so a changed, removed or inserted entry breaks the chain at that point.
 */
export class AuditService {
  /** `clock` is the time entries are stamped with; tests pass a fixed one. */
  constructor(
    private readonly db: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Appends one entry. With a manager, the entry joins the caller's transaction, so a business
   * change and its audit row commit (or roll back) together; the append lock is then held until
   * that transaction ends, so keep such transactions short. Needs READ COMMITTED: a snapshot
   * older than the lock would not see the latest entry.
   */
  async record(entry: AuditEntryInput, manager?: EntityManager): Promise<AuditEntry> {
    if (!ACTION.test(entry.action)) throw new Error(`audit action "${entry.action}" must be a dotted verb such as auth.login`);
    if (entry.actorId != null && !isUuid(entry.actorId)) throw new Error(`audit actorId "${entry.actorId}" is not a uuid`);
    if (manager?.queryRunner?.isTransactionActive) return this.append(manager, entry);
    return (manager ?? this.db.manager).transaction((m) => this.append(m, entry));
  }

  private async append(m: EntityManager, entry: AuditEntryInput): Promise<AuditEntry> {
    // The lock is its own statement: in READ COMMITTED the next statement's snapshot then sees
    // every entry committed by whoever held the lock before.
    const [lock] = await m.query<{ isolation: string }[]>(
      `SELECT pg_advisory_xact_lock(${AUDIT_LOCK}), current_setting('transaction_isolation') AS isolation`,
    );
    if (lock!.isolation !== 'read committed') {
      throw new Error(`audit entries need a READ COMMITTED transaction, not ${lock!.isolation}`);
    }
    // The head is the newest entry, or the anchor when retention has dropped every entry. The
    // time never goes backwards along the chain (clock skew between hosts), so partitions
    // dropped by age always hold a prefix of it.
    const [head] = await m.query<
      { seq: string; prev_hash: Buffer | null; occurred_at: string; actor_id: string | null; ip: string | null }[]
    >(
      `WITH last AS (
         SELECT seq, hash, occurred_at FROM (
           (SELECT seq, hash, occurred_at FROM audit_log ORDER BY seq DESC LIMIT 1)
           UNION ALL
           (SELECT seq, hash, occurred_at FROM audit_anchor ORDER BY seq DESC LIMIT 1)
         ) h ORDER BY seq DESC LIMIT 1)
       SELECT (coalesce((SELECT seq FROM last), 0) + 1)::text AS seq,
              (SELECT hash FROM last) AS prev_hash,
              ${AT_TEXT(`greatest($1::timestamptz, (SELECT occurred_at FROM last))`)} AS occurred_at,
              $2::uuid::text AS actor_id, abbrev($3::inet) AS ip`,
      [this.clock().toISOString(), entry.actorId ?? null, entry.ip ?? null],
    );
    const fields: HashedFields = {
      seq: head!.seq,
      occurred_at: head!.occurred_at,
      actor_id: head!.actor_id,
      actor_name: entry.actorName ?? null,
      actor_role: entry.actorRole ?? null,
      action: entry.action,
      outcome: entry.outcome ?? AuditOutcome.SUCCESS,
      target_type: entry.targetType ?? null,
      target_id: entry.targetId ?? null,
      reason: entry.reason ?? null,
      request_id: entry.requestId ?? null,
      ip: head!.ip,
      // Through JSON once, so the hash covers exactly what jsonb stores and returns.
      details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
    };
    const hash = entryHash(head!.prev_hash, fields);
    const [row] = await m.query<Row[]>(
      `INSERT INTO audit_log (seq, occurred_at, actor_id, actor_name, actor_role, action, outcome, target_type, target_id,
                              reason, request_id, ip, details, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       RETURNING ${COLUMNS}`,
      [
        fields.seq,
        fields.occurred_at,
        fields.actor_id,
        fields.actor_name,
        fields.actor_role,
        fields.action,
        fields.outcome,
        fields.target_type,
        fields.target_id,
        fields.reason,
        fields.request_id,
        fields.ip,
        JSON.stringify(fields.details),
        head!.prev_hash,
        hash,
      ],
    );
    return toEntry(row!);
  }

  /** Filtered entries, newest first, keyset-paginated on seq: no entry lost or repeated. */
  async list(filter: AuditFilter = {}, args: ConnectionArgs = {}): Promise<Page<AuditEntry>> {
    const request = seqPageRequest(args);
    const { where, params } = this.filterSql(filter);
    const conditions = [...where];
    const pageParams = [...params];
    // Newest first; reading backward flips the order and toPage flips the rows back.
    const forward = request.direction === 'forward';
    if (request.seq !== null) {
      pageParams.push(request.seq);
      conditions.push(`seq ${forward ? '<' : '>'} $${pageParams.length}::bigint`);
    }
    pageParams.push(request.limit + 1);
    const rows = await this.db.query<Row[]>(
      `SELECT ${COLUMNS} FROM audit_log ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY audit_log.seq ${forward ? 'DESC' : 'ASC'} LIMIT $${pageParams.length}`,
      pageParams,
    );
    return toPage(
      rows.map(toEntry),
      request,
      (entry) => encodeSeqCursor(entry.seq),
      async () => {
        const [count] = await this.db.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
          params,
        );
        return Number(count!.n);
      },
    );
  }

  private filterSql(filter: AuditFilter): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filter.actorId != null) add((p) => `actor_id = ${p}::uuid`, parseId('filter.actorId', filter.actorId));
    if (filter.actorName != null) add((p) => `actor_name = ${p}`, filter.actorName);
    if (filter.action != null) {
      const action = filter.action.trim();
      if (action === '' || action === '*') throw badInput('filter.action', 'must name an action or a prefix such as auth.*');
      if (action.endsWith('*')) add((p) => `action LIKE ${p}`, `${escapeLike(action.slice(0, -1))}%`);
      else add((p) => `action = ${p}`, action);
    }
    if (filter.outcome != null) add((p) => `outcome = ${p}`, filter.outcome);
    if (filter.targetType != null) add((p) => `target_type = ${p}`, filter.targetType);
    if (filter.targetId != null) add((p) => `target_id = ${p}`, filter.targetId);
    if (filter.since != null) add((p) => `occurred_at >= ${p}::timestamptz`, filter.since.toISOString());
    if (filter.until != null) add((p) => `occurred_at < ${p}::timestamptz`, filter.until.toISOString());
    return { where, params };
  }

  /**
   * Walks the chain in seq order, `batchSize` entries per query, recomputing every hash. Starts
   * at the anchor left by retention (or at seq 1), or just after entry `from - 1` whose stored
   * hash is then trusted. Reports the first entry where the chain breaks.
   */
  async verify(options: { from?: string; batchSize?: number } = {}): Promise<VerifyResult> {
    const batchSize = options.batchSize ?? 1000;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw badInput('batchSize', 'must be a positive integer');
    let prev: { seq: bigint; hash: Buffer } | null = null;
    if (options.from != null) {
      if (!/^[1-9]\d{0,18}$/.test(options.from)) throw badInput('from', 'must be a seq number');
      const [before] = await this.db.query<{ seq: string; hash: Buffer }[]>(
        `SELECT seq::text AS seq, hash FROM (
           (SELECT seq, hash FROM audit_log WHERE seq = $1::bigint - 1)
           UNION ALL
           (SELECT seq, hash FROM audit_anchor WHERE seq <= $1::bigint - 1 ORDER BY seq DESC LIMIT 1)
         ) h ORDER BY h.seq DESC LIMIT 1`,
        [options.from],
      );
      if (before) prev = { seq: BigInt(before.seq), hash: before.hash };
    } else {
      const [anchor] = await this.db.query<{ seq: string; hash: Buffer }[]>(
        `SELECT seq::text AS seq, hash FROM audit_anchor ORDER BY audit_anchor.seq DESC LIMIT 1`,
      );
      if (anchor) prev = { seq: BigInt(anchor.seq), hash: anchor.hash };
    }

    let checked = 0;
    let expected = prev ? prev.seq + 1n : options.from != null ? BigInt(options.from) : 1n;
    let last = (expected - 1n).toString();
    for (;;) {
      const rows = await this.db.query<Row[]>(`SELECT ${COLUMNS} FROM audit_log WHERE seq > $1::bigint ORDER BY audit_log.seq LIMIT $2`, [
        last,
        batchSize,
      ]);
      for (const row of rows) {
        const broken = (reason: AuditBreakReason): VerifyResult => ({
          ok: false,
          checked,
          brokenAt: { seq: row.seq, occurredAt: new Date(row.occurred_at), reason },
        });
        if (BigInt(row.seq) !== expected) return broken(AuditBreakReason.GAP);
        const prevHash = prev?.hash ?? null;
        if (prevHash === null ? row.prev_hash !== null : row.prev_hash === null || !prevHash.equals(row.prev_hash)) {
          return broken(AuditBreakReason.PREV_HASH_MISMATCH);
        }
        if (!entryHash(row.prev_hash, hashedFields(row)).equals(row.hash)) return broken(AuditBreakReason.HASH_MISMATCH);
        checked += 1;
        prev = { seq: expected, hash: row.hash };
        expected += 1n;
      }
      if (rows.length < batchSize) break;
      last = rows[rows.length - 1]!.seq;
    }
    return { ok: true, checked, head: prev ? { seq: prev.seq.toString(), hash: prev.hash.toString('hex') } : null };
  }

  /** Creates the partitions of the Beijing month of `at` and of the next month, if missing. */
  async ensurePartitions(at: Date = this.clock()): Promise<void> {
    await this.db.query(`SELECT audit_ensure_partitions($1::timestamptz)`, [at.toISOString()]);
  }

  /**
   * Retention: drops the monthly partitions whose every possible entry is older than `days`
   * (at least 180). Never deletes rows. Each partition's last entry becomes the anchor that
   * verification starts from, in the same transaction as the drop.
   */
  async dropPartitionsOlderThan(days: number, now: Date = this.clock()): Promise<string[]> {
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS) {
      throw badInput('days', `audit entries are kept at least ${MIN_RETENTION_DAYS} days (Cybersecurity Law art. 21); got ${days}`);
    }
    const cutoff = new Date(now.getTime() - days * 24 * 3600 * 1000);
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
      const old = await m.query<{ name: string }[]>(
        `SELECT name FROM (
           SELECT c.relname AS name,
                  (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \\(''([^'']+)''\\)'))[1]::timestamptz AS upper
             FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'audit_log'::regclass
         ) p
         WHERE upper <= $1::timestamptz ORDER BY upper`,
        [cutoff.toISOString()],
      );
      for (const { name } of old) {
        await m.query(
          `INSERT INTO audit_anchor (seq, occurred_at, hash, partition_name)
           SELECT seq, occurred_at, hash, $1 FROM ${m.connection.driver.escape(name)} ORDER BY seq DESC LIMIT 1`,
          [name],
        );
        await m.query(`DROP TABLE ${m.connection.driver.escape(name)}`);
      }
      return old.map((p) => p.name);
    });
  }

  /** The daily job for a Beijing day (default: now): partitions for its month and the next, then retention. */
  async maintain(retentionDays: number, day?: string): Promise<{ dropped: string[] }> {
    if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw badInput('day', 'must be a date as YYYY-MM-DD');
    // Beijing has no daylight saving time: a day always starts at +08:00.
    const at = day === undefined ? this.clock() : new Date(`${day}T00:00:00+08:00`);
    await this.ensurePartitions(at);
    return { dropped: await this.dropPartitionsOlderThan(retentionDays, at) };
  }
}
