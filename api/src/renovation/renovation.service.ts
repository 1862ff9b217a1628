import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AlertKind } from '../alerts/alert.enums';
import type { AlertCandidate, AlertService, ReconcileResult } from '../alerts/alert.service';
import type { RequestInfo, SecurityEvents, Viewer } from '../auth/auth.service';
import { scopeSql, withinScope, type Scope } from '../auth/scope';
import { beijingDay } from '../common/time';
import { Compound } from '../compounds/compound.entity';
import type { GeographyService } from '../geography/geography.service';
import { AppError, ErrorCode, badInput, notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { encodeCursor, pageRequest, toPage, type ConnectionArgs, type Page } from '../graphql/pagination';
import { parseDay } from './dates';
import { RenovationProject, RenovationStageChange, RenovationStageDate, RenovationWorkItem } from './renovation.entity';
import {
  CLOSURE_AT_STAGE,
  RenovationStage,
  STAGE_ORDER,
  StageChangeKind,
  nextStage,
  previousStage,
  stageIndex,
  type RenovationWorkKind,
} from './renovation.enums';
import {
  DESCRIPTION_MAX_LENGTH,
  MONEY_MAX,
  NAME_MAX_LENGTH,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
  type AdvanceRenovationStageInput,
  type CorrectRenovationStageInput,
  type CreateRenovationProjectInput,
  type RenovationFigures,
  type RenovationProgress,
  type RenovationProjectFilter,
  type StagePlanInput,
  type UpdateRenovationProjectInput,
  type WorkItemInput,
} from './renovation.types';

const SORT = 'COMPOUND_NAME:ASC';

type StageDates = Record<RenovationStage, { plannedOn: string | null; actualOn: string | null }>;

/** Which input field to blame for a date that breaks the order; unnamed dates blame `start`. */
interface DateFields {
  start: string;
  planned: Map<RenovationStage, string>;
  actual: Map<RenovationStage, string>;
}

interface ParsedWorkItem {
  kind: RenovationWorkKind;
  description: string;
  budget: number;
  spent: number;
}

/** Yuan with at most two decimals (fen), never negative; numeric(14,2) bounds the size. */
function money(field: string, value: number): number {
  if (!Number.isFinite(value)) throw badInput(field, 'must be a number');
  if (value < 0) throw badInput(field, 'must not be negative');
  if (value > MONEY_MAX) throw badInput(field, `must be at most ${MONEY_MAX}`);
  const fen = Math.round(value * 100);
  if (Math.abs(value * 100 - fen) > 1e-6) throw badInput(field, 'must have at most two decimals (fen)');
  return fen / 100;
}

/** Adds yuan amounts in whole fen, so sums carry no floating-point dust. */
export function sumYuan(values: readonly number[]): number {
  return values.reduce((fen, value) => fen + Math.round(value * 100), 0) / 100;
}

function name(field: string, value: string): string {
  const text = value.trim();
  if (text.length === 0 || [...text].length > NAME_MAX_LENGTH) throw badInput(field, `must be 1-${NAME_MAX_LENGTH} characters`);
  return text;
}

function illegalTransition(from: RenovationStage, to: RenovationStage, allowed: RenovationStage | null, how: 'advance' | 'correct') {
  const can =
    allowed === null
      ? how === 'advance'
        ? 'is at the last stage and cannot advance'
        : 'is at the first stage; nothing to correct'
      : `can only ${how === 'advance' ? 'advance' : 'be corrected back'} to ${allowed}`;
  return new AppError(ErrorCode.ILLEGAL_STAGE_TRANSITION, `a project at ${from} ${can}, not to ${to}`, {
    from,
    to,
    allowed: allowed === null ? [] : [allowed],
  });
}

function emptyDates(): StageDates {
  return Object.fromEntries(STAGE_ORDER.map((stage) => [stage, { plannedOn: null, actualOn: null }])) as StageDates;
}

/** Planned dates from the input onto `dates`; records which input entry set each stage. */
function applyPlan(dates: StageDates, field: string, plan: readonly StagePlanInput[] | null | undefined, fields: DateFields): void {
  const seen = new Set<RenovationStage>();
  (plan ?? []).forEach((entry, i) => {
    if (seen.has(entry.stage)) throw badInput(`${field}[${i}].stage`, 'is listed twice');
    seen.add(entry.stage);
    const entryField = `${field}[${i}].plannedOn`;
    dates[entry.stage].plannedOn = entry.plannedOn == null ? null : parseDay(entryField, entry.plannedOn);
    fields.planned.set(entry.stage, entryField);
  });
}

/**
 * The rules every project's dates keep: nothing before the planned start, planned dates and
 * actual dates each in stage order, no actual date in the future (Beijing), and a date for every
 * stage reached and none for the stages ahead.
 */
function checkDates(dates: StageDates, plannedStartOn: string, today: string, fields: DateFields): void {
  let lastPlanned: { stage: RenovationStage; on: string } | null = null;
  let lastActual: { stage: RenovationStage; on: string } | null = null;
  for (const stage of STAGE_ORDER) {
    const { plannedOn, actualOn } = dates[stage];
    const plannedField = fields.planned.get(stage) ?? fields.start;
    const actualField = fields.actual.get(stage) ?? fields.start;
    if (plannedOn !== null) {
      if (plannedOn < plannedStartOn) throw badInput(plannedField, `must not be before the planned start ${plannedStartOn}`);
      if (lastPlanned && plannedOn < lastPlanned.on) {
        throw badInput(plannedField, `must not be before the planned date of ${lastPlanned.stage} (${lastPlanned.on})`);
      }
      lastPlanned = { stage, on: plannedOn };
    }
    if (actualOn !== null) {
      if (actualOn < plannedStartOn) throw badInput(actualField, `must not be before the project's planned start ${plannedStartOn}`);
      if (actualOn > today) throw badInput(actualField, `must not be in the future (today is ${today})`);
      if (lastActual && actualOn < lastActual.on) {
        throw badInput(actualField, `must not be before the date the project reached ${lastActual.stage} (${lastActual.on})`);
      }
      lastActual = { stage, on: actualOn };
    }
  }
}

function parseWorkItems(field: string, items: readonly WorkItemInput[]): ParsedWorkItem[] {
  const seen = new Set<RenovationWorkKind>();
  return items.map((item, i) => {
    if (seen.has(item.kind)) throw badInput(`${field}[${i}].kind`, 'is listed twice; one item per kind');
    seen.add(item.kind);
    const description = (item.description ?? '').trim();
    if ([...description].length > DESCRIPTION_MAX_LENGTH) {
      throw badInput(`${field}[${i}].description`, `must be at most ${DESCRIPTION_MAX_LENGTH} characters`);
    }
    return {
      kind: item.kind,
      description,
      budget: money(`${field}[${i}].budget`, item.budget),
      spent: money(`${field}[${i}].spent`, item.spent ?? 0),
    };
  });
}

function actorOf(viewer: Viewer) {
  return { id: viewer.userId, username: viewer.username, role: viewer.role };
}

/**
 * Renovation projects: one per compound, moved through the stages one step at a time by its
 * street office, every step recorded with who and when. Overdue stages become alerts (the
 * `renovation.overdue` job daily, and at once for a project whose dates or stage change).
 */
export class RenovationService {
  constructor(
    private readonly db: DataSource,
    private readonly geography: GeographyService,
    private readonly alerts: AlertService,
    private readonly events: SecurityEvents,
  ) {}

  async create(input: CreateRenovationProjectInput, viewer: Viewer, request: RequestInfo): Promise<RenovationProject> {
    const compound = await this.compoundInScope(parseId('input.compoundId', input.compoundId), viewer.scope);
    if (!compound) throw notFound('Compound', input.compoundId);
    const today = beijingDay();
    const plannedStartOn = parseDay('input.plannedStartOn', input.plannedStartOn);
    const fields: DateFields = { start: 'input.plannedStartOn', planned: new Map(), actual: new Map() };
    const dates = emptyDates();
    applyPlan(dates, 'input.plannedDates', input.plannedDates, fields);
    dates.ASSESSED.actualOn = input.assessedOn == null ? today : parseDay('input.assessedOn', input.assessedOn);
    fields.actual.set(RenovationStage.ASSESSED, 'input.assessedOn');
    checkDates(dates, plannedStartOn, today, fields);
    const contractor = input.contractor == null ? null : name('input.contractor', input.contractor);
    const template = await this.template('input.templateCompoundId', input.templateCompoundId, compound.id, viewer.scope);
    const items =
      input.workItems != null
        ? parseWorkItems('input.workItems', input.workItems)
        : template
          ? (await this.workItemsOf([template.id])).map(({ kind, description, budget }) => ({ kind, description, budget, spent: 0 }))
          : [];

    const project: RenovationProject = {
      id: randomUUID(),
      compoundId: compound.id,
      communityId: compound.communityId,
      streetId: compound.streetId,
      districtId: compound.districtId,
      templateCompoundId: template?.compoundId ?? null,
      stage: RenovationStage.ASSESSED,
      plannedStartOn,
      contractor,
      propertyCompany: null,
      createdBy: viewer.userId,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await this.db.transaction(async (manager) => {
      // The compound's row lock serialises two creations for it; the second sees the first.
      await manager.query(`SELECT 1 FROM compound WHERE id = $1 FOR UPDATE`, [compound.id]);
      if (await manager.existsBy(RenovationProject, { compoundId: compound.id })) {
        throw badInput('input.compoundId', 'already has a renovation project');
      }
      await manager.insert(RenovationProject, project);
      await this.writeDates(manager, project, dates);
      await this.writeWorkItems(manager, project, items);
      await this.recordChange(
        manager,
        project,
        StageChangeKind.CREATE,
        null,
        RenovationStage.ASSESSED,
        dates.ASSESSED.actualOn,
        null,
        viewer,
      );
      await this.syncCompound(manager, project);
      await this.events.record(
        {
          action: 'renovation.create',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'renovation_project',
          targetId: project.id,
          details: { compoundId: compound.id, templateCompoundId: project.templateCompoundId, budget: sumYuan(items.map((i) => i.budget)) },
          request,
        },
        manager,
      );
      await this.detectOverdue(today, { manager, projectIds: [project.id] });
    });
    return this.get(project.id, viewer.scope);
  }

  async update(id: string, input: UpdateRenovationProjectInput, viewer: Viewer, request: RequestInfo): Promise<RenovationProject> {
    const today = beijingDay();
    const projectId = await this.db.transaction(async (manager) => {
      const project = await this.lock(manager, id, viewer.scope);
      const dates = await this.datesOf(manager, project.id);
      const fields: DateFields = { start: 'input.plannedStartOn', planned: new Map(), actual: new Map() };
      const changed: string[] = [];
      if (input.plannedStartOn != null) {
        project.plannedStartOn = parseDay('input.plannedStartOn', input.plannedStartOn);
        changed.push('plannedStartOn');
      }
      if (input.plannedDates != null) {
        applyPlan(dates, 'input.plannedDates', input.plannedDates, fields);
        changed.push('plannedDates');
      }
      checkDates(dates, project.plannedStartOn, today, fields);
      if (input.templateCompoundId !== undefined) {
        const template = await this.template('input.templateCompoundId', input.templateCompoundId, project.compoundId, viewer.scope);
        project.templateCompoundId = template?.compoundId ?? null;
        changed.push('templateCompoundId');
      }
      if (input.contractor != null) {
        project.contractor = input.contractor.trim() === '' ? null : name('input.contractor', input.contractor);
        changed.push('contractor');
      }
      const items = input.workItems != null ? parseWorkItems('input.workItems', input.workItems) : null;
      await manager.update(
        RenovationProject,
        { id: project.id },
        { plannedStartOn: project.plannedStartOn, templateCompoundId: project.templateCompoundId, contractor: project.contractor },
      );
      await this.writeDates(manager, project, dates);
      if (items) {
        await this.writeWorkItems(manager, project, items);
        changed.push('workItems');
      }
      await this.events.record(
        {
          action: 'renovation.update',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'renovation_project',
          targetId: project.id,
          details: {
            changed,
            ...(items ? { budget: sumYuan(items.map((i) => i.budget)), spent: sumYuan(items.map((i) => i.spent)) } : {}),
          },
          request,
        },
        manager,
      );
      await this.detectOverdue(today, { manager, projectIds: [project.id] });
      return project.id;
    });
    return this.get(projectId, viewer.scope);
  }

  /** One step forward, to the stage named (so a repeated click cannot move two steps). */
  async advance(id: string, input: AdvanceRenovationStageInput, viewer: Viewer, request: RequestInfo): Promise<RenovationProject> {
    const today = beijingDay();
    const projectId = await this.db.transaction(async (manager) => {
      const project = await this.lock(manager, id, viewer.scope);
      const from = project.stage;
      const allowed = nextStage(from);
      if (input.toStage !== allowed) throw illegalTransition(from, input.toStage, allowed, 'advance');
      const to = allowed;
      if (to === RenovationStage.HANDED_OVER) {
        if (input.propertyCompany == null) throw badInput('input.propertyCompany', 'is required to hand over to a property company');
        project.propertyCompany = name('input.propertyCompany', input.propertyCompany);
      } else if (input.propertyCompany != null) {
        throw badInput('input.propertyCompany', 'is only recorded when the project is handed over');
      }
      const dates = await this.datesOf(manager, project.id);
      dates[to].actualOn = input.actualOn == null ? today : parseDay('input.actualOn', input.actualOn);
      checkDates(dates, project.plannedStartOn, today, {
        start: 'input.actualOn',
        planned: new Map(),
        actual: new Map([[to, 'input.actualOn']]),
      });
      project.stage = to;
      await manager.update(RenovationStageDate, { projectId: project.id, stage: to }, { actualOn: dates[to].actualOn });
      await manager.update(RenovationProject, { id: project.id }, { stage: to, propertyCompany: project.propertyCompany });
      await this.recordChange(manager, project, StageChangeKind.ADVANCE, from, to, dates[to].actualOn, null, viewer);
      await this.syncCompound(manager, project);
      await this.events.record(
        {
          action: 'renovation.stage_advance',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'renovation_project',
          targetId: project.id,
          details: { from, to, actualOn: dates[to].actualOn },
          request,
        },
        manager,
      );
      // Reaching the stage resolves its overdue alert in the same transaction.
      await this.detectOverdue(today, { manager, projectIds: [project.id] });
      return project.id;
    });
    return this.get(projectId, viewer.scope);
  }

  /**
   * Undoes the last step (a stage set by mistake): back one stage, the undone stage's actual date
   * (and, for a handover, the company) cleared, the reason kept in the history and the audit log.
   * A wrong date is corrected the same way: step back, then advance again with the right date.
   */
  async correct(id: string, input: CorrectRenovationStageInput, viewer: Viewer, request: RequestInfo): Promise<RenovationProject> {
    const reason = input.reason.trim();
    const length = [...reason].length;
    if (length < REASON_MIN_LENGTH || length > REASON_MAX_LENGTH) {
      throw badInput('input.reason', `must say why, in ${REASON_MIN_LENGTH}-${REASON_MAX_LENGTH} characters`);
    }
    const today = beijingDay();
    const projectId = await this.db.transaction(async (manager) => {
      const project = await this.lock(manager, id, viewer.scope);
      const from = project.stage;
      const allowed = previousStage(from);
      if (input.toStage !== allowed) throw illegalTransition(from, input.toStage, allowed, 'correct');
      const to = allowed;
      if (from === RenovationStage.HANDED_OVER) project.propertyCompany = null;
      project.stage = to;
      await manager.update(RenovationStageDate, { projectId: project.id, stage: from }, { actualOn: null });
      await manager.update(RenovationProject, { id: project.id }, { stage: to, propertyCompany: project.propertyCompany });
      await this.recordChange(manager, project, StageChangeKind.CORRECTION, from, to, null, reason, viewer);
      await this.syncCompound(manager, project);
      await this.events.record(
        {
          action: 'renovation.stage_correct',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'renovation_project',
          targetId: project.id,
          reason,
          details: { from, to },
          request,
        },
        manager,
      );
      await this.detectOverdue(today, { manager, projectIds: [project.id] });
      return project.id;
    });
    return this.get(projectId, viewer.scope);
  }

  async get(id: string, scope: Scope): Promise<RenovationProject> {
    const project = isUuid(id)
      ? await withinScope(this.db.getRepository(RenovationProject).createQueryBuilder('p'), scope, 'compound', 'p')
          .andWhere('p.id = :id', { id })
          .getOne()
      : null;
    if (!project) throw notFound('RenovationProject', id);
    return project;
  }

  /** Sorted by compound name, keyset-paginated, cut to the caller's place. */
  async list(filter: RenovationProjectFilter, args: ConnectionArgs, scope: Scope): Promise<Page<RenovationProject>> {
    const request = pageRequest(args, SORT);
    const today = beijingDay();
    const query = this.filtered(filter, scope, today);
    const ascending = request.direction === 'forward';
    if (request.cursor) {
      if (typeof request.cursor.value !== 'string') throw badInput(ascending ? 'after' : 'before', 'is not a valid cursor');
      query.andWhere(`(c.name, p.id) ${ascending ? '>' : '<'} (:cursorName, :cursorId)`, {
        cursorName: request.cursor.value,
        cursorId: request.cursor.id,
      });
    }
    const order = ascending ? 'ASC' : 'DESC';
    const rows = await query
      .addSelect('c.name', 'compound_name')
      .orderBy('c.name', order)
      .addOrderBy('p.id', order)
      .limit(request.limit + 1)
      .getRawAndEntities();
    const names = new Map(rows.raw.map((raw: { p_id: string; compound_name: string }) => [raw.p_id, raw.compound_name]));
    return toPage(
      rows.entities,
      request,
      (row) => encodeCursor({ sort: SORT, value: names.get(row.id) ?? '', id: row.id }),
      () => this.filtered(filter, scope, today).getCount(),
    );
  }

  /** By id, within the scope (for alerts that point at projects). */
  byIds(ids: readonly string[], scope: Scope): Promise<RenovationProject[]> {
    return withinScope(this.db.getRepository(RenovationProject).createQueryBuilder('p'), scope, 'compound', 'p')
      .andWhere('p.id IN (:...ids)', { ids: [...ids] })
      .getMany();
  }

  /** Projects of many streets (the progress view's drill-down), in stage order, then by compound name. */
  projectsOfStreets(streetIds: readonly string[], scope: Scope): Promise<RenovationProject[]> {
    return withinScope(this.db.getRepository(RenovationProject).createQueryBuilder('p'), scope, 'compound', 'p')
      .innerJoin(Compound, 'c', 'c.id = p.compound_id')
      .andWhere('p.street_id IN (:...streetIds)', { streetIds: [...streetIds] })
      .orderBy('p.stage', 'ASC')
      .addOrderBy('c.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  stagesOf(projectIds: readonly string[]): Promise<RenovationStageDate[]> {
    return this.db
      .getRepository(RenovationStageDate)
      .find({ where: { projectId: In([...projectIds]) }, order: { projectId: 'ASC', stage: 'ASC' } });
  }

  workItemsOf(projectIds: readonly string[]): Promise<RenovationWorkItem[]> {
    return this.db
      .getRepository(RenovationWorkItem)
      .find({ where: { projectId: In([...projectIds]) }, order: { projectId: 'ASC', kind: 'ASC' } });
  }

  historyOf(projectIds: readonly string[]): Promise<RenovationStageChange[]> {
    return this.db
      .getRepository(RenovationStageChange)
      .find({ where: { projectId: In([...projectIds]) }, order: { projectId: 'ASC', changedAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The district's progress, and each of its streets the caller may see: the funnel, money,
   * the on-time share and the closed compounds. Five aggregate queries, whatever the size.
   */
  async progress(districtId: string, scope: Scope, today: string = beijingDay()): Promise<RenovationProgress> {
    const district = await this.geography.getDistrict(districtId, scope);
    const streets = await this.geography.streetsOfDistricts([district.id], scope);
    const visible = (alias: string) => scopeSql(scope, 'compound', alias, 2);
    const stageRows: { street_id: string; stage: RenovationStage; projects: number }[] = await this.db.query(
      `SELECT p.street_id, p.stage::text AS stage, count(*)::int AS projects FROM renovation_project p
        WHERE p.district_id = $1 AND ${visible('p').sql} GROUP BY 1, 2`,
      [district.id, ...visible('p').values],
    );
    const moneyRows: { street_id: string; budget: string; spent: string }[] = await this.db.query(
      `SELECT w.street_id, sum(w.budget)::text AS budget, sum(w.spent)::text AS spent FROM renovation_work_item w
        WHERE w.district_id = $1 AND ${visible('w').sql} GROUP BY 1`,
      [district.id, ...visible('w').values],
    );
    const dateRows: { street_id: string; completed: number; on_time: number; overdue: number }[] = await this.db.query(
      `SELECT d.street_id,
              count(*) FILTER (WHERE d.actual_on IS NOT NULL AND d.planned_on IS NOT NULL)::int AS completed,
              count(*) FILTER (WHERE d.actual_on <= d.planned_on)::int AS on_time,
              count(DISTINCT d.project_id) FILTER (WHERE d.actual_on IS NULL AND d.planned_on < $${visible('d').values.length + 2}::date)::int AS overdue
         FROM renovation_stage_date d
        WHERE d.district_id = $1 AND ${visible('d').sql} GROUP BY 1`,
      [district.id, ...visible('d').values, today],
    );
    const finishedRows: { project_id: string; compound_id: string; street_id: string; closed_on: string }[] = await this.db.query(
      `SELECT p.id AS project_id, p.compound_id, p.street_id, d.actual_on::text AS closed_on
         FROM renovation_project p
         JOIN renovation_stage_date d ON d.project_id = p.id AND d.stage = 'CLOSED'
         JOIN compound c ON c.id = p.compound_id
        WHERE p.district_id = $1 AND d.actual_on IS NOT NULL AND ${visible('p').sql}
        ORDER BY d.actual_on, c.name, p.id`,
      [district.id, ...visible('p').values],
    );

    const figures = (streetIds: ReadonlySet<string>): RenovationFigures => {
      const current = new Map<RenovationStage, number>();
      for (const row of stageRows) if (streetIds.has(row.street_id)) current.set(row.stage, (current.get(row.stage) ?? 0) + row.projects);
      const money = moneyRows.filter((r) => streetIds.has(r.street_id));
      const dates = dateRows.filter((r) => streetIds.has(r.street_id));
      const completed = dates.reduce((n, r) => n + r.completed, 0);
      const onTime = dates.reduce((n, r) => n + r.on_time, 0);
      return {
        projectCount: [...current.values()].reduce((n, v) => n + v, 0),
        funnel: STAGE_ORDER.map((stage) => ({
          stage,
          current: current.get(stage) ?? 0,
          reached: STAGE_ORDER.slice(stageIndex(stage)).reduce((n, later) => n + (current.get(later) ?? 0), 0),
        })),
        budget: sumYuan(money.map((r) => Number(r.budget))),
        spent: sumYuan(money.map((r) => Number(r.spent))),
        completedStages: completed,
        completedOnTime: onTime,
        onTimeShare: completed === 0 ? null : onTime / completed,
        overdueProjects: dates.reduce((n, r) => n + r.overdue, 0),
        finished: finishedRows
          .filter((r) => streetIds.has(r.street_id))
          .map((r) => ({ projectId: r.project_id, compoundId: r.compound_id, streetId: r.street_id, closedOn: r.closed_on })),
      };
    };
    return {
      districtId: district.id,
      ...figures(new Set(streets.map((s) => s.id))),
      streets: streets.map((street) => ({ streetId: street.id, ...figures(new Set([street.id])) })),
    };
  }

  /**
   * Opens an OVERDUE_STAGE alert for every project whose earliest unreached stage with a planned
   * date is due before `day`, and resolves the alerts whose stage has been reached (or re-planned).
   * Idempotent. With `projectIds`, only those projects are re-evaluated (after a change to them).
   */
  async detectOverdue(
    day: string = beijingDay(),
    options: { manager?: EntityManager; projectIds?: readonly string[] } = {},
  ): Promise<ReconcileResult & { day: string }> {
    const on = parseDay('day', day);
    const manager = options.manager ?? this.db.manager;
    const only = options.projectIds ? [...options.projectIds] : null;
    // Enum values sort in declaration order, so the first row per project is its earliest stage.
    const rows: {
      project_id: string;
      stage: RenovationStage;
      planned_on: string;
      compound_id: string;
      community_id: string;
      street_id: string;
      district_id: string;
    }[] = await manager.query(
      `SELECT DISTINCT ON (d.project_id) d.project_id, d.stage::text AS stage, d.planned_on::text AS planned_on,
              p.compound_id, p.community_id, p.street_id, p.district_id
         FROM renovation_stage_date d JOIN renovation_project p ON p.id = d.project_id
        WHERE d.actual_on IS NULL AND d.planned_on < $1::date AND ($2::uuid[] IS NULL OR d.project_id = ANY($2::uuid[]))
        ORDER BY d.project_id, d.stage`,
      [on, only],
    );
    const candidates: AlertCandidate[] = rows.map((r) => ({
      subjectKey: overdueSubject(r.project_id, r.stage),
      compoundId: r.compound_id,
      communityId: r.community_id,
      streetId: r.street_id,
      districtId: r.district_id,
      details: { projectId: r.project_id, stage: r.stage, dueOn: r.planned_on },
    }));
    const within = only ? { subjectKeys: only.flatMap((id) => STAGE_ORDER.map((stage) => overdueSubject(id, stage))) } : {};
    return { day: on, ...(await this.alerts.reconcile(AlertKind.OVERDUE_STAGE, candidates, within, manager)) };
  }

  private filtered(filter: RenovationProjectFilter, scope: Scope, today: string): SelectQueryBuilder<RenovationProject> {
    const query = withinScope(this.db.getRepository(RenovationProject).createQueryBuilder('p'), scope, 'compound', 'p').innerJoin(
      Compound,
      'c',
      'c.id = p.compound_id',
    );
    if (filter.districtId != null)
      query.andWhere('p.district_id = :districtId', { districtId: parseId('filter.districtId', filter.districtId) });
    if (filter.streetId != null) query.andWhere('p.street_id = :streetId', { streetId: parseId('filter.streetId', filter.streetId) });
    if (filter.compoundId != null)
      query.andWhere('p.compound_id = :compoundId', { compoundId: parseId('filter.compoundId', filter.compoundId) });
    if (filter.stages != null) {
      if (filter.stages.length === 0) throw badInput('filter.stages', 'must name at least one stage, or be left out');
      query.andWhere('p.stage IN (:...stages)', { stages: filter.stages });
    }
    if (filter.overdue != null) {
      query.andWhere(
        `${filter.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM renovation_stage_date d
           WHERE d.project_id = p.id AND d.actual_on IS NULL AND d.planned_on < CAST(:today AS date))`,
        { today },
      );
    }
    return query;
  }

  private compoundInScope(id: string, scope: Scope): Promise<Compound | null> {
    return withinScope(this.db.getRepository(Compound).createQueryBuilder('c'), scope, 'compound', 'c')
      .andWhere('c.id = :id', { id })
      .getOne();
  }

  /** The template's project; it must be another compound of the caller's area whose renovation is finished. */
  private async template(
    field: string,
    id: string | null | undefined,
    compoundId: string,
    scope: Scope,
  ): Promise<RenovationProject | null> {
    if (id == null) return null;
    const templateId = parseId(field, id);
    if (templateId === compoundId) throw badInput(field, 'must be another compound');
    if (!(await this.compoundInScope(templateId, scope))) throw badInput(field, 'names no compound in your area');
    const project = await this.db.getRepository(RenovationProject).findOneBy({ compoundId: templateId });
    if (!project || stageIndex(project.stage) < stageIndex(RenovationStage.CLOSED)) {
      throw badInput(field, 'must be a compound whose renovation is finished (closed or handed over)');
    }
    return project;
  }

  /** The project row, locked for the rest of the transaction; outside the scope it does not exist. */
  private async lock(manager: EntityManager, id: string, scope: Scope): Promise<RenovationProject> {
    const project = isUuid(id)
      ? await withinScope(manager.getRepository(RenovationProject).createQueryBuilder('p'), scope, 'compound', 'p')
          .andWhere('p.id = :id', { id })
          .setLock('pessimistic_write')
          .getOne()
      : null;
    if (!project) throw notFound('RenovationProject', id);
    return project;
  }

  private async datesOf(manager: EntityManager, projectId: string): Promise<StageDates> {
    const dates = emptyDates();
    const rows: { stage: RenovationStage; planned_on: string | null; actual_on: string | null }[] = await manager.query(
      `SELECT stage::text AS stage, planned_on::text AS planned_on, actual_on::text AS actual_on FROM renovation_stage_date WHERE project_id = $1`,
      [projectId],
    );
    for (const row of rows) dates[row.stage] = { plannedOn: row.planned_on, actualOn: row.actual_on };
    return dates;
  }

  private async writeDates(manager: EntityManager, project: RenovationProject, dates: StageDates): Promise<void> {
    await manager.query(
      `INSERT INTO renovation_stage_date (project_id, stage, compound_id, community_id, street_id, district_id, planned_on, actual_on)
       SELECT $1, x.stage, $2, $3, $4, $5, x.planned_on, x.actual_on
         FROM jsonb_to_recordset($6::jsonb) AS x(stage renovation_stage, planned_on date, actual_on date)
       ON CONFLICT (project_id, stage) DO UPDATE SET planned_on = EXCLUDED.planned_on, actual_on = EXCLUDED.actual_on`,
      [
        project.id,
        project.compoundId,
        project.communityId,
        project.streetId,
        project.districtId,
        JSON.stringify(STAGE_ORDER.map((stage) => ({ stage, planned_on: dates[stage].plannedOn, actual_on: dates[stage].actualOn }))),
      ],
    );
  }

  /** Replaces the project's work items; a kind kept keeps its row id. */
  private async writeWorkItems(manager: EntityManager, project: RenovationProject, items: readonly ParsedWorkItem[]): Promise<void> {
    await manager.query(`DELETE FROM renovation_work_item WHERE project_id = $1 AND NOT (kind::text = ANY($2::text[]))`, [
      project.id,
      items.map((i) => i.kind),
    ]);
    if (items.length === 0) return;
    await manager.query(
      `INSERT INTO renovation_work_item (id, project_id, compound_id, community_id, street_id, district_id, kind, description, budget, spent)
       SELECT gen_random_uuid(), $1, $2, $3, $4, $5, x.kind, x.description, x.budget, x.spent
         FROM jsonb_to_recordset($6::jsonb) AS x(kind renovation_work_kind, description text, budget numeric, spent numeric)
       ON CONFLICT (project_id, kind) DO UPDATE SET description = EXCLUDED.description, budget = EXCLUDED.budget, spent = EXCLUDED.spent`,
      [project.id, project.compoundId, project.communityId, project.streetId, project.districtId, JSON.stringify(items)],
    );
  }

  private async recordChange(
    manager: EntityManager,
    project: RenovationProject,
    kind: StageChangeKind,
    from: RenovationStage | null,
    to: RenovationStage,
    actualOn: string | null,
    reason: string | null,
    viewer: Viewer,
  ): Promise<void> {
    // clock_timestamp(), not now(): two changes in one transaction still sort in the order made.
    await manager.query(
      `INSERT INTO renovation_stage_change (id, project_id, compound_id, community_id, street_id, district_id, kind, from_stage, to_stage,
                                            actual_on, reason, actor_id, actor_name, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, clock_timestamp())`,
      [
        randomUUID(),
        project.id,
        project.compoundId,
        project.communityId,
        project.streetId,
        project.districtId,
        kind,
        from,
        to,
        actualOn,
        reason,
        viewer.userId,
        viewer.username,
      ],
    );
  }

  private async syncCompound(manager: EntityManager, project: RenovationProject): Promise<void> {
    await manager.query(`UPDATE compound SET closure_status = $2, updated_at = now() WHERE id = $1 AND closure_status <> $2`, [
      project.compoundId,
      CLOSURE_AT_STAGE[project.stage],
    ]);
  }
}

export function overdueSubject(projectId: string, stage: RenovationStage): string {
  return `${projectId}:${stage}`;
}
