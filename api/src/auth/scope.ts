import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The part of the district a caller may see. Services apply it in SQL, so a row outside it is
 * indistinguishable from a missing one (NOT_FOUND, never FORBIDDEN: nothing leaks by existence).
 */
export type Scope =
  | { level: 'all' }
  | { level: 'district'; districtId: string }
  | { level: 'street'; districtId: string; streetId: string }
  | { level: 'community'; districtId: string; streetId: string; communityId: string }
  | { level: 'none' };

/** Workers, seeds and scripts act for the system and see everything. */
export const SYSTEM_SCOPE: Scope = { level: 'all' };
export const NO_SCOPE: Scope = { level: 'none' };

/** The kinds of place-bound rows; each table carries the ids of the places above it. */
export type ScopedTable = 'district' | 'street' | 'community' | 'compound';

/** The one column-equals-value test that limits a table to a scope; `false` when nothing is visible. */
type Restriction = { column: 'id' | 'district_id' | 'street_id' | 'community_id'; value: string } | null | false;

/**
 * How `table` is limited by the scope. Districts, streets and communities above the caller's own
 * place stay visible as its parents (for breadcrumbs), but never their siblings.
 */
function restriction(scope: Scope, table: ScopedTable): Restriction {
  switch (scope.level) {
    case 'all':
      return null;
    case 'none':
      return false;
    case 'district':
      return { column: table === 'district' ? 'id' : 'district_id', value: scope.districtId };
    case 'street':
      if (table === 'district') return { column: 'id', value: scope.districtId };
      return { column: table === 'street' ? 'id' : 'street_id', value: scope.streetId };
    case 'community':
      if (table === 'district') return { column: 'id', value: scope.districtId };
      if (table === 'street') return { column: 'id', value: scope.streetId };
      return { column: table === 'community' ? 'id' : 'community_id', value: scope.communityId };
  }
}

/** Adds the scope condition to a query builder (a no-op for the system scope). */
export function withinScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  scope: Scope,
  table: ScopedTable,
  alias: string,
): SelectQueryBuilder<T> {
  const r = restriction(scope, table);
  if (r === null) return query;
  if (r === false) return query.andWhere('false');
  return query.andWhere(`${alias}.${r.column} = :scopeValue`, { scopeValue: r.value });
}

/**
 * The same condition for hand-written SQL with positional parameters: `sql` uses `$<param>`,
 * and `values` are appended to the query's parameters.
 */
export function scopeSql(scope: Scope, table: ScopedTable, alias: string, param: number): { sql: string; values: string[] } {
  const r = restriction(scope, table);
  if (r === null) return { sql: 'true', values: [] };
  if (r === false) return { sql: 'false', values: [] };
  return { sql: `${alias}.${r.column} = $${param}::uuid`, values: [r.value] };
}
