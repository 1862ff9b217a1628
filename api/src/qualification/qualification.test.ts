import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld, type FixtureCompound } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { createTestSession } from '../../test/sessions';
import { Role } from '../auth/roles';
import { ClosureStatus } from '../compounds/compound.enums';
import { parseConfig } from '../config';
import { createServices, type Services } from '../services';

const compound = (key: string, name: string, community: FixtureCompound['community']): FixtureCompound => ({
  key,
  community,
  name,
  yearBuilt: 1985,
  households: 100,
  floorArea: 6000,
  isOld: true,
  status: ClosureStatus.OPEN,
  gates: 2,
});

/** Meets every criterion of RULES (hand-checked in evaluate.test.ts). */
const GOOD = {
  rightsClarity: 'BASICALLY_CLEAR',
  rightsUnit: '某设计院',
  hasCaretaker: true,
  caretaker: '产权单位房管员',
  caretakerSince: '2015-03-01',
  surveyHouseholdsAsked: 100,
  surveyHouseholdsWilling: 80,
  surveyAcceptedFee: 1,
  closableGates: 2,
  fireLane: true,
  entrancesToKeep: 1,
  evidence: '2020-06 入户问卷 100 户; 房管所证明',
};

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

const RECORD = `mutation($input: AssessmentInput!) { recordCompoundAssessment(input: $input) { id version surveyHouseholdsWilling caretaker } }`;
const CANDIDATES = `query($filter: ClosureCandidateFilter, $sort: ClosureCandidateSort, $first: Int, $after: String, $last: Int, $before: String) {
  closureCandidates(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { compound { name } status unmet summary missing street { name } } }
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    byStreet { street { name } qualified nearly blocked total }
  }
}`;

type CandidatePage = {
  closureCandidates: {
    totalCount: number;
    edges: { cursor: string; node: { compound: { name: string }; status: string; unmet: number; summary: string; missing: string[] } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
    byStreet: { street: { name: string }; qualified: number; nearly: number; blocked: number; total: number }[];
  };
};

describe('closure qualification through the API', () => {
  let t: TestDatabase;
  let api: TestApi;
  let services: Services;
  const token = {} as Record<'district' | 'street1' | 'street2' | 'hotline' | 'community' | 'otherDistrict', string>;

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [
      compound('a', '甲院', 'c1'),
      compound('b', '乙院', 'c2'),
      compound('c', '丙院', 'c1'),
      compound('d', '丁院', 'c3'),
      compound('e', '戊院', 'c3'),
      compound('f', '己院', 'c4'),
    ]);
    api = await startTestApi(t.db, t.url);
    services = createServices(t.db, parseConfig({ NODE_ENV: 'test' }));
    token.district = (await createTestSession(t.db, { role: Role.DISTRICT_OFFICIAL, districtId: WORLD.d1 })).token;
    token.otherDistrict = (await createTestSession(t.db, { role: Role.DISTRICT_OFFICIAL, districtId: WORLD.d2 })).token;
    token.street1 = (await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s1 })).token;
    token.street2 = (await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s2 })).token;
    token.hotline = (await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: WORLD.d1 })).token;
    token.community = (
      await createTestSession(t.db, {
        role: Role.COMMUNITY_OPERATOR,
        districtId: WORLD.d1,
        streetId: WORLD.s1,
        communityId: WORLD.c1,
        secondFactor: false,
      })
    ).token;

    // v1 active; the recompute the activation enqueued is run here directly (the worker test runs it through the queue).
    const created = await api.gqlAs<{ createQualificationRuleSet: { id: string; version: number; status: string } }>(
      token.district,
      `mutation($input: RuleSetInput!) { createQualificationRuleSet(input: $input) { id version status } }`,
      { input: { ...RULES, note: '首版' } },
    );
    expect(created.data?.createQualificationRuleSet).toMatchObject({ version: 1, status: 'DRAFT' });
    const activated = await api.gqlAs(token.district, `mutation($id: ID!) { activateQualificationRuleSet(id: $id) { status } }`, {
      id: created.data!.createQualificationRuleSet.id,
    });
    expect(activated.errors).toBeUndefined();

    const record = async (tok: string, key: string, patch: Record<string, unknown>) => {
      const res = await api.gqlAs(tok, RECORD, { input: { ...GOOD, ...patch, compoundId: fixtureId(key) } });
      expect(res.errors).toBeUndefined();
    };
    await record(token.street1, 'a', {});
    await record(token.street1, 'b', { surveyHouseholdsWilling: 45 });
    await record(token.street1, 'c', {
      rightsClarity: 'UNCLEAR',
      rightsUnit: null,
      hasCaretaker: false,
      caretaker: null,
      caretakerSince: null,
      surveyHouseholdsWilling: 20,
      surveyAcceptedFee: 0.3,
    });
    await record(token.street2, 'd', { surveyHouseholdsWilling: 40 });
    await services.qualification.recomputeDistrict(WORLD.d1);
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  it('lists candidates by unmet criteria, each row saying what is missing, with per-street counts', async () => {
    const res = await api.gqlAs<CandidatePage>(token.district, CANDIDATES, { first: 10 });
    expect(res.errors).toBeUndefined();
    const page = res.data!.closureCandidates;
    expect(page.totalCount).toBe(5);
    expect(page.edges.map((e) => [e.node.compound.name, e.node.status, e.node.unmet])).toEqual([
      ['甲院', 'QUALIFIED', 0],
      ['丁院', 'NEARLY', 1],
      ['乙院', 'NEARLY', 1],
      ['丙院', 'BLOCKED', 4],
      ['戊院', 'BLOCKED', 7],
    ]);
    expect(page.edges[2]!.node.summary).toBe('差一项：居民付费意愿 45%，低于 50%');
    expect(page.edges[3]!.node.missing).toEqual([
      '产权单位不清，要求至少基本明确',
      '无专人盯守维护（失管）',
      '居民付费意愿 20%，低于 50%',
      '居民可接受物业费 0.30 元/㎡·月，低于 1.00 元/㎡·月',
    ]);
    expect(page.edges[4]!.node.summary).toBe('尚未评估');
    expect(page.byStreet).toEqual([
      { street: { name: '一街道' }, qualified: 1, nearly: 1, blocked: 1, total: 3 },
      { street: { name: '二乡' }, qualified: 0, nearly: 1, blocked: 1, total: 2 },
    ]);
  });

  it('pages forward and backward by keyset without losing or repeating a row, in every sort', async () => {
    for (const sort of [null, { field: 'NAME', direction: 'DESC' }, { field: 'HOUSEHOLDS', direction: 'ASC' }]) {
      const all = (await api.gqlAs<CandidatePage>(token.district, CANDIDATES, { first: 100, sort })).data!.closureCandidates.edges.map(
        (e) => e.node.compound.name,
      );
      const forward: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: CandidatePage['closureCandidates'] = (
          await api.gqlAs<CandidatePage>(token.district, CANDIDATES, { first: 2, after, sort })
        ).data!.closureCandidates;
        forward.push(...page.edges.map((e) => e.node.compound.name));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(forward).toEqual(all);
      const backward: string[] = [];
      let before: string | null = null;
      for (;;) {
        const page: CandidatePage['closureCandidates'] = (
          await api.gqlAs<CandidatePage>(token.district, CANDIDATES, { last: 2, before, sort })
        ).data!.closureCandidates;
        backward.unshift(...page.edges.map((e) => e.node.compound.name));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward).toEqual(all);
    }
    const mixed = await api.gqlAs<CandidatePage>(token.district, CANDIDATES, { first: 2 });
    const wrongSort = await api.gqlAs(token.district, CANDIDATES, {
      first: 2,
      after: mixed.data!.closureCandidates.pageInfo.endCursor,
      sort: { field: 'NAME', direction: 'ASC' },
    });
    expect(wrongSort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters by status and search; the per-street counts ignore the status filter', async () => {
    const res = await api.gqlAs<CandidatePage>(token.district, CANDIDATES, { filter: { status: ['NEARLY'], search: '院' } });
    expect(res.data!.closureCandidates.edges.map((e) => e.node.compound.name)).toEqual(['丁院', '乙院']);
    expect(res.data!.closureCandidates.totalCount).toBe(2);
    expect(res.data!.closureCandidates.byStreet.map((s) => s.total)).toEqual([3, 2]);
    const empty = await api.gqlAs(token.district, CANDIDATES, { filter: { status: [] } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.status' });
  });

  it("shows a street officer only their street; another street's compound is NOT_FOUND", async () => {
    const res = await api.gqlAs<CandidatePage>(token.street1, CANDIDATES, { first: 10 });
    expect(res.data!.closureCandidates.edges.map((e) => e.node.compound.name)).toEqual(['甲院', '乙院', '丙院']);
    expect(res.data!.closureCandidates.byStreet.map((s) => s.street.name)).toEqual(['一街道']);
    const other = await api.gqlAs(token.street1, `query($id: ID!) { compoundQualification(compoundId: $id) { status } }`, {
      id: fixtureId('d'),
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const record = await api.gqlAs(token.street1, RECORD, { input: { ...GOOD, compoundId: fixtureId('d') } });
    expect(record.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const history = await api.gqlAs(token.street1, `query($id: ID!) { compoundAssessments(compoundId: $id) { version } }`, {
      id: fixtureId('d'),
    });
    expect(history.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const otherDistrict = await api.gqlAs(token.otherDistrict, `{ qualificationRuleSets { version } }`);
    expect(otherDistrict.data).toEqual({ qualificationRuleSets: [] });
  });

  it('lets the hotline read results but not record; a community operator reads nothing', async () => {
    const read = await api.gqlAs(token.hotline, `query($id: ID!) { compoundQualification(compoundId: $id) { status summary } }`, {
      id: fixtureId('b'),
    });
    expect(read.data).toEqual({ compoundQualification: { status: 'NEARLY', summary: '差一项：居民付费意愿 45%，低于 50%' } });
    const record = await api.gqlAs(token.hotline, RECORD, { input: { ...GOOD, compoundId: fixtureId('a') } });
    expect(record.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const community = await api.gqlAs(token.community, CANDIDATES, {});
    expect(community.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps every assessment version; a new version carries over what it leaves out', async () => {
    const res = await api.gqlAs<{ recordCompoundAssessment: { version: number; surveyHouseholdsWilling: number; caretaker: string } }>(
      token.street1,
      RECORD,
      { input: { compoundId: fixtureId('a'), surveyHouseholdsWilling: 81, evidence: '2020-07 复查' } },
    );
    expect(res.data?.recordCompoundAssessment).toMatchObject({ version: 2, surveyHouseholdsWilling: 81, caretaker: '产权单位房管员' });
    const history = await api.gqlAs<{ compoundAssessments: { version: number; surveyHouseholdsWilling: number; evidence: string }[] }>(
      token.district,
      `query($id: ID!) { compoundAssessments(compoundId: $id) { version surveyHouseholdsWilling evidence recordedByName } }`,
      { id: fixtureId('a') },
    );
    expect(history.data?.compoundAssessments.map((a) => [a.version, a.surveyHouseholdsWilling, a.evidence])).toEqual([
      [2, 81, '2020-07 复查'],
      [1, 80, GOOD.evidence],
    ]);
    await expect(t.db.query(`UPDATE compound_assessment SET evidence = 'x'`)).rejects.toThrow(/append-only/);
    const [audit] = (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'qualification.assessment.record'`)) as {
      n: number;
    }[];
    expect(audit!.n).toBe(5);
  });

  it('refuses bad input with the field named, and stores nothing', async () => {
    const count = async () => ((await t.db.query(`SELECT count(*)::int AS n FROM compound_assessment`)) as { n: number }[])[0]!.n;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ surveyHouseholdsWilling: 101 }, 'input.surveyHouseholdsWilling'],
      [{ surveyHouseholdsAsked: 101, surveyHouseholdsWilling: 50 }, 'input.surveyHouseholdsAsked'],
      [{ surveyHouseholdsAsked: null }, 'input.surveyHouseholdsAsked'],
      [{ surveyAcceptedFee: -1 }, 'input.surveyAcceptedFee'],
      [{ surveyAcceptedFee: 1.005 }, 'input.surveyAcceptedFee'],
      [{ closableGates: -1 }, 'input.closableGates'],
      [{ caretakerSince: '2020-02-30' }, 'input.caretakerSince'],
      [{ caretakerSince: '2999-01-01' }, 'input.caretakerSince'],
      [{ hasCaretaker: false, caretaker: '某人' }, 'input.caretaker'],
      [{ evidence: ' ' }, 'input.evidence'],
      [{ compoundId: 'nope' }, 'input.compoundId'],
    ];
    for (const [patch, field] of cases) {
      const res = await api.gqlAs(token.street1, RECORD, { input: { ...GOOD, compoundId: fixtureId('c'), ...patch } });
      expect([field, res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    expect(await count()).toBe(before);

    const ruleCases: [Record<string, unknown>, string][] = [
      [{ minWillingShare: 1.5 }, 'input.minWillingShare'],
      [{ minWillingShare: -0.1 }, 'input.minWillingShare'],
      [{ minWillingShare: 0.12345 }, 'input.minWillingShare'],
      [{ minAcceptedFee: -1 }, 'input.minAcceptedFee'],
      [{ minClosableGates: 51 }, 'input.minClosableGates'],
      [{ maxEntrancesToKeep: 0 }, 'input.maxEntrancesToKeep'],
    ];
    for (const [patch, field] of ruleCases) {
      const res = await api.gqlAs(token.district, `mutation($input: RuleSetInput!) { createQualificationRuleSet(input: $input) { id } }`, {
        input: { ...RULES, ...patch },
      });
      expect([field, res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM qualification_rule_set`)) as [{ n: number }];
    expect(n).toBe(1);
    const foreign = await api.gqlAs(
      token.otherDistrict,
      `mutation($input: RuleSetInput!) { createQualificationRuleSet(input: $input) { id } }`,
      {
        input: RULES,
      },
    );
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('what-if shows per street and per compound what a draft would change, and writes nothing', async () => {
    const checksum = async () =>
      t.db.query(
        `SELECT (SELECT md5(coalesce(string_agg(r::text, ',' ORDER BY compound_id), '')) FROM qualification_result r) AS results,
                (SELECT md5(coalesce(string_agg(s::text, ',' ORDER BY id), '')) FROM qualification_rule_set s) AS rules,
                (SELECT md5(coalesce(string_agg(a::text, ',' ORDER BY id), '')) FROM compound_assessment a) AS assessments,
                (SELECT count(*) FROM audit_log) AS audit`,
      );
    const before = await checksum();
    const res = await api.gqlAs<{
      qualificationWhatIf: {
        activeVersion: number;
        compounds: number;
        qualifiedNow: number;
        qualifiedWithDraft: number;
        streets: { street: { name: string }; compounds: number; qualifiedNow: number; qualifiedWithDraft: number; changed: number }[];
        changedCount: number;
        changes: { compound: { name: string }; before: string; after: string; reasons: string[] }[];
      };
    }>(
      token.district,
      `query($rules: RuleSetInput!) { qualificationWhatIf(rules: $rules) {
         activeVersion compounds qualifiedNow qualifiedWithDraft changedCount
         streets { street { name } compounds qualifiedNow qualifiedWithDraft changed }
         changes { compound { name } before after reasons }
       } }`,
      { rules: { ...RULES, minWillingShare: 0.4 } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.qualificationWhatIf).toEqual({
      activeVersion: 1,
      compounds: 5,
      qualifiedNow: 1,
      qualifiedWithDraft: 3,
      changedCount: 2,
      streets: [
        { street: { name: '一街道' }, compounds: 3, qualifiedNow: 1, qualifiedWithDraft: 2, changed: 1 },
        { street: { name: '二乡' }, compounds: 2, qualifiedNow: 0, qualifiedWithDraft: 1, changed: 1 },
      ],
      changes: [
        { compound: { name: '乙院' }, before: 'NEARLY', after: 'QUALIFIED', reasons: ['居民付费意愿 45%，达到 40%'] },
        { compound: { name: '丁院' }, before: 'NEARLY', after: 'QUALIFIED', reasons: ['居民付费意愿 40%，达到 40%'] },
      ],
    });
    expect(await checksum()).toEqual(before);
    const bad = await api.gqlAs(token.district, `query($rules: RuleSetInput!) { qualificationWhatIf(rules: $rules) { compounds } }`, {
      rules: { ...RULES, minWillingShare: 2 },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules.minWillingShare' });
    const street = await api.gqlAs(token.street1, `query($rules: RuleSetInput!) { qualificationWhatIf(rules: $rules) { compounds } }`, {
      rules: RULES,
    });
    expect(street.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
