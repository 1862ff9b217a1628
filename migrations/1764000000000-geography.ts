import type { MigrationInterface, QueryRunner } from 'typeorm';

/** District → street → community → compound → gate, with text search and daily stats snapshots. */
export class Geography1764000000000 implements MigrationInterface {
  name = 'Geography1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`CREATE TYPE street_kind AS ENUM ('STREET', 'TOWNSHIP')`);
    await q.query(
      `CREATE TYPE compound_origin AS ENUM ('WORK_UNIT_DORMITORY', 'COMMERCIAL', 'RESETTLEMENT', 'HOUSING_REFORM', 'AFFORDABLE', 'MIXED')`,
    );
    await q.query(`CREATE TYPE property_rights_status AS ENUM ('CLEAR', 'BASICALLY_CLEAR', 'UNCLEAR')`);
    await q.query(`CREATE TYPE management_status AS ENUM ('NONE', 'SELF_MANAGED', 'PROPERTY_COMPANY')`);
    await q.query(`CREATE TYPE closure_status AS ENUM ('OPEN', 'PLANNED', 'UNDER_RENOVATION', 'CLOSED')`);
    await q.query(`CREATE TYPE gate_kind AS ENUM ('PEDESTRIAN', 'VEHICLE', 'MIXED')`);
    await q.query(`CREATE TYPE gate_state AS ENUM ('OPEN', 'CLOSED', 'SEALED')`);

    await q.query(`
      CREATE TABLE district (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE street (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL REFERENCES district(id),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind street_kind NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (district_id, name)
      )`);
    await q.query(`
      CREATE TABLE community (
        id uuid PRIMARY KEY,
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (street_id, name)
      )`);
    await q.query(`CREATE INDEX community_district_id_idx ON community (district_id)`);

    // array_to_string is only STABLE, so the search text goes through an IMMUTABLE wrapper that a
    // generated column may use; the join of plain text values cannot change between calls.
    await q.query(`
      CREATE FUNCTION compound_search_text(name text, aliases text[], address text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT lower(name || ' ' || array_to_string(aliases, ' ') || ' ' || address) $$`);
    await q.query(`
      CREATE TABLE compound (
        id uuid PRIMARY KEY,
        community_id uuid NOT NULL REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        aliases text[] NOT NULL DEFAULT '{}',
        address text NOT NULL,
        year_built smallint NOT NULL CHECK (year_built BETWEEN 1900 AND 2100),
        is_old boolean NOT NULL,
        buildings integer NOT NULL CHECK (buildings >= 0),
        households integer NOT NULL CHECK (households >= 0),
        floor_area numeric(12, 2) NOT NULL CHECK (floor_area >= 0),
        origin compound_origin NOT NULL,
        property_rights property_rights_status NOT NULL,
        property_rights_unit text,
        caretaker text,
        management_status management_status NOT NULL,
        closure_status closure_status NOT NULL,
        search_text text GENERATED ALWAYS AS (compound_search_text(name, aliases, address)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX compound_community_id_idx ON compound (community_id)`);
    await q.query(`CREATE INDEX compound_street_status_idx ON compound (street_id, closure_status)`);
    await q.query(`CREATE INDEX compound_district_status_idx ON compound (district_id, closure_status)`);
    await q.query(`CREATE INDEX compound_search_trgm_idx ON compound USING gin (search_text gin_trgm_ops)`);
    // Keyset pagination walks (sort value, id); one index per sortable column keeps pages cheap.
    await q.query(`CREATE INDEX compound_name_id_idx ON compound (name, id)`);
    await q.query(`CREATE INDEX compound_year_built_id_idx ON compound (year_built, id)`);
    await q.query(`CREATE INDEX compound_households_id_idx ON compound (households, id)`);
    await q.query(`CREATE INDEX compound_floor_area_id_idx ON compound (floor_area, id)`);

    await q.query(`
      CREATE TABLE gate (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL REFERENCES compound(id) ON DELETE CASCADE,
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        name text NOT NULL,
        kind gate_kind NOT NULL,
        state gate_state NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (compound_id, name)
      )`);
    await q.query(`CREATE INDEX gate_street_id_idx ON gate (street_id)`);
    await q.query(`CREATE INDEX gate_district_id_idx ON gate (district_id)`);

    await q.query(`
      CREATE TABLE street_stats_snapshot (
        day date NOT NULL,
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        compounds integer NOT NULL,
        old_compounds integer NOT NULL,
        households integer NOT NULL,
        open integer NOT NULL,
        planned integer NOT NULL,
        under_renovation integer NOT NULL,
        closed integer NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (day, street_id)
      )`);
    await q.query(`CREATE INDEX street_stats_snapshot_district_day_idx ON street_stats_snapshot (district_id, day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE street_stats_snapshot`);
    await q.query(`DROP TABLE gate`);
    await q.query(`DROP TABLE compound`);
    await q.query(`DROP FUNCTION compound_search_text(text, text[], text)`);
    await q.query(`DROP TABLE community`);
    await q.query(`DROP TABLE street`);
    await q.query(`DROP TABLE district`);
    for (const type of [
      'gate_state',
      'gate_kind',
      'closure_status',
      'management_status',
      'property_rights_status',
      'compound_origin',
      'street_kind',
    ]) {
      await q.query(`DROP TYPE ${type}`);
    }
    // pg_trgm stays: other databases objects or later migrations may rely on it, and it is harmless.
  }
}
