import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { HOTLINE_FIXTURE, SPOKEN_QUERIES } from '../../../test/hotline-queries';
import { DEMO_IDS, seedDemo, seedDemoAccounts, seedDemoResidents, seedGenerated } from '../../../seeds';
import { startTestApi, type TestApi } from '../../test/api';
import { createTestSession } from '../../test/sessions';
import { Role } from '../auth/roles';
import { SYSTEM_SCOPE } from '../auth/scope';
import { parseConfig } from '../config';
import { HotlineSearch, prepareQuery } from './hotline-search';
import { fullPinyin, initials } from './pinyin';

describe('hotline compound search over about 10,000 compounds', () => {
  let t: TestDatabase;
  let search: HotlineSearch;

  beforeAll(async () => {
    t = await createTestDatabase();
    const config = parseConfig({ NODE_ENV: 'test' });
    await seedDemo(t.db);
    await seedDemoAccounts(t.db, config);
    await seedDemoResidents(t.db, config);
    await seedGenerated(t.db, { compounds: HOTLINE_FIXTURE.generatedCompounds, seed: HOTLINE_FIXTURE.seed });
    search = new HotlineSearch(t.db);
    await search.refreshIndex();
  }, 120_000);
  afterAll(async () => {
    await t.drop();
  });

  it('runs on a database whose ctype lets pg_trgm see Chinese', async () => {
    const [row] = (await t.db.query(`SELECT cardinality(show_trgm('樱花园小区')) AS n, current_setting('lc_ctype') AS ctype`)) as {
      n: number;
      ctype: string;
    }[];
    expect(row!.ctype).toMatch(/utf-?8/i);
    expect(row!.n).toBe(6);
  });

  it('holds a realistic fixture: about 10,000 compounds, many names in several streets', async () => {
    const [row] = (await t.db.query(
      `SELECT count(*)::int AS compounds, (SELECT count(*)::int FROM (SELECT name FROM compound GROUP BY name HAVING count(DISTINCT street_id) > 1) d) AS shared
         FROM compound`,
    )) as { compounds: number; shared: number }[];
    expect(row!.compounds).toBeGreaterThanOrEqual(9_950);
    expect(row!.shared).toBeGreaterThan(500);
  });

  it('puts the compound the caller means in the top 3 for at least 48 of the 50 spoken queries', async () => {
    expect(SPOKEN_QUERIES).toHaveLength(50);
    const misses: string[] = [];
    for (const q of SPOKEN_QUERIES) {
      // The quality measure spans four districts, so it runs in the system scope; scoping has its own test.
      const hits = await search.search(q.query, 3, SYSTEM_SCOPE);
      if (!hits.some((h) => h.name === q.name && h.streetName === q.street)) {
        misses.push(`${q.query} (${q.kind}) → ${hits.map((h) => `${h.name}/${h.streetName}`).join(', ')}`);
      }
    }
    expect(misses.length).toBeLessThanOrEqual(2);
  });

  it('tells same-named compounds apart by street and community, and prefers the street the caller names', async () => {
    const hits = await search.search('景源小区', 8, SYSTEM_SCOPE);
    const same = hits.filter((h) => h.name === '景源小区');
    expect(same.length).toBeGreaterThan(1);
    expect(new Set(same.map((h) => `${h.streetName}/${h.communityName}`)).size).toBe(same.length);
    // Equal scores fall back to the street's code: the order is stable between calls.
    expect(await search.search('景源小区', 8, SYSTEM_SCOPE)).toEqual(hits);
    for (const street of same.map((h) => h.streetName)) {
      expect((await search.search(`${street}的景源小区`, 1, SYSTEM_SCOPE))[0]).toMatchObject({ name: '景源小区', streetName: street });
    }
  });

  it('keeps the pinyin index in step with renamed compounds and new building numbers', async () => {
    await t.db.query(`UPDATE compound SET aliases = array_append(aliases, '海棠苑') WHERE id = $1`, [DEMO_IDS.yinghuayuan]);
    const [stale] = (await t.db.query(`SELECT pinyin_source FROM hotline_compound_search WHERE compound_id = $1`, [
      DEMO_IDS.yinghuayuan,
    ])) as {
      pinyin_source: string | null;
    }[];
    expect(stale!.pinyin_source).toBeNull();
    // The Chinese text is current at once; the pinyin after the index job.
    expect((await search.search('海棠苑', 1, SYSTEM_SCOPE))[0]?.name).toBe('樱花园小区');
    expect(await search.refreshIndex()).toEqual({ indexed: 1 });
    expect((await search.search('hty', 1, SYSTEM_SCOPE))[0]).toMatchObject({ name: '樱花园小区', matchedBy: 'INITIALS' });
    expect((await search.search('haitangyuan', 1, SYSTEM_SCOPE))[0]).toMatchObject({ name: '樱花园小区', matchedBy: 'PINYIN' });
    expect(await search.refreshIndex()).toEqual({ indexed: 0 });

    // A resident registered in a building the index has not seen marks the compound stale.
    await t.db.query(
      `INSERT INTO resident (id, compound_id, community_id, street_id, district_id, building, room, name)
       SELECT gen_random_uuid(), id, community_id, street_id, district_id, '12', '101', 'not-read-in-this-test' FROM compound WHERE id = $1`,
      [DEMO_IDS.yinghuayuan],
    );
    expect(await search.refreshIndex()).toEqual({ indexed: 1 });
    const [row] = (await t.db.query(`SELECT buildings FROM hotline_compound_search WHERE compound_id = $1`, [DEMO_IDS.yinghuayuan])) as {
      buildings: string;
    }[];
    expect(row!.buildings).toBe('12号楼');
  });

  it('refuses an empty or over-long query and a bad limit, naming the field', async () => {
    await expect(search.search('   ', 3, SYSTEM_SCOPE)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
    await expect(search.search('樱'.repeat(51), 3, SYSTEM_SCOPE)).rejects.toMatchObject({ extensions: { field: 'text' } });
    await expect(search.search('樱花园', 21, SYSTEM_SCOPE)).rejects.toMatchObject({ extensions: { field: 'limit' } });
    expect(prepareQuery(' ＹＨＹ ')).toEqual({ text: 'yhy', pinyin: 'yhy', initials: 'yhy' });
    expect(fullPinyin('樱花园小区')).toBe('yinghuayuanxiaoqu');
    expect(initials('东中街36号楼')).toBe('dzj36hl');
  });

  describe('over HTTP, within the caller’s scope', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi(t.db, t.url);
    });
    afterAll(async () => {
      await api.close();
    });

    it('finds only compounds of the agent’s district', async () => {
      const chaoyang = (await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: DEMO_IDS.chaoyang })).token;
      const dongcheng = (await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: DEMO_IDS.dongcheng })).token;
      const query = `{ hotlineSearch(text: "樱花园", limit: 5) { name streetName } }`;
      const own = await api.gqlAs<{ hotlineSearch: { name: string }[] }>(chaoyang, query);
      expect(own.data!.hotlineSearch[0]?.name).toBe('樱花园小区');
      const other = await api.gqlAs<{ hotlineSearch: { name: string }[] }>(dongcheng, query);
      expect(other.errors).toBeUndefined();
      expect(other.data!.hotlineSearch.map((h) => h.name)).not.toContain('樱花园小区');
    });
  });
});
