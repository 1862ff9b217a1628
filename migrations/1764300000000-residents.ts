import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Residents registered by their residents' committee. Personal fields hold AES-256-GCM
 * ciphertexts (api/src/personal); exact lookups go through keyed HMAC blind indexes, never plaintext.
 */
export class Residents1764300000000 implements MigrationInterface {
  name = 'Residents1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE resident (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        community_id uuid NOT NULL REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        building text NOT NULL CHECK (length(building) BETWEEN 1 AND 16),
        unit text NOT NULL DEFAULT '' CHECK (length(unit) <= 16),
        room text NOT NULL CHECK (length(room) BETWEEN 1 AND 16),
        -- Padded so that building 2 sorts before building 10 in the list.
        sort_key text GENERATED ALWAYS AS (lpad(building, 16, '0') || '|' || lpad(unit, 16, '0') || '|' || lpad(room, 16, '0')) STORED,
        name text NOT NULL,
        id_number text,
        id_number_index text,
        phone text,
        phone_index text,
        plate text,
        plate_index text,
        registered_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((id_number IS NULL) = (id_number_index IS NULL)),
        CHECK ((phone IS NULL) = (phone_index IS NULL)),
        CHECK ((plate IS NULL) = (plate_index IS NULL))
      )`);
    // One registration per person and compound.
    await q.query(
      `CREATE UNIQUE INDEX resident_compound_id_number_key ON resident (compound_id, id_number_index) WHERE id_number_index IS NOT NULL`,
    );
    await q.query(`CREATE INDEX resident_community_sort_idx ON resident (community_id, sort_key, id)`);
    await q.query(`CREATE INDEX resident_street_idx ON resident (street_id)`);
    await q.query(`CREATE INDEX resident_district_idx ON resident (district_id)`);
    await q.query(`CREATE INDEX resident_id_number_index_idx ON resident (id_number_index)`);
    await q.query(`CREATE INDEX resident_phone_index_idx ON resident (phone_index)`);
    await q.query(`CREATE INDEX resident_plate_index_idx ON resident (plate_index)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE resident`);
  }
}
