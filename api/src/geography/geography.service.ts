import { In, type DataSource } from 'typeorm';
import { badInput, notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { encodeCursor, pageRequest, toPage, type ConnectionArgs, type Page } from '../graphql/pagination';
import { Community } from './community.entity';
import { District } from './district.entity';
import { Street } from './street.entity';
import { withinScope, type Scope } from '../auth/scope';

/**
 * The administrative hierarchy. Districts and streets are short lists (Beijing has 16 districts
 * and about 340 streets and townships) and come whole; communities are paginated.
 */
export class GeographyService {
  constructor(private readonly db: DataSource) {}

  listDistricts(scope: Scope): Promise<District[]> {
    return withinScope(this.db.getRepository(District).createQueryBuilder('d'), scope, 'district', 'd').orderBy('d.code', 'ASC').getMany();
  }

  async getDistrict(id: string, scope: Scope): Promise<District> {
    const district = isUuid(id)
      ? await withinScope(this.db.getRepository(District).createQueryBuilder('d'), scope, 'district', 'd')
          .andWhere('d.id = :id', { id })
          .getOne()
      : null;
    if (!district) throw notFound('District', id);
    return district;
  }

  listStreets(districtId: string | null | undefined, scope: Scope): Promise<Street[]> {
    const query = withinScope(this.db.getRepository(Street).createQueryBuilder('s'), scope, 'street', 's');
    if (districtId != null) query.andWhere('s.district_id = :districtId', { districtId: parseId('districtId', districtId) });
    return query.orderBy('s.code', 'ASC').getMany();
  }

  /** Streets of many districts at once (DataLoader batch), within the scope. */
  streetsOfDistricts(districtIds: readonly string[], scope: Scope): Promise<Street[]> {
    return withinScope(this.db.getRepository(Street).createQueryBuilder('s'), scope, 'street', 's')
      .andWhere('s.district_id IN (:...districtIds)', { districtIds: [...districtIds] })
      .orderBy('s.code', 'ASC')
      .getMany();
  }

  async getStreet(id: string, scope: Scope): Promise<Street> {
    const street = isUuid(id)
      ? await withinScope(this.db.getRepository(Street).createQueryBuilder('s'), scope, 'street', 's')
          .andWhere('s.id = :id', { id })
          .getOne()
      : null;
    if (!street) throw notFound('Street', id);
    return street;
  }

  async getCommunity(id: string, scope: Scope): Promise<Community> {
    const community = isUuid(id)
      ? await withinScope(this.db.getRepository(Community).createQueryBuilder('m'), scope, 'community', 'm')
          .andWhere('m.id = :id', { id })
          .getOne()
      : null;
    if (!community) throw notFound('Community', id);
    return community;
  }

  /** Communities by name, keyset-paginated, optionally within a district or street. */
  async listCommunities(
    filter: { districtId?: string | null; streetId?: string | null },
    args: ConnectionArgs,
    scope: Scope,
  ): Promise<Page<Community>> {
    const sortKey = 'NAME:ASC';
    const request = pageRequest(args, sortKey);
    const filtered = () => {
      const q = withinScope(this.db.getRepository(Community).createQueryBuilder('m'), scope, 'community', 'm');
      if (filter.districtId != null) q.andWhere('m.district_id = :districtId', { districtId: parseId('districtId', filter.districtId) });
      if (filter.streetId != null) q.andWhere('m.street_id = :streetId', { streetId: parseId('streetId', filter.streetId) });
      return q;
    };
    const query = filtered();
    const ascending = request.direction === 'forward';
    if (request.cursor) {
      if (typeof request.cursor.value !== 'string') throw badInput(ascending ? 'after' : 'before', 'is not a valid cursor');
      query.andWhere(`(m.name, m.id) ${ascending ? '>' : '<'} (:value, :id)`, { value: request.cursor.value, id: request.cursor.id });
    }
    const order = ascending ? 'ASC' : 'DESC';
    const rows = await query
      .orderBy('m.name', order)
      .addOrderBy('m.id', order)
      .limit(request.limit + 1)
      .getMany();
    return toPage(
      rows,
      request,
      (row) => encodeCursor({ sort: sortKey, value: row.name, id: row.id }),
      () => filtered().getCount(),
    );
  }

  // Parents by id, for rows already in scope (a visible compound's street and district).
  districtsByIds(ids: readonly string[]): Promise<District[]> {
    return this.db.getRepository(District).findBy({ id: In([...ids]) });
  }

  streetsByIds(ids: readonly string[]): Promise<Street[]> {
    return this.db.getRepository(Street).findBy({ id: In([...ids]) });
  }

  communitiesByIds(ids: readonly string[]): Promise<Community[]> {
    return this.db.getRepository(Community).findBy({ id: In([...ids]) });
  }
}
