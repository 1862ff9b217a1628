import { QueryCounter } from '../db/data-source';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { insertWorld, type FixtureCompound } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { ClosureStatus } from '../compounds/compound.enums';

const NESTED = `{
  compounds(first: 100) {
    edges { node { id name gates { name } community { name } street { name district { name } } district { name } } }
  }
  districts { name stats { compounds } streets { name stats { compounds } } }
}`;

const MANY: FixtureCompound[] = Array.from({ length: 60 }, (_, i) => ({
  key: `m${i}`,
  community: (['c1', 'c2', 'c3'] as const)[i % 3]!,
  name: `院${i}`,
  yearBuilt: 1990,
  households: 10,
  floorArea: 700,
  isOld: true,
  status: ClosureStatus.OPEN,
  gates: 1 + (i % 3),
}));

describe('DataLoaders bound the SQL per request', () => {
  let t: TestDatabase;
  const counter = new QueryCounter();

  beforeAll(async () => {
    t = await createTestDatabase({ logger: counter });
    await insertWorld(t.db, MANY);
  });
  afterAll(() => t.drop());

  async function queriesFor(mode: 'batched' | 'naive'): Promise<{ count: number; data: unknown }> {
    const api: TestApi = await startTestApi(t.db, t.url, { loaderMode: mode });
    try {
      const before = counter.count;
      const res = await api.gql(NESTED);
      expect(res.errors).toBeUndefined();
      return { count: counter.count - before, data: res.data };
    } finally {
      await api.close();
    }
  }

  it('makes a constant number of queries however many rows come back, with the same answer as per-row loading', async () => {
    const batched = await queriesFor('batched');
    const naive = await queriesFor('naive');
    expect(batched.data).toEqual(naive.data);
    // compounds, gates, communities, streets, districts (twice: compound and street parents are batched together),
    // districts list, streets of districts, district stats, street stats; plus the session lookup.
    expect(batched.count).toBeLessThanOrEqual(10 + 1);
    // Per-row loading issues several queries per compound: the reason batching exists.
    expect(naive.count).toBeGreaterThan(MANY.length * 4);
  });
});
