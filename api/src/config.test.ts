import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, databaseMode, parseConfig, queueBackend } from './config';

describe('configuration', () => {
  it('has working defaults: embedded database, PostgreSQL queue', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ NODE_ENV: 'development', API_PORT: 4000, WEB_PORT: 3000, SEED_ON_START: true });
    expect(databaseMode(config)).toBe('embedded');
    expect(queueBackend(config)).toBe('postgres');
    expect(queueBackend(parseConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }))).toBe('redis');
  });

  it('reads every variable it knows', () => {
    const config = parseConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/anju',
      REDIS_URL: 'redis://127.0.0.1:6379',
      API_PORT: '4100',
      SEED_ON_START: 'false',
      WORKER_CONCURRENCY: '8',
    });
    expect(config).toMatchObject({ NODE_ENV: 'production', API_PORT: 4100, SEED_ON_START: false, WORKER_CONCURRENCY: 8 });
  });

  it('takes personal data keys as given (unset: the personal data module uses demo keys outside production)', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    const keys = `2024-01:${key}, 2025_b:${key.replace(/=$/, '')}`;
    expect(parseConfig({ PERSONAL_DATA_KEYS: keys, BLIND_INDEX_KEY: key })).toMatchObject({
      PERSONAL_DATA_KEYS: keys,
      BLIND_INDEX_KEY: key,
    });
    const defaults = parseConfig({});
    expect(defaults.PERSONAL_DATA_KEYS).toBeUndefined();
    expect(defaults.BLIND_INDEX_KEY).toBeUndefined();
  });

  it('has request limits and trusts only a proxy on loopback by default', () => {
    expect(parseConfig({})).toMatchObject({
      RATE_LIMIT_IP_PER_MINUTE: 600,
      RATE_LIMIT_USER_PER_MINUTE: 300,
      LOGIN_ATTEMPTS_IP_PER_15_MIN: 20,
      TRUST_PROXY: 'loopback',
    });
    expect(parseConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
  });

  const bad: [string, string, string][] = [
    ['API_PORT', 'abc', 'API_PORT must be an integer port 1-65535 (got "abc")'],
    ['API_PORT', '70000', 'API_PORT must be an integer port 1-65535 (got "70000")'],
    ['WEB_PORT', '3.5', 'WEB_PORT must be an integer port 1-65535 (got "3.5")'],
    ['EMBEDDED_PG_PORT', '-1', 'EMBEDDED_PG_PORT must be an integer port 1-65535 (got "-1")'],
    ['DATABASE_URL', 'mysql://x', 'DATABASE_URL must be a postgres:// URL, e.g. postgres://user@host:5432/anju (got "mysql://x")'],
    ['REDIS_URL', '127.0.0.1:6379', 'REDIS_URL must be a redis:// URL, e.g. redis://127.0.0.1:6379 (got "127.0.0.1:6379")'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be development, test or production (got "staging")'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent (got "loud")'],
    ['SEED_ON_START', 'yes', 'SEED_ON_START must be true or false (got "yes")'],
    ['WORKER_CONCURRENCY', '0', 'WORKER_CONCURRENCY must be an integer 1-64 (got "0")'],
    ['SHUTDOWN_TIMEOUT_MS', '10', 'SHUTDOWN_TIMEOUT_MS must be an integer number of milliseconds 1000-600000 (got "10")'],
    ['RATE_LIMIT_IP_PER_MINUTE', '0', 'RATE_LIMIT_IP_PER_MINUTE must be an integer number of requests 1-1000000 (got "0")'],
    ['RATE_LIMIT_USER_PER_MINUTE', 'lots', 'RATE_LIMIT_USER_PER_MINUTE must be an integer number of requests 1-1000000 (got "lots")'],
    ['LOGIN_ATTEMPTS_IP_PER_15_MIN', '2.5', 'LOGIN_ATTEMPTS_IP_PER_15_MIN must be an integer number of requests 1-10000 (got "2.5")'],
    [
      'TRUST_PROXY',
      'everyone',
      'TRUST_PROXY must be true, false, a hop count, or a comma-separated list of loopback, linklocal, uniquelocal, addresses or CIDR subnets (got "everyone")',
    ],
    ['AUDIT_RETENTION_DAYS', '179', 'AUDIT_RETENTION_DAYS must be an integer number of days, at least 180 (got "179")'],
    ['GATE_EVENT_RETENTION_DAYS', '29', 'GATE_EVENT_RETENTION_DAYS must be an integer number of days 30-3650 (got "29")'],
    ['GATE_EVENT_MAX_AGE_DAYS', '15', 'GATE_EVENT_MAX_AGE_DAYS must be an integer number of days 1-14 (got "15")'],
    ['GATE_EVENT_MAX_FUTURE_SECONDS', '-5', 'GATE_EVENT_MAX_FUTURE_SECONDS must be an integer number of seconds 0-3600 (got "-5")'],
    ['SESSION_IDLE_MINUTES', '2', 'SESSION_IDLE_MINUTES must be an integer number of minutes 5-1440 (got "2")'],
    ['SESSION_CACHE_MS', '-1', 'SESSION_CACHE_MS must be an integer number of milliseconds 0-60000 (got "-1")'],
    ['SESSION_ABSOLUTE_HOURS', '0.5', 'SESSION_ABSOLUTE_HOURS must be an integer number of hours 1-168 (got "0.5")'],
    ['PASSWORD_REQUIRE_COMPOSITION', 'yes', 'PASSWORD_REQUIRE_COMPOSITION must be true or false (got "yes")'],
    [
      'PASSWORD_MAX_AGE_DAYS',
      '-1',
      'PASSWORD_MAX_AGE_DAYS must be an integer number of days 0-3650 (0: passwords never expire) (got "-1")',
    ],
    ...personalDataKeyCases(),
  ];

  it.each(bad)('%s=%s is refused with one line naming the variable and the expected form', (variable, value, message) => {
    let error: unknown;
    try {
      parseConfig({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe(`anju: invalid configuration: ${message}`);
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('stops a process with exit code 1 and exactly that one line on stderr', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "require('./api/src/config').loadConfig(); console.log('started')"],
      {
        cwd: path.join(__dirname, '..', '..'),
        env: { PATH: process.env.PATH, API_PORT: 'eighty' },
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('anju: invalid configuration: API_PORT must be an integer port 1-65535 (got "eighty")\n');
  });
});

/** Bad key settings: the message says what is wrong and never shows the value. */
function personalDataKeyCases(): [string, string, string][] {
  const key = Buffer.alloc(32, 7).toString('base64');
  const short = Buffer.alloc(16, 7).toString('base64');
  const keys = (problem: string) =>
    `PERSONAL_DATA_KEYS must be comma-separated keyId:base64key entries, each key 32 bytes; ${problem} (got "<secret, not shown>")`;
  return [
    ['PERSONAL_DATA_KEYS', key, keys('entry 1 has no key id (keyId:base64key)')],
    ['PERSONAL_DATA_KEYS', `k1:${short}`, keys('key "k1" decodes to 16 bytes, not 32')],
    ['PERSONAL_DATA_KEYS', 'k1:not base64!', keys('key "k1" is not base64')],
    ['PERSONAL_DATA_KEYS', `k1:${key},k1:${key}`, keys('key id "k1" appears twice')],
    ['PERSONAL_DATA_KEYS', `k1:${key},,k2:${key}`, keys('entry 2 is empty')],
    ['PERSONAL_DATA_KEYS', `${key}:${key}`, keys('entry 1 has a key id that is not 1-32 of A-Z, a-z, 0-9, _ and -')],
    [
      'BLIND_INDEX_KEY',
      short,
      'BLIND_INDEX_KEY must be the base64 of 32 bytes; the value decodes to 16 bytes, not 32 (got "<secret, not shown>")',
    ],
    ['BLIND_INDEX_KEY', 'k1:' + key, 'BLIND_INDEX_KEY must be the base64 of 32 bytes; the value is not base64 (got "<secret, not shown>")'],
  ];
}
