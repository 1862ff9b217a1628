import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** One JSON logger per process; child loggers carry the component (api, worker, job id...). */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, name: string): Logger {
  return pino({ name, level: config.LOG_LEVEL, base: { pid: process.pid } });
}
