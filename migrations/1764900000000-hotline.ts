import type { MigrationInterface, QueryRunner } from 'typeorm';

const DEFAULT_TEMPLATES: readonly (readonly [category: string, body: string, variables: string[]])[] = [
  [
    'SUITABILITY',
    '您好，您问的是{{streetName}}{{communityName}}的{{compoundName}}。{{qualificationResult}}{{qualificationReasons}}' +
      '按照街道的做法，一个小区具备封闭式改造条件，主要看三点：一是产权单位基本明确；二是平时有专人盯守维护，居民的基本服务有保障；' +
      '三是居民有付费意识，愿意在改造后引入物业并交纳物业费。这个小区{{closureStatus}}。您如果还有具体情况要反映，我们可以转给街道办理。',
    ['streetName', 'communityName', 'compoundName', 'qualificationResult', 'qualificationReasons', 'closureStatus'],
  ],
  [
    'PROGRESS',
    '您好，关于{{compoundName}}的改造：{{renovationStage}}{{renovationDates}}大门的情况是：{{openGates}}；{{gateEquipment}}。' +
      '封闭式管理以后，外来人员不能再随意进出，首先解决的是安全问题；优先保障本小区居民停车，外面的车很难再占小区的车位；' +
      '过去人来人往带来的垃圾、楼道小广告这些老问题，也有望逐步解决。改造会增加门禁和人车自动识别系统，并引入物业。',
    ['compoundName', 'renovationStage', 'renovationDates', 'openGates', 'gateEquipment'],
  ],
  [
    'FACE_REGISTRATION',
    '您好，{{compoundName}}登记人脸识别，不用手机也能办。请带上身份证原件，以及房产证或者户口簿原件，到{{enrolmentPlace}}办理，' +
      '办理时间是{{enrolmentHours}}。如果您是租户，请带身份证原件和租房合同原件。{{homeVisit}}' +
      '如果您不愿意刷脸，也可以用{{nonFaceMethods}}进出小区，刷脸不是唯一的办法。',
    ['compoundName', 'enrolmentPlace', 'enrolmentHours', 'homeVisit', 'nonFaceMethods'],
  ],
  [
    'PRIVACY',
    '您好，关于您的信息安全：{{compoundName}}的门禁系统，{{vendorFiling}}。安装公司要签订数据保密协议；采集信息时有专人负责，' +
      '专人专用账号和密码；采集到的信息经过脱敏处理，本地操作员看不到您的完整信息，也不能导出；系统核录后的信息存储在公安部门备案。' +
      '{{faceDataStorage}}如果您不愿意登记人脸，可以用{{nonFaceMethods}}进出。',
    ['compoundName', 'vendorFiling', 'faceDataStorage', 'nonFaceMethods'],
  ],
];

/**
 * The 12345 hotline: a pinyin search index over compounds, per-compound hotline settings (where
 * faces are enrolled, non-face ways in, gate hours), versioned answer templates, calls, follow-up
 * tickets with their history, and per-category time limits.
 */
export class Hotline1764900000000 implements MigrationInterface {
  name = 'Hotline1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE hotline_category AS ENUM ('SUITABILITY', 'PROGRESS', 'FACE_REGISTRATION', 'PRIVACY')`);
    await q.query(`CREATE TYPE hotline_ticket_status AS ENUM ('NEW', 'ASSIGNED', 'RESPONDED', 'RESOLVED', 'CLOSED')`);
    await q.query(`CREATE TYPE hotline_satisfaction AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')`);

    // Pinyin cannot be computed in SQL, so the row is marked stale (pinyin_source NULL) by the
    // triggers below and the hotline.index job fills it in; the Chinese text itself is searched
    // on compound.search_text, which is always current.
    await q.query(`
      CREATE TABLE hotline_compound_search (
        compound_id uuid PRIMARY KEY REFERENCES compound(id) ON DELETE CASCADE,
        district_id uuid NOT NULL,
        street_id uuid NOT NULL,
        community_id uuid NOT NULL,
        buildings text NOT NULL DEFAULT '',
        pinyin text NOT NULL DEFAULT '',
        initials text NOT NULL DEFAULT '',
        pinyin_source text,
        indexed_at timestamptz
      )`);
    await q.query(`CREATE INDEX hotline_compound_search_stale_idx ON hotline_compound_search (compound_id) WHERE pinyin_source IS NULL`);
    await q.query(`CREATE INDEX hotline_compound_search_pinyin_trgm_idx ON hotline_compound_search USING gin (pinyin gin_trgm_ops)`);
    await q.query(`CREATE INDEX hotline_compound_search_initials_trgm_idx ON hotline_compound_search USING gin (initials gin_trgm_ops)`);
    // Typos no name contains go to nearest-neighbour search (ORDER BY … <<-> … LIMIT), which only GiST serves.
    await q.query(`CREATE INDEX hotline_compound_search_pinyin_gist_idx ON hotline_compound_search USING gist (pinyin gist_trgm_ops)`);
    await q.query(`CREATE INDEX compound_search_text_gist_idx ON compound USING gist (search_text gist_trgm_ops)`);
    await q.query(`CREATE INDEX hotline_compound_search_district_idx ON hotline_compound_search (district_id)`);
    await q.query(`
      CREATE FUNCTION hotline_compound_search_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO hotline_compound_search (compound_id, district_id, street_id, community_id)
        VALUES (NEW.id, NEW.district_id, NEW.street_id, NEW.community_id)
        ON CONFLICT (compound_id) DO UPDATE
          SET district_id = EXCLUDED.district_id, street_id = EXCLUDED.street_id,
              community_id = EXCLUDED.community_id, pinyin_source = NULL;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER hotline_compound_search_stale AFTER INSERT OR UPDATE OF name, aliases, address, street_id, community_id
      ON compound FOR EACH ROW EXECUTE FUNCTION hotline_compound_search_stale()`);
    // Building numbers come from the residents register (indexed as 3号楼): a new building marks its compound stale.
    await q.query(`
      CREATE FUNCTION hotline_resident_building_stale() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE hotline_compound_search SET pinyin_source = NULL
         WHERE compound_id = NEW.compound_id AND pinyin_source IS NOT NULL
           AND position(' ' || CASE WHEN NEW.building ~ '^[0-9]+$' THEN NEW.building || '号楼' ELSE NEW.building END || ' '
                        IN ' ' || buildings || ' ') = 0;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER hotline_resident_building_stale AFTER INSERT OR UPDATE OF building ON resident
      FOR EACH ROW EXECUTE FUNCTION hotline_resident_building_stale()`);
    await q.query(`
      INSERT INTO hotline_compound_search (compound_id, district_id, street_id, community_id)
      SELECT id, district_id, street_id, community_id FROM compound`);

    await q.query(`
      CREATE TABLE hotline_compound_profile (
        compound_id uuid PRIMARY KEY REFERENCES compound(id) ON DELETE CASCADE,
        community_id uuid NOT NULL,
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,
        enrolment_place text NOT NULL CHECK (length(enrolment_place) BETWEEN 1 AND 100),
        enrolment_hours text NOT NULL CHECK (length(enrolment_hours) BETWEEN 1 AND 100),
        home_visits boolean NOT NULL DEFAULT true,
        family_photos boolean NOT NULL DEFAULT true,
        non_face_methods text[] NOT NULL DEFAULT '{CARD,QR_CODE,PIN}'
          CHECK (non_face_methods <@ ARRAY['CARD', 'QR_CODE', 'PIN']::text[] AND cardinality(non_face_methods) >= 1),
        face_data_on_device boolean NOT NULL DEFAULT true,
        vendor_filed boolean NOT NULL DEFAULT false,
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX hotline_compound_profile_street_idx ON hotline_compound_profile (street_id)`);
    await q.query(`
      CREATE TABLE hotline_gate_hours (
        gate_id uuid PRIMARY KEY REFERENCES gate(id) ON DELETE CASCADE,
        compound_id uuid NOT NULL REFERENCES compound(id) ON DELETE CASCADE,
        hours text NOT NULL CHECK (length(hours) BETWEEN 1 AND 60)
      )`);
    await q.query(`CREATE INDEX hotline_gate_hours_compound_idx ON hotline_gate_hours (compound_id)`);

    // Never updated: a change is a new version; the newest of a district (else the platform's) is read aloud.
    await q.query(`
      CREATE TABLE hotline_template (
        id uuid PRIMARY KEY,
        district_id uuid REFERENCES district(id),
        category hotline_category NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        variables text[] NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX hotline_template_version_key ON hotline_template (COALESCE(district_id, '00000000-0000-0000-0000-000000000000'::uuid), category, version)`,
    );

    // Platform version 1 of each answer, worded to be read aloud; the facts are the article's. Districts
    // save their own versions through saveHotlineTemplate; these stay as the fallback.
    for (const [category, body, variables] of DEFAULT_TEMPLATES) {
      await q.query(
        `INSERT INTO hotline_template (id, district_id, category, version, body, variables) VALUES (gen_random_uuid(), NULL, $1, 1, $2, $3)`,
        [category, body, variables],
      );
    }

    await q.query(`
      CREATE TABLE hotline_time_limit (
        category hotline_category PRIMARY KEY,
        respond_hours integer NOT NULL CHECK (respond_hours BETWEEN 1 AND 720),
        resolve_hours integer NOT NULL CHECK (resolve_hours BETWEEN 1 AND 2160),
        updated_by uuid REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (resolve_hours >= respond_hours)
      )`);
    // Defaults: answer within a working day; progress and face questions close within days, suitability within a week.
    await q.query(`
      INSERT INTO hotline_time_limit (category, respond_hours, resolve_hours) VALUES
        ('SUITABILITY', 24, 168), ('PROGRESS', 24, 72), ('FACE_REGISTRATION', 24, 48), ('PRIVACY', 24, 72)`);

    await q.query(`
      CREATE TABLE hotline_call (
        id uuid PRIMARY KEY,
        compound_id uuid NOT NULL REFERENCES compound(id),
        community_id uuid NOT NULL,
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,
        category hotline_category NOT NULL,
        question text NOT NULL CHECK (length(question) BETWEEN 1 AND 1000),
        answer text NOT NULL CHECK (length(answer) BETWEEN 1 AND 4000),
        caller_phone text,
        caller_phone_index text,
        follow_up boolean NOT NULL,
        agent_id uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((caller_phone IS NULL) = (caller_phone_index IS NULL))
      )`);
    await q.query(`CREATE INDEX hotline_call_district_created_idx ON hotline_call (district_id, created_at)`);
    await q.query(`CREATE INDEX hotline_call_street_created_idx ON hotline_call (street_id, created_at)`);
    await q.query(`CREATE INDEX hotline_call_compound_idx ON hotline_call (compound_id, created_at)`);
    await q.query(`CREATE INDEX hotline_call_phone_idx ON hotline_call (caller_phone_index) WHERE caller_phone_index IS NOT NULL`);

    await q.query(`
      CREATE TABLE hotline_ticket (
        id uuid PRIMARY KEY,
        call_id uuid NOT NULL UNIQUE REFERENCES hotline_call(id),
        compound_id uuid NOT NULL REFERENCES compound(id),
        community_id uuid NOT NULL,
        street_id uuid NOT NULL,
        district_id uuid NOT NULL,
        category hotline_category NOT NULL,
        request text NOT NULL CHECK (length(request) BETWEEN 1 AND 1000),
        caller_phone_index text,
        status hotline_ticket_status NOT NULL DEFAULT 'NEW',
        assignee_id uuid REFERENCES app_user(id),
        reply text CHECK (length(reply) BETWEEN 1 AND 2000),
        resolution text CHECK (length(resolution) BETWEEN 1 AND 2000),
        satisfaction hotline_satisfaction,
        respond_due_at timestamptz NOT NULL,
        resolve_due_at timestamptz NOT NULL,
        assigned_at timestamptz,
        responded_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        overdue_since timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX hotline_ticket_street_status_idx ON hotline_ticket (street_id, status, created_at)`);
    await q.query(`CREATE INDEX hotline_ticket_district_created_idx ON hotline_ticket (district_id, created_at)`);
    await q.query(`CREATE INDEX hotline_ticket_compound_idx ON hotline_ticket (compound_id, created_at)`);
    await q.query(`CREATE INDEX hotline_ticket_phone_open_idx ON hotline_ticket (caller_phone_index) WHERE status <> 'CLOSED'`);
    await q.query(`CREATE INDEX hotline_ticket_open_due_idx ON hotline_ticket (resolve_due_at) WHERE status NOT IN ('RESOLVED', 'CLOSED')`);

    await q.query(`
      CREATE TABLE hotline_ticket_event (
        id bigserial PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES hotline_ticket(id),
        from_status hotline_ticket_status,
        to_status hotline_ticket_status NOT NULL,
        note text,
        actor_id uuid REFERENCES app_user(id),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX hotline_ticket_event_ticket_idx ON hotline_ticket_event (ticket_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE hotline_ticket_event`);
    await q.query(`DROP TABLE hotline_ticket`);
    await q.query(`DROP TABLE hotline_call`);
    await q.query(`DROP TABLE hotline_time_limit`);
    await q.query(`DROP TABLE hotline_template`);
    await q.query(`DROP TABLE hotline_gate_hours`);
    await q.query(`DROP TABLE hotline_compound_profile`);
    await q.query(`DROP TRIGGER hotline_resident_building_stale ON resident`);
    await q.query(`DROP FUNCTION hotline_resident_building_stale()`);
    await q.query(`DROP TRIGGER hotline_compound_search_stale ON compound`);
    await q.query(`DROP FUNCTION hotline_compound_search_stale()`);
    await q.query(`DROP TABLE hotline_compound_search`);
    await q.query(`DROP INDEX compound_search_text_gist_idx`);
    await q.query(`DROP TYPE hotline_satisfaction`);
    await q.query(`DROP TYPE hotline_ticket_status`);
    await q.query(`DROP TYPE hotline_category`);
  }
}
