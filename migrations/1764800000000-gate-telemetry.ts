import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gate devices and their telemetry: the device registry (device keys now belong to a device),
 * the append-only event table partitioned by day, the dedupe key table, the hourly rollups that
 * dashboards read, and the queue of (gate, hour) pairs whose rollups must be recomputed.
 *
 * Dedupe: a unique constraint on a partitioned table must include the partition key, so
 * (device, device event id) cannot be unique on gate_event itself. gate_event_key, a plain table
 * with that primary key, is the single arbiter: an event row is written only in the statement that
 * inserted its key (INSERT ... ON CONFLICT DO NOTHING RETURNING feeds the event INSERT), so an
 * event is never stored twice, even with a different timestamp.
 */
export class GateTelemetry1764800000000 implements MigrationInterface {
  name = 'GateTelemetry1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE gate_device_kind AS ENUM ('FACE_DOOR', 'TEMPERATURE_SCREEN', 'VEHICLE_GATE', 'CARD_READER')`);
    await q.query(`CREATE TYPE gate_device_status AS ENUM ('ACTIVE', 'MAINTENANCE', 'RETIRED')`);
    await q.query(`
      CREATE TABLE gate_device (
        id uuid PRIMARY KEY,
        gate_id uuid NOT NULL REFERENCES gate(id),
        compound_id uuid NOT NULL,
        community_id uuid NOT NULL,
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,
        kind gate_device_kind NOT NULL,
        vendor text NOT NULL CHECK (length(vendor) BETWEEN 1 AND 64),
        serial text NOT NULL CHECK (length(serial) BETWEEN 1 AND 64),
        firmware text NOT NULL CHECK (length(firmware) BETWEEN 1 AND 64),
        installed_on date NOT NULL,
        status gate_device_status NOT NULL DEFAULT 'ACTIVE',
        heartbeat_interval_seconds integer NOT NULL DEFAULT 60 CHECK (heartbeat_interval_seconds BETWEEN 5 AND 86400),
        last_seen_at timestamptz,
        -- The online state last announced on gate_device_status: the offline sweep notifies only changes.
        announced_online boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (vendor, serial)
      )`);
    for (const column of ['gate_id', 'compound_id', 'street_id', 'district_id']) {
      await q.query(`CREATE INDEX gate_device_${column.replace('_id', '')}_idx ON gate_device (${column})`);
    }
    // Only devices that announced themselves online can go offline: the sweep reads just those.
    await q.query(`CREATE INDEX gate_device_online_idx ON gate_device (last_seen_at) WHERE announced_online`);
    await q.query(`ALTER TABLE device_key ADD COLUMN device_id uuid REFERENCES gate_device(id)`);
    await q.query(`CREATE INDEX device_key_device_idx ON device_key (device_id)`);

    // Written only through set-based INSERT ... SELECT FROM unnest(...); never updated or deleted
    // row by row. Place columns are resolved through gate_id when rollups are computed.
    await q.query(`
      CREATE TABLE gate_event (
        device_id uuid NOT NULL,
        device_event_id text NOT NULL,
        gate_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('PASS', 'DENIED', 'TEMPERATURE', 'PLATE_IN', 'PLATE_OUT', 'DOOR_HELD_OPEN', 'TAMPER', 'HEARTBEAT')),
        method text NOT NULL DEFAULT '' CHECK (method IN ('', 'FACE', 'CARD', 'QR', 'PIN', 'VOLUNTEER')),
        celsius numeric(4, 1),
        payload jsonb NOT NULL DEFAULT '{}'
      ) PARTITION BY RANGE (occurred_at)`);
    // The rollup job recomputes whole (gate, hour) slices.
    await q.query(`CREATE INDEX gate_event_gate_time_idx ON gate_event (gate_id, occurred_at)`);
    // Catches events whose day partition the maintenance job has not created yet; the job moves
    // them into the day partition when it creates it, so nothing accepted is ever refused.
    await q.query(`CREATE TABLE gate_event_default PARTITION OF gate_event DEFAULT`);

    await q.query(`
      CREATE TABLE gate_event_key (
        device_id uuid NOT NULL,
        device_event_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        PRIMARY KEY (device_id, device_event_id)
      )`);
    // Keys arrive roughly in time order: a BRIN index finds the expired ones for retention cheaply.
    await q.query(`CREATE INDEX gate_event_key_time_idx ON gate_event_key USING brin (occurred_at)`);

    await q.query(`
      CREATE TABLE gate_hourly_rollup (
        gate_id uuid NOT NULL REFERENCES gate(id),
        hour timestamptz NOT NULL CHECK (date_trunc('hour', hour) = hour),
        kind text NOT NULL,
        method text NOT NULL DEFAULT '',
        events integer NOT NULL CHECK (events >= 0),
        fever integer NOT NULL DEFAULT 0 CHECK (fever >= 0),
        compound_id uuid NOT NULL,
        community_id uuid NOT NULL,
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,
        PRIMARY KEY (gate_id, hour, kind, method)
      )`);
    for (const column of ['compound_id', 'street_id', 'district_id']) {
      await q.query(`CREATE INDEX gate_hourly_rollup_${column.replace('_id', '')}_hour_idx ON gate_hourly_rollup (${column}, hour)`);
    }

    // Written in the ingest transaction; the rollup job claims rows, recomputes those hours from
    // gate_event wholesale and deletes the rows in one transaction (a crash leaves them queued).
    await q.query(`
      CREATE TABLE gate_rollup_dirty (
        gate_id uuid NOT NULL,
        hour timestamptz NOT NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (gate_id, hour)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE gate_rollup_dirty`);
    await q.query(`DROP TABLE gate_hourly_rollup`);
    await q.query(`DROP TABLE gate_event_key`);
    await q.query(`DROP TABLE gate_event`);
    await q.query(`ALTER TABLE device_key DROP COLUMN device_id`);
    await q.query(`DROP TABLE gate_device`);
    await q.query(`DROP TYPE gate_device_status`);
    await q.query(`DROP TYPE gate_device_kind`);
  }
}
