import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { badInput, notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { encodeCursor, pageRequest, toPage, type ConnectionArgs, type Page } from '../graphql/pagination';
import { Compound } from './compound.entity';
import { CompoundSortField, SEARCH_MAX_LENGTH, SortDirection, type CompoundFilter, type CompoundSort } from './compound.types';
import { Gate } from './gate.entity';
import { withinScope, type Scope } from '../auth/scope';

/** The column behind each sort field and how its value travels in a cursor. */
const SORT_COLUMNS: Record<CompoundSortField, { column: string; property: keyof Compound; numeric: boolean }> = {
  [CompoundSortField.NAME]: { column: 'c.name', property: 'name', numeric: false },
  [CompoundSortField.YEAR_BUILT]: { column: 'c.year_built', property: 'yearBuilt', numeric: true },
  [CompoundSortField.HOUSEHOLDS]: { column: 'c.households', property: 'households', numeric: true },
  [CompoundSortField.FLOOR_AREA]: { column: 'c.floor_area', property: 'floorArea', numeric: true },
};

const DEFAULT_SORT: CompoundSort = { field: CompoundSortField.NAME, direction: SortDirection.ASC };

/** Escapes LIKE wildcards so that a search for "100%" means the characters, not a pattern. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export class CompoundService {
  constructor(private readonly db: DataSource) {}

  /** Filtered, sorted, keyset-paginated compounds: stable under inserts, no row lost or repeated. */
  async list(
    filter: CompoundFilter,
    sortInput: CompoundSort | null | undefined,
    args: ConnectionArgs,
    scope: Scope,
  ): Promise<Page<Compound>> {
    const sort = sortInput ?? DEFAULT_SORT;
    const sortKey = `${sort.field}:${sort.direction}`;
    const request = pageRequest(args, sortKey);
    const { column, property, numeric } = SORT_COLUMNS[sort.field];

    const filtered = () =>
      this.applyFilter(withinScope(this.db.getRepository(Compound).createQueryBuilder('c'), scope, 'compound', 'c'), filter);
    const query = filtered();

    // Reading backward flips the order; toPage flips the rows back.
    const ascending = (sort.direction === SortDirection.ASC) === (request.direction === 'forward');
    const order = ascending ? 'ASC' : 'DESC';
    if (request.cursor) {
      const cursorField = request.direction === 'forward' ? 'after' : 'before';
      if (numeric !== (typeof request.cursor.value === 'number')) {
        throw badInput(cursorField, 'is not a valid cursor');
      }
      query.andWhere(`(${column}, c.id) ${ascending ? '>' : '<'} (:cursorValue, :cursorId)`, {
        cursorValue: request.cursor.value,
        cursorId: request.cursor.id,
      });
    }
    query
      .orderBy(column, order)
      .addOrderBy('c.id', order)
      .limit(request.limit + 1);

    const rows = await query.getMany();
    return toPage(
      rows,
      request,
      (row) => encodeCursor({ sort: sortKey, value: row[property] as string | number, id: row.id }),
      () => filtered().getCount(),
    );
  }

  async get(id: string, scope: Scope): Promise<Compound> {
    const compound = isUuid(id)
      ? await withinScope(this.db.getRepository(Compound).createQueryBuilder('c'), scope, 'compound', 'c')
          .andWhere('c.id = :id', { id })
          .getOne()
      : null;
    if (!compound) throw notFound('Compound', id);
    return compound;
  }

  /** By id for parents of rows already in scope (a gate's compound). */
  async byIds(ids: readonly string[]): Promise<Compound[]> {
    return this.db.getRepository(Compound).findBy({ id: In([...ids]) });
  }

  /** Gates of many compounds in one query, in a stable order (east, west... as named). */
  async gatesOf(compoundIds: readonly string[]): Promise<Gate[]> {
    return this.db.getRepository(Gate).find({
      where: { compoundId: In([...compoundIds]) },
      order: { compoundId: 'ASC', name: 'ASC' },
    });
  }

  private applyFilter(query: SelectQueryBuilder<Compound>, filter: CompoundFilter): SelectQueryBuilder<Compound> {
    if (filter.districtId != null)
      query.andWhere('c.district_id = :districtId', { districtId: parseId('filter.districtId', filter.districtId) });
    if (filter.streetId != null) query.andWhere('c.street_id = :streetId', { streetId: parseId('filter.streetId', filter.streetId) });
    if (filter.communityId != null) {
      query.andWhere('c.community_id = :communityId', { communityId: parseId('filter.communityId', filter.communityId) });
    }
    if (filter.closureStatus != null) {
      if (filter.closureStatus.length === 0) throw badInput('filter.closureStatus', 'must name at least one status, or be left out');
      query.andWhere('c.closure_status IN (:...statuses)', { statuses: filter.closureStatus });
    }
    if (filter.isOld != null) query.andWhere('c.is_old = :isOld', { isOld: filter.isOld });
    if (filter.hasRenovationProject != null) {
      // One project per compound, found through its unique compound_id index.
      query.andWhere(
        `${filter.hasRenovationProject ? '' : 'NOT '}EXISTS (SELECT 1 FROM renovation_project rp WHERE rp.compound_id = c.id)`,
      );
    }
    if (filter.search != null) {
      const text = filter.search.trim();
      if (text.length === 0) throw badInput('filter.search', 'must not be empty');
      if ([...text].length > SEARCH_MAX_LENGTH) throw badInput('filter.search', `must be at most ${SEARCH_MAX_LENGTH} characters`);
      // search_text is lower-cased and trigram-indexed, so ILIKE on it uses the GIN index.
      query.andWhere(`c.search_text LIKE :pattern`, { pattern: likePattern(text.toLowerCase()) });
    }
    return query;
  }
}
