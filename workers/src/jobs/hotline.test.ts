import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { WORLD, fixtureId, insertWorld } from '../../../test/fixtures';
import { ClosureStatus, QueueRuntime, createServices, parseConfig, type JobName } from '@anju/api';
import { createHandlers } from './handlers';

describe('hotline.index and hotline.overdue through the real queue', () => {
  let t: TestDatabase;
  let queue: QueueRuntime;

  beforeAll(async () => {
    t = await createTestDatabase();
    await insertWorld(t.db, [
      {
        key: 'h1',
        community: 'c1',
        name: '樱花园小区',
        yearBuilt: 1983,
        households: 1080,
        floorArea: 70000,
        isOld: true,
        status: ClosureStatus.CLOSED,
      },
    ]);
    const services = createServices(t.db, parseConfig({ NODE_ENV: 'test' }));
    queue = new QueueRuntime({ databaseUrl: t.url }, pino({ level: 'silent' }));
    const handlers = createHandlers(services, { AUDIT_RETENTION_DAYS: 365 }, t.db);
    queue.startWorker('maintenance', handlers, 1);
    queue.startWorker('alerts', handlers, 1);
  });
  afterAll(async () => {
    await queue.close(5000);
    await t.drop();
  });

  async function run(name: JobName & ('hotline.index' | 'hotline.overdue'), minute: string): Promise<unknown> {
    const id = await queue.enqueue(name, { minute });
    expect(id).toBe(`${name}-${minute.replace(/:/g, '')}`);
    const queueName = name === 'hotline.index' ? 'maintenance' : 'alerts';
    const deadline = Date.now() + 20000;
    let state = '';
    while (Date.now() < deadline && state !== 'completed' && state !== 'failed') {
      await new Promise((r) => setTimeout(r, 50));
      state = (await (await queue.queue(queueName).getJob(id))?.getState()) ?? '';
    }
    expect(state).toBe('completed');
    return (await queue.queue(queueName).getJob(id))?.returnvalue;
  }

  it('indexes the pinyin of compounds marked stale, and nothing on the next run', async () => {
    expect(await run('hotline.index', '2026-11-25T10:00')).toEqual({ indexed: 1 });
    expect(await run('hotline.index', '2026-11-25T10:01')).toEqual({ indexed: 0 });
    await t.db.query(`UPDATE compound SET name = '樱花园北区' WHERE id = $1`, [fixtureId('h1')]);
    expect(await run('hotline.index', '2026-11-25T10:02')).toEqual({ indexed: 1 });
    const [row] = (await t.db.query(`SELECT pinyin, initials FROM hotline_compound_search WHERE compound_id = $1`, [fixtureId('h1')])) as {
      pinyin: string;
      initials: string;
    }[];
    expect(row).toEqual({ pinyin: 'yinghuayuanbeiqu', initials: 'yhybq' });
  });

  it('marks a ticket past its deadline once', async () => {
    const callId = fixtureId('call');
    await t.db.query(
      `INSERT INTO hotline_call (id, compound_id, community_id, street_id, district_id, category, question, answer, follow_up)
       VALUES ($1, $2, $3, $4, $5, 'PROGRESS', '西门几点关？', '已转街道。', true)`,
      [callId, fixtureId('h1'), WORLD.c1, WORLD.s1, WORLD.d1],
    );
    await t.db.query(
      `INSERT INTO hotline_ticket (id, call_id, compound_id, community_id, street_id, district_id, category, request, respond_due_at, resolve_due_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'PROGRESS', '请核实', now() - interval '2 hours', now() + interval '1 day', now() - interval '1 day')`,
      [fixtureId('ticket'), callId, fixtureId('h1'), WORLD.c1, WORLD.s1, WORLD.d1],
    );
    expect(await run('hotline.overdue', '2026-11-25T10:05')).toEqual({ marked: 1 });
    expect(await run('hotline.overdue', '2026-11-25T10:10')).toEqual({ marked: 0 });
    const [row] = (await t.db.query(`SELECT overdue_since = respond_due_at AS at_deadline FROM hotline_ticket WHERE id = $1`, [
      fixtureId('ticket'),
    ])) as { at_deadline: boolean }[];
    expect(row!.at_deadline).toBe(true);
  });
});
