import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld } from '../../../test/fixtures';
import { createTestSession } from '../../../api/test/sessions';
import { Role } from '../../../api/src/auth/roles';
import { ClosureStatus, QueueRuntime, RenovationStage, createServices, parseConfig, type Services } from '@anju/api';
import { createHandlers } from './handlers';

type Viewer = Parameters<Services['renovation']['create']>[1];

describe('renovation.overdue through the real queue', () => {
  let t: TestDatabase;
  let queue: QueueRuntime;
  let services: Services;
  let viewer: Viewer;
  const request = { requestId: 'test', ip: null };
  const projects: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestDatabase();
    const compound = (key: string) => ({
      key,
      community: 'c1' as const,
      name: `${key}院`,
      yearBuilt: 1984,
      households: 90,
      floorArea: 5400,
      isOld: true,
      status: ClosureStatus.OPEN,
    });
    await insertWorld(t.db, [compound('p1'), compound('p2')]);
    services = createServices(t.db, parseConfig({ NODE_ENV: 'test' }));
    const session = await createTestSession(t.db, { role: Role.STREET_OFFICER, districtId: WORLD.d1, streetId: WORLD.s1 });
    viewer = {
      userId: session.userId,
      sessionId: session.sessionId,
      username: session.username,
      displayName: '测试',
      role: Role.STREET_OFFICER,
      scope: { level: 'street', districtId: WORLD.d1, streetId: WORLD.s1 },
      secondFactor: true,
      hasTotp: true,
      passwordExpired: false,
    };
    // p1 is under construction and due to close at the end of 2099; p2 is assessed and due for approval mid-2099.
    const p1 = await services.renovation.create(
      {
        compoundId: fixtureId('p1'),
        plannedStartOn: '2020-07-01',
        assessedOn: '2020-07-01',
        plannedDates: [{ stage: RenovationStage.CLOSED, plannedOn: '2099-12-31' }],
        workItems: [],
      },
      viewer,
      request,
    );
    projects.p1 = p1.id;
    await services.renovation.advance(p1.id, { toStage: RenovationStage.APPROVED, actualOn: '2020-07-05' }, viewer, request);
    await services.renovation.advance(p1.id, { toStage: RenovationStage.UNDER_CONSTRUCTION, actualOn: '2020-07-15' }, viewer, request);
    const p2 = await services.renovation.create(
      {
        compoundId: fixtureId('p2'),
        plannedStartOn: '2020-07-01',
        plannedDates: [{ stage: RenovationStage.APPROVED, plannedOn: '2099-06-30' }],
      },
      viewer,
      request,
    );
    projects.p2 = p2.id;

    queue = new QueueRuntime({ databaseUrl: t.url }, pino({ level: 'silent' }));
    queue.startWorker('alerts', createHandlers(services, { AUDIT_RETENTION_DAYS: 365 }, t.db), 1);
  });
  afterAll(async () => {
    await queue.close(5000);
    await t.drop();
  });

  async function run(day: string): Promise<unknown> {
    const id = await queue.enqueue('renovation.overdue', { day });
    expect(id).toBe(`renovation.overdue-${day}`);
    const deadline = Date.now() + 20000;
    let state = '';
    while (Date.now() < deadline && state !== 'completed' && state !== 'failed') {
      await new Promise((r) => setTimeout(r, 50));
      state = (await (await queue.queue('alerts').getJob(id))?.getState()) ?? '';
    }
    expect(state).toBe('completed');
    return (await queue.queue('alerts').getJob(id))?.returnvalue;
  }

  const open = async () =>
    (await t.db.query(
      `SELECT kind, compound_id, street_id, district_id, details FROM alert WHERE resolved_at IS NULL ORDER BY details->>'dueOn'`,
    )) as Record<string, unknown>[];

  it('has nothing to say while every planned date is ahead', async () => {
    expect(await run('2026-11-25')).toEqual({ day: '2026-11-25', opened: 0, updated: 0, resolved: 0 });
    expect(await open()).toEqual([]);
  });

  it('opens one alert per project for its earliest overdue stage, once however often it runs', async () => {
    expect(await run('2100-01-01')).toEqual({ day: '2100-01-01', opened: 2, updated: 0, resolved: 0 });
    const expected = [
      {
        kind: 'OVERDUE_STAGE',
        compound_id: fixtureId('p2'),
        street_id: WORLD.s1,
        district_id: WORLD.d1,
        details: { projectId: projects.p2, stage: 'APPROVED', dueOn: '2099-06-30' },
      },
      {
        kind: 'OVERDUE_STAGE',
        compound_id: fixtureId('p1'),
        street_id: WORLD.s1,
        district_id: WORLD.d1,
        details: { projectId: projects.p1, stage: 'CLOSED', dueOn: '2099-12-31' },
      },
    ];
    expect(await open()).toEqual(expected);
    // The next day's run finds the same two: nothing opened, nothing changed.
    expect(await run('2100-01-02')).toEqual({ day: '2100-01-02', opened: 0, updated: 0, resolved: 0 });
    expect(await open()).toEqual(expected);
  });

  it('resolves the alert when the stage completes, at once, and the job agrees afterwards', async () => {
    await services.renovation.advance(projects.p1!, { toStage: RenovationStage.CLOSED, actualOn: '2020-08-31' }, viewer, request);
    const rows = (await t.db.query(
      `SELECT details->>'stage' AS stage, resolved_at IS NOT NULL AS resolved FROM alert WHERE compound_id = $1`,
      [fixtureId('p1')],
    )) as { stage: string; resolved: boolean }[];
    expect(rows).toEqual([{ stage: 'CLOSED', resolved: true }]);
    expect(await run('2100-01-03')).toEqual({ day: '2100-01-03', opened: 0, updated: 0, resolved: 0 });
  });

  it('resolves, on its next run, an alert whose stage was reached without the service noticing', async () => {
    await t.db.query(`UPDATE renovation_stage_date SET actual_on = '2020-07-20' WHERE project_id = $1 AND stage = 'APPROVED'`, [
      projects.p2,
    ]);
    expect(await run('2100-01-04')).toEqual({ day: '2100-01-04', opened: 0, updated: 0, resolved: 1 });
    expect(await open()).toEqual([]);
  });
});
