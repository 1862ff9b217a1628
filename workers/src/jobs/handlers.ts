import type { JobHandlers, Services } from '@anju/api';

/**
 * The worker's handler table. Typed as the full JobHandlers map, so a job added to the map
 * without a handler here does not compile.
 */
export function createHandlers(services: Services): JobHandlers {
  return {
    'stats.snapshot': async (data, _job, logger) => {
      const result = await services.stats.snapshot(data.day);
      logger.info(result, 'street stats snapshot stored');
      return result;
    },
  };
}
