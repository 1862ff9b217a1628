import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestInfo, SecurityEvents, Viewer } from '../auth/auth.service';
import { scopeSql, type Scope } from '../auth/scope';
import { beijingDay } from '../common/time';
import type { CompoundService } from '../compounds/compound.service';
import { SEARCH_MAX_LENGTH, SortDirection } from '../compounds/compound.types';
import { AppError, ErrorCode, badInput, notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { encodeCursor, pageRequest, toPage, type ConnectionArgs, type Page } from '../graphql/pagination';
import type { QueueRuntime } from '../queue/runtime';
import { CompoundAssessment } from './assessment.entity';
import { evaluate, type AssessmentFacts, type CriterionResult, type Evaluation, type QualificationRules } from './evaluate';
import { CriterionOutcome, QualificationStatus, RuleSetStatus } from './qualification.enums';
import {
  ClosureCandidateSortField,
  WHAT_IF_MAX_CHANGES,
  type AssessmentInput,
  type ClosureCandidate,
  type ClosureCandidateFilter,
  type ClosureCandidateSort,
  type RuleSetInput,
  type StreetQualificationCounts,
  type WhatIfChange,
  type WhatIfResult,
  type WhatIfStreet,
} from './qualification.types';
import { QualificationRuleSet } from './rule-set.entity';

export type JobQueue = Pick<QueueRuntime, 'enqueue'>;

/** Compounds per transaction in a district recompute: small enough to keep locks short, big enough for set-based writes. */
export const RECOMPUTE_BATCH = 1000;

const DEFAULT_SORT: ClosureCandidateSort = { field: ClosureCandidateSortField.UNMET, direction: SortDirection.ASC };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Recomputes of one district run one at a time, so the last writer has read the newest inputs. */
const districtLock = (manager: EntityManager, districtId: string) =>
  manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('anju.qualification:' || $1, 0))`, [districtId]);

/** A retryable wait: the job was enqueued inside a transaction that has not committed yet. */
export class NotYetVisible extends Error {}

interface FactsRow {
  compound_id: string;
  version: number;
  rights_clarity: AssessmentFacts['rightsClarity'];
  rights_unit: string | null;
  has_caretaker: boolean | null;
  caretaker: string | null;
  caretaker_since: string | null;
  survey_households_asked: number | null;
  survey_households_willing: number | null;
  survey_accepted_fee: string | null;
  closable_gates: number | null;
  fire_lane: boolean | null;
  entrances_to_keep: number | null;
}

/** The newest assessment of each listed compound, as plain facts (one scan of the index). */
const LATEST_FACTS = `
  SELECT DISTINCT ON (compound_id) compound_id, version, rights_clarity, rights_unit, has_caretaker, caretaker,
         to_char(caretaker_since, 'YYYY-MM-DD') AS caretaker_since, survey_households_asked, survey_households_willing,
         survey_accepted_fee, closable_gates, fire_lane, entrances_to_keep
    FROM compound_assessment`;

function factsOf(row: FactsRow): AssessmentFacts {
  return {
    rightsClarity: row.rights_clarity,
    rightsUnit: row.rights_unit,
    hasCaretaker: row.has_caretaker,
    caretaker: row.caretaker,
    caretakerSince: row.caretaker_since,
    surveyHouseholdsAsked: row.survey_households_asked,
    surveyHouseholdsWilling: row.survey_households_willing,
    surveyAcceptedFee: row.survey_accepted_fee === null ? null : Number(row.survey_accepted_fee),
    closableGates: row.closable_gates,
    fireLane: row.fire_lane,
    entrancesToKeep: row.entrances_to_keep,
  };
}

function rulesOf(ruleSet: QualificationRules): QualificationRules {
  return {
    minRightsClarity: ruleSet.minRightsClarity,
    caretakerRequired: ruleSet.caretakerRequired,
    minWillingShare: ruleSet.minWillingShare,
    minAcceptedFee: ruleSet.minAcceptedFee,
    minClosableGates: ruleSet.minClosableGates,
    maxEntrancesToKeep: ruleSet.maxEntrancesToKeep,
    fireLaneRequired: ruleSet.fireLaneRequired,
  };
}

function decimals(value: number, places: number): boolean {
  return Math.abs(value * 10 ** places - Math.round(value * 10 ** places)) < 1e-6;
}

function intIn(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(field, `must be a whole number from ${min} to ${max}`);
  return value;
}

function text(field: string, value: string, min: number, max: number): string {
  const trimmed = value.trim();
  const length = [...trimmed].length;
  if (length < min || length > max) throw badInput(field, `must be ${min}-${max} characters`);
  return trimmed;
}

function likePattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** Validates a rule set's thresholds; `prefix` is the argument's name ("input", "rules"). */
export function validateRules(prefix: string, input: RuleSetInput): QualificationRules {
  if (!Number.isFinite(input.minWillingShare) || input.minWillingShare < 0 || input.minWillingShare > 1) {
    throw badInput(`${prefix}.minWillingShare`, 'must be a share between 0 and 1 (0.5 is 50%)');
  }
  if (!decimals(input.minWillingShare, 4)) throw badInput(`${prefix}.minWillingShare`, 'must have at most 4 decimals');
  const fee = input.minAcceptedFee ?? null;
  if (fee !== null && (!Number.isFinite(fee) || fee < 0 || fee > 100 || !decimals(fee, 2))) {
    throw badInput(`${prefix}.minAcceptedFee`, 'must be 0-100 yuan per m² per month with at most 2 decimals, or null');
  }
  return {
    minRightsClarity: input.minRightsClarity,
    caretakerRequired: input.caretakerRequired,
    minWillingShare: Math.round(input.minWillingShare * 10000) / 10000,
    minAcceptedFee: fee === null ? null : Math.round(fee * 100) / 100,
    minClosableGates: intIn(`${prefix}.minClosableGates`, input.minClosableGates, 0, 50),
    maxEntrancesToKeep: intIn(`${prefix}.maxEntrancesToKeep`, input.maxEntrancesToKeep, 1, 50),
    fireLaneRequired: input.fireLaneRequired,
  };
}

function actorOf(viewer: Viewer) {
  return { id: viewer.userId, username: viewer.username, role: viewer.role };
}

/** What a stored result row turns into for the API. */
function candidateOf(row: {
  compound_id: string;
  street_id: string;
  status: QualificationStatus;
  unmet: number;
  summary: string;
  criteria: CriterionResult[];
  rule_set_version: number;
  assessment_version: number;
  computed_at: Date;
}): ClosureCandidate {
  return {
    compoundId: row.compound_id,
    streetId: row.street_id,
    status: row.status,
    unmet: row.unmet,
    summary: row.summary,
    missing: row.criteria.filter((c) => c.outcome !== CriterionOutcome.PASSED).map((c) => c.explanation),
    criteria: row.criteria,
    ruleSetVersion: row.rule_set_version,
    assessmentVersion: row.assessment_version,
    computedAt: row.computed_at,
  };
}

interface ResultRow {
  compoundId: string;
  communityId: string;
  streetId: string;
  districtId: string;
  evaluation: Evaluation;
  assessmentVersion: number;
}

/**
 * Closure qualification (具备改造条件): rule sets per district (versioned, one active), append-only
 * assessments per compound, and stored results the workers recompute whenever either changes.
 */
export class QualificationService {
  constructor(
    private readonly db: DataSource,
    private readonly compounds: CompoundService,
    private readonly events: SecurityEvents,
  ) {}

  // --- rule sets ---------------------------------------------------------------------------

  /** Rule set versions of the visible districts (or one of them), newest first. */
  async ruleSets(districtId: string | null | undefined, scope: Scope): Promise<QualificationRuleSet[]> {
    const query = this.db.getRepository(QualificationRuleSet).createQueryBuilder('r');
    const own = this.scopeDistrict(scope);
    if (own === false) return [];
    if (own !== null) query.andWhere('r.district_id = :own', { own });
    if (districtId != null) query.andWhere('r.district_id = :districtId', { districtId: parseId('districtId', districtId) });
    return query.orderBy('r.district_id').addOrderBy('r.version', 'DESC').getMany();
  }

  async ruleSet(id: string, scope: Scope): Promise<QualificationRuleSet> {
    const own = this.scopeDistrict(scope);
    const found = isUuid(id) && own !== false ? await this.db.getRepository(QualificationRuleSet).findOneBy({ id }) : null;
    if (!found || (own !== null && found.districtId !== own)) throw notFound('QualificationRuleSet', id);
    return found;
  }

  /** A new draft version; nothing changes for anyone until it is activated. */
  async createRuleSet(input: RuleSetInput, viewer: Viewer, request: RequestInfo): Promise<QualificationRuleSet> {
    const districtId = await this.visibleDistrict('input.districtId', input.districtId, viewer.scope);
    const rules = validateRules('input', input);
    const note = input.note == null || input.note.trim() === '' ? null : text('input.note', input.note, 1, 200);
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('anju.rule-set:' || $1, 0))`, [districtId]);
      const [{ next }] = (await manager.query(
        `SELECT coalesce(max(version), 0) + 1 AS next FROM qualification_rule_set WHERE district_id = $1`,
        [districtId],
      )) as [{ next: number }];
      const ruleSet = manager.getRepository(QualificationRuleSet).create({
        id: randomUUID(),
        districtId,
        version: next,
        status: RuleSetStatus.DRAFT,
        note,
        ...rules,
        createdBy: viewer.userId,
        createdByName: viewer.displayName,
        createdAt: new Date(),
        activatedBy: null,
        activatedAt: null,
      });
      await manager.insert(QualificationRuleSet, ruleSet);
      await this.events.record(
        {
          action: 'qualification.rules.create',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'qualification_rule_set',
          targetId: ruleSet.id,
          details: { districtId, version: next, rules: { ...rules } },
          request,
        },
        manager,
      );
      return ruleSet;
    });
  }

  /**
   * Makes a draft the district's one active version (retiring the previous one) and enqueues the
   * recompute of every compound of the district. The job is enqueued inside the transaction, so a
   * failed enqueue activates nothing; the job waits until the activation is visible.
   */
  async activateRuleSet(id: string, viewer: Viewer, request: RequestInfo, queue: JobQueue): Promise<QualificationRuleSet> {
    const found = await this.ruleSet(id, viewer.scope);
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('anju.rule-set:' || $1, 0))`, [found.districtId]);
      const repo = manager.getRepository(QualificationRuleSet);
      const ruleSet = (await repo.findOneBy({ id: found.id }))!;
      const active = await repo.findOneBy({ districtId: ruleSet.districtId, status: RuleSetStatus.ACTIVE });
      if (ruleSet.status !== RuleSetStatus.DRAFT || (active && active.version > ruleSet.version)) {
        throw new AppError(
          ErrorCode.RULE_SET_NOT_ACTIVATABLE,
          ruleSet.status !== RuleSetStatus.DRAFT
            ? `rule set version ${ruleSet.version} is ${ruleSet.status}, not a draft; create a new version instead`
            : `rule set version ${ruleSet.version} is older than the active version ${active!.version}; create a new version instead`,
          { status: ruleSet.status, activeVersion: active?.version ?? null },
        );
      }
      if (active) await repo.update({ id: active.id }, { status: RuleSetStatus.RETIRED });
      const activatedAt = new Date();
      await repo.update({ id: ruleSet.id }, { status: RuleSetStatus.ACTIVE, activatedBy: viewer.userId, activatedAt });
      await this.events.record(
        {
          action: 'qualification.rules.activate',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'qualification_rule_set',
          targetId: ruleSet.id,
          details: { districtId: ruleSet.districtId, version: ruleSet.version, retiredVersion: active?.version ?? null },
          request,
        },
        manager,
      );
      await queue.enqueue('qualification.district', { districtId: ruleSet.districtId, ruleSetId: ruleSet.id, version: ruleSet.version });
      return { ...ruleSet, status: RuleSetStatus.ACTIVE, activatedBy: viewer.userId, activatedAt };
    });
  }

  // --- assessments -------------------------------------------------------------------------

  /** Every version of a compound's assessment, newest (current) first. */
  async assessments(compoundId: string, scope: Scope): Promise<CompoundAssessment[]> {
    const compound = await this.compounds.get(compoundId, scope);
    return this.db.getRepository(CompoundAssessment).find({ where: { compoundId: compound.id }, order: { version: 'DESC' } });
  }

  /**
   * Records a new assessment version (fields left out keep the current values) and enqueues the
   * compound's recompute in the same transaction: nothing is stored if the enqueue fails.
   */
  async recordAssessment(input: AssessmentInput, viewer: Viewer, request: RequestInfo, queue: JobQueue): Promise<CompoundAssessment> {
    const compound = await this.compounds.get(parseId('input.compoundId', input.compoundId), viewer.scope);
    const evidence = text('input.evidence', input.evidence, 2, 500);
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('anju.assessment:' || $1, 0))`, [compound.id]);
      const repo = manager.getRepository(CompoundAssessment);
      const current = await repo.findOne({ where: { compoundId: compound.id }, order: { version: 'DESC' } });
      const facts = this.mergeFacts(input, current, compound.households);
      const assessment = repo.create({
        id: randomUUID(),
        compoundId: compound.id,
        communityId: compound.communityId,
        streetId: compound.streetId,
        districtId: compound.districtId,
        version: (current?.version ?? 0) + 1,
        ...facts,
        evidence,
        recordedBy: viewer.userId,
        recordedByName: viewer.displayName,
        recordedAt: new Date(),
      });
      await manager.insert(CompoundAssessment, assessment);
      await this.events.record(
        {
          action: 'qualification.assessment.record',
          outcome: 'success',
          actor: actorOf(viewer),
          targetType: 'compound',
          targetId: compound.id,
          details: { version: assessment.version },
          request,
        },
        manager,
      );
      await queue.enqueue('qualification.compound', { compoundId: compound.id, assessmentVersion: assessment.version });
      return assessment;
    });
  }

  /** The new version's facts: the input over the current version, checked field by field and as a whole. */
  private mergeFacts(input: AssessmentInput, current: CompoundAssessment | null, households: number): AssessmentFacts {
    const pick = <K extends keyof AssessmentFacts>(key: K, value: AssessmentFacts[K] | undefined): AssessmentFacts[K] =>
      value === undefined ? (current?.[key] ?? null) : value;
    const optionalText = (field: keyof AssessmentFacts & keyof AssessmentInput) => {
      const value = input[field] as string | null | undefined;
      if (value === undefined || value === null) return value;
      return value.trim() === '' ? null : text(`input.${field}`, value, 1, 100);
    };

    if (input.caretakerSince != null) {
      // A round trip through Date catches 2020-02-30, which Date.parse would roll over to March.
      const parsed = DAY.test(input.caretakerSince) ? new Date(`${input.caretakerSince}T00:00:00Z`) : null;
      if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== input.caretakerSince) {
        throw badInput('input.caretakerSince', 'must be a date YYYY-MM-DD');
      }
      if (input.caretakerSince > beijingDay()) throw badInput('input.caretakerSince', 'must not be in the future');
    }
    if (input.surveyHouseholdsAsked != null) {
      intIn('input.surveyHouseholdsAsked', input.surveyHouseholdsAsked, 1, Math.max(1, households));
    }
    if (input.surveyHouseholdsWilling != null) intIn('input.surveyHouseholdsWilling', input.surveyHouseholdsWilling, 0, 1_000_000);
    if (input.surveyAcceptedFee != null) {
      const fee = input.surveyAcceptedFee;
      if (!Number.isFinite(fee) || fee < 0 || fee > 100 || !decimals(fee, 2)) {
        throw badInput('input.surveyAcceptedFee', 'must be 0-100 yuan per m² per month with at most 2 decimals');
      }
    }
    if (input.closableGates != null) intIn('input.closableGates', input.closableGates, 0, 50);
    if (input.entrancesToKeep != null) intIn('input.entrancesToKeep', input.entrancesToKeep, 0, 50);

    // "No caretaker" clears who and since, unless the caller contradicts it in the same input.
    const noCaretaker = input.hasCaretaker === false;
    if (noCaretaker && input.caretaker != null && input.caretaker.trim() !== '') {
      throw badInput('input.caretaker', 'must be empty when hasCaretaker is false');
    }
    const facts: AssessmentFacts = {
      rightsClarity: pick('rightsClarity', input.rightsClarity),
      rightsUnit: pick('rightsUnit', optionalText('rightsUnit')),
      hasCaretaker: pick('hasCaretaker', input.hasCaretaker),
      caretaker: noCaretaker ? null : pick('caretaker', optionalText('caretaker')),
      caretakerSince: noCaretaker ? null : pick('caretakerSince', input.caretakerSince),
      surveyHouseholdsAsked: pick('surveyHouseholdsAsked', input.surveyHouseholdsAsked),
      surveyHouseholdsWilling: pick('surveyHouseholdsWilling', input.surveyHouseholdsWilling),
      surveyAcceptedFee: pick(
        'surveyAcceptedFee',
        input.surveyAcceptedFee == null ? input.surveyAcceptedFee : Math.round(input.surveyAcceptedFee * 100) / 100,
      ),
      closableGates: pick('closableGates', input.closableGates),
      fireLane: pick('fireLane', input.fireLane),
      entrancesToKeep: pick('entrancesToKeep', input.entrancesToKeep),
    };
    const asked = facts.surveyHouseholdsAsked;
    const willing = facts.surveyHouseholdsWilling;
    if ((asked === null) !== (willing === null)) {
      throw badInput(
        asked === null ? 'input.surveyHouseholdsAsked' : 'input.surveyHouseholdsWilling',
        'the survey needs both households asked and willing',
      );
    }
    if (asked !== null && willing !== null && willing > asked) {
      throw badInput('input.surveyHouseholdsWilling', `must not exceed the households asked (${asked})`);
    }
    if (asked !== null && asked > households) {
      throw badInput('input.surveyHouseholdsAsked', `must not exceed the compound's ${households} households`);
    }
    return facts;
  }

  // --- results -----------------------------------------------------------------------------

  /** The compound's stored result; null while none was computed (no active rule set yet). */
  async result(compoundId: string, scope: Scope): Promise<ClosureCandidate | null> {
    const compound = await this.compounds.get(compoundId, scope);
    const [row] = (await this.db.query(
      `SELECT compound_id, street_id, status, unmet, summary, criteria, rule_set_version, assessment_version, computed_at
         FROM qualification_result WHERE compound_id = $1`,
      [compound.id],
    )) as Parameters<typeof candidateOf>[0][];
    return row ? candidateOf(row) : null;
  }

  /** The street office's list: stored results, filtered, sorted, keyset-paginated, with per-street counts. */
  async candidates(
    filter: ClosureCandidateFilter,
    sortInput: ClosureCandidateSort | null | undefined,
    args: ConnectionArgs,
    scope: Scope,
  ): Promise<Page<ClosureCandidate> & { readonly byStreet: Promise<StreetQualificationCounts[]> }> {
    const sort = sortInput ?? DEFAULT_SORT;
    const sortKey = `candidates:${sort.field}:${sort.direction}`;
    const request = pageRequest(args, sortKey);
    const base = this.candidateConditions(filter, scope);
    const conditions = [...base.conditions];
    const params = [...base.params];
    if (filter.status != null) {
      if (filter.status.length === 0) throw badInput('filter.status', 'must name at least one status, or be left out');
      params.push(filter.status);
      conditions.push(`r.status = ANY($${params.length}::qualification_status[])`);
    }

    // The count ignores the page position; the per-street counts ignore the status filter too.
    const countConditions = [...conditions];
    const countParams = [...params];
    const ascending = (sort.direction === SortDirection.ASC) === (request.direction === 'forward');
    const order = ascending ? 'ASC' : 'DESC';
    const columns =
      sort.field === ClosureCandidateSortField.UNMET
        ? ['r.unmet', 'c.name', 'c.id']
        : sort.field === ClosureCandidateSortField.NAME
          ? ['c.name', 'c.id']
          : ['c.households', 'c.id'];
    if (request.cursor) {
      const field = request.direction === 'forward' ? 'after' : 'before';
      const values = this.cursorValues(field, sort.field, request.cursor.value);
      const placeholders = [...values, request.cursor.id].map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      conditions.push(`(${columns.join(', ')}) ${ascending ? '>' : '<'} (${placeholders.join(', ')})`);
    }
    params.push(request.limit + 1);
    const rows = (await this.db.query(
      `SELECT r.compound_id, r.street_id, r.status, r.unmet, r.summary, r.criteria, r.rule_set_version, r.assessment_version,
              r.computed_at, c.name, c.households
         FROM qualification_result r JOIN compound c ON c.id = r.compound_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${columns.map((column) => `${column} ${order}`).join(', ')}
        LIMIT $${params.length}`,
      params,
    )) as (Parameters<typeof candidateOf>[0] & { name: string; households: number })[];

    const cursorValue = (row: (typeof rows)[number]): string | number =>
      sort.field === ClosureCandidateSortField.UNMET
        ? `${row.unmet}:${row.name}`
        : sort.field === ClosureCandidateSortField.NAME
          ? row.name
          : row.households;
    const page = toPage(
      rows,
      request,
      (row) => encodeCursor({ sort: sortKey, value: cursorValue(row), id: row.compound_id }),
      async () => {
        const count = (await this.db.query(
          `SELECT count(*)::int AS count FROM qualification_result r JOIN compound c ON c.id = r.compound_id
            WHERE ${countConditions.join(' AND ')}`,
          countParams,
        )) as [{ count: number }];
        return count[0].count;
      },
    );
    const countByStreet = () => this.countsByStreet(base.conditions, base.params);
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: candidateOf(edge.node) })),
      pageInfo: page.pageInfo,
      get totalCount() {
        return page.totalCount;
      },
      get byStreet() {
        return countByStreet();
      },
    };
  }

  private cursorValues(field: string, sort: ClosureCandidateSortField, value: string | number): (string | number)[] {
    if (sort === ClosureCandidateSortField.HOUSEHOLDS) {
      if (typeof value !== 'number') throw badInput(field, 'is not a valid cursor');
      return [value];
    }
    if (typeof value !== 'string') throw badInput(field, 'is not a valid cursor');
    if (sort === ClosureCandidateSortField.NAME) return [value];
    const match = /^(\d{1,2}):(.*)$/s.exec(value);
    if (!match) throw badInput(field, 'is not a valid cursor');
    return [Number(match[1]), match[2]!];
  }

  /** The scope and every filter but status, shared by the page, its count and the per-street counts. */
  private candidateConditions(filter: ClosureCandidateFilter, scope: Scope): { conditions: string[]; params: unknown[] } {
    const params: unknown[] = [];
    const scoped = scopeSql(scope, 'compound', 'r', 1);
    params.push(...scoped.values);
    const conditions = [scoped.sql];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(params.length));
    };
    if (filter.districtId != null) add((n) => `r.district_id = $${n}::uuid`, parseId('filter.districtId', filter.districtId));
    if (filter.streetId != null) add((n) => `r.street_id = $${n}::uuid`, parseId('filter.streetId', filter.streetId));
    if (filter.isOld != null) add((n) => `c.is_old = $${n}`, filter.isOld);
    if (filter.search != null) {
      const value = filter.search.trim();
      if (value.length === 0) throw badInput('filter.search', 'must not be empty');
      if ([...value].length > SEARCH_MAX_LENGTH) throw badInput('filter.search', `must be at most ${SEARCH_MAX_LENGTH} characters`);
      add((n) => `c.search_text LIKE $${n}`, likePattern(value.toLowerCase()));
    }
    return { conditions, params };
  }

  private async countsByStreet(conditions: string[], params: unknown[]): Promise<StreetQualificationCounts[]> {
    return (await this.db.query(
      `SELECT r.street_id AS "streetId",
              count(*) FILTER (WHERE r.status = 'QUALIFIED')::int AS qualified,
              count(*) FILTER (WHERE r.status = 'NEARLY')::int AS nearly,
              count(*) FILTER (WHERE r.status = 'BLOCKED')::int AS blocked,
              count(*)::int AS total
         FROM qualification_result r JOIN compound c ON c.id = r.compound_id JOIN street s ON s.id = r.street_id
        WHERE ${conditions.join(' AND ')}
        GROUP BY r.street_id, s.code ORDER BY s.code`,
      params,
    )) as StreetQualificationCounts[];
  }

  // --- what-if -----------------------------------------------------------------------------

  /**
   * Evaluates a draft rule set against the current assessments of the district, next to the active
   * rule set, inside a READ ONLY transaction: PostgreSQL itself refuses any write.
   */
  async whatIf(input: RuleSetInput, scope: Scope): Promise<WhatIfResult> {
    const districtId = await this.visibleDistrict('rules.districtId', input.districtId, scope);
    const draft = validateRules('rules', input);
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const active = await manager.getRepository(QualificationRuleSet).findOneBy({ districtId, status: RuleSetStatus.ACTIVE });
      const scoped = scopeSql(scope, 'compound', 'c', 2);
      const compounds = (await manager.query(
        `SELECT c.id, c.street_id FROM compound c JOIN street s ON s.id = c.street_id
          WHERE c.district_id = $1 AND ${scoped.sql} ORDER BY s.code, c.name, c.id`,
        [districtId, ...scoped.values],
      )) as { id: string; street_id: string }[];
      const facts = await this.latestFacts(manager, `district_id = $1`, [districtId]);

      const streets = new Map<string, WhatIfStreet>();
      const changes: WhatIfChange[] = [];
      let qualifiedNow = 0;
      let qualifiedWithDraft = 0;
      for (const compound of compounds) {
        const known = facts.get(compound.id) ?? null;
        const before = active ? evaluate(known?.facts ?? null, rulesOf(active)) : null;
        const after = evaluate(known?.facts ?? null, draft);
        let street = streets.get(compound.street_id);
        if (!street) {
          street = {
            streetId: compound.street_id,
            compounds: 0,
            qualifiedNow: 0,
            qualifiedWithDraft: 0,
            nearlyNow: 0,
            nearlyWithDraft: 0,
            changed: 0,
          };
          streets.set(compound.street_id, street);
        }
        street.compounds += 1;
        if (before?.status === QualificationStatus.QUALIFIED) {
          street.qualifiedNow += 1;
          qualifiedNow += 1;
        }
        if (after.status === QualificationStatus.QUALIFIED) {
          street.qualifiedWithDraft += 1;
          qualifiedWithDraft += 1;
        }
        if (before?.status === QualificationStatus.NEARLY) street.nearlyNow += 1;
        if (after.status === QualificationStatus.NEARLY) street.nearlyWithDraft += 1;
        if (before?.status === after.status) continue;
        street.changed += 1;
        changes.push({
          compoundId: compound.id,
          streetId: compound.street_id,
          before: before?.status ?? null,
          after: after.status,
          reasons: after.criteria
            .filter((criterion) => before?.criteria.find((c) => c.criterion === criterion.criterion)?.outcome !== criterion.outcome)
            .map((criterion) => criterion.explanation),
          summary: after.summary,
        });
      }
      return {
        districtId,
        activeVersion: active?.version ?? null,
        compounds: compounds.length,
        qualifiedNow,
        qualifiedWithDraft,
        streets: [...streets.values()],
        changedCount: changes.length,
        changes: changes.slice(0, WHAT_IF_MAX_CHANGES),
      };
    });
  }

  // --- recompute (workers, seeds) ----------------------------------------------------------

  /**
   * Recomputes one compound after assessment `minVersion` was recorded. Throws NotYetVisible while
   * that version is not committed (the job retries); null for a compound that does not exist.
   */
  async recomputeCompound(
    compoundId: string,
    minVersion: number,
  ): Promise<{ status: QualificationStatus | null; ruleSetVersion: number | null } | null> {
    return this.db.transaction(async (manager) => {
      const [compound] = (await manager.query(`SELECT id, community_id, street_id, district_id FROM compound WHERE id = $1`, [
        compoundId,
      ])) as {
        id: string;
        community_id: string;
        street_id: string;
        district_id: string;
      }[];
      if (!compound) return null;
      await districtLock(manager, compound.district_id);
      const facts = (await this.latestFacts(manager, `compound_id = $1`, [compound.id])).get(compound.id) ?? null;
      if ((facts?.version ?? 0) < minVersion)
        throw new NotYetVisible(`assessment version ${minVersion} of compound ${compoundId} is not committed yet`);
      const ruleSet = await manager
        .getRepository(QualificationRuleSet)
        .findOneBy({ districtId: compound.district_id, status: RuleSetStatus.ACTIVE });
      if (!ruleSet) return { status: null, ruleSetVersion: null };
      const evaluation = evaluate(facts?.facts ?? null, rulesOf(ruleSet));
      await this.writeResults(manager, ruleSet, [
        {
          compoundId: compound.id,
          communityId: compound.community_id,
          streetId: compound.street_id,
          districtId: compound.district_id,
          evaluation,
          assessmentVersion: facts?.version ?? 0,
        },
      ]);
      return { status: evaluation.status, ruleSetVersion: ruleSet.version };
    });
  }

  /** The job after an activation: waits until the activation is visible, then recomputes the district. */
  async recomputeAfterActivation(
    ruleSetId: string,
    onProgress?: (done: number) => Promise<void> | void,
  ): Promise<{ compounds: number; ruleSetVersion: number | null }> {
    const ruleSet = await this.db.getRepository(QualificationRuleSet).findOneBy({ id: ruleSetId });
    if (!ruleSet || ruleSet.status === RuleSetStatus.DRAFT)
      throw new NotYetVisible(`activation of rule set ${ruleSetId} is not committed yet`);
    // A retired set means a newer activation followed; recomputing with the active one is still right.
    return this.recomputeDistrict(ruleSet.districtId, onProgress);
  }

  /**
   * Recomputes every compound of a district with its active rule set: keyset batches of
   * RECOMPUTE_BATCH compounds, each one transaction with one read of facts and one upsert.
   */
  async recomputeDistrict(
    districtId: string,
    onProgress?: (done: number) => Promise<void> | void,
  ): Promise<{ compounds: number; ruleSetVersion: number | null }> {
    let after = '00000000-0000-0000-0000-000000000000';
    let done = 0;
    let version: number | null = null;
    for (;;) {
      const batch = await this.db.transaction(async (manager) => {
        await districtLock(manager, districtId);
        const ruleSet = await manager.getRepository(QualificationRuleSet).findOneBy({ districtId, status: RuleSetStatus.ACTIVE });
        if (!ruleSet) return null;
        version = ruleSet.version;
        const compounds = (await manager.query(
          `SELECT id, community_id, street_id FROM compound WHERE district_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
          [districtId, after, RECOMPUTE_BATCH],
        )) as { id: string; community_id: string; street_id: string }[];
        if (compounds.length === 0) return [];
        const facts = await this.latestFacts(manager, `compound_id = ANY($1::uuid[])`, [compounds.map((c) => c.id)]);
        const rules = rulesOf(ruleSet);
        await this.writeResults(
          manager,
          ruleSet,
          compounds.map((c) => {
            const known = facts.get(c.id);
            return {
              compoundId: c.id,
              communityId: c.community_id,
              streetId: c.street_id,
              districtId,
              evaluation: evaluate(known?.facts ?? null, rules),
              assessmentVersion: known?.version ?? 0,
            };
          }),
        );
        return compounds;
      });
      if (!batch || batch.length === 0) break;
      done += batch.length;
      after = batch[batch.length - 1]!.id;
      await onProgress?.(done);
      if (batch.length < RECOMPUTE_BATCH) break;
    }
    return { compounds: done, ruleSetVersion: version };
  }

  private async latestFacts(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<Map<string, { version: number; facts: AssessmentFacts }>> {
    const rows = (await manager.query(`${LATEST_FACTS} WHERE ${where} ORDER BY compound_id, version DESC`, params)) as FactsRow[];
    return new Map(rows.map((row) => [row.compound_id, { version: row.version, facts: factsOf(row) }]));
  }

  /** One upsert for the whole batch: the rows travel as one JSON array parameter. */
  private async writeResults(manager: EntityManager, ruleSet: QualificationRuleSet, rows: ResultRow[]): Promise<void> {
    const payload = rows.map((row) => ({
      compound_id: row.compoundId,
      community_id: row.communityId,
      street_id: row.streetId,
      district_id: row.districtId,
      status: row.evaluation.status,
      unmet: row.evaluation.unmet,
      criteria: row.evaluation.criteria,
      summary: row.evaluation.summary,
      assessment_version: row.assessmentVersion,
    }));
    await manager.query(
      `INSERT INTO qualification_result (compound_id, community_id, street_id, district_id, status, unmet, criteria, summary,
                                         rule_set_id, rule_set_version, assessment_version, computed_at)
       SELECT x.compound_id, x.community_id, x.street_id, x.district_id, x.status, x.unmet, x.criteria, x.summary,
              $2, $3, x.assessment_version, now()
         FROM jsonb_to_recordset($1::jsonb) AS x(compound_id uuid, community_id uuid, street_id uuid, district_id uuid,
              status qualification_status, unmet smallint, criteria jsonb, summary text, assessment_version integer)
       ON CONFLICT (compound_id) DO UPDATE SET
         status = EXCLUDED.status, unmet = EXCLUDED.unmet, criteria = EXCLUDED.criteria, summary = EXCLUDED.summary,
         rule_set_id = EXCLUDED.rule_set_id, rule_set_version = EXCLUDED.rule_set_version,
         assessment_version = EXCLUDED.assessment_version, computed_at = EXCLUDED.computed_at`,
      [JSON.stringify(payload), ruleSet.id, ruleSet.version],
    );
  }

  // --- places ------------------------------------------------------------------------------

  /** The one district a scope is limited to; null for the system scope; false when nothing is visible. */
  private scopeDistrict(scope: Scope): string | null | false {
    if (scope.level === 'all') return null;
    if (scope.level === 'none') return false;
    return scope.districtId;
  }

  private async visibleDistrict(field: string, id: string, scope: Scope): Promise<string> {
    const districtId = parseId(field, id);
    const own = this.scopeDistrict(scope);
    const [exists] = (await this.db.query(`SELECT 1 FROM district WHERE id = $1`, [districtId])) as unknown[];
    if (!exists || own === false || (own !== null && own !== districtId)) throw notFound('District', id);
    return districtId;
  }
}
