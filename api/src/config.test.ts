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
