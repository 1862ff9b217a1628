import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode } from '../graphql/errors';
import type { Logger } from '../logger';

/** Every API response is JSON that may carry personal data: never sniffed as another type, never cached. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'no-store');
  next();
};

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

/**
 * Errors raised before Apollo (body too large, unparsable JSON) or outside it, as GraphQL-shaped
 * JSON instead of Express's HTML page with a stack trace.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    // Mid-response there is nothing left to replace; Express's handler closes the connection.
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    const requestId = res.locals.requestId as string | undefined;
    if (status === 500) logger.error({ err: error, requestId }, 'unexpected error');
    const [code, message] =
      status === 413
        ? [ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large.']
        : status === 500
          ? [ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error']
          : [ErrorCode.BAD_REQUEST, 'The request is malformed.'];
    res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}
