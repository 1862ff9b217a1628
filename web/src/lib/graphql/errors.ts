import type { Messages } from '@/i18n/messages';

/** Codes the API sends in `extensions.code`, plus the two the client raises itself. */
export type ApiErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR' | 'NETWORK_ERROR' | 'UNKNOWN';

const KNOWN_CODES: readonly ApiErrorCode[] = ['NOT_FOUND', 'BAD_USER_INPUT', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR'];

/** The shape of one entry of a GraphQL response's `errors`. */
export interface GraphQLErrorPayload {
  message: string;
  extensions?: { code?: unknown; field?: unknown; requestId?: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** For BAD_USER_INPUT: the argument at fault, e.g. `filter.search`. */
    readonly field?: string,
    /** For server faults: quote it to support to find the log entry. */
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromPayload(payload: GraphQLErrorPayload, fallbackRequestId?: string): ApiError {
    const ext = payload.extensions ?? {};
    const code = KNOWN_CODES.find((c) => c === ext.code) ?? 'UNKNOWN';
    const field = typeof ext.field === 'string' ? ext.field : undefined;
    const requestId = typeof ext.requestId === 'string' ? ext.requestId : fallbackRequestId;
    return new ApiError(code, payload.message, field, requestId);
  }
}

/** The user-facing sentence for an error, in the current language. */
export function errorMessage(error: ApiError, t: Messages): string {
  if (error.code === 'BAD_USER_INPUT') return fieldErrorMessage(error, t) ?? t.errors.BAD_USER_INPUT;
  return t.errors[error.code];
}

/** Messages for the arguments the UI lets people change; other fields fall back to the generic text. */
export function fieldErrorMessage(error: ApiError, t: Messages): string | undefined {
  switch (error.field) {
    case 'filter.search':
      return t.errors.searchLength;
    case 'after':
    case 'before':
      return t.errors.staleCursor;
    case 'first':
    case 'last':
      return t.errors.pageSize;
    default:
      return undefined;
  }
}
