import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { withinScope, type Scope } from '../auth/scope';
import { badInput } from '../graphql/errors';
import { parseId } from '../graphql/ids';
import { encodeCursor, pageRequest, toPage, type ConnectionArgs, type Page } from '../graphql/pagination';
import { Alert } from './alert.entity';
import type { AlertKind } from './alert.enums';
import type { AlertFilter } from './alert.types';

const SORT = 'OPENED_AT:DESC';

/** An alert that should be open now, as its detector sees it. */
export interface AlertCandidate {
  subjectKey: string;
  compoundId: string | null;
  communityId: string | null;
  streetId: string;
  districtId: string;
  details: Record<string, unknown>;
}

export interface ReconcileResult {
  opened: number;
  updated: number;
  resolved: number;
}

/**
 * The alert table, shared by every detecting module. A detector does not open and close alerts
 * one by one: it states which alerts of its kind should be open (for everything, or for the
 * subjects it just re-evaluated) and `reconcile` opens the new ones, refreshes their details and
 * resolves the rest. Running it twice changes nothing, which makes detection jobs idempotent.
 */
export class AlertService {
  constructor(private readonly db: DataSource) {}

  async reconcile(
    kind: AlertKind,
    candidates: readonly AlertCandidate[],
    within: { subjectKeys?: readonly string[] } = {},
    manager: EntityManager = this.db.manager,
  ): Promise<ReconcileResult> {
    const rows = candidates.map((c) => ({
      subject_key: c.subjectKey,
      compound_id: c.compoundId,
      community_id: c.communityId,
      street_id: c.streetId,
      district_id: c.districtId,
      details: c.details,
    }));
    const upserted: { inserted: boolean }[] = await manager.query(
      `INSERT INTO alert (id, kind, subject_key, compound_id, community_id, street_id, district_id, details)
       SELECT gen_random_uuid(), $1, x.subject_key, x.compound_id, x.community_id, x.street_id, x.district_id, x.details
         FROM jsonb_to_recordset($2::jsonb)
              AS x(subject_key text, compound_id uuid, community_id uuid, street_id uuid, district_id uuid, details jsonb)
       ON CONFLICT (kind, subject_key) WHERE resolved_at IS NULL
       DO UPDATE SET details = EXCLUDED.details WHERE alert.details IS DISTINCT FROM EXCLUDED.details
       RETURNING (xmax = 0) AS inserted`,
      [kind, JSON.stringify(rows)],
    );
    const keep = candidates.map((c) => c.subjectKey);
    // Counted in a SELECT: TypeORM answers a bare UPDATE with [rows, rowCount], not the rows.
    const [{ resolved }] = (await manager.query(
      `WITH done AS (
         UPDATE alert SET resolved_at = greatest(date_trunc('milliseconds', now()), opened_at)
          WHERE kind = $1 AND resolved_at IS NULL AND NOT (subject_key = ANY($2::text[]))
            AND ($3::text[] IS NULL OR subject_key = ANY($3::text[]))
         RETURNING id)
       SELECT count(*)::int AS resolved FROM done`,
      [kind, keep, within.subjectKeys ? [...within.subjectKeys] : null],
    )) as [{ resolved: number }];
    const opened = upserted.filter((r) => r.inserted).length;
    return { opened, updated: upserted.length - opened, resolved };
  }

  /** Newest first, keyset-paginated, cut to the caller's place. */
  async list(filter: AlertFilter, args: ConnectionArgs, scope: Scope): Promise<Page<Alert>> {
    const request = pageRequest(args, SORT);
    const query = this.filtered(filter, scope);
    // Newest first when paging forward; backward flips the order and toPage flips the rows back.
    const forward = request.direction === 'forward';
    if (request.cursor) {
      const value = request.cursor.value;
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
        throw badInput(forward ? 'after' : 'before', 'is not a valid cursor');
      query.andWhere(`(a.opened_at, a.id) ${forward ? '<' : '>'} (CAST(:openedAt AS timestamptz), CAST(:id AS uuid))`, {
        openedAt: value,
        id: request.cursor.id,
      });
    }
    const order = forward ? 'DESC' : 'ASC';
    const rows = await query
      .orderBy('a.opened_at', order)
      .addOrderBy('a.id', order)
      .limit(request.limit + 1)
      .getMany();
    return toPage(
      rows,
      request,
      (row) => encodeCursor({ sort: SORT, value: row.openedAt.toISOString(), id: row.id }),
      () => this.filtered(filter, scope).getCount(),
    );
  }

  private filtered(filter: AlertFilter, scope: Scope): SelectQueryBuilder<Alert> {
    const query = withinScope(this.db.getRepository(Alert).createQueryBuilder('a'), scope, 'compound', 'a');
    if (filter.kinds != null) {
      if (filter.kinds.length === 0) throw badInput('filter.kinds', 'must name at least one kind, or be left out');
      query.andWhere('a.kind IN (:...kinds)', { kinds: filter.kinds });
    }
    if (filter.districtId != null)
      query.andWhere('a.district_id = :districtId', { districtId: parseId('filter.districtId', filter.districtId) });
    if (filter.streetId != null) query.andWhere('a.street_id = :streetId', { streetId: parseId('filter.streetId', filter.streetId) });
    if (filter.compoundId != null)
      query.andWhere('a.compound_id = :compoundId', { compoundId: parseId('filter.compoundId', filter.compoundId) });
    query.andWhere(filter.open === false ? 'a.resolved_at IS NOT NULL' : 'a.resolved_at IS NULL');
    return query;
  }
}
