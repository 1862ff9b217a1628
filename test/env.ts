/**
 * Where the tests find their services. Defaults match the development machines (PostgreSQL 15
 * and Redis on localhost); override with TEST_DATABASE_URL / TEST_REDIS_URL.
 */
export const TEST_ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The migrated template every test database is cloned from. */
export const TEMPLATE_DB = 'anju_test_template';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
