import { GraphQLError } from 'graphql';

/**
 * Stable error codes, sent in `extensions.code`. Clients branch on these, never on messages.
 * Domain modules add their own codes here as they land (one list, so codes stay unique).
 */
export enum ErrorCode {
  /** The id does not exist (or, once scopes land, is outside the caller's scope). */
  NOT_FOUND = 'NOT_FOUND',
  /** An argument is malformed or out of range; `extensions.field` names it. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The query itself does not validate against the schema. */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** Database or queue unreachable for a moment; the request may be retried. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Anything unexpected. Details stay in the server log under the request id. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'AppError';
  }
}

export function notFound(entity: string, id: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `${entity} "${id}" was not found`, { entity, id });
}

export function badInput(field: string, reason: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${reason}`, { field, reason });
}
