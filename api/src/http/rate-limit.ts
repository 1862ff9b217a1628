import type { Request, RequestHandler, Response } from 'express';
import IORedis from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '../graphql/errors';
import type { Logger } from '../logger';

export interface RateLimitSettings {
  /** Requests to /graphql per client address per minute. */
  ipPerMinute: number;
  /** Requests per signed-in user per minute. */
  userPerMinute: number;
  /** Login attempts per client address per 15 minutes. */
  loginAttemptsPer15Min: number;
}

/** The configuration defaults (RATE_LIMIT_IP_PER_MINUTE, RATE_LIMIT_USER_PER_MINUTE, LOGIN_ATTEMPTS_IP_PER_15_MIN). */
export const DEFAULT_RATE_LIMITS: RateLimitSettings = { ipPerMinute: 600, userPerMinute: 300, loginAttemptsPer15Min: 20 };

export interface RateLimitOptions extends RateLimitSettings {
  /** Counters in Redis when set, otherwise in PostgreSQL's `rate_limit` table. */
  redisUrl?: string;
  /** Namespaces the counters; tests sharing one Redis use their own. */
  keyPrefix?: string;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise whole seconds until the next attempt can succeed. */
  retryAfterSeconds: number;
}

/** One counter per key in a fixed window, shared by every API process using the same store. */
export class Limiter {
  constructor(private readonly limiter: RateLimiterAbstract) {}

  /** Counts one request for `key` and says whether it is within the limit. */
  async consume(key: string): Promise<RateLimitDecision> {
    try {
      await this.limiter.consume(key);
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (rejection) {
      // The library rejects with a RateLimiterRes when over the limit, with an Error when the store fails.
      if (rejection instanceof RateLimiterRes) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
      throw rejection;
    }
  }
}

export interface RateLimits {
  backend: 'redis' | 'postgres';
  /** Every /graphql request, keyed by client address (see TRUST_PROXY). */
  ip: Limiter;
  /** Every request of a signed-in user, keyed by user id; plug in with `rateLimit(limits.user, …)`. */
  user: Limiter;
  /** Login attempts, keyed by client address; the auth module calls `loginIp.consume(req.ip)`. */
  loginIp: Limiter;
  close(): Promise<void>;
}

export async function createRateLimits(db: DataSource, options: RateLimitOptions, logger: Logger): Promise<RateLimits> {
  const prefix = options.keyPrefix ?? 'anju-rl';
  const windows = [
    { name: 'ip', points: options.ipPerMinute, duration: 60 },
    { name: 'user', points: options.userPerMinute, duration: 60 },
    { name: 'login', points: options.loginAttemptsPer15Min, duration: 15 * 60 },
  ] as const;
  // A store outage must neither fail every request nor lift the limits: each process then
  // counts in memory until the store answers again.
  const insurance = (points: number, duration: number) => new RateLimiterMemory({ points, duration });

  let redis: IORedis | undefined;
  let build: (w: (typeof windows)[number], index: number) => RateLimiterAbstract;
  if (options.redisUrl) {
    // Its own connection: the queue's waits forever on a lost Redis; this one fails fast to the insurance.
    const client = new IORedis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
    redis = client;
    client.on('error', (error) => logger.warn({ err: error }, 'rate-limit store error'));
    // Connected before the first request, so counting starts in the shared store; ioredis keeps retrying if this fails.
    await client.connect().catch((error: unknown) => logger.warn({ err: error }, 'rate-limit store unreachable; counting in memory'));
    build = (w) =>
      new RateLimiterRedis({
        storeClient: client,
        rejectIfRedisNotReady: true,
        keyPrefix: `${prefix}:${w.name}`,
        points: w.points,
        duration: w.duration,
        insuranceLimiter: insurance(w.points, w.duration),
      });
  } else {
    build = (w, index) =>
      new RateLimiterPostgres({
        storeClient: db,
        storeType: 'typeorm',
        tableName: 'rate_limit',
        // The table comes from migration 1764200000000-rate-limits, not from the library.
        tableCreated: true,
        // The limiters share the table; one sweeper of expired rows is enough.
        clearExpiredByTimeout: index === 0,
        keyPrefix: `${prefix}:${w.name}`,
        points: w.points,
        duration: w.duration,
        insuranceLimiter: insurance(w.points, w.duration),
      });
  }
  const [ip, user, loginIp] = windows.map((w, index) => new Limiter(build(w, index))) as [Limiter, Limiter, Limiter];
  return {
    backend: redis ? 'redis' : 'postgres',
    ip,
    user,
    loginIp,
    close: async () => {
      if (redis) await redis.quit();
    },
  };
}

/** 429 with Retry-After and a GraphQL-shaped body, so clients handle it like any other error. */
export function sendRateLimited(res: Response, retryAfterSeconds: number): void {
  res
    .status(429)
    .set('retry-after', String(retryAfterSeconds))
    .json({
      errors: [
        {
          message: `Too many requests; retry in ${retryAfterSeconds} seconds.`,
          extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
        },
      ],
    });
}

/**
 * Express middleware counting each request against `limiter` under the key `keyOf` returns;
 * requests without a key (e.g. anonymous ones for a per-user limit) pass uncounted.
 */
export function rateLimit(limiter: Limiter, keyOf: (req: Request, res: Response) => string | undefined): RequestHandler {
  return async (req, res, next) => {
    const key = keyOf(req, res);
    if (key === undefined) return next();
    const decision = await limiter.consume(key);
    if (decision.allowed) return next();
    sendRateLimited(res, decision.retryAfterSeconds);
  };
}
