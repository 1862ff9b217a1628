import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld } from '../../../test/fixtures';
import { startTestApi, type TestApi } from '../../test/api';
import { createTestSession, type TestSession } from '../../test/sessions';
import { Role } from '../auth/roles';
import { beijingDay } from '../common/time';
import { ClosureStatus } from '../compounds/compound.enums';
import { daysBetween } from './dates';

const PROJECT = `id stage plannedStartOn contractor propertyCompany budget spent
  compound { name closureStatus } templateCompound { name }
  stages { stage plannedOn actualOn daysOverdue }
  workItems { kind description budget spent }
  history { kind fromStage toStage actualOn reason actorName }`;

const CREATE = `mutation($input: CreateRenovationProjectInput!) { createRenovationProject(input: $input) { ${PROJECT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateRenovationProjectInput!) { updateRenovationProject(id: $id, input: $input) { ${PROJECT} } }`;
const ADVANCE = `mutation($id: ID!, $input: AdvanceRenovationStageInput!) { advanceRenovationStage(id: $id, input: $input) { ${PROJECT} } }`;
const CORRECT = `mutation($id: ID!, $input: CorrectRenovationStageInput!) { correctRenovationStage(id: $id, input: $input) { ${PROJECT} } }`;
const ALERTS = `query($filter: AlertFilter) { alerts(first: 50, filter: $filter) {
  totalCount edges { node { kind compound { name } street { name } overdueStage { stage dueOn since daysOverdue project { id } } } } } }`;

interface Project {
  id: string;
  stage: string;
  budget: number;
  spent: number;
  propertyCompany: string | null;
  compound: { name: string; closureStatus: string };
  templateCompound: { name: string } | null;
  stages: { stage: string; plannedOn: string | null; actualOn: string | null; daysOverdue: number | null }[];
  workItems: { kind: string; description: string; budget: number; spent: number }[];
  history: {
    kind: string;
    fromStage: string | null;
    toStage: string;
    actualOn: string | null;
    reason: string | null;
    actorName: string | null;
  }[];
}

interface AlertNode {
  kind: string;
  compound: { name: string };
  street: { name: string };
  overdueStage: { stage: string; dueOn: string; since: string; daysOverdue: number; project: { id: string } | null };
}

describe('renovation projects: stages, history, money, overdue alerts, progress, scope', () => {
  let t: TestDatabase;
  let api: TestApi;
  let street: TestSession;
  let otherStreet: TestSession;
  let district: string;
  let hotline: string;
  const ids: Record<string, string> = {};
  const today = beijingDay();

  const compound = (key: string, community: 'c1' | 'c2' | 'c3' | 'c4') => ({
    key,
    community,
    name: `${key}院`,
    yearBuilt: 1985,
    households: 80,
    floorArea: 5000,
    isOld: true,
    status: ClosureStatus.OPEN,
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [
      compound('tpl', 'c1'),
      compound('a', 'c1'),
      compound('b', 'c2'),
      compound('free', 'c2'),
      compound('other', 'c3'),
      compound('far', 'c4'),
    ]);
    api = await startTestApi(t.db, t.url);
    street = await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s1 });
    otherStreet = await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s2 });
    district = (await createTestSession(t.db, { role: Role.DISTRICT_OFFICIAL, districtId: WORLD.d1 })).token;
    hotline = (await createTestSession(t.db, { role: Role.HOTLINE_AGENT, districtId: WORLD.d1 })).token;
  });
  afterAll(async () => {
    await api.close();
    await t.drop();
  });

  const create = (token: string, input: Record<string, unknown>) =>
    api.gqlAs<{ createRenovationProject: Project }>(token, CREATE, { input });
  const advance = (token: string, id: string, input: Record<string, unknown>) =>
    api.gqlAs<{ advanceRenovationStage: Project }>(token, ADVANCE, { id, input });
  const correct = (token: string, id: string, input: Record<string, unknown>) =>
    api.gqlAs<{ correctRenovationStage: Project }>(token, CORRECT, { id, input });
  const count = async (table: string) => ((await t.db.query(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }])[0].n;
  const openAlerts = async () =>
    (await t.db.query(`SELECT details->>'stage' AS stage FROM alert WHERE resolved_at IS NULL AND compound_id = $1 ORDER BY 1`, [
      fixtureId('a'),
    ])) as { stage: string }[];

  it('creates the template project, derives its budget from the work items, and opens an alert for a stage already due', async () => {
    const res = await create(street.token, {
      compoundId: fixtureId('tpl'),
      plannedStartOn: '2020-03-01',
      assessedOn: '2020-03-10',
      contractor: '某建设工程公司',
      plannedDates: [
        { stage: 'ASSESSED', plannedOn: '2020-03-10' },
        { stage: 'APPROVED', plannedOn: '2020-04-01' },
        { stage: 'UNDER_CONSTRUCTION', plannedOn: '2020-04-15' },
        { stage: 'CLOSED', plannedOn: '2020-06-15' },
        { stage: 'HANDED_OVER', plannedOn: '2020-07-01' },
      ],
      workItems: [
        { kind: 'ACCESS_CONTROL', description: '门禁系统', budget: 40000, spent: 39800 },
        { kind: 'PERSON_VEHICLE_RECOGNITION', budget: 35000.5, spent: 35000.5 },
        { kind: 'PARTY_COUNCIL_HALL', budget: 20000, spent: 21000 },
        { kind: 'FENCING', budget: 30000, spent: 28000 },
      ],
    });
    expect(res.errors).toBeUndefined();
    const project = res.data!.createRenovationProject;
    ids.tpl = project.id;
    expect(project).toMatchObject({ stage: 'ASSESSED', budget: 125000.5, spent: 123800.5, compound: { closureStatus: 'PLANNED' } });
    expect(project.history).toEqual([
      { kind: 'CREATE', fromStage: null, toStage: 'ASSESSED', actualOn: '2020-03-10', reason: null, actorName: street.username },
    ]);
    expect(project.stages.find((s) => s.stage === 'APPROVED')).toEqual({
      stage: 'APPROVED',
      plannedOn: '2020-04-01',
      actualOn: null,
      daysOverdue: daysBetween('2020-04-01', today),
    });
    const [alert] = (await t.db.query(`SELECT details FROM alert WHERE resolved_at IS NULL AND compound_id = $1`, [fixtureId('tpl')])) as {
      details: unknown;
    }[];
    expect(alert?.details).toEqual({ projectId: project.id, stage: 'APPROVED', dueOn: '2020-04-01' });
  });

  it('advances one stage at a time, records who and when, resolves each overdue alert, and keeps the compound status in step', async () => {
    const steps: [string, string][] = [
      ['APPROVED', '2020-03-30'],
      ['UNDER_CONSTRUCTION', '2020-04-20'],
      ['CLOSED', '2020-06-10'],
    ];
    for (const [toStage, actualOn] of steps) {
      const res = await advance(street.token, ids.tpl!, { toStage, actualOn });
      expect(res.errors).toBeUndefined();
    }
    const nameless = await advance(street.token, ids.tpl!, { toStage: 'HANDED_OVER', actualOn: '2020-06-30' });
    expect(nameless.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.propertyCompany' });
    const handover = await advance(street.token, ids.tpl!, {
      toStage: 'HANDED_OVER',
      actualOn: '2020-06-30',
      propertyCompany: '某物业服务公司',
    });
    expect(handover.errors).toBeUndefined();
    const project = handover.data!.advanceRenovationStage;
    expect(project).toMatchObject({ stage: 'HANDED_OVER', propertyCompany: '某物业服务公司', compound: { closureStatus: 'CLOSED' } });
    expect(project.history.map((h) => [h.kind, h.fromStage, h.toStage, h.actualOn, h.actorName])).toEqual([
      ['CREATE', null, 'ASSESSED', '2020-03-10', street.username],
      ['ADVANCE', 'ASSESSED', 'APPROVED', '2020-03-30', street.username],
      ['ADVANCE', 'APPROVED', 'UNDER_CONSTRUCTION', '2020-04-20', street.username],
      ['ADVANCE', 'UNDER_CONSTRUCTION', 'CLOSED', '2020-06-10', street.username],
      ['ADVANCE', 'CLOSED', 'HANDED_OVER', '2020-06-30', street.username],
    ]);
    expect(project.stages.every((s) => s.daysOverdue === null)).toBe(true);
    const alerts = (await t.db.query(
      `SELECT details->>'stage' AS stage, resolved_at IS NOT NULL AS resolved FROM alert WHERE compound_id = $1 ORDER BY opened_at, stage`,
      [fixtureId('tpl')],
    )) as { stage: string; resolved: boolean }[];
    // Each step resolved the alert of the stage it reached and opened one for the next stage already due.
    expect(alerts.map((a) => a.stage).sort()).toEqual(['APPROVED', 'CLOSED', 'HANDED_OVER', 'UNDER_CONSTRUCTION']);
    expect(alerts.every((a) => a.resolved)).toBe(true);
    const [audit] = (await t.db.query(
      `SELECT actor_name, details->>'to' AS "to" FROM audit_log WHERE action = 'renovation.stage_advance' AND target_id = $1 ORDER BY seq DESC LIMIT 1`,
      [ids.tpl],
    )) as { actor_name: string; to: string }[];
    expect(audit).toEqual({ actor_name: street.username, to: 'HANDED_OVER' });
  });

  it('refuses a skipped, repeated or backward step with ILLEGAL_STAGE_TRANSITION and stores nothing', async () => {
    const res = await create(street.token, {
      compoundId: fixtureId('a'),
      plannedStartOn: '2020-05-01',
      assessedOn: '2020-05-01',
      plannedDates: [
        { stage: 'APPROVED', plannedOn: '2020-06-01' },
        { stage: 'UNDER_CONSTRUCTION', plannedOn: '2020-07-01' },
      ],
      workItems: [{ kind: 'FENCING', budget: 50000, spent: 10000.25 }],
    });
    expect(res.errors).toBeUndefined();
    ids.a = res.data!.createRenovationProject.id;
    const before = await count('renovation_stage_change');

    const skip = await advance(street.token, ids.a, { toStage: 'UNDER_CONSTRUCTION', actualOn: '2020-06-01' });
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      code: 'ILLEGAL_STAGE_TRANSITION',
      from: 'ASSESSED',
      to: 'UNDER_CONSTRUCTION',
      allowed: ['APPROVED'],
    });
    const same = await advance(street.token, ids.a, { toStage: 'ASSESSED' });
    expect(same.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_STAGE_TRANSITION', allowed: ['APPROVED'] });
    const nothingBefore = await correct(street.token, ids.a, { toStage: 'ASSESSED', reason: '试图退回' });
    expect(nothingBefore.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_STAGE_TRANSITION', from: 'ASSESSED', allowed: [] });
    const pastTheEnd = await advance(street.token, ids.tpl!, { toStage: 'HANDED_OVER' });
    expect(pastTheEnd.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_STAGE_TRANSITION', from: 'HANDED_OVER', allowed: [] });
    const twoBack = await correct(street.token, ids.tpl!, { toStage: 'UNDER_CONSTRUCTION', reason: '退两级' });
    expect(twoBack.errors?.[0]?.extensions).toMatchObject({ code: 'ILLEGAL_STAGE_TRANSITION', allowed: ['CLOSED'] });

    expect(await count('renovation_stage_change')).toBe(before);
    expect(await openAlerts()).toEqual([{ stage: 'APPROVED' }]);
  });

  it('corrects a mistaken step back one stage, with the reason in the history and the audit log', async () => {
    expect((await advance(street.token, ids.a!, { toStage: 'APPROVED', actualOn: '2020-06-03' })).errors).toBeUndefined();
    expect(await openAlerts()).toEqual([{ stage: 'UNDER_CONSTRUCTION' }]);

    const noReason = await correct(street.token, ids.a!, { toStage: 'ASSESSED', reason: ' ' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });

    const res = await correct(street.token, ids.a!, { toStage: 'ASSESSED', reason: '批复尚未下达, 误点推进' });
    expect(res.errors).toBeUndefined();
    const corrected = res.data!.correctRenovationStage;
    expect(corrected.stage).toBe('ASSESSED');
    expect(corrected.stages.find((s) => s.stage === 'APPROVED')?.actualOn).toBeNull();
    expect(corrected.history.at(-1)).toEqual({
      kind: 'CORRECTION',
      fromStage: 'APPROVED',
      toStage: 'ASSESSED',
      actualOn: null,
      reason: '批复尚未下达, 误点推进',
      actorName: street.username,
    });
    // The approval is due again (and overdue): its alert is open again, the next stage's is not.
    expect(await openAlerts()).toEqual([{ stage: 'APPROVED' }]);
    const [audit] = (await t.db.query(
      `SELECT actor_name, reason, details->>'from' AS "from" FROM audit_log WHERE action = 'renovation.stage_correct' AND target_id = $1`,
      [ids.a],
    )) as Record<string, string>[];
    expect(audit).toEqual({ actor_name: street.username, reason: '批复尚未下达, 误点推进', from: 'APPROVED' });

    const again = await advance(street.token, ids.a!, { toStage: 'APPROVED', actualOn: '2020-06-05' });
    expect(again.data?.advanceRenovationStage.history.map((h) => h.kind)).toEqual(['CREATE', 'ADVANCE', 'CORRECTION', 'ADVANCE']);
    expect(again.data?.advanceRenovationStage.compound.closureStatus).toBe('PLANNED');
    expect(await openAlerts()).toEqual([{ stage: 'UNDER_CONSTRUCTION' }]);
  });

  it('refuses bad input with the field and a reason, storing nothing', async () => {
    const projects = await count('renovation_project');
    const changes = await count('renovation_stage_change');
    const base = { compoundId: fixtureId('b'), plannedStartOn: '2020-07-01', assessedOn: '2020-07-01' };
    const cases: [Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>, string][] = [
      [create(street.token, { ...base, workItems: [{ kind: 'FENCING', budget: -1 }] }), 'input.workItems[0].budget'],
      [create(street.token, { ...base, workItems: [{ kind: 'FENCING', budget: 10, spent: 1.234 }] }), 'input.workItems[0].spent'],
      [
        create(street.token, {
          ...base,
          workItems: [
            { kind: 'FENCING', budget: 1 },
            { kind: 'FENCING', budget: 2 },
          ],
        }),
        'input.workItems[1].kind',
      ],
      [create(street.token, { ...base, assessedOn: '2020-06-30' }), 'input.assessedOn'],
      [create(street.token, { ...base, assessedOn: '2099-01-01' }), 'input.assessedOn'],
      [create(street.token, { ...base, plannedStartOn: '2020-02-30' }), 'input.plannedStartOn'],
      [create(street.token, { ...base, plannedDates: [{ stage: 'CLOSED', plannedOn: '2020-06-01' }] }), 'input.plannedDates[0].plannedOn'],
      [
        create(street.token, {
          ...base,
          plannedDates: [
            { stage: 'CLOSED', plannedOn: '2020-08-01' },
            { stage: 'APPROVED', plannedOn: '2020-09-01' },
          ],
        }),
        'input.plannedDates[0].plannedOn',
      ],
      [create(street.token, { ...base, templateCompoundId: '00000000-0000-4000-8000-00000000abcd' }), 'input.templateCompoundId'],
      // Another street's compound is unknown to this officer; an unfinished project is no template.
      [create(street.token, { ...base, templateCompoundId: fixtureId('other') }), 'input.templateCompoundId'],
      [create(street.token, { ...base, templateCompoundId: fixtureId('a') }), 'input.templateCompoundId'],
      [create(street.token, { ...base, compoundId: fixtureId('a') }), 'input.compoundId'],
      // An actual date before the project's planned start (2020-05-01).
      [advance(street.token, ids.a!, { toStage: 'UNDER_CONSTRUCTION', actualOn: '2020-04-30' }), 'input.actualOn'],
      [advance(street.token, ids.a!, { toStage: 'UNDER_CONSTRUCTION', actualOn: '2020-06-04' }), 'input.actualOn'],
      [advance(street.token, ids.a!, { toStage: 'UNDER_CONSTRUCTION', propertyCompany: '某物业' }), 'input.propertyCompany'],
    ];
    for (const [pending, field] of cases) {
      const res = await pending;
      expect({ field, extensions: res.errors?.[0]?.extensions }).toMatchObject({ field, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    const update = await api.gqlAs(street.token, UPDATE, { id: ids.a, input: { workItems: [{ kind: 'FENCING', budget: -0.01 }] } });
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.workItems[0].budget' });
    const startAfterActual = await api.gqlAs(street.token, UPDATE, { id: ids.a, input: { plannedStartOn: '2020-05-02' } });
    expect(startAfterActual.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plannedStartOn' });

    expect(await count('renovation_project')).toBe(projects);
    expect(await count('renovation_stage_change')).toBe(changes);
    const [a] = (await t.db.query(`SELECT sum(budget)::text AS budget FROM renovation_work_item WHERE project_id = $1`, [ids.a])) as {
      budget: string;
    }[];
    expect(a?.budget).toBe('50000.00');
  });

  it('copies the work items and budgets of a finished template when none are given', async () => {
    const res = await create(street.token, {
      compoundId: fixtureId('b'),
      templateCompoundId: fixtureId('tpl'),
      plannedStartOn: '2020-07-01',
      assessedOn: '2020-07-01',
    });
    expect(res.errors).toBeUndefined();
    const project = res.data!.createRenovationProject;
    ids.b = project.id;
    expect(project.templateCompound).toEqual({ name: 'tpl院' });
    expect(project).toMatchObject({ budget: 125000.5, spent: 0 });
    expect(project.workItems.map((i) => [i.kind, i.budget, i.spent]).sort()).toEqual([
      ['ACCESS_CONTROL', 40000, 0],
      ['FENCING', 30000, 0],
      ['PARTY_COUNCIL_HALL', 20000, 0],
      ['PERSON_VEHICLE_RECOGNITION', 35000.5, 0],
    ]);
  });

  it('keeps every street to its own projects: other ids are NOT_FOUND, district officials read but do not write', async () => {
    const mine = await create(otherStreet.token, {
      compoundId: fixtureId('other'),
      plannedStartOn: '2020-07-01',
      assessedOn: '2020-07-02',
      plannedDates: [{ stage: 'CLOSED', plannedOn: '2030-08-31' }],
      workItems: [{ kind: 'ACCESS_CONTROL', budget: 60000 }],
    });
    expect(mine.errors).toBeUndefined();
    ids.other = mine.data!.createRenovationProject.id;
    expect((await advance(otherStreet.token, ids.other, { toStage: 'APPROVED', actualOn: '2020-07-10' })).errors).toBeUndefined();

    const list = await api.gqlAs<{ renovationProjects: { totalCount: number; edges: { node: { compound: { name: string } } }[] } }>(
      otherStreet.token,
      `{ renovationProjects(first: 10) { totalCount edges { node { compound { name } } } } }`,
    );
    expect(list.data?.renovationProjects).toEqual({ totalCount: 1, edges: [{ node: { compound: { name: 'other院' } } }] });
    const foreign = await api.gqlAs(otherStreet.token, `query($id: ID!) { renovationProject(id: $id) { id } }`, { id: ids.a });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await advance(otherStreet.token, ids.a!, { toStage: 'UNDER_CONSTRUCTION' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await correct(otherStreet.token, ids.a!, { toStage: 'ASSESSED', reason: '越权更正' })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const foreignCompound = await create(otherStreet.token, { compoundId: fixtureId('far'), plannedStartOn: '2020-07-01' });
    expect(foreignCompound.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const all = await api.gqlAs<{ renovationProjects: { edges: { node: { compound: { name: string } } }[] } }>(
      district,
      `{ renovationProjects(first: 10) { edges { node { compound { name } } } } }`,
    );
    expect(all.data?.renovationProjects.edges.map((e) => e.node.compound.name)).toEqual(['a院', 'b院', 'other院', 'tpl院']);
    const PAGE = `query($after: String) { renovationProjects(first: 2, after: $after) {
      edges { node { compound { name } } } pageInfo { hasNextPage endCursor } } }`;
    type Paged = {
      renovationProjects: { edges: { node: { compound: { name: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const first = await api.gqlAs<Paged>(district, PAGE, {});
    const second = await api.gqlAs<Paged>(district, PAGE, { after: first.data?.renovationProjects.pageInfo.endCursor });
    expect([first, second].map((page) => page.data?.renovationProjects.edges.map((e) => e.node.compound.name))).toEqual([
      ['a院', 'b院'],
      ['other院', 'tpl院'],
    ]);
    expect(second.data?.renovationProjects.pageInfo.hasNextPage).toBe(false);
    const overdueOnly = await api.gqlAs<{ renovationProjects: { edges: { node: { compound: { name: string } } }[] } }>(
      district,
      `{ renovationProjects(first: 10, filter: { overdue: true }) { edges { node { compound { name } } } } }`,
    );
    expect(overdueOnly.data?.renovationProjects.edges.map((e) => e.node.compound.name)).toEqual(['a院']);
    const write = await advance(district, ids.a!, { toStage: 'UNDER_CONSTRUCTION' });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byHotline = await api.gqlAs<{ renovationProject: { stage: string } }>(
      hotline,
      `query($id: ID!) { renovationProject(id: $id) { stage } }`,
      {
        id: ids.tpl,
      },
    );
    expect(byHotline.data?.renovationProject.stage).toBe('HANDED_OVER');
  });

  it('lists open OVERDUE_STAGE alerts with the stage, due date and days overdue, cut to the scope', async () => {
    const res = await api.gqlAs<{ alerts: { totalCount: number; edges: { node: AlertNode }[] } }>(district, ALERTS, {});
    expect(res.errors).toBeUndefined();
    expect(res.data?.alerts.totalCount).toBe(1);
    expect(res.data?.alerts.edges[0]?.node).toEqual({
      kind: 'OVERDUE_STAGE',
      compound: { name: 'a院' },
      street: { name: '一街道' },
      overdueStage: {
        stage: 'UNDER_CONSTRUCTION',
        dueOn: '2020-07-01',
        since: '2020-07-02',
        daysOverdue: daysBetween('2020-07-01', today),
        project: { id: ids.a },
      },
    });
    const other = await api.gqlAs<{ alerts: { totalCount: number } }>(otherStreet.token, ALERTS, {});
    expect(other.data?.alerts.totalCount).toBe(0);
    const resolved = await api.gqlAs<{ alerts: { totalCount: number } }>(district, ALERTS, { filter: { open: false } });
    // tpl: APPROVED, UNDER_CONSTRUCTION, CLOSED, HANDED_OVER; a: APPROVED twice, UNDER_CONSTRUCTION once.
    expect(resolved.data?.alerts.totalCount).toBe(7);
  });

  it('adds up the district progress by hand: funnel, money, on-time share, finished compounds, drill-down', async () => {
    const QUERY = `query($id: ID!) { renovationProgress(districtId: $id) {
      district { name } projectCount funnel { stage current reached } budget spent completedStages completedOnTime onTimeShare overdueProjects
      finished { closedOn compound { name } street { name } }
      streets { street { name } projectCount funnel { stage current } budget spent completedStages completedOnTime onTimeShare overdueProjects
                finished { closedOn } projects { compound { name } stage } } } }`;
    const res = await api.gqlAs<{ renovationProgress: Record<string, unknown> & { streets: Record<string, unknown>[] } }>(district, QUERY, {
      id: WORLD.d1,
    });
    expect(res.errors).toBeUndefined();
    const progress = res.data!.renovationProgress;
    // tpl HANDED_OVER, a APPROVED, b ASSESSED (S1); other APPROVED (S2).
    expect(progress).toMatchObject({
      district: { name: '甲区' },
      projectCount: 4,
      funnel: [
        { stage: 'ASSESSED', current: 1, reached: 4 },
        { stage: 'APPROVED', current: 2, reached: 3 },
        { stage: 'UNDER_CONSTRUCTION', current: 0, reached: 1 },
        { stage: 'CLOSED', current: 0, reached: 1 },
        { stage: 'HANDED_OVER', current: 1, reached: 1 },
      ],
      // 125,000.50 (tpl) + 50,000 (a) + 125,000.50 (b, copied) + 60,000 (other); spent 123,800.50 + 10,000.25.
      budget: 360001,
      spent: 133800.75,
      // tpl: 5 stages with both dates, 4 on time (construction began 5 days late); a: APPROVED late.
      completedStages: 6,
      completedOnTime: 4,
      onTimeShare: 4 / 6,
      overdueProjects: 1,
      finished: [{ closedOn: '2020-06-10', compound: { name: 'tpl院' }, street: { name: '一街道' } }],
    });
    expect(progress.streets).toEqual([
      {
        street: { name: '一街道' },
        projectCount: 3,
        projects: [
          { compound: { name: 'b院' }, stage: 'ASSESSED' },
          { compound: { name: 'a院' }, stage: 'APPROVED' },
          { compound: { name: 'tpl院' }, stage: 'HANDED_OVER' },
        ],
        funnel: [
          { stage: 'ASSESSED', current: 1 },
          { stage: 'APPROVED', current: 1 },
          { stage: 'UNDER_CONSTRUCTION', current: 0 },
          { stage: 'CLOSED', current: 0 },
          { stage: 'HANDED_OVER', current: 1 },
        ],
        budget: 300001,
        spent: 133800.75,
        completedStages: 6,
        completedOnTime: 4,
        onTimeShare: 4 / 6,
        overdueProjects: 1,
        finished: [{ closedOn: '2020-06-10' }],
      },
      {
        street: { name: '二乡' },
        projectCount: 1,
        projects: [{ compound: { name: 'other院' }, stage: 'APPROVED' }],
        funnel: [
          { stage: 'ASSESSED', current: 0 },
          { stage: 'APPROVED', current: 1 },
          { stage: 'UNDER_CONSTRUCTION', current: 0 },
          { stage: 'CLOSED', current: 0 },
          { stage: 'HANDED_OVER', current: 0 },
        ],
        budget: 60000,
        spent: 0,
        completedStages: 0,
        completedOnTime: 0,
        onTimeShare: null,
        overdueProjects: 0,
        finished: [],
      },
    ]);

    const asStreet = await api.gqlAs<{
      renovationProgress: { projectCount: number; budget: number; streets: { street: { name: string } }[] };
    }>(otherStreet.token, `query($id: ID!) { renovationProgress(districtId: $id) { projectCount budget streets { street { name } } } }`, {
      id: WORLD.d1,
    });
    expect(asStreet.data?.renovationProgress).toEqual({ projectCount: 1, budget: 60000, streets: [{ street: { name: '二乡' } }] });
    const otherDistrict = await api.gqlAs(district, `query($id: ID!) { renovationProgress(districtId: $id) { projectCount } }`, {
      id: WORLD.d2,
    });
    expect(otherDistrict.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('replaces the work items and re-plans dates through an update, re-evaluating the overdue alert at once', async () => {
    const res = await api.gqlAs<{ updateRenovationProject: Project }>(street.token, UPDATE, {
      id: ids.a,
      input: {
        plannedDates: [{ stage: 'UNDER_CONSTRUCTION', plannedOn: '2099-07-01' }],
        workItems: [
          { kind: 'FENCING', budget: 52000, spent: 10000.25 },
          { kind: 'ACCESS_CONTROL', budget: 18000.4 },
        ],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateRenovationProject).toMatchObject({ budget: 70000.4, spent: 10000.25 });
    expect(await openAlerts()).toEqual([]);
  });

  it('lists the compounds of the caller\'s area with or without a project, for the dashboard\'s "new project" choice', async () => {
    const names = async (token: string, filter: Record<string, unknown>) => {
      const res = await api.gqlAs<{ compounds: { totalCount: number; edges: { node: { name: string } }[] } }>(
        token,
        `query($filter: CompoundFilter) { compounds(first: 50, filter: $filter) { totalCount edges { node { name } } } }`,
        { filter },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.compounds.totalCount).toBe(res.data!.compounds.edges.length);
      return res.data!.compounds.edges.map((e) => e.node.name);
    };
    expect(await names(street.token, { hasRenovationProject: false })).toEqual(['free院']);
    expect(await names(street.token, { hasRenovationProject: true })).toEqual(['a院', 'b院', 'tpl院']);
    // Another street's compounds stay out of scope either way; the district sees both of its streets'.
    expect(await names(district, { hasRenovationProject: false })).toEqual(['free院']);
    expect(await names(district, { hasRenovationProject: true })).toEqual(['a院', 'b院', 'other院', 'tpl院']);
    expect(await names(street.token, { hasRenovationProject: false, search: 'tpl' })).toEqual([]);
    expect(await names(street.token, { hasRenovationProject: true, search: 'tpl' })).toEqual(['tpl院']);
  });
});
