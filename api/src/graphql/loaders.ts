import DataLoader from 'dataloader';
import type { Compound } from '../compounds/compound.entity';
import type { Gate } from '../compounds/gate.entity';
import type { Community } from '../geography/community.entity';
import type { District } from '../geography/district.entity';
import type { Street } from '../geography/street.entity';
import type { Services } from '../services';
import type { AreaStats } from '../stats/stats.types';
import type { Scope } from '../auth/scope';
import type { Context } from './context';

/**
 * `batched` is the normal mode: one SQL query per kind of thing per request tick. `naive` issues
 * one query per row (DataLoader with batching and caching off); it exists only so the benchmark
 * can measure what batching saves, on the same code path.
 */
export type LoaderMode = 'batched' | 'naive';

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Rows grouped under the ids they belong to, in the order of `ids` (a DataLoader's batch result). */
export function groupBy<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const map = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) map.get(key(row))?.push(row);
  return ids.map((id) => map.get(id) ?? []);
}

/**
 * A module's loaders, made once per request: the context object lives exactly as long as its
 * request, so the loaders (and their caches) go with it.
 */
export function perRequest<T>(create: (ctx: Context) => T): (ctx: Context) => T {
  const made = new WeakMap<Context, T>();
  return (ctx) => {
    let loaders = made.get(ctx);
    if (!loaders) {
      loaders = create(ctx);
      made.set(ctx, loaders);
    }
    return loaders;
  };
}

/** Per request; lists of children (a district's streets, stats) are cut to the caller's scope. */
export function createLoaders(services: Services, scope: Scope, mode: LoaderMode = 'batched') {
  const options = mode === 'batched' ? {} : { batch: false, cache: false };
  return {
    district: new DataLoader<string, District | null>(async (ids) => byId(ids, await services.geography.districtsByIds(ids)), options),
    street: new DataLoader<string, Street | null>(async (ids) => byId(ids, await services.geography.streetsByIds(ids)), options),
    community: new DataLoader<string, Community | null>(async (ids) => byId(ids, await services.geography.communitiesByIds(ids)), options),
    compound: new DataLoader<string, Compound | null>(async (ids) => byId(ids, await services.compounds.byIds(ids)), options),
    streetsOfDistrict: new DataLoader<string, Street[]>(
      async (ids) => groupBy(ids, await services.geography.streetsOfDistricts(ids, scope), (s) => s.districtId),
      options,
    ),
    gatesOfCompound: new DataLoader<string, Gate[]>(
      async (ids) => groupBy(ids, await services.compounds.gatesOf(ids), (g) => g.compoundId),
      options,
    ),
    streetStats: new DataLoader<string, AreaStats>((ids) => services.stats.forStreets(ids, scope), options),
    districtStats: new DataLoader<string, AreaStats>((ids) => services.stats.forDistricts(ids, scope), options),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads a parent that a foreign key guarantees; a miss means the database is inconsistent. */
export async function loadRequired<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const row = await loader.load(id);
  if (row === null) throw new Error(`${what} ${id} is referenced but missing`);
  return row;
}
