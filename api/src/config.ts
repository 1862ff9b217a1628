import { z } from 'zod';
import { parseKey, parseKeyring } from './personal/keyring';

/**
 * All configuration is read here, once, from the environment. Everything else receives a
 * typed `Config`; nothing reads process.env on its own.
 */

/** An integer within [min, max], with one message (`expected`) for every way to miss. */
const integer = (expected: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: expected })
    .int({ error: expected })
    .min(min, { error: expected })
    .max(max, { error: expected })
    .default(fallback);

const port = (fallback: number) => integer('an integer port 1-65535', 1, 65535, fallback);

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/[^\s]+$/, { error: 'a postgres:// URL, e.g. postgres://user@host:5432/anju' })
  .optional();

const redisUrl = z
  .string()
  .regex(/^rediss?:\/\/[^\s]+$/, { error: 'a redis:// URL, e.g. redis://127.0.0.1:6379' })
  .optional();

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'true or false' })
    .transform((v) => v === 'true' || v === '1')
    .default(fallback);

const requests = (max: number, fallback: number) => integer(`an integer number of requests 1-${max}`, 1, max, fallback);

const PROXY_EXPECTED = 'true, false, a hop count, or a comma-separated list of loopback, linklocal, uniquelocal, addresses or CIDR subnets';
const PROXY_ENTRY = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

/** Express's `trust proxy` setting: which peers may state the client address in X-Forwarded-For. */
const trustProxy = z
  .string()
  .refine((v) => /^(true|false|\d{1,2})$/.test(v) || v.split(',').every((entry) => PROXY_ENTRY.test(entry.trim())), {
    error: PROXY_EXPECTED,
  })
  .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v))
  .default('loopback');

/** Key material, checked by the parser that will use it, so the message says what is wrong. */
const secretKey = (parse: (value: string) => unknown) =>
  z
    .string()
    .superRefine((value, ctx) => {
      try {
        parse(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
      }
    })
    .optional();

// Their values never appear in an error message: it goes to stderr and into logs.
const SECRET_VARIABLES = new Set(['PERSONAL_DATA_KEYS', 'BLIND_INDEX_KEY']);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'development, test or production' }).default('development'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'fatal, error, warn, info, debug, trace or silent' })
    .default('info'),
  DATABASE_URL: postgresUrl,
  REDIS_URL: redisUrl,
  API_HOST: z.string().min(1, { error: 'a host name or address' }).default('0.0.0.0'),
  API_PORT: port(4000),
  WEB_PORT: port(3000),
  EMBEDDED_PG_PORT: port(54329),
  EMBEDDED_PG_DIR: z.string().min(1, { error: 'a directory path' }).default('.data/pg'),
  SEED_ON_START: flag(true),
  WORKER_CONCURRENCY: integer('an integer 1-64', 1, 64, 4),
  SHUTDOWN_TIMEOUT_MS: integer('an integer number of milliseconds 1000-600000', 1000, 600000, 20000),
  // Cybersecurity Law art. 21: network logs are kept at least six months.
  AUDIT_RETENTION_DAYS: integer('an integer number of days, at least 180', 180, Number.MAX_SAFE_INTEGER, 365),
  SESSION_IDLE_MINUTES: integer('an integer number of minutes 5-1440', 5, 1440, 30),
  SESSION_ABSOLUTE_HOURS: integer('an integer number of hours 1-168', 1, 168, 12),
  PASSWORD_REQUIRE_COMPOSITION: flag(false),
  // How long a process trusts a session it has just checked; 0 checks the database on every request.
  SESSION_CACHE_MS: integer('an integer number of milliseconds 0-60000', 0, 60000, 2000),
  PASSWORD_MAX_AGE_DAYS: integer('an integer number of days 0-3650 (0: passwords never expire)', 0, 3650, 0),
  RATE_LIMIT_IP_PER_MINUTE: requests(1_000_000, 600),
  RATE_LIMIT_USER_PER_MINUTE: requests(1_000_000, 300),
  LOGIN_ATTEMPTS_IP_PER_15_MIN: requests(10_000, 20),
  TRUST_PROXY: trustProxy,
  // Gate telemetry: raw events are kept this long (rollups forever); must exceed the accepted age.
  GATE_EVENT_RETENTION_DAYS: integer('an integer number of days 30-3650', 30, 3650, 180),
  GATE_EVENT_MAX_AGE_DAYS: integer('an integer number of days 1-14', 1, 14, 8),
  GATE_EVENT_MAX_FUTURE_SECONDS: integer('an integer number of seconds 0-3600', 0, 3600, 300),
  // Pending gate counts the rollup job folds per transaction.
  GATE_ROLLUP_CHUNK_ROWS: integer('an integer number of rows 10-100000', 10, 100_000, 2000),
  PERSONAL_DATA_KEYS: secretKey(parseKeyring),
  BLIND_INDEX_KEY: secretKey(parseKey),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
    readonly received: string | undefined,
  ) {
    super(
      `anju: invalid configuration: ${variable} must be ${expected}` +
        (received === undefined ? ' (it is not set)' : ` (got ${JSON.stringify(received)})`),
    );
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError naming the first bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  // An empty variable is treated as unset, the way shells and compose files usually mean it.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0]);
  throw new ConfigError(variable, issue.message, SECRET_VARIABLES.has(variable) ? '<secret, not shown>' : present[variable]);
}

/**
 * Loads the configuration for a process entry point. A bad value stops the process with one
 * line on stderr and exit code 1, before anything else starts.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Which runtime mode the configuration selects: embedded PostgreSQL, or external services. */
export function databaseMode(config: Config): 'embedded' | 'external' {
  return config.DATABASE_URL ? 'external' : 'embedded';
}

export function queueBackend(config: Config): 'redis' | 'postgres' {
  return config.REDIS_URL ? 'redis' : 'postgres';
}
