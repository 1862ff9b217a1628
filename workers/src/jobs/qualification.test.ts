import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../../api/test/api';
import { createTestSession } from '../../../api/test/sessions';
import { ClosureStatus, QueueRuntime, createServices, parseConfig } from '@anju/api';
import { Role } from '../../../api/src/auth/roles';
import { createHandlers } from './handlers';

const RULES = {
  districtId: WORLD.d1,
  minRightsClarity: 'BASICALLY_CLEAR',
  caretakerRequired: true,
  minWillingShare: 0.5,
  minAcceptedFee: 1,
  minClosableGates: 1,
  maxEntrancesToKeep: 2,
  fireLaneRequired: true,
};
const GOOD = {
  compoundId: fixtureId('a'),
  rightsClarity: 'CLEAR',
  rightsUnit: '某研究所',
  hasCaretaker: true,
  caretaker: '产权单位房管员',
  surveyHouseholdsAsked: 100,
  surveyHouseholdsWilling: 60,
  surveyAcceptedFee: 1,
  closableGates: 2,
  fireLane: true,
  entrancesToKeep: 1,
  evidence: '2020-06 入户问卷',
};

describe('qualification recompute through the real queue', () => {
  let t: TestDatabase;
  let api: TestApi;
  let worker: QueueRuntime;
  let district: string;
  let street: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    const compound = (key: string, community: 'c1' | 'c3') => ({
      key,
      community,
      name: `${key}院`,
      yearBuilt: 1980,
      households: 100,
      floorArea: 6000,
      isOld: true,
      status: ClosureStatus.OPEN,
    });
    await insertWorld(t.db, [compound('a', 'c1'), compound('b', 'c3')]);
    api = await startTestApi(t.db, t.url);
    worker = new QueueRuntime({ databaseUrl: t.url }, pino({ level: 'silent' }));
    worker.startWorker(
      'qualification',
      createHandlers(createServices(t.db, parseConfig({ NODE_ENV: 'test' })), { AUDIT_RETENTION_DAYS: 365 }, t.db),
      2,
    );
    district = (await createTestSession(t.db, { role: Role.DISTRICT_OFFICIAL, districtId: WORLD.d1 })).token;
    street = (await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s1 })).token;
  });
  afterAll(async () => {
    await worker.close(5000);
    await api.close();
    await t.drop();
  });

  /** Polls the stored result until it matches, as the dashboard would. */
  async function resultOf(key: string, until: (row: Record<string, unknown> | undefined) => boolean) {
    const deadline = Date.now() + 20000;
    for (;;) {
      const [row] = (await t.db.query(
        `SELECT status, unmet, rule_set_version, assessment_version, summary FROM qualification_result WHERE compound_id = $1`,
        [fixtureId(key)],
      )) as Record<string, unknown>[];
      if (until(row) || Date.now() > deadline) return row;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function createRules(patch: Record<string, unknown>): Promise<string> {
    const res = await api.gqlAs<{ createQualificationRuleSet: { id: string } }>(
      district,
      `mutation($input: RuleSetInput!) { createQualificationRuleSet(input: $input) { id } }`,
      { input: { ...RULES, ...patch } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createQualificationRuleSet.id;
  }
  const activate = (id: string) =>
    api.gqlAs<{ activateQualificationRuleSet: { version: number; status: string } }>(
      district,
      `mutation($id: ID!) { activateQualificationRuleSet(id: $id) { version status } }`,
      { id },
    );

  it('computes every compound of the district when a rule set is activated, and again when a newer one is', async () => {
    const v1 = await createRules({});
    expect((await activate(v1)).data?.activateQualificationRuleSet).toEqual({ version: 1, status: 'ACTIVE' });
    expect(await resultOf('b', (row) => row !== undefined)).toMatchObject({ status: 'BLOCKED', summary: '尚未评估', rule_set_version: 1 });
    expect(await resultOf('a', (row) => row !== undefined)).toMatchObject({ status: 'BLOCKED', assessment_version: 0 });

    const recorded = await api.gqlAs(street, `mutation($input: AssessmentInput!) { recordCompoundAssessment(input: $input) { version } }`, {
      input: GOOD,
    });
    expect(recorded.errors).toBeUndefined();
    expect(await resultOf('a', (row) => row?.assessment_version === 1)).toMatchObject({ status: 'QUALIFIED', unmet: 0 });

    // An input change: willingness falls below 50%.
    await api.gqlAs(street, `mutation($input: AssessmentInput!) { recordCompoundAssessment(input: $input) { version } }`, {
      input: { compoundId: fixtureId('a'), surveyHouseholdsWilling: 45, evidence: '2020-07 复查' },
    });
    expect(await resultOf('a', (row) => row?.assessment_version === 2)).toMatchObject({
      status: 'NEARLY',
      summary: '差一项：居民付费意愿 45%，低于 50%',
    });

    // A rule change: v2 asks 40%; activating it retires v1 and recomputes the district.
    const v2 = await createRules({ minWillingShare: 0.4 });
    expect((await activate(v2)).data?.activateQualificationRuleSet).toEqual({ version: 2, status: 'ACTIVE' });
    expect(await resultOf('a', (row) => row?.rule_set_version === 2)).toMatchObject({ status: 'QUALIFIED', assessment_version: 2 });
    expect(await resultOf('b', (row) => row?.rule_set_version === 2)).toMatchObject({ status: 'BLOCKED' });

    const versions = (await t.db.query(`SELECT version, status FROM qualification_rule_set ORDER BY version`)) as unknown[];
    expect(versions).toEqual([
      { version: 1, status: 'RETIRED' },
      { version: 2, status: 'ACTIVE' },
    ]);
    const again = await activate(v1);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_SET_NOT_ACTIVATABLE', status: 'RETIRED' });
    const v3 = await createRules({ minWillingShare: 0.45 });
    const v4 = await createRules({ minWillingShare: 0.6 });
    expect((await activate(v4)).data?.activateQualificationRuleSet.version).toBe(4);
    // v3 is a draft older than the active v4: activating it would go back in time.
    expect((await activate(v3)).errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_SET_NOT_ACTIVATABLE',
      status: 'DRAFT',
      activeVersion: 4,
    });
    const audit = (await t.db.query(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE action LIKE 'qualification.%' GROUP BY action ORDER BY action`,
    )) as unknown[];
    expect(audit).toEqual([
      { action: 'qualification.assessment.record', n: 2 },
      { action: 'qualification.rules.activate', n: 3 },
      { action: 'qualification.rules.create', n: 4 },
    ]);
  });

  it('gives each assessment version and each activation one idempotent job id', async () => {
    const jobs = (await worker.queue('qualification').getJobs(['completed'])).map((job) => job.id).sort();
    expect(jobs).toEqual(
      expect.arrayContaining([
        `qualification.compound-${fixtureId('a')}-v1`,
        `qualification.compound-${fixtureId('a')}-v2`,
        `qualification.district-${WORLD.d1}-v1`,
        `qualification.district-${WORLD.d1}-v2`,
      ]),
    );
  });
});
