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
  /** Bring the hotline's pinyin search index up to date for compounds marked stale; `minute` is an ISO minute (the scheduler's run). */
  'hotline.index': { minute?: string };
  /** Mark hotline tickets that missed their response or resolution deadline; `minute` is an ISO minute (the scheduler's run). */
  'hotline.overdue': { minute?: string };
  /** Add the counts ingestion queued to the hourly rollups; `window` is the 2-second slot of the ingest that asked (0: the minute sweep). */
  'gates.rollup': { window: number };
  /** Announce devices silent past three heartbeat intervals as offline; `minute` is an ISO minute (the scheduler's run). */
  'gates.offline': { minute?: string };
  /** Create gate_event day partitions ahead and drop those past GATE_EVENT_RETENTION_DAYS (default: today, UTC). */
  'gates.maintain': { day?: string };
}

export type JobName = keyof JobMap;

export const QUEUES = ['stats', 'maintenance', 'qualification', 'fees', 'alerts', 'gates'] as const;
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
  'hotline.index': {
    queue: 'maintenance',
    // One run per minute at most; each run indexes every stale row, so a skipped add loses nothing.
    id: (data) => `hotline.index-${(data.minute ?? new Date().toISOString().slice(0, 16)).replace(/:/g, '')}`,
  },
  'hotline.overdue': {
    queue: 'alerts',
    id: (data) => `hotline.overdue-${(data.minute ?? new Date().toISOString().slice(0, 16)).replace(/:/g, '')}`,
  },
  'gates.rollup': {
    queue: 'gates',
    // Ingest bursts within one 2-second slot share a job; each run adds every queued count anyway.
    id: (data) => `gates.rollup-${data.window}`,
  },
  'gates.offline': {
    queue: 'gates',
    id: (data) => `gates.offline-${(data.minute ?? new Date().toISOString().slice(0, 16)).replace(/:/g, '')}`,
  },
  'gates.maintain': {
    queue: 'maintenance',
    id: (data) => `gates.maintain-${data.day ?? new Date().toISOString().slice(0, 10)}`,
  },
};

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}
