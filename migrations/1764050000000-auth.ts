import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts bound to a place, server-side sessions, login failures for lockout, TOTP recovery codes. */
export class Auth1764050000000 implements MigrationInterface {
  name = 'Auth1764050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE user_role AS ENUM ('DISTRICT_OFFICIAL', 'STREET_OFFICER', 'COMMUNITY_OPERATOR', 'HOTLINE_AGENT',
                                     'VOLUNTEER_COORDINATOR', 'AUDITOR', 'ADMIN')`);
    // The scope columns must match the role's level (see api/src/auth/roles.ts), so no account can
    // hold a place its role does not use, or lack one it needs.
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY,
        username text NOT NULL UNIQUE CHECK (username = lower(username) AND username ~ '^[a-z0-9][a-z0-9._-]{2,31}$'),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 64),
        role user_role NOT NULL,
        district_id uuid REFERENCES district(id),
        street_id uuid REFERENCES street(id),
        community_id uuid REFERENCES community(id),
        password_hash text NOT NULL,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        totp_secret text,
        totp_enabled_at timestamptz,
        -- The last accepted TOTP time step: a code is good once, even within its 30 s window.
        totp_last_step bigint,
        locked_until timestamptz,
        disabled_at timestamptz,
        is_demo boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_scope_matches_role CHECK (
          CASE role
            WHEN 'DISTRICT_OFFICIAL' THEN district_id IS NOT NULL AND street_id IS NULL AND community_id IS NULL
            WHEN 'HOTLINE_AGENT' THEN district_id IS NOT NULL AND street_id IS NULL AND community_id IS NULL
            WHEN 'STREET_OFFICER' THEN district_id IS NOT NULL AND street_id IS NOT NULL AND community_id IS NULL
            WHEN 'COMMUNITY_OPERATOR' THEN district_id IS NOT NULL AND street_id IS NOT NULL AND community_id IS NOT NULL
            WHEN 'VOLUNTEER_COORDINATOR' THEN district_id IS NOT NULL AND street_id IS NOT NULL AND community_id IS NOT NULL
            ELSE district_id IS NULL AND street_id IS NULL AND community_id IS NULL
          END)
      )`);

    // Only a hash of the token is stored: a copy of this table does not let anyone log in.
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        second_factor boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoke_reason text,
        ip inet,
        user_agent text
      )`);
    await q.query(`CREATE INDEX user_session_user_id_idx ON user_session (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        ip inet
      )`);
    await q.query(`CREATE INDEX login_failure_user_time_idx ON login_failure (user_id, occurred_at)`);

    await q.query(`
      CREATE TABLE recovery_code (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, code_hash)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE recovery_code`);
    await q.query(`DROP TABLE login_failure`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TYPE user_role`);
  }
}
