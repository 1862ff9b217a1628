const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);
// node-postgres reports a connection lost mid-query or a pool that cannot connect with messages only.
const CONNECTION_MESSAGES = /Connection terminated|connection error|timeout exceeded when trying to connect|Connection is closed/i;
// TypeORM releases a query runner whose connection failed; the next query on it throws these.
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerProviderAlreadyReleasedError', 'QueryRunnerAlreadyReleasedError']);

/** Whether an error means PostgreSQL cannot be reached right now (retry later), not that the request is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  return (
    (typeof code === 'string' && CONNECTION_ERRORS.has(code)) ||
    (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) ||
    (typeof name === 'string' && RELEASED_RUNNER_ERRORS.has(name))
  );
}
