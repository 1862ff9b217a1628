import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closure qualification (具备改造条件): versioned rule sets per district, append-only assessments
 * per compound, and the current result per compound with its per-criterion explanation.
 */
export class Qualification1764500000000 implements MigrationInterface {
  name = 'Qualification1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE qualification_status AS ENUM ('QUALIFIED', 'NEARLY', 'BLOCKED')`);
    await q.query(`CREATE TYPE qualification_rule_set_status AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED')`);

    await q.query(`
      CREATE TABLE qualification_rule_set (
        id uuid PRIMARY KEY,
        district_id uuid NOT NULL REFERENCES district(id),
        version integer NOT NULL CHECK (version >= 1),
        status qualification_rule_set_status NOT NULL DEFAULT 'DRAFT',
        note text CHECK (length(note) <= 200),
        min_rights_clarity property_rights_status NOT NULL,
        caretaker_required boolean NOT NULL,
        min_willing_share numeric(5, 4) NOT NULL CHECK (min_willing_share BETWEEN 0 AND 1),
        min_accepted_fee numeric(14, 2) CHECK (min_accepted_fee >= 0),
        min_closable_gates smallint NOT NULL CHECK (min_closable_gates >= 0),
        max_entrances_to_keep smallint NOT NULL CHECK (max_entrances_to_keep >= 1),
        fire_lane_required boolean NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_by_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_by uuid REFERENCES app_user(id),
        activated_at timestamptz,
        UNIQUE (district_id, version)
      )`);
    // Exactly one active version per district: the database refuses a second one.
    await q.query(`CREATE UNIQUE INDEX qualification_rule_set_active_idx ON qualification_rule_set (district_id) WHERE status = 'ACTIVE'`);

    await q.query(`
      CREATE TABLE compound_assessment (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        community_id uuid NOT NULL REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        version integer NOT NULL CHECK (version >= 1),
        rights_clarity property_rights_status,
        rights_unit text CHECK (length(rights_unit) BETWEEN 1 AND 100),
        has_caretaker boolean,
        caretaker text CHECK (length(caretaker) BETWEEN 1 AND 100),
        caretaker_since date,
        survey_households_asked integer CHECK (survey_households_asked >= 1),
        survey_households_willing integer CHECK (survey_households_willing >= 0),
        survey_accepted_fee numeric(14, 2) CHECK (survey_accepted_fee >= 0),
        closable_gates smallint CHECK (closable_gates >= 0),
        fire_lane boolean,
        entrances_to_keep smallint CHECK (entrances_to_keep >= 0),
        evidence text NOT NULL CHECK (length(evidence) BETWEEN 2 AND 500),
        recorded_by uuid REFERENCES app_user(id),
        recorded_by_name text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (compound_id, version),
        CHECK (survey_households_willing <= survey_households_asked)
      )`);
    // Set-based recompute reads the newest version of every compound of a district in one scan.
    await q.query(`CREATE INDEX compound_assessment_district_idx ON compound_assessment (district_id, compound_id, version DESC)`);
    // Evidence and history are append-only: a correction is a new version, never an edit.
    await q.query(`
      CREATE FUNCTION compound_assessment_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'compound_assessment is append-only: record a new version instead';
      END $$`);
    await q.query(`
      CREATE TRIGGER compound_assessment_append_only BEFORE UPDATE OR DELETE ON compound_assessment
      FOR EACH ROW EXECUTE FUNCTION compound_assessment_append_only()`);

    await q.query(`
      CREATE TABLE qualification_result (
        compound_id uuid PRIMARY KEY REFERENCES compound(id),
        community_id uuid NOT NULL REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        status qualification_status NOT NULL,
        unmet smallint NOT NULL CHECK (unmet >= 0),
        criteria jsonb NOT NULL,
        summary text NOT NULL,
        rule_set_id uuid NOT NULL REFERENCES qualification_rule_set(id),
        rule_set_version integer NOT NULL,
        assessment_version integer NOT NULL DEFAULT 0,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX qualification_result_street_idx ON qualification_result (street_id, unmet)`);
    await q.query(`CREATE INDEX qualification_result_district_idx ON qualification_result (district_id, unmet)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE qualification_result`);
    await q.query(`DROP TABLE compound_assessment`);
    await q.query(`DROP FUNCTION compound_assessment_append_only()`);
    await q.query(`DROP TABLE qualification_rule_set`);
    await q.query(`DROP TYPE qualification_rule_set_status`);
    await q.query(`DROP TYPE qualification_status`);
  }
}
