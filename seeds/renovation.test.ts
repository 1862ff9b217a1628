import 'reflect-metadata';
import { SYSTEM_SCOPE } from '../api/src/auth/scope';
import { parseConfig } from '../api/src/config';
import { createServices } from '../api/src/services';
import { createTestDatabase, type TestDatabase } from '../test/db';
import { seedDemoAccounts } from './accounts';
import { DEMO_IDS, seedDemo } from './demo';
import { seedDemoRenovation } from './renovation';

const config = parseConfig({ NODE_ENV: 'test' });

let t: TestDatabase;
let created: number;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  await seedDemoAccounts(t.db, config);
  created = await seedDemoRenovation(t.db, config);
});

afterAll(async () => {
  await t.drop();
});

describe('demo renovation projects', () => {
  it('records 东中街36号楼 closed in June 2020 and handed over, the template of the 7 under construction since July', async () => {
    expect(created).toBe(8);
    const rows = (await t.db.query(
      `SELECT p.compound_id, p.stage::text AS stage, p.template_compound_id, p.property_company, c.closure_status::text AS closure,
              u.actual_on::text AS construction_on, x.planned_on::text AS close_due, x.actual_on::text AS closed_on
         FROM renovation_project p JOIN compound c ON c.id = p.compound_id
         JOIN renovation_stage_date u ON u.project_id = p.id AND u.stage = 'UNDER_CONSTRUCTION'
         JOIN renovation_stage_date x ON x.project_id = p.id AND x.stage = 'CLOSED'`,
    )) as Record<string, string | null>[];
    const template = rows.find((r) => r.compound_id === DEMO_IDS.dongzhongjie36);
    expect(template).toMatchObject({
      stage: 'HANDED_OVER',
      closure: 'CLOSED',
      template_compound_id: null,
      property_company: '某物业服务有限公司',
    });
    expect(template?.closed_on).toMatch(/^2020-06-/);
    const seven = rows.filter((r) => r.compound_id !== DEMO_IDS.dongzhongjie36);
    expect(seven.map((r) => r.compound_id).sort()).toEqual([...DEMO_IDS.dongzhimenUnderRenovation].sort());
    for (const row of seven) {
      expect(row).toMatchObject({
        stage: 'UNDER_CONSTRUCTION',
        closure: 'UNDER_RENOVATION',
        template_compound_id: DEMO_IDS.dongzhongjie36,
        close_due: '2020-08-31',
        closed_on: null,
      });
      expect(row.construction_on).toMatch(/^2020-07-/);
    }
  });

  it('adds up to over 1,000,000 yuan for 东直门街道, and shows the 7 as overdue today', async () => {
    const progress = await createServices(t.db, config).renovation.progress(DEMO_IDS.dongcheng, SYSTEM_SCOPE);
    // 36号楼 132,000; each of the 7: 110,000 + 140 yuan per household, 1,248 households in all.
    expect(progress.budget).toBe(132000 + 7 * 110000 + 140 * 1248);
    expect(progress.budget).toBeGreaterThan(1_000_000);
    expect(progress.funnel.map((f) => [f.stage, f.current])).toEqual([
      ['ASSESSED', 0],
      ['APPROVED', 0],
      ['UNDER_CONSTRUCTION', 7],
      ['CLOSED', 0],
      ['HANDED_OVER', 1],
    ]);
    expect(progress.finished).toEqual([expect.objectContaining({ compoundId: DEMO_IDS.dongzhongjie36, closedOn: '2020-06-18' })]);
    expect(progress.overdueProjects).toBe(7);
    const alerts = (await t.db.query(
      `SELECT details->>'stage' AS stage, details->>'dueOn' AS due FROM alert WHERE resolved_at IS NULL AND kind = 'OVERDUE_STAGE'`,
    )) as { stage: string; due: string }[];
    expect(alerts).toHaveLength(7);
    expect(alerts.every((a) => a.stage === 'CLOSED' && a.due === '2020-08-31')).toBe(true);
  });

  it('changes nothing when run again', async () => {
    const snapshot = async () =>
      t.db.query(`SELECT (SELECT count(*)::int FROM renovation_stage_change) AS changes, (SELECT count(*)::int FROM alert) AS alerts,
                         (SELECT sum(budget)::text FROM renovation_work_item) AS budget`);
    const before = await snapshot();
    expect(await seedDemoRenovation(t.db, config)).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
