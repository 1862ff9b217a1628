import 'reflect-metadata';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { migrations } from '../../../migrations';
import { entities } from './entities';
import { SnakeNamingStrategy } from './naming';

export interface DataSourceOptions {
  url: string;
  /** Connection pool size per process. */
  poolSize?: number;
  /** Optional hook, e.g. to count SQL statements in benchmarks and tests. */
  logger?: TypeOrmLogger;
  applicationName?: string;
}

/** The one way a process builds its TypeORM DataSource. Schema changes come only from migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: options.logger,
    logging: options.logger ? ['query', 'error'] : false,
    applicationName: options.applicationName ?? 'anju',
    extra: { max: options.poolSize ?? 10 },
  });
}

/** Counts statements; the benchmark and the DataLoader tests use it to prove query bounds. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
