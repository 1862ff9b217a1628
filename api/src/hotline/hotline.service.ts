import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { RequestInfo, SecurityEvents, Viewer } from '../auth/auth.service';
import { scopeSql, type Scope } from '../auth/scope';
import type { CompoundService } from '../compounds/compound.service';
import type { GateState } from '../compounds/compound.enums';
import { badInput, notFound } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import type { PersonalData } from '../personal/personal-data';
import type { CriterionOutcome, QualificationStatus } from '../qualification/qualification.enums';
import type { RenovationStage } from '../renovation/renovation.enums';
import { composeAnswer, type CompoundFacts } from './compose';
import { HotlineFiguresService } from './figures';
import { CATEGORIES, CATEGORY_LABEL, type HotlineCategory, type NonFaceMethod } from './hotline.enums';
import { HotlineSearch } from './hotline-search';
import type {
  HotlineAnswer,
  HotlineCard,
  HotlineCompoundProfile,
  HotlineCompoundProfileInput,
  HotlineTemplate,
  HotlineTimeLimit,
  SaveHotlineTemplateInput,
  SetHotlineTimeLimitInput,
} from './hotline.types';
import { validateTemplate } from './template';
import { HotlineTickets, actorOf, requiredText as text } from './tickets';

const REPLIES_ON_CARD = 5;

interface TemplateRow {
  id: string;
  district_id: string | null;
  category: HotlineCategory;
  version: number;
  body: string;
  variables: string[];
  created_by_name: string | null;
  created_at: Date;
}

const templateOf = (r: TemplateRow): HotlineTemplate => ({
  id: r.id,
  districtId: r.district_id,
  category: r.category,
  version: r.version,
  body: r.body,
  variables: r.variables,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

/**
 * The 12345 hotline: compound search, the answer card composed from live data, the versioned
 * answer templates, per-compound hotline settings, time limits; calls and tickets (`tickets`) and
 * figures (`figures`) live in their own classes.
 */
export class HotlineService {
  readonly search: HotlineSearch;
  readonly tickets: HotlineTickets;
  readonly figures: HotlineFiguresService;

  constructor(
    private readonly db: DataSource,
    personal: PersonalData,
    private readonly compounds: CompoundService,
    private readonly events: SecurityEvents,
  ) {
    this.search = new HotlineSearch(db);
    this.tickets = new HotlineTickets(db, personal, compounds);
    this.figures = new HotlineFiguresService(db, events);
  }

  // --- the card -------------------------------------------------------------------------------

  async card(compoundId: string, scope: Scope): Promise<HotlineCard> {
    const compound = await this.compounds.get(parseId('compoundId', compoundId), scope);
    const facts = await this.facts(compound.id);
    const templates = await this.activeTemplates(compound.districtId);
    const answers: HotlineAnswer[] = CATEGORIES.map((category) => {
      const template = templates.get(category);
      if (!template) throw new Error(`no answer template for ${category}: the hotline migration seeds one`);
      const { script, values } = composeAnswer(category, template.body, facts.facts);
      return { category, title: CATEGORY_LABEL[category], script, templateId: template.id, templateVersion: template.version, values };
    });
    return {
      compoundId: compound.id,
      name: compound.name,
      aliases: compound.aliases,
      address: compound.address,
      streetName: facts.facts.streetName,
      communityName: facts.facts.communityName,
      closureStatus: compound.closureStatus,
      answers,
      replies: await this.tickets.replies(compound.id, REPLIES_ON_CARD),
      openTickets: await this.tickets.openOf(compound.id),
      profile: facts.profile,
    };
  }

  /** Everything the composer needs, read fresh: qualification, renovation, gates, settings. */
  private async facts(compoundId: string): Promise<{ facts: CompoundFacts; profile: HotlineCompoundProfile | null }> {
    const [place] = (await this.db.query(
      `SELECT c.name, c.closure_status, st.name AS street_name, cm.name AS community_name
         FROM compound c JOIN street st ON st.id = c.street_id JOIN community cm ON cm.id = c.community_id
        WHERE c.id = $1`,
      [compoundId],
    )) as { name: string; closure_status: CompoundFacts['closureStatus']; street_name: string; community_name: string }[];
    if (!place) throw notFound('Compound', compoundId);
    const [qualification] = (await this.db.query(
      `SELECT status, assessment_version, criteria, computed_at FROM qualification_result WHERE compound_id = $1`,
      [compoundId],
    )) as {
      status: QualificationStatus;
      assessment_version: number;
      criteria: { outcome: CriterionOutcome; explanation: string }[];
      computed_at: Date;
    }[];
    const [project] = (await this.db.query(`SELECT id, stage FROM renovation_project WHERE compound_id = $1`, [compoundId])) as {
      id: string;
      stage: RenovationStage;
    }[];
    const dates = project
      ? ((await this.db.query(
          `SELECT stage, planned_on::text AS planned_on, actual_on::text AS actual_on FROM renovation_stage_date WHERE project_id = $1`,
          [project.id],
        )) as { stage: RenovationStage; planned_on: string | null; actual_on: string | null }[])
      : [];
    // Devices come from the gate registry (api/src/gates); retired ones are no longer at the gate.
    const gates = (await this.db.query(
      `SELECT g.id, g.name, g.state, h.hours,
              coalesce(array_agg(DISTINCT d.kind::text ORDER BY d.kind::text) FILTER (WHERE d.id IS NOT NULL), '{}') AS devices
         FROM gate g
         LEFT JOIN hotline_gate_hours h ON h.gate_id = g.id
         LEFT JOIN gate_device d ON d.gate_id = g.id AND d.status <> 'RETIRED'
        WHERE g.compound_id = $1
        GROUP BY g.id, g.name, g.state, h.hours
        ORDER BY g.name`,
      [compoundId],
    )) as { id: string; name: string; state: GateState; hours: string | null; devices: string[] }[];
    const profile = await this.profileOf(compoundId, gates);
    return {
      facts: {
        compoundName: place.name,
        streetName: place.street_name,
        communityName: place.community_name,
        closureStatus: place.closure_status,
        qualification: qualification
          ? {
              status: qualification.status,
              assessmentVersion: qualification.assessment_version,
              criteria: qualification.criteria,
              computedAt: qualification.computed_at,
            }
          : null,
        renovation: project
          ? { stage: project.stage, dates: dates.map((d) => ({ stage: d.stage, plannedOn: d.planned_on, actualOn: d.actual_on })) }
          : null,
        gates: gates.map((g) => ({ name: g.name, state: g.state, hours: g.hours, devices: g.devices })),
        profile,
      },
      profile,
    };
  }

  private async profileOf(compoundId: string, gates: { id: string; hours: string | null }[]): Promise<HotlineCompoundProfile | null> {
    const [row] = (await this.db.query(`SELECT * FROM hotline_compound_profile WHERE compound_id = $1`, [compoundId])) as {
      enrolment_place: string;
      enrolment_hours: string;
      home_visits: boolean;
      family_photos: boolean;
      non_face_methods: NonFaceMethod[];
      face_data_on_device: boolean;
      vendor_filed: boolean;
      updated_at: Date;
    }[];
    if (!row) return null;
    return {
      compoundId,
      enrolmentPlace: row.enrolment_place,
      enrolmentHours: row.enrolment_hours,
      homeVisits: row.home_visits,
      familyPhotos: row.family_photos,
      nonFaceMethods: row.non_face_methods,
      faceDataOnDevice: row.face_data_on_device,
      vendorFiled: row.vendor_filed,
      gateHours: gates.filter((g) => g.hours !== null).map((g) => ({ gateId: g.id, hours: g.hours! })),
      updatedAt: row.updated_at,
    };
  }

  /** The street office records where and when faces are enrolled, the non-face ways in, privacy settings, gate hours. */
  async setProfile(input: HotlineCompoundProfileInput, viewer: Viewer, request: RequestInfo): Promise<HotlineCompoundProfile> {
    const compound = await this.compounds.get(parseId('input.compoundId', input.compoundId), viewer.scope);
    const place = text('input.enrolmentPlace', input.enrolmentPlace, 100);
    const hours = text('input.enrolmentHours', input.enrolmentHours, 100);
    const methods = [...new Set(input.nonFaceMethods)];
    if (methods.length === 0)
      throw badInput('input.nonFaceMethods', 'must name at least one way in without face recognition (CARD, QR_CODE, PIN)');
    const gateHours = (input.gateHours ?? []).map((g, index) => ({
      gateId: parseId(`input.gateHours[${index}].gateId`, g.gateId),
      hours: text(`input.gateHours[${index}].hours`, g.hours, 60),
    }));
    await this.db.transaction(async (manager) => {
      if (gateHours.length > 0) {
        const own = (await manager.query(`SELECT id FROM gate WHERE compound_id = $1 AND id = ANY ($2::uuid[])`, [
          compound.id,
          gateHours.map((g) => g.gateId),
        ])) as { id: string }[];
        const index = gateHours.findIndex((g) => !own.some((o) => o.id === g.gateId));
        if (index >= 0) throw badInput(`input.gateHours[${index}].gateId`, 'is not a gate of this compound');
      }
      await manager.query(
        `INSERT INTO hotline_compound_profile (compound_id, community_id, street_id, district_id, enrolment_place, enrolment_hours,
                home_visits, family_photos, non_face_methods, face_data_on_device, vendor_filed, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
         ON CONFLICT (compound_id) DO UPDATE SET enrolment_place = EXCLUDED.enrolment_place, enrolment_hours = EXCLUDED.enrolment_hours,
           home_visits = EXCLUDED.home_visits, family_photos = EXCLUDED.family_photos, non_face_methods = EXCLUDED.non_face_methods,
           face_data_on_device = EXCLUDED.face_data_on_device, vendor_filed = EXCLUDED.vendor_filed,
           updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [
          compound.id,
          compound.communityId,
          compound.streetId,
          compound.districtId,
          place,
          hours,
          input.homeVisits,
          input.familyPhotos,
          methods,
          input.faceDataOnDevice,
          input.vendorFiled,
          viewer.userId,
        ],
      );
      if (input.gateHours != null) {
        await manager.query(`DELETE FROM hotline_gate_hours WHERE compound_id = $1`, [compound.id]);
        if (gateHours.length > 0) {
          await manager.query(
            `INSERT INTO hotline_gate_hours (gate_id, compound_id, hours) SELECT u.gate_id, $1, u.hours FROM unnest($2::uuid[], $3::text[]) AS u(gate_id, hours)`,
            [compound.id, gateHours.map((g) => g.gateId), gateHours.map((g) => g.hours)],
          );
        }
      }
      await this.events.record(
        {
          action: 'hotline.profile.set',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'compound',
          targetId: compound.id,
          request,
        },
        manager,
      );
    });
    const gates = (await this.db.query(
      `SELECT g.id, h.hours FROM gate g LEFT JOIN hotline_gate_hours h ON h.gate_id = g.id WHERE g.compound_id = $1 ORDER BY g.name`,
      [compound.id],
    )) as { id: string; hours: string | null }[];
    return (await this.profileOf(compound.id, gates))!;
  }

  // --- templates ------------------------------------------------------------------------------

  /** The newest version per category: the district's own, else the platform's. */
  private async activeTemplates(districtId: string): Promise<Map<HotlineCategory, TemplateRow>> {
    const rows = (await this.db.query(
      `SELECT DISTINCT ON (category) id, district_id, category, version, body, variables, NULL AS created_by_name, created_at
         FROM hotline_template
        WHERE district_id = $1 OR district_id IS NULL
        ORDER BY category, district_id NULLS LAST, version DESC`,
      [districtId],
    )) as TemplateRow[];
    return new Map(rows.map((r) => [r.category, r]));
  }

  /**
   * Template versions, newest first: the platform's and, for a district-bound caller, its
   * district's (ADMIN: all, or one district's with `districtId`).
   */
  async templates(
    category: HotlineCategory | null | undefined,
    districtId: string | null | undefined,
    scope: Scope,
  ): Promise<HotlineTemplate[]> {
    const conditions = ['true'];
    const params: unknown[] = [];
    if (category) {
      params.push(category);
      conditions.push(`t.category = $${params.length}`);
    }
    if (districtId != null) {
      params.push(parseId('districtId', districtId));
      conditions.push(`(t.district_id = $${params.length} OR t.district_id IS NULL)`);
    }
    const visible = scopeSql(scope, 'district', 'd', params.length + 1);
    params.push(...visible.values);
    const rows = (await this.db.query(
      `SELECT t.id, t.district_id, t.category, t.version, t.body, t.variables, u.display_name AS created_by_name, t.created_at
         FROM hotline_template t
         LEFT JOIN district d ON d.id = t.district_id
         LEFT JOIN app_user u ON u.id = t.created_by
        WHERE ${conditions.join(' AND ')} AND (t.district_id IS NULL OR ${visible.sql})
        ORDER BY t.category, t.district_id NULLS FIRST, t.version DESC`,
      params,
    )) as TemplateRow[];
    return rows.map(templateOf);
  }

  /** A new version; refused (nothing saved) when it names a variable its category does not offer. */
  async saveTemplate(input: SaveHotlineTemplateInput, viewer: Viewer, request: RequestInfo): Promise<HotlineTemplate> {
    const variables = validateTemplate(input.category, input.body);
    const body = input.body.trim();
    const districtId = await this.templateDistrict(input.districtId, viewer.scope);
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      // One writer per (district, category) at a time, so versions never collide.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('hotline_template:' || $1 || ':' || $2))`, [
        districtId ?? 'platform',
        input.category,
      ]);
      await manager.query(
        `INSERT INTO hotline_template (id, district_id, category, version, body, variables, created_by)
         SELECT $1, $2, $3, coalesce(max(version), 0) + 1, $4, $5, $6 FROM hotline_template
          WHERE district_id IS NOT DISTINCT FROM $2::uuid AND category = $3`,
        [id, districtId, input.category, body, variables, viewer.userId],
      );
      await this.events.record(
        {
          action: 'hotline.template.save',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'hotline_template',
          targetId: id,
          details: { category: input.category, districtId },
          request,
        },
        manager,
      );
    });
    const [row] = (await this.db.query(
      `SELECT t.id, t.district_id, t.category, t.version, t.body, t.variables, u.display_name AS created_by_name, t.created_at
         FROM hotline_template t LEFT JOIN app_user u ON u.id = t.created_by WHERE t.id = $1`,
      [id],
    )) as TemplateRow[];
    return templateOf(row!);
  }

  /** District accounts write their own district's versions; only the system-wide scope writes the platform's. */
  private async templateDistrict(districtId: string | null | undefined, scope: Scope): Promise<string | null> {
    if (districtId == null) {
      if (scope.level === 'all') return null;
      if (scope.level === 'none') throw badInput('input.districtId', 'is required');
      return scope.districtId;
    }
    const id = parseId('input.districtId', districtId);
    const visible = scopeSql(scope, 'district', 'd', 2);
    const [found] = (await this.db.query(`SELECT d.id FROM district d WHERE d.id = $1 AND ${visible.sql}`, [id, ...visible.values])) as {
      id: string;
    }[];
    if (!found) throw notFound('District', id);
    return found.id;
  }

  // --- time limits ----------------------------------------------------------------------------

  async timeLimits(): Promise<HotlineTimeLimit[]> {
    const rows = (await this.db.query(
      `SELECT category, respond_hours, resolve_hours, updated_at FROM hotline_time_limit ORDER BY category`,
    )) as { category: HotlineCategory; respond_hours: number; resolve_hours: number; updated_at: Date }[];
    return rows.map((r) => ({
      category: r.category,
      respondWithinHours: r.respond_hours,
      resolveWithinHours: r.resolve_hours,
      updatedAt: r.updated_at,
    }));
  }

  /** Applies to tickets created from now on; open tickets keep the deadlines they were given. */
  async setTimeLimit(input: SetHotlineTimeLimitInput, viewer: Viewer, request: RequestInfo): Promise<HotlineTimeLimit> {
    const { respondWithinHours: respond, resolveWithinHours: resolve } = input;
    if (!Number.isInteger(respond) || respond < 1 || respond > 720) throw badInput('input.respondWithinHours', 'must be 1-720 hours');
    if (!Number.isInteger(resolve) || resolve < respond || resolve > 2160) {
      throw badInput('input.resolveWithinHours', `must be ${respond}-2160 hours (not shorter than the time to respond)`);
    }
    await this.db.transaction(async (manager) => {
      await manager.query(
        `UPDATE hotline_time_limit SET respond_hours = $2, resolve_hours = $3, updated_by = $4, updated_at = now() WHERE category = $1`,
        [input.category, respond, resolve, viewer.userId],
      );
      await this.events.record(
        {
          action: 'hotline.time_limit.set',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'hotline_time_limit',
          targetId: input.category,
          details: { respondWithinHours: respond, resolveWithinHours: resolve },
          request,
        },
        manager,
      );
    });
    return (await this.timeLimits()).find((l) => l.category === input.category)!;
  }
}
