import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys of gate devices: one gate each, ingest only; the table keeps a SHA-256 of the key. */
export class DeviceKeys1764400000000 implements MigrationInterface {
  name = 'DeviceKeys1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE device_key (
        id uuid PRIMARY KEY,
        gate_id uuid NOT NULL REFERENCES gate(id),
        compound_id uuid NOT NULL REFERENCES compound(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
        key_prefix text NOT NULL,
        key_hash bytea NOT NULL UNIQUE,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX device_key_gate_idx ON device_key (gate_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE device_key`);
  }
}
