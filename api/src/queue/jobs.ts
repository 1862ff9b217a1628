import { beijingDay } from '../common/time';

/**
 * The typed job map: every job the platform runs, its queue, its payload and its idempotent id.
 * A producer cannot enqueue a name that is not here, and the worker's handler table must cover
 * every name (the compiler checks both).
 */
export interface JobMap {
  /** Store the closure-status counts of every street for one day (default: today in Beijing). */
  'stats.snapshot': { day?: string };
  /** Create this and next month's audit partitions and drop those past retention (default: today in Beijing). */
  'audit.maintain': { day?: string };
  /** Re-encrypt personal data under the newest key (npm run keys:rotate); `requestedAt` is an ISO time. */
  'keys.rotate': { requestedAt: string };
}

export type JobName = keyof JobMap;

export const QUEUES = ['stats', 'maintenance'] as const;
export type QueueName = (typeof QUEUES)[number];

interface JobDefinition<N extends JobName> {
  queue: QueueName;
  /** Same logical work, same id: BullMQ ignores an add whose id already exists. */
  id(data: JobMap[N]): string;
}

export const JOBS: { [N in JobName]: JobDefinition<N> } = {
  'stats.snapshot': {
    queue: 'stats',
    id: (data) => `stats.snapshot-${data.day ?? beijingDay()}`,
  },
  'audit.maintain': {
    queue: 'maintenance',
    id: (data) => `audit.maintain-${data.day ?? beijingDay()}`,
  },
  'keys.rotate': {
    queue: 'maintenance',
    // BullMQ refuses most ids with ":", which ISO times contain.
    id: (data) => `keys.rotate-${data.requestedAt.replace(/:/g, '')}`,
  },
};

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
