import { In, type DataSource } from 'typeorm';
import { badInput, notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { encodeCursor, pageRequest, toPage, type ConnectionArgs, type Page } from '../graphql/pagination';
import { Community } from './community.entity';
import { District } from './district.entity';
import { Street } from './street.entity';

/**
 * The administrative hierarchy. Districts and streets are short lists (Beijing has 16 districts
 * and about 340 streets and townships) and come whole; communities are paginated.
 */
export class GeographyService {
  constructor(private readonly db: DataSource) {}

  listDistricts(): Promise<District[]> {
    return this.db.getRepository(District).find({ order: { code: 'ASC' } });
  }

  async getDistrict(id: string): Promise<District> {
    const district = isUuid(id) ? await this.db.getRepository(District).findOneBy({ id }) : null;
    if (!district) throw notFound('District', id);
    return district;
  }

  listStreets(districtId?: string | null): Promise<Street[]> {
    return this.db.getRepository(Street).find({
      where: districtId != null ? { districtId: parseId('districtId', districtId) } : {},
      order: { code: 'ASC' },
    });
  }

  /** Streets of many districts at once (DataLoader batch). */
  streetsOfDistricts(districtIds: readonly string[]): Promise<Street[]> {
    return this.db.getRepository(Street).find({ where: { districtId: In([...districtIds]) }, order: { code: 'ASC' } });
  }

  async getStreet(id: string): Promise<Street> {
    const street = isUuid(id) ? await this.db.getRepository(Street).findOneBy({ id }) : null;
    if (!street) throw notFound('Street', id);
    return street;
  }

  async getCommunity(id: string): Promise<Community> {
    const community = isUuid(id) ? await this.db.getRepository(Community).findOneBy({ id }) : null;
    if (!community) throw notFound('Community', id);
    return community;
  }

  /** Communities by name, keyset-paginated, optionally within a district or street. */
  async listCommunities(filter: { districtId?: string | null; streetId?: string | null }, args: ConnectionArgs): Promise<Page<Community>> {
    const sortKey = 'NAME:ASC';
    const request = pageRequest(args, sortKey);
    const filtered = () => {
      const q = this.db.getRepository(Community).createQueryBuilder('m');
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
