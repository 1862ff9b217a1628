/**
 * Where the tests find their services. Defaults match the development machines (PostgreSQL 15
 * and Redis on localhost); override with TEST_DATABASE_URL / TEST_REDIS_URL.
 */
export const TEST_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * The migrated template every test database of this run is cloned from. Named after the jest
 * parent process (global setup exports it to the workers), so two runs never share one.
 */
export function templateDb(): string {
  return process.env.ANJU_TEST_TEMPLATE ?? `anju_tpl_${process.pid}`;
}

export function databaseUrl(name: string): string {
  const url = new URL(TEST_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
