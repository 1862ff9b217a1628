import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/auth.service';
import { authenticateToken, readSessionToken } from '../auth/credentials';
import { Role } from '../auth/roles';
import { AppError, ErrorCode } from '../graphql/errors';
import { isDatabaseUnavailable } from '../db/unavailable';
import type { Logger } from '../logger';
import type { QueueRuntime } from '../queue/runtime';
import type { Services } from '../services';
import { MAX_BATCH_EVENTS, MAX_EVENT_BYTES } from './gate-event.schema';

/** The largest body a full batch can need, read only after the device key checked out. */
export const INGEST_BODY_LIMIT = MAX_BATCH_EVENTS * (MAX_EVENT_BYTES + 1) + 1024;
/** Batches arriving within the same window share one rollup job. */
const ROLLUP_WINDOW_MS = 2000;
/** How long a device should wait before resending a batch refused with 503. */
const RETRY_AFTER_SECONDS = 5;

/**
 * Asks the workers to fold newly stored events into the hourly rollups. Called after commit; the
 * job of a window runs when the window ends, so it sees every batch that asked for it (a batch
 * asking for a window whose job already ran would otherwise wait for the minute sweep). A lost
 * request is caught by that sweep.
 */
export function requestRollup(queue: Pick<QueueRuntime, 'enqueue'>, logger: Logger): void {
  const now = Date.now();
  const window = Math.floor(now / ROLLUP_WINDOW_MS);
  queue.enqueue('gates.rollup', { window }, { delay: (window + 1) * ROLLUP_WINDOW_MS - now }).catch((error: unknown) => {
    logger.warn({ err: error }, 'could not enqueue the gate rollup job; the scheduled sweep will run it');
  });
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.DEVICE_NOT_REGISTERED]: 403,
  [ErrorCode.BATCH_TOO_LARGE]: 413,
};

function sendError(res: Response, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code, requestId: res.locals.requestId as string } }] });
}

/**
 * `POST /ingest/gate-events`: a device key as bearer token, a JSON array or NDJSON body
 * (Content-Type application/x-ndjson) of up to 5,000 events. 200 with the per-batch result;
 * 503 SERVICE_UNAVAILABLE with Retry-After when PostgreSQL is unreachable (nothing was stored
 * unless a 200 says so, so the device resends the whole batch).
 */
export function gateIngestHandlers(options: {
  services: Services;
  queue: Pick<QueueRuntime, 'enqueue'>;
  logger: Logger;
}): RequestHandler[] {
  const { services, queue, logger } = options;
  const authenticate: RequestHandler = async (req, res, next) => {
    try {
      const token = readSessionToken(req);
      const viewer = token ? await authenticateToken(services, token) : null;
      if (!viewer)
        return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'A valid device key is required (Authorization: Bearer anju_d_...).');
      if (viewer.role !== Role.DEVICE) return sendError(res, 403, ErrorCode.FORBIDDEN, 'Only gate device keys may ingest events.');
      res.locals.viewer = viewer;
      next();
    } catch (error) {
      next(error);
    }
  };
  const body = express.text({ type: () => true, limit: INGEST_BODY_LIMIT });
  const ingest = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const text = typeof req.body === 'string' ? req.body : '';
      const ndjson = /ndjson/i.test(req.header('content-type') ?? '');
      const result = await services.gates.ingest.ingestBody(res.locals.viewer as Viewer, text, ndjson);
      if (result.accepted > 0) requestRollup(queue, logger);
      res.json(result);
    } catch (error) {
      next(error);
    }
  };
  const errors = (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error, requestId: res.locals.requestId as string }, 'gate ingest refused: database unavailable');
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return sendError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'The database is briefly unavailable; resend the whole batch later.', {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    if (error instanceof AppError || error instanceof GraphQLError) {
      const code = String(error.extensions.code);
      const { code: _code, ...extensions } = error.extensions;
      return sendError(res, STATUS[code] ?? 400, code as ErrorCode, error.message, extensions);
    }
    // Body too large or unreadable: the shared JSON error handler answers.
    next(error);
  };
  return [authenticate, body, ingest, errors] as RequestHandler[];
}
