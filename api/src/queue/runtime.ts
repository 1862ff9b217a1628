import { Queue, UnrecoverableError, Worker, createPostgresBackend, withBackend, type Job, type JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import { TIME_ZONE } from '../common/time';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { JOBS, isJobName, type JobMap, type JobName, type QueueName } from './jobs';

/** Retries with exponential backoff (2 s, 4 s, 8 s...); finished jobs are kept a while for inspection. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

export type JobHandler<N extends JobName> = (data: JobMap[N], job: Job<JobMap[N]>, logger: Logger) => Promise<unknown>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

// Both backends expose the same Queue/Worker API; only construction differs.
type AnyQueue = Queue<unknown, unknown, string>;
type AnyWorker = Worker<unknown, unknown, string>;

/**
 * The one place that chooses the BullMQ backend: Redis when REDIS_URL is set, otherwise the
 * PostgreSQL backend in the platform's own database (schema `bullmq`). Producers and processors
 * only see `enqueue` and `startWorker`.
 */
export class QueueRuntime {
  readonly backend: 'redis' | 'postgres';
  private readonly queues = new Map<QueueName, AnyQueue>();
  private readonly workers: AnyWorker[] = [];
  private readonly redis?: IORedis;
  private readonly make: {
    queue(name: string): AnyQueue;
    worker(name: string, processor: (job: Job) => Promise<unknown>, concurrency: number): AnyWorker;
  };

  constructor(
    options: { databaseUrl: string; redisUrl?: string; prefix?: string },
    private readonly logger: Logger,
  ) {
    this.backend = options.redisUrl ? 'redis' : 'postgres';
    if (options.redisUrl) {
      // Workers block on Redis; BullMQ requires maxRetriesPerRequest null for that connection.
      const redis = new IORedis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
      this.redis = redis;
      const prefix = options.prefix ?? 'anju';
      this.make = {
        queue: (name) => new Queue(name, { connection: redis, prefix }) as AnyQueue,
        worker: (name, processor, concurrency) =>
          new Worker(name, processor, { connection: redis, prefix, concurrency, autorun: true }) as AnyWorker,
      };
    } else {
      const pg = withBackend(createPostgresBackend);
      const connection = { connectionString: options.databaseUrl, schema: options.prefix ?? 'bullmq', migrate: true, max: 5 };
      this.make = {
        queue: (name) => new pg.Queue(name, { connection }) as unknown as AnyQueue,
        worker: (name, processor, concurrency) =>
          new pg.Worker(name, processor, { connection, concurrency, autorun: true }) as unknown as AnyWorker,
      };
    }
  }

  static fromConfig(config: Config, databaseUrl: string, logger: Logger): QueueRuntime {
    return new QueueRuntime({ databaseUrl, redisUrl: config.REDIS_URL }, logger);
  }

  describe(): string {
    return this.backend === 'redis' ? 'BullMQ on Redis' : 'BullMQ on PostgreSQL';
  }

  queue(name: QueueName): AnyQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.make.queue(name);
      // Connection errors (PostgreSQL or Redis restarting) arrive as 'error' events; without a
      // listener BullMQ can only print them to the console.
      queue.on('error', (error) => this.logger.error({ err: error, queue: name }, 'queue error'));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Adds a job with its idempotent id; adding the same logical job twice stores it once. */
  async enqueue<N extends JobName>(name: N, data: JobMap[N], options: JobsOptions = {}): Promise<string> {
    const definition = JOBS[name];
    const jobId = options.jobId ?? definition.id(data);
    const job = await this.queue(definition.queue).add(name, data, { ...DEFAULT_JOB_OPTIONS, ...options, jobId });
    this.logger.debug({ job: name, jobId: job.id }, 'job enqueued');
    return job.id ?? jobId;
  }

  /** Repeats a job on a cron pattern (Beijing time); calling it again updates the one scheduler. */
  async schedule<N extends JobName>(schedulerId: string, name: N, data: JobMap[N], pattern: string): Promise<void> {
    await this.queue(JOBS[name].queue).upsertJobScheduler(
      schedulerId,
      { pattern, tz: TIME_ZONE },
      { name, data, opts: DEFAULT_JOB_OPTIONS },
    );
  }

  /**
   * Starts a worker for one queue. A job whose name has no handler fails at once and is not
   * retried: it means producer and worker disagree, which no retry can fix.
   */
  startWorker(queue: QueueName, handlers: JobHandlers, concurrency: number): AnyWorker {
    const processor = async (job: Job): Promise<unknown> => {
      const log = this.logger.child({ queue, job: job.name, jobId: job.id, attempt: job.attemptsMade + 1 });
      // Names come from the queue, so they are untrusted strings until checked against the map.
      const handler = isJobName(job.name) ? (handlers[job.name] as JobHandler<JobName>) : undefined;
      if (!handler) {
        log.error('no handler for this job name');
        throw new UnrecoverableError(`unknown job name "${job.name}" on queue "${queue}"`);
      }
      const started = Date.now();
      log.info('job started');
      try {
        const result = await handler(job.data as JobMap[JobName], job as Job<JobMap[JobName]>, log);
        log.info({ ms: Date.now() - started }, 'job completed');
        return result;
      } catch (error) {
        log.warn({ err: error, ms: Date.now() - started }, 'job failed');
        throw error;
      }
    };
    const worker = this.make.worker(queue, processor, concurrency);
    worker.on('error', (error) => this.logger.error({ err: error, queue }, 'worker error'));
    this.workers.push(worker);
    return worker;
  }

  /** Readiness: the backend answers a cheap read within the timeout. */
  async ping(timeoutMs = 2000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`queue backend did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.queue('stats').getJobCounts('waiting'), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Graceful stop: workers finish their current jobs; past the deadline they are closed by force,
   * and the unfinished jobs go back to the queue as stalled, to be picked up again.
   */
  async close(deadlineMs = 20000): Promise<void> {
    const graceful = Promise.all(this.workers.map((w) => w.close()));
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'expired'>((resolve) => {
      timer = setTimeout(() => resolve('expired'), deadlineMs);
    });
    if ((await Promise.race([graceful, expired])) === 'expired') {
      this.logger.warn({ deadlineMs }, 'workers did not finish in time; releasing their jobs');
      await Promise.all(this.workers.map((w) => w.close(true)));
    }
    clearTimeout(timer);
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await this.redis?.quit().catch(() => undefined);
  }
}
