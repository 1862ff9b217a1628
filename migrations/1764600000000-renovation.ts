import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Renovation projects (封闭式改造): one per compound, its stages with planned and actual dates, its
 * work items with budget and spend, and the history of every stage change. Also the generic
 * `alert` table: any module opens alerts of its own kind there (renovation opens OVERDUE_STAGE).
 */
export class Renovation1764600000000 implements MigrationInterface {
  name = 'Renovation1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE renovation_stage AS ENUM ('ASSESSED', 'APPROVED', 'UNDER_CONSTRUCTION', 'CLOSED', 'HANDED_OVER')`);
    await q.query(
      `CREATE TYPE renovation_work_kind AS ENUM ('FENCING', 'ACCESS_CONTROL', 'PERSON_VEHICLE_RECOGNITION', 'SURVEILLANCE',
         'GATEHOUSE', 'PARKING', 'PARTY_COUNCIL_HALL', 'PROPERTY_INTRODUCTION', 'ENVIRONMENT', 'OTHER')`,
    );
    await q.query(`CREATE TYPE renovation_change_kind AS ENUM ('CREATE', 'ADVANCE', 'CORRECTION')`);
    await q.query(`
      CREATE TABLE renovation_project (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL UNIQUE REFERENCES compound(id),
        community_id uuid NOT NULL REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        template_compound_id uuid REFERENCES compound(id) CHECK (template_compound_id <> compound_id),
        stage renovation_stage NOT NULL DEFAULT 'ASSESSED',
        planned_start_on date NOT NULL,
        contractor text CHECK (length(contractor) BETWEEN 1 AND 64),
        property_company text CHECK (length(property_company) BETWEEN 1 AND 64),
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A handed-over project names the company it was handed to.
        CHECK (stage <> 'HANDED_OVER' OR property_company IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX renovation_project_street_idx ON renovation_project (street_id, stage)`);
    await q.query(`CREATE INDEX renovation_project_district_idx ON renovation_project (district_id, stage)`);
    await q.query(`CREATE INDEX renovation_project_community_idx ON renovation_project (community_id)`);

    // One row per project and stage, all five created with the project: planned and actual dates.
    await q.query(`
      CREATE TABLE renovation_stage_date (
        project_id uuid NOT NULL REFERENCES renovation_project(id) ON DELETE CASCADE,
        stage renovation_stage NOT NULL,
        compound_id uuid NOT NULL REFERENCES compound(id),
        community_id uuid NOT NULL REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        planned_on date,
        actual_on date,
        PRIMARY KEY (project_id, stage)
      )`);
    // The overdue scan reads stages that are due and not reached.
    await q.query(`CREATE INDEX renovation_stage_date_due_idx ON renovation_stage_date (planned_on) WHERE actual_on IS NULL`);

    await q.query(`
      CREATE TABLE renovation_work_item (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES renovation_project(id) ON DELETE CASCADE,
        compound_id uuid NOT NULL REFERENCES compound(id),
        community_id uuid NOT NULL REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        kind renovation_work_kind NOT NULL,
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 200),
        budget numeric(14, 2) NOT NULL CHECK (budget >= 0),
        spent numeric(14, 2) NOT NULL DEFAULT 0 CHECK (spent >= 0),
        UNIQUE (project_id, kind)
      )`);
    await q.query(`CREATE INDEX renovation_work_item_street_idx ON renovation_work_item (street_id)`);

    await q.query(`
      CREATE TABLE renovation_stage_change (
        id uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES renovation_project(id) ON DELETE CASCADE,
        compound_id uuid NOT NULL REFERENCES compound(id),
        community_id uuid NOT NULL REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        kind renovation_change_kind NOT NULL,
        from_stage renovation_stage,
        to_stage renovation_stage NOT NULL,
        actual_on date,
        reason text CHECK (length(reason) <= 200),
        actor_id uuid REFERENCES app_user(id),
        actor_name text,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'CREATE') = (from_stage IS NULL)),
        CHECK (kind <> 'CORRECTION' OR reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX renovation_stage_change_project_idx ON renovation_stage_change (project_id, changed_at, id)`);

    // Generic: a kind (text, so a module adds its kind without altering a type), the place, and
    // what the alert is about (subject_key, unique among open alerts of a kind).
    await q.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind ~ '^[A-Z][A-Z_]{0,39}$'),
        subject_key text NOT NULL CHECK (length(subject_key) BETWEEN 1 AND 200),
        compound_id uuid REFERENCES compound(id),
        community_id uuid REFERENCES community(id),
        street_id uuid NOT NULL REFERENCES street(id),
        district_id uuid NOT NULL REFERENCES district(id),
        details jsonb NOT NULL DEFAULT '{}',
        -- Milliseconds, as a JavaScript Date holds them: the list's keyset cursor carries this value.
        opened_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        resolved_at timestamptz,
        CHECK (resolved_at IS NULL OR resolved_at >= opened_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX alert_open_subject_key ON alert (kind, subject_key) WHERE resolved_at IS NULL`);
    await q.query(`CREATE INDEX alert_street_opened_idx ON alert (street_id, opened_at DESC, id DESC)`);
    await q.query(`CREATE INDEX alert_district_opened_idx ON alert (district_id, opened_at DESC, id DESC)`);
    await q.query(`CREATE INDEX alert_compound_idx ON alert (compound_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alert`);
    await q.query(`DROP TABLE renovation_stage_change`);
    await q.query(`DROP TABLE renovation_work_item`);
    await q.query(`DROP TABLE renovation_stage_date`);
    await q.query(`DROP TABLE renovation_project`);
    await q.query(`DROP TYPE renovation_change_kind`);
    await q.query(`DROP TYPE renovation_work_kind`);
    await q.query(`DROP TYPE renovation_stage`);
  }
}
