import { createTestDatabase, type TestDatabase } from '../test/db';
import { DEMO_IDS, seedDemo } from './demo';
import { apportion, generateRows, generatedDistrictCode, seedGenerated } from './generate';
import { uuidFrom } from './ids';
import { SEEDED_TABLES, hierarchyMismatches, tableContents } from './testing';

describe('uuidFrom', () => {
  it('matches the version 5 UUID any other implementation gives', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
    expect(uuidFrom('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidFrom('compound:东城区/东直门街道/东中街36号楼')).toBe(DEMO_IDS.dongzhongjie36);
  });
});

describe('apportion', () => {
  it('splits a total into parts of at least one that add up exactly', () => {
    const cases: [number, number[]][] = [
      [1, [1]],
      [7, [1, 1, 1, 1, 1, 1, 1]],
      [13, [0.5, 1.5, 1]],
      [5000, [1.2, 0.7, 0.9, 1.4]],
    ];
    for (const [total, weights] of cases) {
      const parts = apportion(total, weights);
      expect(parts).toHaveLength(weights.length);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('generateRows', () => {
  it('builds the same rows for the same seed', () => {
    expect(generateRows({ compounds: 2000, seed: 42 })).toEqual(generateRows({ compounds: 2000, seed: 42 }));
  });

  it('builds a different district for a different seed', () => {
    const a = generateRows({ compounds: 500, seed: 1 });
    const b = generateRows({ compounds: 500, seed: 2 });
    expect(b.districts[0]?.code).not.toBe(a.districts[0]?.code);
    expect(b.compounds.map((c) => c.name)).not.toEqual(a.compounds.map((c) => c.name));
    const ids = new Set([...a.compounds, ...a.gates, ...a.streets].map((row) => row.id));
    expect([...b.compounds, ...b.gates, ...b.streets].filter((row) => ids.has(row.id))).toEqual([]);
  });

  it('keeps district codes apart for seeds that look alike', () => {
    const codes = [1, 11, 111, 42, 420, 4200].map(generatedDistrictCode);
    expect(new Set(codes).size).toBe(codes.length);
    const streetCodes = [1, 11].flatMap((seed) => generateRows({ compounds: 3000, seed }).streets.map((s) => s.code));
    expect(new Set(streetCodes).size).toBe(streetCodes.length);
  });

  it.each([1, 13, 149, 1000])('builds exactly %i compounds with streets and communities to hold them', (compounds) => {
    const rows = generateRows({ compounds, seed: 3 });
    expect(rows.compounds).toHaveLength(compounds);
    expect(rows.streets).toHaveLength(Math.max(1, Math.round(compounds / 150)));
    expect(rows.communities).toHaveLength(Math.max(rows.streets.length, Math.round(compounds / 12)));
    const used = new Set(rows.compounds.map((c) => c.communityId));
    expect(used.size).toBe(rows.communities.length);
  });

  it('refuses counts and seeds out of range', () => {
    for (const options of [
      { compounds: 0, seed: 1 },
      { compounds: 200_001, seed: 1 },
      { compounds: 1.5, seed: 1 },
      { compounds: 10, seed: -1 },
      { compounds: 10, seed: 2 ** 32 },
    ]) {
      expect(() => generateRows(options)).toThrow(RangeError);
    }
  });

  it('draws realistic shares: most compounds old and open, closure only where it qualifies', () => {
    const { compounds } = generateRows({ compounds: 5000, seed: 42 });
    const share = (test: (c: (typeof compounds)[number]) => boolean) => compounds.filter(test).length / compounds.length;
    expect(share((c) => c.isOld)).toBeGreaterThan(0.55);
    expect(share((c) => c.isOld)).toBeLessThan(0.65);
    expect(share((c) => c.closureStatus === 'OPEN')).toBeGreaterThan(0.5);
    const disagreeing = compounds.filter(
      (c) =>
        c.isOld !== c.yearBuilt < 2000 ||
        (c.closureStatus !== 'OPEN' && (c.propertyRights === 'UNCLEAR' || c.caretaker === null)) ||
        (c.closureStatus === 'CLOSED' && c.managementStatus !== 'PROPERTY_COMPANY') ||
        (c.propertyRightsUnit === null) !== (c.propertyRights === 'UNCLEAR') ||
        (c.caretaker === null) !== (c.managementStatus === 'NONE') ||
        c.floorArea / c.households < 55 ||
        c.floorArea / c.households > 75 ||
        Math.round(c.floorArea * 100) / 100 !== c.floorArea,
    );
    expect(disagreeing).toEqual([]);
  });
});

describe('seedGenerated', () => {
  let t: TestDatabase;
  const options = { compounds: 5000, seed: 42 };
  const districtId = () => generateRows({ compounds: 1, seed: 42 }).districts[0]!.id;

  beforeAll(async () => {
    t = await createTestDatabase();
  });

  afterAll(async () => {
    await t.drop();
  });

  it('writes exactly the requested compounds, each with 1-4 gates', async () => {
    const summary = await seedGenerated(t.db, options);
    expect(summary).toMatchObject({ districts: 1, compounds: 5000 });
    const [counts] = await t.db.query<{ compounds: number; streets: number; communities: number; gates: number }[]>(
      `SELECT (SELECT count(*)::int FROM compound WHERE district_id = $1) AS compounds,
              (SELECT count(*)::int FROM street WHERE district_id = $1) AS streets,
              (SELECT count(*)::int FROM community WHERE district_id = $1) AS communities,
              (SELECT count(*)::int FROM gate WHERE district_id = $1) AS gates`,
      [districtId()],
    );
    expect(counts).toEqual({ compounds: 5000, streets: summary.streets, communities: summary.communities, gates: summary.gates });
    const [gates] = await t.db.query<{ fewest: number; most: number }[]>(
      `SELECT min(n)::int AS fewest, max(n)::int AS most
         FROM (SELECT count(g.id) AS n FROM compound c LEFT JOIN gate g ON g.compound_id = c.id WHERE c.district_id = $1 GROUP BY c.id) per`,
      [districtId()],
    );
    expect(gates).toEqual({ fewest: 1, most: 4 });
  });

  it('gives no two compounds of a street the same name', async () => {
    const clashes = await t.db.query(`SELECT street_id, name FROM compound GROUP BY street_id, name HAVING count(*) > 1`);
    expect(clashes).toEqual([]);
  });

  it('keeps every row consistent with its place in the hierarchy', async () => {
    expect(await hierarchyMismatches(t.db)).toEqual({ compounds: 0, gates: 0, communities: 0 });
  });

  it('changes nothing when run again with the same seed', async () => {
    const before = await tableContents(t.db);
    await seedGenerated(t.db, options);
    expect(await tableContents(t.db)).toEqual(before);
  });

  it('writes the same rows into another database', async () => {
    const other = await createTestDatabase();
    try {
      await seedGenerated(other.db, options);
      const [here, there] = [await tableContents(t.db), await tableContents(other.db)];
      for (const table of SEEDED_TABLES) {
        expect({ table, rows: there[table]?.rows, checksum: there[table]?.checksum }).toEqual({
          table,
          rows: here[table]?.rows,
          checksum: here[table]?.checksum,
        });
      }
    } finally {
      await other.drop();
    }
  });

  it('adds a different district for a different seed, beside the first and the demo', async () => {
    const first = await tableContents(t.db, districtId());
    await seedGenerated(t.db, { compounds: 300, seed: 7 });
    await seedDemo(t.db);
    const second = generateRows({ compounds: 300, seed: 7 }).districts[0]!.id;
    const added = await tableContents(t.db, second);
    expect(added.compound?.rows).toBe(300);
    expect(added.compound?.checksum).not.toBe(first.compound?.checksum);
    expect(await tableContents(t.db, districtId())).toEqual(first);
    const [districts] = await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM district`);
    expect(districts).toEqual({ n: 5 });
  });

  it('refuses another count for a seed already written, and writes nothing', async () => {
    const before = await tableContents(t.db);
    await expect(seedGenerated(t.db, { compounds: 100, seed: 42 })).rejects.toThrow(/already generated with 5000 compounds/);
    expect(await tableContents(t.db)).toEqual(before);
  });
});
