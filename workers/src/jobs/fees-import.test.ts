import ExcelJS from 'exceljs';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld } from '../../../test/fixtures';
import { ClosureStatus, QueueRuntime, createServices, parseConfig, type Services } from '@anju/api';
import { Role } from '../../../api/src/auth/roles';
import { createHandlers } from './handlers';

describe('fees.import through the real queue', () => {
  let t: TestDatabase;
  let queue: QueueRuntime;
  let services: Services;

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [
      {
        key: 'home',
        community: 'c1',
        name: '甲院',
        yearBuilt: 1985,
        households: 3,
        floorArea: 180,
        isOld: true,
        status: ClosureStatus.CLOSED,
      },
    ]);
    services = createServices(t.db, parseConfig({ NODE_ENV: 'test' }));
    queue = new QueueRuntime({ databaseUrl: t.url }, pino({ level: 'silent' }));
    queue.startWorker('fees', createHandlers(services, { AUDIT_RETENTION_DAYS: 365 }, t.db), 1);
  });
  afterAll(async () => {
    await queue.close(5000);
    await t.drop();
  });

  it('validates and stores an uploaded ledger, reporting progress, once per file', async () => {
    const compound = await services.compounds.get(fixtureId('home'), { level: 'all' });
    await t.db.transaction((m) => services.fees.saveContract(m, compound, { company: '某物业', startDate: '2020-07-01', feePerM2: 1 }));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['小区编号', '楼号', '单元', '房号', '建筑面积', '月份', '应收', '实收', '缴费日期']);
    for (let room = 1; room <= 3; room++)
      sheet.addRow([compound.id, '1', '1', `10${room}`, 60, '2020-07', 60, room === 1 ? 0 : 60, room === 1 ? null : '2020-07-08']);
    const fileBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const viewer = {
      userId: (await createOfficer()).id,
      sessionId: '00000000-0000-4000-8000-000000000002',
      username: 'officer',
      displayName: '街道',
      role: Role.STREET_OFFICER,
      scope: { level: 'street' as const, districtId: WORLD.d1, streetId: WORLD.s1 },
      secondFactor: true,
      hasTotp: true,
      passwordExpired: false,
    };
    const request = { requestId: 'test', ip: null };
    const started = await services.fees.startImport({ compoundId: compound.id, month: '2020-07', fileBase64 }, viewer, request, queue);
    const jobId = `fees.import-${started.fileSha256}-2020-07-${compound.id}`;

    const deadline = Date.now() + 20000;
    let state = '';
    while (Date.now() < deadline && state !== 'completed' && state !== 'failed') {
      await new Promise((r) => setTimeout(r, 50));
      state = (await (await queue.queue('fees').getJob(jobId))?.getState()) ?? '';
    }
    expect(state).toBe('completed');
    const job = (await queue.queue('fees').getJob(jobId))!;
    expect(job.progress).toEqual({ state: 'DONE', rowsTotal: 3, rowsValidated: 3, rowsStored: 3, percent: 100 });
    expect(job.returnvalue).toEqual({ id: started.id, state: 'DONE', rows: 3, errorCount: 0 });
    expect(await services.fees.getImport(started.id, viewer.scope)).toMatchObject({ state: 'DONE', percent: 100, rowsStored: 3 });
    expect(await t.db.query(`SELECT count(*)::int AS bills, sum(amount)::text AS billed FROM fee_bill`)).toEqual([
      { bills: 3, billed: '180.00' },
    ]);

    // The same upload again: the same import, no second job run.
    const again = await services.fees.startImport({ compoundId: compound.id, month: '2020-07', fileBase64 }, viewer, request, queue);
    expect(again.id).toBe(started.id);
    expect(await queue.queue('fees').getJobCounts('completed', 'waiting', 'active')).toEqual({ completed: 1, waiting: 0, active: 0 });
  });

  it('fails a job for an import that does not exist at once, without retrying', async () => {
    const id = await queue.enqueue('fees.import', {
      importId: '00000000-0000-4000-8000-00000000abcd',
      compoundId: fixtureId('home'),
      month: '2020-08',
      sha256: 'f'.repeat(64),
    });
    const deadline = Date.now() + 20000;
    let state = '';
    while (Date.now() < deadline && state !== 'failed' && state !== 'completed') {
      await new Promise((r) => setTimeout(r, 50));
      state = (await (await queue.queue('fees').getJob(id))?.getState()) ?? '';
    }
    expect(state).toBe('failed');
    expect((await queue.queue('fees').getJob(id))!.attemptsMade).toBe(1);
  });

  async function createOfficer(): Promise<{ id: string }> {
    const [row] = (await t.db.query(
      `INSERT INTO app_user (id, username, display_name, role, district_id, street_id, password_hash)
       VALUES (gen_random_uuid(), 'fees-officer', '街道', 'STREET_OFFICER', $1, $2, 'not-a-hash') RETURNING id`,
      [WORLD.d1, WORLD.s1],
    )) as { id: string }[];
    return row!;
  }
});
