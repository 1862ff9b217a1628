import 'reflect-metadata';
import { parseConfig } from '../api/src/config';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { DEMO_IDS, seedDemo } from './demo';
import { seedDemoQualification } from './qualification';

const config = parseConfig({ NODE_ENV: 'test' });
let t: TestDatabase;
let seeded: { assessments: number; results: number };

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  seeded = await seedDemoQualification(t.db, config);
});
afterAll(async () => {
  await t.drop();
});

const statusOf = async (id: string) =>
  ((await t.db.query(`SELECT status FROM qualification_result WHERE compound_id = $1`, [id])) as { status: string }[])[0]?.status;

/** Compounds of 东直门街道 whose result fails the criterion, among the old ones. */
const failing = async (criterion: string) =>
  (
    (await t.db.query(
      `SELECT count(*)::int AS n FROM qualification_result r
        WHERE r.street_id = $1 AND r.criteria @> jsonb_build_array(jsonb_build_object('criterion', $2::text, 'outcome', 'FAILED'))`,
      [DEMO_IDS.dongzhimen, criterion],
    )) as { n: number }[]
  )[0]!.n;

describe('demo closure qualification', () => {
  it('assesses the 42 old compounds of 东直门街道 (东中街36号楼 twice) and computes every compound of the demo', async () => {
    expect(seeded.assessments).toBe(43);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM compound`)) as [{ n: number }];
    expect(seeded.results).toBe(n);
    const versions = (await t.db.query(`SELECT version FROM compound_assessment WHERE compound_id = $1 ORDER BY version`, [
      DEMO_IDS.dongzhongjie36,
    ])) as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('qualifies the template 东中街36号楼 and the 7 compounds renovated after it', async () => {
    expect(await statusOf(DEMO_IDS.dongzhongjie36)).toBe('QUALIFIED');
    for (const id of DEMO_IDS.dongzhimenUnderRenovation) expect(await statusOf(id)).toBe('QUALIFIED');
  });

  it("blocks others for the article's reasons: unclear rights unit, no management, no funds to pay", async () => {
    expect(await failing('RIGHTS_UNIT')).toBeGreaterThan(5);
    expect(await failing('CARETAKER')).toBeGreaterThan(5);
    expect(await failing('WILLINGNESS')).toBeGreaterThan(5);
    const byStatus = (await t.db.query(
      `SELECT status, count(*)::int AS n FROM qualification_result r JOIN compound c ON c.id = r.compound_id
        WHERE r.street_id = $1 AND c.is_old GROUP BY status ORDER BY status`,
      [DEMO_IDS.dongzhimen],
    )) as { status: string; n: number }[];
    expect(byStatus.map((row) => row.status)).toEqual(['QUALIFIED', 'NEARLY', 'BLOCKED']);
    expect(byStatus.reduce((sum, row) => sum + row.n, 0)).toBe(42);
  });

  it('changes nothing when run again', async () => {
    const before = await t.db.query(`SELECT md5(string_agg(r::text, ',' ORDER BY compound_id)) AS sum FROM qualification_result r`);
    expect(await seedDemoQualification(t.db, config)).toEqual({ assessments: 0, results: 0 });
    expect(await t.db.query(`SELECT md5(string_agg(r::text, ',' ORDER BY compound_id)) AS sum FROM qualification_result r`)).toEqual(
      before,
    );
  });
});
