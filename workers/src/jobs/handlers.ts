import { readRotationProgress, rotateKeys, type Config, type JobHandlers, type Services } from '@anju/api';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';

/**
 * The worker's handler table. Typed as the full JobHandlers map, so a job added to the map
 * without a handler here does not compile.
 */
export function createHandlers(services: Services, config: Pick<Config, 'AUDIT_RETENTION_DAYS'>, db: DataSource): JobHandlers {
  return {
    'stats.snapshot': async (data, _job, logger) => {
      const result = await services.stats.snapshot(data.day);
      logger.info(result, 'street stats snapshot stored');
      return result;
    },
    'audit.maintain': async (data, _job, logger) => {
      const result = await services.audit.maintain(config.AUDIT_RETENTION_DAYS, data.day);
      logger.info({ ...result, retentionDays: config.AUDIT_RETENTION_DAYS }, 'audit partitions maintained');
      return result;
    },
    'keys.rotate': async (_data, job, logger) => {
      // A retried job continues from the cursor its last attempt stored as progress.
      const result = await rotateKeys(db, services.personalData, {
        resume: readRotationProgress(job.progress),
        onProgress: (progress) => job.updateProgress(progress),
      });
      logger.info({ keyId: result.keyId, columns: result.columns }, 'personal data re-encrypted under the newest key');
      return result;
    },
    'renovation.overdue': async (data, _job, logger) => {
      const result = await services.renovation.detectOverdue(data.day);
      logger.info(result, 'overdue renovation stages reconciled with the alert list');
      return result;
    },
    'qualification.compound': async (data, _job, logger) => {
      // Enqueued inside the recording transaction: until it commits the service throws and the job retries.
      const result = await services.qualification.recomputeCompound(data.compoundId, data.assessmentVersion);
      if (!result) throw new UnrecoverableError(`compound ${data.compoundId} does not exist`);
      logger.info({ compoundId: data.compoundId, ...result }, 'closure qualification recomputed');
      return result;
    },
    'qualification.district': async (data, job, logger) => {
      const result = await services.qualification.recomputeAfterActivation(data.ruleSetId, (done) => job.updateProgress({ done }));
      logger.info({ districtId: data.districtId, ...result }, 'closure qualification recomputed for the district');
      return result;
    },
    'fees.import': async (data, job, logger) => {
      const result = await services.fees.runImport(data.importId, (progress) => job.updateProgress({ ...progress }));
      // The row is written before the job is enqueued; without it no retry can succeed.
      if (!result) throw new UnrecoverableError(`ledger import ${data.importId} does not exist`);
      logger.info(result, 'property-fee ledger import finished');
      return result;
    },
    'hotline.index': async (_data, _job, logger) => {
      const result = await services.hotline.search.refreshIndex();
      if (result.indexed > 0) logger.info(result, 'hotline search index brought up to date');
      return result;
    },
    'hotline.overdue': async (_data, _job, logger) => {
      const result = await services.hotline.tickets.markOverdue();
      if (result.marked > 0) logger.info(result, 'overdue hotline tickets marked');
      return result;
    },
    'gates.rollup': async (_data, job, logger) => {
      // Each chunk commits on its own; a killed run leaves only the counts it had not added pending.
      const result = await services.gates.rollups.run((rows) => job.updateProgress({ rows }));
      if (result.rows > 0) logger.info(result, 'gate counts added to the hourly rollups');
      return result;
    },
    'gates.offline': async (_data, _job, logger) => {
      const result = await services.gates.devices.sweepOffline();
      if (result.offline > 0) logger.info(result, 'silent gate devices announced offline');
      return result;
    },
    'gates.maintain': async (data, _job, logger) => {
      const result = await services.gates.partitions.maintain(data.day);
      logger.info(result, 'gate event partitions maintained');
      return result;
    },
  };
}
