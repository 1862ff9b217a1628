import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters when the API runs without Redis (api/src/http/rate-limit.ts). The columns
 * are the ones rate-limiter-flexible's RateLimiterPostgres reads and writes; it must not create
 * the table itself at run time.
 */
export class RateLimits1764200000000 implements MigrationInterface {
  name = 'RateLimits1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // UNLOGGED: counters live for minutes, are written on every request, and losing them in a
    // crash only resets the windows; no WAL is worth that.
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    // The limiter deletes expired rows every five minutes.
    await q.query(`CREATE INDEX rate_limit_expire_idx ON rate_limit (expire)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit`);
  }
}
