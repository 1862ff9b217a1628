import type { RequestInfo, Viewer } from '../auth/auth.service';
import type { Scope } from '../auth/scope';
import type { RateLimitDecision } from '../http/rate-limit';
import type { Logger } from '../logger';
import type { QueueRuntime } from '../queue/runtime';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/** Sets or clears the dashboard's httpOnly session cookie on the response (a no-op outside HTTP). */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Built fresh for every request: its loaders cache only within the request. */
export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
  logger: Logger;
  /** The signed-in caller, or null. The policy plugin has checked it before any resolver runs. */
  viewer: Viewer | null;
  /** What the caller may see; services apply it in SQL. */
  scope: Scope;
  request: RequestInfo;
  sessionCookie: SessionCookie;
  /** Where mutations hand work to the workers (the typed job map). */
  queue: Pick<QueueRuntime, 'enqueue'>;
  /** Login attempts per client address, shared across API processes. */
  loginLimiter: { consume(key: string): Promise<RateLimitDecision> };
}
