import { createTestDatabase, type TestDatabase } from '../test/db';
import { DEMO_IDS, demoRows, seedDemo } from './demo';
import { hierarchyMismatches, tableContents } from './testing';
import { CARETAKERS } from './vocabulary';
import type { SeedSummary } from './write';

let t: TestDatabase;
let summary: SeedSummary;

beforeAll(async () => {
  t = await createTestDatabase();
  summary = await seedDemo(t.db);
});

afterAll(async () => {
  await t.drop();
});

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
  const [row] = await t.db.query<T[]>(sql, params);
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
};

describe('demo seed', () => {
  it('reports what it holds', () => {
    const rows = demoRows();
    expect(summary).toEqual({
      districts: 3,
      streets: 4,
      communities: rows.communities.length,
      compounds: rows.compounds.length,
      gates: rows.gates.length,
    });
  });

  it('gives 东直门街道 its 72 compounds, 42 of them old, in six communities', async () => {
    const street = await one<{ compounds: number; old: number; communities: number }>(
      `SELECT count(*)::int AS compounds, count(*) FILTER (WHERE is_old)::int AS old, count(DISTINCT community_id)::int AS communities
         FROM compound WHERE street_id = $1`,
      [DEMO_IDS.dongzhimen],
    );
    expect(street).toEqual({ compounds: 72, old: 42, communities: 6 });
  });

  it('counts as old exactly what was built before 2000', async () => {
    const wrong = await one<{ n: number }>(`SELECT count(*)::int AS n FROM compound WHERE is_old <> (year_built < 2000)`);
    expect(wrong.n).toBe(0);
  });

  it('has 东中街36号楼 closed, as the template', async () => {
    const compound = await one<{ name: string; closure_status: string; aliases: string[]; management_status: string; street_id: string }>(
      `SELECT name, closure_status, aliases, management_status, street_id FROM compound WHERE id = $1`,
      [DEMO_IDS.dongzhongjie36],
    );
    expect(compound).toEqual({
      name: '东中街36号楼',
      closure_status: 'CLOSED',
      aliases: ['36号楼'],
      management_status: 'PROPERTY_COMPANY',
      street_id: DEMO_IDS.dongzhimen,
    });
  });

  it('has exactly 7 more old compounds of 东直门街道 under renovation, each qualifying for closure', async () => {
    const rows = await t.db.query<{ id: string; is_old: boolean; property_rights: string; caretaker: string | null }[]>(
      `SELECT id, is_old, property_rights, caretaker FROM compound WHERE street_id = $1 AND closure_status = 'UNDER_RENOVATION'`,
      [DEMO_IDS.dongzhimen],
    );
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r.id).sort()).toEqual([...DEMO_IDS.dongzhimenUnderRenovation].sort());
    for (const row of rows) {
      expect(row.is_old).toBe(true);
      expect(row.property_rights).not.toBe('UNCLEAR');
      expect(row.caretaker).not.toBeNull();
    }
    const closed = await one<{ n: number }>(`SELECT count(*)::int AS n FROM compound WHERE street_id = $1 AND closure_status = 'CLOSED'`, [
      DEMO_IDS.dongzhimen,
    ]);
    expect(closed.n).toBe(1);
  });

  it('keeps 樱花园小区 closed with its east and west gates open and the north gate sealed', async () => {
    const compound = await one<{ name: string; closure_status: string; aliases: string[]; street_id: string }>(
      `SELECT name, closure_status, aliases, street_id FROM compound WHERE id = $1`,
      [DEMO_IDS.yinghuayuan],
    );
    expect(compound).toEqual({ name: '樱花园小区', closure_status: 'CLOSED', aliases: ['樱花园'], street_id: DEMO_IDS.hepingjie });
    const gates = await t.db.query<{ id: string; name: string; kind: string; state: string }[]>(
      `SELECT id, name, kind, state FROM gate WHERE compound_id = $1 ORDER BY name`,
      [DEMO_IDS.yinghuayuan],
    );
    expect(gates).toEqual([
      { id: DEMO_IDS.yinghuayuanEastGate, name: '东门', kind: 'MIXED', state: 'OPEN' },
      { id: DEMO_IDS.yinghuayuanNorthGate, name: '北门', kind: 'PEDESTRIAN', state: 'SEALED' },
      { id: DEMO_IDS.yinghuayuanWestGate, name: '西门', kind: 'MIXED', state: 'OPEN' },
    ]);
  });

  it('places 展览路街道 in 西城区 and 孙河乡, a township, in 朝阳区', async () => {
    const streets = await t.db.query<{ id: string; district_id: string; kind: string; code: string }[]>(
      `SELECT id, district_id, kind, code FROM street ORDER BY code`,
    );
    expect(streets).toEqual([
      { id: DEMO_IDS.dongzhimen, district_id: DEMO_IDS.dongcheng, kind: 'STREET', code: '110101009' },
      { id: DEMO_IDS.zhanlanlu, district_id: DEMO_IDS.xicheng, kind: 'STREET', code: '110102010' },
      { id: DEMO_IDS.hepingjie, district_id: DEMO_IDS.chaoyang, kind: 'STREET', code: '110105016' },
      { id: DEMO_IDS.sunhe, district_id: DEMO_IDS.chaoyang, kind: 'TOWNSHIP', code: '110105241' },
    ]);
  });

  it('finds every id in DEMO_IDS', async () => {
    const { dongzhimenUnderRenovation, ...single } = DEMO_IDS;
    const ids = [...Object.values(single), ...dongzhimenUnderRenovation];
    const found = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM (
         SELECT id FROM district UNION ALL SELECT id FROM street UNION ALL SELECT id FROM community
         UNION ALL SELECT id FROM compound UNION ALL SELECT id FROM gate) ids
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(found.n).toBe(ids.length);
  });

  it('keeps every row consistent with its place in the hierarchy', async () => {
    expect(await hierarchyMismatches(t.db)).toEqual({ compounds: 0, gates: 0, communities: 0 });
  });

  it('gives every compound 1-4 gates in states that follow its closure status', async () => {
    const rows = await t.db.query<{ closure_status: string; gates: number; states: string[] }[]>(
      `SELECT c.closure_status, count(g.id)::int AS gates, array_agg(DISTINCT g.state::text ORDER BY g.state::text) AS states
         FROM compound c LEFT JOIN gate g ON g.compound_id = c.id GROUP BY c.id`,
    );
    for (const row of rows) {
      expect(row.gates).toBeGreaterThanOrEqual(1);
      expect(row.gates).toBeLessThanOrEqual(4);
      expect(row.states).toContain('OPEN');
      if (row.closure_status === 'CLOSED') expect(row.states).not.toContain('CLOSED');
      if (row.closure_status === 'OPEN' || row.closure_status === 'PLANNED') expect(row.states).toEqual(['OPEN']);
    }
  });

  it('keeps facts that agree with each other: rights unit, caretaker roles, floor area', async () => {
    const rows = await t.db.query<
      {
        property_rights: string;
        property_rights_unit: string | null;
        caretaker: string | null;
        households: number;
        floor_area: string;
        management_status: string;
      }[]
    >(`SELECT property_rights, property_rights_unit, caretaker, households, floor_area, management_status FROM compound`);
    const roles: (string | null)[] = [...Object.values(CARETAKERS), null];
    for (const row of rows) {
      expect(row.property_rights_unit === null).toBe(row.property_rights === 'UNCLEAR');
      expect(roles).toContain(row.caretaker);
      expect(row.caretaker === null).toBe(row.management_status === 'NONE');
      const perHousehold = Number(row.floor_area) / row.households;
      expect(perHousehold).toBeGreaterThanOrEqual(55);
      expect(perHousehold).toBeLessThanOrEqual(75);
    }
  });

  it('gives no two compounds of a street the same name', async () => {
    const clashes = await t.db.query(`SELECT street_id, name FROM compound GROUP BY street_id, name HAVING count(*) > 1`);
    expect(clashes).toEqual([]);
  });

  it('changes nothing when run again', async () => {
    const before = await tableContents(t.db);
    expect(await seedDemo(t.db)).toEqual(summary);
    expect(await tableContents(t.db)).toEqual(before);
  });

  it('puts back a row that was changed', async () => {
    const before = await tableContents(t.db);
    await t.db.query(`UPDATE compound SET closure_status = 'OPEN', households = 1 WHERE id = $1`, [DEMO_IDS.dongzhongjie36]);
    await t.db.query(`UPDATE gate SET state = 'OPEN' WHERE id = $1`, [DEMO_IDS.yinghuayuanNorthGate]);
    await seedDemo(t.db);
    const after = await tableContents(t.db);
    expect(after.compound?.checksum).toBe(before.compound?.checksum);
    expect(after.gate?.checksum).toBe(before.gate?.checksum);
    expect(after.district).toEqual(before.district);
  });

  it('writes nothing when a row clashes, and says why', async () => {
    const other = await createTestDatabase();
    try {
      await other.db.query(`INSERT INTO district (id, code, name) VALUES (gen_random_uuid(), '110105', '朝阳区')`);
      await expect(seedDemo(other.db)).rejects.toThrow(/another district row already has a name or code/);
      const written = await other.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM district`);
      expect(written).toEqual([{ n: 1 }]);
    } finally {
      await other.drop();
    }
  });
});
