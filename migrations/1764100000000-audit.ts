import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tamper-evident audit log: an append-only, hash-chained table partitioned by month (Beijing
 * months), and the anchor left behind when retention drops old partitions. The hash format and
 * the append protocol live in api/src/audit/audit.hash.ts and audit.service.ts.
 */
export class Audit1764100000000 implements MigrationInterface {
  name = 'Audit1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // Refuses UPDATE and DELETE (row trigger) and TRUNCATE (statement trigger) for every role,
    // the table owner included. Retention drops whole partitions instead, which no trigger sees.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger
      LANGUAGE plpgsql
      AS $$
      BEGIN
        RAISE EXCEPTION 'audit log is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
          USING HINT = 'entries are never changed; retention drops whole monthly partitions (docs/security.md)';
      END $$`);

    await q.query(`
      CREATE TABLE audit_log (
        seq bigint NOT NULL CHECK (seq > 0),
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        actor_name text,
        actor_role text,
        action text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$'),
        outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
        target_type text,
        target_id text,
        reason text,
        request_id text,
        ip inet,
        details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
        prev_hash bytea CHECK (octet_length(prev_hash) = 32),
        hash bytea NOT NULL CHECK (octet_length(hash) = 32),
        PRIMARY KEY (seq, occurred_at)
      ) PARTITION BY RANGE (occurred_at)`);
    // Indexes on the parent are created on every partition, present and future.
    await q.query(`CREATE INDEX audit_log_actor_id_idx ON audit_log (actor_id, seq)`);
    await q.query(`CREATE INDEX audit_log_actor_name_idx ON audit_log (actor_name, seq)`);
    // text_pattern_ops: the action filter is a prefix LIKE ('auth.%'), and the collation is not C.
    await q.query(`CREATE INDEX audit_log_action_idx ON audit_log (action text_pattern_ops, seq)`);
    await q.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, seq)`);
    // BEFORE row triggers on a partitioned table are cloned to each partition; statement
    // triggers are not, so ensure_partitions adds the TRUNCATE trigger to each partition too.
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    // One row per dropped partition that held entries: its last entry. The newest anchor is where
    // verification starts once the head of the chain has been dropped by retention.
    await q.query(`
      CREATE TABLE audit_anchor (
        seq bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        hash bytea NOT NULL CHECK (octet_length(hash) = 32),
        partition_name text NOT NULL,
        dropped_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TRIGGER audit_anchor_append_only BEFORE UPDATE OR DELETE ON audit_anchor
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON audit_anchor
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    // Creates the partitions of the Beijing month of "at" and of the next month; idempotent. The
    // lock is the appenders' lock (audit.service.ts), so two callers never race on one partition.
    await q.query(`
      CREATE FUNCTION audit_ensure_partitions(at timestamptz) RETURNS void
      LANGUAGE plpgsql
      AS $$
      DECLARE
        first_month timestamp := date_trunc('month', at AT TIME ZONE 'Asia/Shanghai');
        month timestamp;
        part text;
      BEGIN
        PERFORM pg_advisory_xact_lock(1096107092);
        FOR i IN 0..1 LOOP
          month := first_month + make_interval(months => i);
          part := 'audit_log_' || to_char(month, 'YYYY_MM');
          IF to_regclass(part) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)',
              part, month AT TIME ZONE 'Asia/Shanghai', (month + interval '1 month') AT TIME ZONE 'Asia/Shanghai');
            EXECUTE format('CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON %I
              FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()', part);
          END IF;
        END LOOP;
      END $$`);
    await q.query(`SELECT audit_ensure_partitions(now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    // DROP is not UPDATE, DELETE or TRUNCATE: the triggers do not stop it, and the partitions go with the parent.
    await q.query(`DROP FUNCTION audit_ensure_partitions(timestamptz)`);
    await q.query(`DROP TABLE audit_anchor`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
