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
  /** Open OVERDUE_STAGE alerts for renovation stages past their planned date, resolve the rest (default: today in Beijing). */
  'renovation.overdue': { day?: string };
  /** Recompute one compound's closure qualification after assessment version `assessmentVersion` was recorded. */
  'qualification.compound': { compoundId: string; assessmentVersion: number };
  /** Recompute every compound of a district after its rule set `ruleSetId` (version `version`) was activated. */
  'qualification.district': { districtId: string; ruleSetId: string; version: number };
  /** Validate and store one uploaded property-fee ledger (ledger_import row `importId`). */
  'fees.import': { importId: string; compoundId: string; month: string; sha256: string };
}

export type JobName = keyof JobMap;

export const QUEUES = ['stats', 'maintenance', 'qualification', 'fees', 'alerts'] as const;
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
  'renovation.overdue': {
    queue: 'alerts',
    id: (data) => `renovation.overdue-${data.day ?? beijingDay()}`,
  },
  'qualification.compound': {
    queue: 'qualification',
    // Each assessment version is recomputed once; a newer version is a new job.
    id: (data) => `qualification.compound-${data.compoundId}-v${data.assessmentVersion}`,
  },
  'qualification.district': {
    queue: 'qualification',
    id: (data) => `qualification.district-${data.districtId}-v${data.version}`,
  },
  'fees.import': {
    queue: 'fees',
    // The file's content, month and compound: the same upload is one job, however often it is sent.
    id: (data) => `fees.import-${data.sha256}-${data.month}-${data.compoundId}`,
  },
};

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
