import { readRotationProgress, rotateKeys, type Config, type JobHandlers, type Services } from '@anju/api';
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
  };
}
