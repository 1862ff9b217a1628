import { GraphQLError } from 'graphql';

/**
 * Stable error codes, sent in `extensions.code`. Clients branch on these, never on messages.
 * Domain modules add their own codes here as they land (one list, so codes stay unique).
 */
export enum ErrorCode {
  /** The id does not exist, or is outside the caller's scope (the two are indistinguishable). */
  NOT_FOUND = 'NOT_FOUND',
  /** An argument is malformed or out of range; `extensions.field` names it. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The query itself does not validate against the schema. */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** Database or queue unreachable for a moment; the request may be retried. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** No valid session: missing, expired, revoked or forged token. Log in again. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The caller's role may not run this operation (the policy table says who may). */
  FORBIDDEN = 'FORBIDDEN',
  /** Login failed: wrong user name or password, or the account is locked or disabled (never said which). */
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  /** The account has a second factor: send `totpCode` or `recoveryCode` with the password. */
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  /** The role needs a second factor and this account has none yet: enrol TOTP first. */
  SECOND_FACTOR_ENROLMENT_REQUIRED = 'SECOND_FACTOR_ENROLMENT_REQUIRED',
  /** The password is older than PASSWORD_MAX_AGE_DAYS: change it before anything else. */
  PASSWORD_EXPIRED = 'PASSWORD_EXPIRED',
  /** The query exceeds a depth, cost, alias, directive or token limit; `extensions.limit` names which. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Too many requests from this address or account; retry after `extensions.retryAfterSeconds` (HTTP 429). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The request body is larger than the API accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The HTTP request itself is malformed (unparsable JSON) or lacks the CSRF preflight header. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** Only a draft rule set newer than its district's active version can be activated; `extensions.status` says what it is. */
  RULE_SET_NOT_ACTIVATABLE = 'RULE_SET_NOT_ACTIVATABLE',
  /**
   * A renovation project may only advance one stage forward, or be corrected one stage back;
   * `extensions.from`, `to` and `allowed` (the stages it may move to) say what was refused.
   */
  ILLEGAL_STAGE_TRANSITION = 'ILLEGAL_STAGE_TRANSITION',
  /**
   * A hotline answer template names a variable its category does not offer; `extensions.variable`
   * names it, `category` and `allowed` list what may be used. Nothing is saved.
   */
  HOTLINE_TEMPLATE_UNKNOWN_VARIABLE = 'HOTLINE_TEMPLATE_UNKNOWN_VARIABLE',
  /**
   * A hotline ticket moves one status forward at a time (NEW → ASSIGNED → RESPONDED → RESOLVED →
   * CLOSED); `extensions.from`, `to` and `allowed` say what was refused.
   */
  ILLEGAL_TICKET_TRANSITION = 'ILLEGAL_TICKET_TRANSITION',
  /** A gate event batch holds more than 5,000 events; `extensions.limit` and `received` say how many (HTTP 413). */
  BATCH_TOO_LARGE = 'BATCH_TOO_LARGE',
  /** The device key belongs to no registered (or to a retired) gate device, so it cannot ingest (HTTP 403). */
  DEVICE_NOT_REGISTERED = 'DEVICE_NOT_REGISTERED',
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
