import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Property fees (物业费): a service contract per compound, fee households (address and floor area,
 * no personal data), monthly bills and payments, and the Excel ledger imports that write them.
 * Every row carries its compound, community, street and district, so adoption figures for any
 * level are one filtered aggregate.
 */
export class Fees1764700000000 implements MigrationInterface {
  name = 'Fees1764700000000';

  async up(q: QueryRunner): Promise<void> {
    const place = `
        compound_id uuid NOT NULL REFERENCES compound(id),
        community_id uuid NOT NULL REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),`;
    // Bills and payments arrive 100,000 at a time: their place ids are copies of the compound's,
    // reached through the household (and bill) foreign key, and a foreign-key trigger per column
    // and row would cost more than the rest of the import together.
    const copiedPlace = `
        compound_id uuid NOT NULL,
        community_id uuid NOT NULL,
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,`;
    await q.query(`
      CREATE TABLE fee_contract (
        id uuid PRIMARY KEY,
        ${place}
        company text NOT NULL CHECK (length(company) BETWEEN 1 AND 100),
        start_date date NOT NULL,
        fee_per_m2 numeric(14, 2) NOT NULL CHECK (fee_per_m2 > 0 AND fee_per_m2 <= 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (compound_id)
      )`);
    await q.query(`CREATE INDEX fee_contract_street_idx ON fee_contract (street_id)`);
    await q.query(`CREATE INDEX fee_contract_district_idx ON fee_contract (district_id)`);

    await q.query(`
      CREATE TABLE fee_household (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        community_id uuid NOT NULL,
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,
        building text NOT NULL CHECK (length(building) BETWEEN 1 AND 16),
        unit text NOT NULL DEFAULT '' CHECK (length(unit) <= 16),
        room text NOT NULL CHECK (length(room) BETWEEN 1 AND 16),
        floor_area numeric(10, 2) NOT NULL CHECK (floor_area > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (compound_id, building, unit, room)
      )`);

    // month is the first day of the month; one bill and at most one payment per household and month.
    await q.query(`
      CREATE TABLE fee_bill (
        household_id uuid NOT NULL REFERENCES fee_household(id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        ${copiedPlace}
        amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (household_id, month)
      )`);
    await q.query(`
      CREATE TABLE fee_payment (
        household_id uuid NOT NULL,
        month date NOT NULL,
        ${copiedPlace}
        amount numeric(14, 2) NOT NULL CHECK (amount > 0),
        paid_on date NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (household_id, month),
        FOREIGN KEY (household_id, month) REFERENCES fee_bill (household_id, month)
      )`);
    for (const table of ['fee_bill', 'fee_payment']) {
      for (const column of ['compound_id', 'street_id', 'district_id']) {
        await q.query(`CREATE INDEX ${table}_${column.replace('_id', '')}_month_idx ON ${table} (${column}, month)`);
      }
    }

    await q.query(`
      CREATE TABLE ledger_import (
        id uuid PRIMARY KEY,
        ${place}
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        file_name text NOT NULL CHECK (length(file_name) <= 200),
        file bytea NOT NULL,
        file_size integer NOT NULL CHECK (file_size > 0),
        file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
        importer_id uuid REFERENCES app_user(id),
        importer_scope jsonb NOT NULL,
        state text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'VALIDATING', 'STORING', 'DONE', 'FAILED')),
        rows_total integer,
        rows_validated integer NOT NULL DEFAULT 0,
        rows_stored integer NOT NULL DEFAULT 0,
        percent smallint NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        error_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        -- The same file for the same compound and month is one import (and one job).
        UNIQUE (compound_id, month, file_sha256)
      )`);
    await q.query(`
      CREATE TABLE ledger_import_error (
        import_id uuid NOT NULL REFERENCES ledger_import(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        sheet text NOT NULL,
        row_number integer NOT NULL,
        column_name text NOT NULL,
        kind text NOT NULL,
        reason text NOT NULL,
        PRIMARY KEY (import_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger_import_error`);
    await q.query(`DROP TABLE ledger_import`);
    await q.query(`DROP TABLE fee_payment`);
    await q.query(`DROP TABLE fee_bill`);
    await q.query(`DROP TABLE fee_household`);
    await q.query(`DROP TABLE fee_contract`);
  }
}
