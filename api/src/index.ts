/** What the workers, seeds, scripts and tests may use: the domain, never the resolvers. */
export { loadConfig, parseConfig, ConfigError, databaseMode, type Config } from './config';
export { createLogger, type Logger } from './logger';
export { createDataSource, QueryCounter } from './db/data-source';
export { connectDatabase, runMigrations } from './db/connect';
export { ensureDatabase, UTF8_CTYPE } from './db/ensure-database';
export { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
export { createServices, type Services } from './services';
export { QueueRuntime, DEFAULT_JOB_OPTIONS, type JobHandlers, type JobHandler } from './queue/runtime';
export { JOBS, QUEUES, type JobMap, type JobName, type QueueName } from './queue/jobs';
export { onShutdown, requireDatabaseUrl } from './process';
export { beijingDay, TIME_ZONE } from './common/time';
export * from './compounds/compound.enums';
export { Compound } from './compounds/compound.entity';
export { Gate } from './compounds/gate.entity';
export { District } from './geography/district.entity';
export { Street } from './geography/street.entity';
export { Community } from './geography/community.entity';
export { StreetKind } from './geography/geography.enums';
