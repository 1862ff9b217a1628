import type { Config } from './config';
import type { Logger } from './logger';

/** DATABASE_URL for a process that cannot start the embedded database itself. */
export function requireDatabaseUrl(config: Config): string {
  if (config.DATABASE_URL) return config.DATABASE_URL;
  process.stderr.write(
    'anju: invalid configuration: DATABASE_URL must be a postgres:// URL (it is not set); ' +
      '`npm start` at the top level starts an embedded database and sets it for you\n',
  );
  process.exit(1);
}

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. A second signal, or a stop that outlives the
 * deadline, exits at once so an operator is never stuck.
 */
export function onShutdown(logger: Logger, deadlineMs: number, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error({ deadlineMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, deadlineMs + 5000);
    timer.unref();
    const started = Date.now();
    stop().then(
      () => {
        logger.info({ ms: Date.now() - started }, 'stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
