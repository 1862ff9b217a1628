import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld, type FixtureCompound } from '../../../test/fixtures';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../test/api';
import { ClosureStatus } from './compound.enums';

interface Edge {
  cursor: string;
  node: { id: string };
}
interface PageResult {
  compounds: {
    totalCount: number;
    edges: Edge[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

const STATUSES = [ClosureStatus.OPEN, ClosureStatus.PLANNED, ClosureStatus.UNDER_RENOVATION, ClosureStatus.CLOSED];

// 61 compounds with many ties in every sort column, so the id tie-break is exercised on every page.
const PAGED: FixtureCompound[] = Array.from({ length: 61 }, (_, i) => ({
  key: `p${i}`,
  community: (['c1', 'c2', 'c3'] as const)[i % 3]!,
  name: `${['安', '北', '城', '东'][i % 4]}区${i % 5}号院`,
  yearBuilt: 1980 + (i % 6),
  households: 100 + (i % 7) * 10,
  floorArea: 5000 + (i % 4) * 250.5,
  isOld: i % 2 === 0,
  status: STATUSES[i % 4]!,
}));

const SORTS: { field: string; column: string }[] = [
  { field: 'NAME', column: 'name' },
  { field: 'YEAR_BUILT', column: 'year_built' },
  { field: 'HOUSEHOLDS', column: 'households' },
  { field: 'FLOOR_AREA', column: 'floor_area' },
];

const PAGE_QUERY = `
  query Page($first: Int, $after: String, $last: Int, $before: String, $sort: CompoundSort, $filter: CompoundFilter) {
    compounds(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

describe('compounds: pagination, filters and errors', () => {
  let t: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [
      ...PAGED,
      {
        key: 'yhy',
        community: 'c1',
        name: '樱花园小区',
        aliases: ['樱花园'],
        address: '朝阳区和平街樱花园',
        yearBuilt: 1985,
        households: 800,
        floorArea: 50000,
        isOld: true,
        status: ClosureStatus.CLOSED,
        gates: 2,
      },
      {
        key: 'dzj',
        community: 'c3',
        name: '东中街36号楼',
        aliases: ['36号楼'],
        address: '东城区东中街36号',
        yearBuilt: 1978,
        households: 120,
        floorArea: 7300,
        isOld: true,
        status: ClosureStatus.CLOSED,
        gates: 1,
      },
      {
        key: 'pct',
        community: 'c2',
        name: '百分之百100%院',
        address: '测试路_1号',
        yearBuilt: 2005,
        households: 50,
        floorArea: 3000,
        isOld: false,
        status: ClosureStatus.OPEN,
      },
    ]);
    api = await startTestApi(t.db, t.url);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const expectedOrder = async (column: string, direction: 'ASC' | 'DESC') =>
    ((await t.db.query(`SELECT id FROM compound ORDER BY ${column} ${direction}, id ${direction}`)) as { id: string }[]).map((r) => r.id);

  describe.each(SORTS)('sorted by $field', ({ field, column }) => {
    it.each(['ASC', 'DESC'] as const)('%s: forward pages lose and repeat no row', async (direction) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const res: GraphQLResponse<PageResult> = await api.gql<PageResult>(PAGE_QUERY, { first: 7, after, sort: { field, direction } });
        expect(res.errors).toBeUndefined();
        const page: PageResult['compounds'] = res.data!.compounds;
        seen.push(...page.edges.map((e) => e.node.id));
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(await expectedOrder(column, direction));
    });

    it.each(['ASC', 'DESC'] as const)('%s: backward pages give the same rows', async (direction) => {
      const pages: string[][] = [];
      let before: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const res: GraphQLResponse<PageResult> = await api.gql<PageResult>(PAGE_QUERY, { last: 9, before, sort: { field, direction } });
        expect(res.errors).toBeUndefined();
        const page: PageResult['compounds'] = res.data!.compounds;
        pages.unshift(page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(pages.flat()).toEqual(await expectedOrder(column, direction));
    });
  });

  it('filters by street, community, status and age, with exact totals', async () => {
    const count = async (filter: Record<string, unknown>) => {
      const res = await api.gql<PageResult>(PAGE_QUERY, { first: 1, filter });
      expect(res.errors).toBeUndefined();
      return res.data!.compounds.totalCount;
    };
    const all = PAGED.length + 3;
    expect(await count({})).toBe(all);
    expect(await count({ districtId: WORLD.d1 })).toBe(all);
    expect(await count({ districtId: WORLD.d2 })).toBe(0);
    // c3 holds every third paged compound (i % 3 == 2) plus 东中街36号楼.
    expect(await count({ streetId: WORLD.s2 })).toBe(PAGED.filter((_, i) => i % 3 === 2).length + 1);
    expect(await count({ communityId: WORLD.c1 })).toBe(PAGED.filter((_, i) => i % 3 === 0).length + 1);
    expect(await count({ closureStatus: ['CLOSED'] })).toBe(PAGED.filter((c) => c.status === ClosureStatus.CLOSED).length + 2);
    expect(await count({ closureStatus: ['OPEN', 'PLANNED'] })).toBe(
      PAGED.filter((c) => c.status === ClosureStatus.OPEN || c.status === ClosureStatus.PLANNED).length + 1,
    );
    expect(await count({ isOld: true, streetId: WORLD.s1 })).toBe(
      PAGED.filter((c, i) => c.isOld && i % 3 !== 2).length + 1, // + 樱花园小区 (c1)
    );
  });

  it('searches name, alias and address, case-insensitively and with wildcards taken literally', async () => {
    const names = async (search: string) => {
      const res = await api.gql<{ compounds: { edges: { node: { name: string } }[] } }>(
        `query($s: String) { compounds(first: 100, filter: { search: $s }) { edges { node { name } } } }`,
        { s: search },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.compounds.edges.map((e) => e.node.name);
    };
    expect(await names('樱花园')).toEqual(['樱花园小区']);
    expect(await names('36号楼')).toEqual(['东中街36号楼']);
    expect(await names('东中街36')).toEqual(['东中街36号楼']);
    expect(await names('和平街')).toEqual(['樱花园小区']);
    expect(await names('100%')).toEqual(['百分之百100%院']);
    expect(await names('_1号')).toEqual(['百分之百100%院']);
    expect(await names('  樱花园  ')).toEqual(['樱花园小区']);
    expect(await names('不存在的小区')).toEqual([]);
  });

  it('returns a compound with its gates and parents', async () => {
    const res = await api.gql<{
      compound: {
        name: string;
        gates: { name: string }[];
        community: { name: string };
        street: { name: string; kind: string };
        district: { name: string };
      };
    }>(`query($id: ID!) { compound(id: $id) { name gates { name } community { name } street { name kind } district { name } } }`, {
      id: fixtureId('yhy'),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.compound).toEqual({
      name: '樱花园小区',
      gates: [{ name: '东门' }, { name: '西门' }].sort((a, b) => (a.name < b.name ? -1 : 1)),
      community: { name: '一社区' },
      street: { name: '一街道', kind: 'STREET' },
      district: { name: '甲区' },
    });
  });

  describe('bad input gets a clear error with a code, never a stack trace', () => {
    const cases: [string, string, Record<string, unknown>, string, string | undefined][] = [
      ['unknown compound id', `query($id: ID!) { compound(id: $id) { id } }`, { id: fixtureId('nope') }, 'NOT_FOUND', undefined],
      ['non-UUID compound id', `query($id: ID!) { compound(id: $id) { id } }`, { id: '12345' }, 'NOT_FOUND', undefined],
      ['page size over the cap', PAGE_QUERY, { first: 200 }, 'BAD_USER_INPUT', 'first'],
      ['page size zero', PAGE_QUERY, { first: 0 }, 'BAD_USER_INPUT', 'first'],
      ['negative last', PAGE_QUERY, { last: -1 }, 'BAD_USER_INPUT', 'last'],
      ['first and last together', PAGE_QUERY, { first: 5, last: 5 }, 'BAD_USER_INPUT', 'last'],
      ['malformed cursor', PAGE_QUERY, { after: 'not-a-cursor' }, 'BAD_USER_INPUT', 'after'],
      ['cursor of JSON garbage', PAGE_QUERY, { after: Buffer.from('{"a":1}').toString('base64url') }, 'BAD_USER_INPUT', 'after'],
      [
        'cursor with a SQL payload',
        PAGE_QUERY,
        { after: Buffer.from(JSON.stringify(['NAME:ASC', "x' OR 1=1 --", "'; DROP TABLE compound; --"])).toString('base64url') },
        'BAD_USER_INPUT',
        'after',
      ],
      [
        'cursor from another sort',
        PAGE_QUERY,
        { after: Buffer.from(JSON.stringify(['YEAR_BUILT:ASC', 1990, fixtureId('p1')])).toString('base64url') },
        'BAD_USER_INPUT',
        'after',
      ],
      [
        'numeric sort with a text cursor',
        PAGE_QUERY,
        {
          sort: { field: 'HOUSEHOLDS', direction: 'ASC' },
          after: Buffer.from(JSON.stringify(['HOUSEHOLDS:ASC', 'abc', fixtureId('p1')])).toString('base64url'),
        },
        'BAD_USER_INPUT',
        'after',
      ],
      ['empty search', PAGE_QUERY, { filter: { search: '   ' } }, 'BAD_USER_INPUT', 'filter.search'],
      ['over-long search', PAGE_QUERY, { filter: { search: '樱'.repeat(51) } }, 'BAD_USER_INPUT', 'filter.search'],
      ['malformed street id', PAGE_QUERY, { filter: { streetId: 'street-1' } }, 'BAD_USER_INPUT', 'filter.streetId'],
      ['empty status list', PAGE_QUERY, { filter: { closureStatus: [] } }, 'BAD_USER_INPUT', 'filter.closureStatus'],
      ['unknown status', PAGE_QUERY, { filter: { closureStatus: ['DEMOLISHED'] } }, 'BAD_USER_INPUT', undefined],
      ['unknown field', `{ compounds { nonsense } }`, {}, 'GRAPHQL_VALIDATION_FAILED', undefined],
    ];

    it.each(cases)('%s', async (_name, query, variables, code, field) => {
      const res = await api.gql(query, variables);
      expect(res.errors).toHaveLength(1);
      const error = res.errors![0]!;
      expect(error.extensions?.code).toBe(code);
      if (field) expect(error.extensions?.field).toBe(field);
      expect(JSON.stringify(res)).not.toMatch(/stacktrace| {4}at /);
    });

    it('accepts a search of exactly the maximum length', async () => {
      const res = await api.gql(PAGE_QUERY, { filter: { search: '樱'.repeat(50) } });
      expect(res.errors).toBeUndefined();
    });
  });
});
