import type { DataSource } from 'typeorm';
import { beijingDay } from '../common/time';
import { ClosureStatus } from '../compounds/compound.enums';
import { badInput } from '../graphql/errors';
import type { AreaStats, StatsPoint } from './stats.types';
import { scopeSql, type Scope } from '../auth/scope';

interface StatsRow {
  area_id: string;
  compounds: string;
  old_compounds: string;
  households: string;
  floor_area: string;
  closed_old: string;
  open: string;
  planned: string;
  under_renovation: string;
  closed: string;
}

const ALL_STATUSES = [ClosureStatus.OPEN, ClosureStatus.PLANNED, ClosureStatus.UNDER_RENOVATION, ClosureStatus.CLOSED];

// One pass over the compounds of the requested areas (within the caller's scope), grouped by area.
const AGGREGATE = (areaColumn: 'street_id' | 'district_id', scopeCondition: string) => `
  SELECT ${areaColumn} AS area_id,
         count(*) AS compounds,
         count(*) FILTER (WHERE is_old) AS old_compounds,
         coalesce(sum(households), 0) AS households,
         coalesce(sum(floor_area), 0) AS floor_area,
         count(*) FILTER (WHERE is_old AND closure_status = 'CLOSED') AS closed_old,
         count(*) FILTER (WHERE closure_status = 'OPEN') AS open,
         count(*) FILTER (WHERE closure_status = 'PLANNED') AS planned,
         count(*) FILTER (WHERE closure_status = 'UNDER_RENOVATION') AS under_renovation,
         count(*) FILTER (WHERE closure_status = 'CLOSED') AS closed
    FROM compound
   WHERE ${areaColumn} = ANY($1::uuid[]) AND ${scopeCondition}
   GROUP BY ${areaColumn}`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class StatsService {
  constructor(private readonly db: DataSource) {}

  /** Aggregates for many streets in one query; a street without compounds gets zeros. */
  forStreets(ids: readonly string[], scope: Scope): Promise<AreaStats[]> {
    return this.aggregate('street_id', ids, scope);
  }

  forDistricts(ids: readonly string[], scope: Scope): Promise<AreaStats[]> {
    return this.aggregate('district_id', ids, scope);
  }

  /**
   * Stores today's (or the given day's) counts for every street. Idempotent: running it twice
   * for a day leaves one row per street with the latest counts.
   */
  async snapshot(day: string = beijingDay()): Promise<{ day: string; streets: number }> {
    if (!DAY.test(day)) throw badInput('day', 'must be a date as YYYY-MM-DD');
    const result: unknown[] = await this.db.query(
      `INSERT INTO street_stats_snapshot
              (day, street_id, district_id, compounds, old_compounds, households, open, planned, under_renovation, closed, taken_at)
       SELECT $1::date, s.id, s.district_id,
              count(c.id), count(c.id) FILTER (WHERE c.is_old), coalesce(sum(c.households), 0),
              count(c.id) FILTER (WHERE c.closure_status = 'OPEN'),
              count(c.id) FILTER (WHERE c.closure_status = 'PLANNED'),
              count(c.id) FILTER (WHERE c.closure_status = 'UNDER_RENOVATION'),
              count(c.id) FILTER (WHERE c.closure_status = 'CLOSED'),
              now()
         FROM street s LEFT JOIN compound c ON c.street_id = s.id
        GROUP BY s.id, s.district_id
       ON CONFLICT (day, street_id) DO UPDATE SET
              compounds = EXCLUDED.compounds, old_compounds = EXCLUDED.old_compounds,
              households = EXCLUDED.households, open = EXCLUDED.open, planned = EXCLUDED.planned,
              under_renovation = EXCLUDED.under_renovation, closed = EXCLUDED.closed, taken_at = EXCLUDED.taken_at
       RETURNING street_id`,
      [day],
    );
    return { day, streets: result.length };
  }

  /** Daily closure counts of a district (summed over its streets), oldest first. */
  async districtTrend(districtId: string, days: number, scope: Scope): Promise<StatsPoint[]> {
    return this.trend('district_id', districtId, days, scope);
  }

  async streetTrend(streetId: string, days: number, scope: Scope): Promise<StatsPoint[]> {
    return this.trend('street_id', streetId, days, scope);
  }

  /**
   * Snapshots are per street, so a community-level caller sees its street's trend: the counts are
   * aggregates without personal data, and the snapshot cannot be cut finer.
   */
  private async trend(column: 'district_id' | 'street_id', id: string, days: number, scope: Scope): Promise<StatsPoint[]> {
    const streetScope: Scope =
      scope.level === 'community' ? { level: 'street', districtId: scope.districtId, streetId: scope.streetId } : scope;
    const visible = scopeSql(streetScope, 'compound', 'snap', 4);
    if (!Number.isInteger(days) || days < 1 || days > 366) throw badInput('days', 'must be between 1 and 366');
    const rows: { day: string; compounds: string; open: string; planned: string; under_renovation: string; closed: string }[] =
      await this.db.query(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(compounds) AS compounds, sum(open) AS open, sum(planned) AS planned,
                sum(under_renovation) AS under_renovation, sum(closed) AS closed
           FROM street_stats_snapshot snap
          WHERE ${column} = $1 AND day > $2::date - $3::int AND ${visible.sql}
          GROUP BY day ORDER BY day`,
        [id, beijingDay(), days, ...visible.values],
      );
    return rows.map((r) => ({
      day: r.day,
      compounds: Number(r.compounds),
      open: Number(r.open),
      planned: Number(r.planned),
      underRenovation: Number(r.under_renovation),
      closed: Number(r.closed),
    }));
  }

  private async aggregate(column: 'street_id' | 'district_id', ids: readonly string[], scope: Scope): Promise<AreaStats[]> {
    const visible = scopeSql(scope, 'compound', 'compound', 2);
    const rows: StatsRow[] = await this.db.query(AGGREGATE(column, visible.sql), [ids, ...visible.values]);
    const byArea = new Map(rows.map((r) => [r.area_id, r]));
    return ids.map((id) => toStats(byArea.get(id)));
  }
}

function toStats(row: StatsRow | undefined): AreaStats {
  const n = (v: string | undefined) => Number(v ?? 0);
  const counts: Record<ClosureStatus, number> = {
    [ClosureStatus.OPEN]: n(row?.open),
    [ClosureStatus.PLANNED]: n(row?.planned),
    [ClosureStatus.UNDER_RENOVATION]: n(row?.under_renovation),
    [ClosureStatus.CLOSED]: n(row?.closed),
  };
  const oldCompounds = n(row?.old_compounds);
  return {
    compounds: n(row?.compounds),
    oldCompounds,
    households: n(row?.households),
    floorArea: n(row?.floor_area),
    byClosureStatus: ALL_STATUSES.map((status) => ({ status, count: counts[status] })),
    closedShareOfOld: oldCompounds === 0 ? 0 : n(row?.closed_old) / oldCompounds,
  };
}
