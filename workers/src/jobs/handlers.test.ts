import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { insertWorld } from '../../../test/fixtures';
import { ClosureStatus, QueueRuntime, createServices, parseConfig } from '@anju/api';
import { createHandlers } from './handlers';

describe('worker handlers', () => {
  let t: TestDatabase;
  let queue: QueueRuntime;

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [
      {
        key: 'a',
        community: 'c1',
        name: '甲院',
        yearBuilt: 1980,
        households: 100,
        floorArea: 6000,
        isOld: true,
        status: ClosureStatus.CLOSED,
      },
      {
        key: 'b',
        community: 'c3',
        name: '乙院',
        yearBuilt: 1985,
        households: 200,
        floorArea: 12000,
        isOld: true,
        status: ClosureStatus.OPEN,
      },
    ]);
    queue = new QueueRuntime({ databaseUrl: t.url }, pino({ level: 'silent' }));
    queue.startWorker(
      'stats',
      createHandlers(createServices(t.db, parseConfig({ NODE_ENV: 'test' })), { AUDIT_RETENTION_DAYS: 365 }, t.db),
      1,
    );
  });
  afterAll(async () => {
    await queue.close(5000);
    await t.drop();
  });

  it('stats.snapshot stores one row per street for the day, through the real queue', async () => {
    const id = await queue.enqueue('stats.snapshot', { day: '2020-08-03' });
    const deadline = Date.now() + 20000;
    let state = '';
    while (Date.now() < deadline && state !== 'completed' && state !== 'failed') {
      await new Promise((r) => setTimeout(r, 50));
      state = (await (await queue.queue('stats').getJob(id))?.getState()) ?? '';
    }
    expect(state).toBe('completed');
    const rows = await t.db.query(
      `SELECT s.name, x.compounds, x.closed, x.open FROM street_stats_snapshot x JOIN street s ON s.id = x.street_id
        WHERE x.day = '2020-08-03' ORDER BY s.code`,
    );
    expect(rows).toEqual([
      { name: '一街道', compounds: 1, closed: 1, open: 0 },
      { name: '二乡', compounds: 1, closed: 0, open: 1 },
      { name: '三街道', compounds: 0, closed: 0, open: 0 },
    ]);
  });

  it("audit.maintain creates the audit partitions of the day's month and the next, through the real queue", async () => {
    queue.startWorker(
      'maintenance',
      createHandlers(createServices(t.db, parseConfig({ NODE_ENV: 'test' })), { AUDIT_RETENTION_DAYS: 365 }, t.db),
      1,
    );
    const id = await queue.enqueue('audit.maintain', { day: '2031-06-15' });
    expect(id).toBe('audit.maintain-2031-06-15');
    const deadline = Date.now() + 20000;
    let state = '';
    while (Date.now() < deadline && state !== 'completed' && state !== 'failed') {
      await new Promise((r) => setTimeout(r, 50));
      state = (await (await queue.queue('maintenance').getJob(id))?.getState()) ?? '';
    }
    expect(state).toBe('completed');
    const parts = await t.db.query(`SELECT relname FROM pg_class WHERE relname IN ('audit_log_2031_06', 'audit_log_2031_07') ORDER BY 1`);
    expect(parts).toEqual([{ relname: 'audit_log_2031_06' }, { relname: 'audit_log_2031_07' }]);
  });
});
