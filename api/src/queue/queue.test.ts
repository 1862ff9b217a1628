import { randomBytes } from 'node:crypto';
import type { Job } from 'bullmq';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { TEST_REDIS_URL } from '../../../test/env';
import { QueueRuntime, type JobHandlers } from './runtime';

function waitForJob(queue: QueueRuntime, jobId: string, state: 'completed' | 'failed', timeoutMs = 20000): Promise<Job> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = async () => {
      const job = await queue.queue('stats').getJob(jobId);
      // Read the job again once it is there: the first read may predate its result.
      if (job && (await job.getState()) === state) return resolve((await queue.queue('stats').getJob(jobId))!);
      if (Date.now() > deadline) return reject(new Error(`job ${jobId} did not reach ${state}`));
      setTimeout(() => void poll(), 50);
    };
    void poll();
  });
}

describe.each(['postgres', 'redis'] as const)('queue runtime on the %s backend', (backend) => {
  let t: TestDatabase;
  let queue: QueueRuntime;
  const runs: string[] = [];
  let failuresLeft = 0;

  const handlers: JobHandlers = {
    'stats.snapshot': async (data) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('transient failure');
      }
      runs.push(data.day ?? 'today');
      return { day: data.day };
    },
    'audit.maintain': async () => undefined,
    'keys.rotate': async () => undefined,
    'renovation.overdue': async () => undefined,
    'fees.import': async () => undefined,
    'qualification.compound': async () => undefined,
    'qualification.district': async () => undefined,
    'gates.rollup': async () => undefined,
    'gates.offline': async () => undefined,
    'gates.maintain': async () => undefined,
    'hotline.index': async () => undefined,
    'hotline.overdue': async () => undefined,
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    queue = new QueueRuntime(
      {
        databaseUrl: t.url,
        redisUrl: backend === 'redis' ? TEST_REDIS_URL : undefined,
        prefix: `anju_test_${randomBytes(4).toString('hex')}`,
      },
      pino({ level: 'silent' }),
    );
    expect(queue.backend).toBe(backend);
    queue.startWorker('stats', handlers, 2);
  });
  afterAll(async () => {
    await queue
      .queue('stats')
      .obliterate({ force: true })
      .catch(() => undefined);
    await queue.close(5000);
    await t.drop();
  });

  it('runs a typed job once, however often the same job is enqueued', async () => {
    const first = await queue.enqueue('stats.snapshot', { day: '2020-06-30' });
    const second = await queue.enqueue('stats.snapshot', { day: '2020-06-30' });
    expect(first).toBe('stats.snapshot-2020-06-30');
    expect(second).toBe(first);
    const job = await waitForJob(queue, first, 'completed');
    expect(job.returnvalue).toEqual({ day: '2020-06-30' });
    expect(runs.filter((d) => d === '2020-06-30')).toHaveLength(1);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    failuresLeft = 2;
    const id = await queue.enqueue('stats.snapshot', { day: '2020-07-01' }, { backoff: { type: 'fixed', delay: 50 } });
    const job = await waitForJob(queue, id, 'completed');
    expect(job.attemptsMade).toBe(3);
  });

  it('fails a job with an unknown name at once, without retrying', async () => {
    const job = await queue.queue('stats').add('stats.nonexistent', {}, { jobId: 'unknown-1', attempts: 5 });
    const failed = await waitForJob(queue, job.id!, 'failed');
    expect(failed.failedReason).toBe('unknown job name "stats.nonexistent" on queue "stats"');
    expect(failed.attemptsMade).toBe(1);
  });

  it('answers the readiness ping', async () => {
    await expect(queue.ping()).resolves.toBeUndefined();
  });

  it('logs a queue connection error instead of leaving it unhandled', async () => {
    const lines: { msg: string; queue: string; err: { message: string } }[] = [];
    const logged = new QueueRuntime(
      {
        databaseUrl: t.url,
        redisUrl: backend === 'redis' ? TEST_REDIS_URL : undefined,
        prefix: `anju_test_${randomBytes(4).toString('hex')}`,
      },
      pino({ level: 'error' }, { write: (line: string) => lines.push(JSON.parse(line)) }),
    );
    try {
      expect(logged.queue('stats').emit('error', new Error('terminating connection due to administrator command'))).toBe(true);
      expect(lines).toMatchObject([
        { msg: 'queue error', queue: 'stats', err: { message: 'terminating connection due to administrator command' } },
      ]);
    } finally {
      await logged.close(1000);
    }
  });
});
