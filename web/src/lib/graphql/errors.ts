import type { Messages } from '@/i18n/messages';

/** Codes the API sends in `extensions.code`, plus the two the client raises itself. */
export type ApiErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INVALID_CREDENTIALS'
  | 'SECOND_FACTOR_REQUIRED'
  | 'SECOND_FACTOR_ENROLMENT_REQUIRED'
  | 'PASSWORD_EXPIRED'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'ILLEGAL_STAGE_TRANSITION'
  | 'RULE_SET_NOT_ACTIVATABLE'
  | 'ILLEGAL_TICKET_TRANSITION'
  | 'HOTLINE_TEMPLATE_UNKNOWN_VARIABLE'
  | 'NETWORK_ERROR'
  | 'UNKNOWN';

const KNOWN_CODES: readonly ApiErrorCode[] = [
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'SECOND_FACTOR_REQUIRED',
  'SECOND_FACTOR_ENROLMENT_REQUIRED',
  'PASSWORD_EXPIRED',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'ILLEGAL_STAGE_TRANSITION',
  'RULE_SET_NOT_ACTIVATABLE',
  'ILLEGAL_TICKET_TRANSITION',
  'HOTLINE_TEMPLATE_UNKNOWN_VARIABLE',
];

/** Codes that say something about the session rather than the request: the session layer acts on them. */
export const SESSION_ERROR_CODES: readonly ApiErrorCode[] = ['UNAUTHENTICATED', 'SECOND_FACTOR_ENROLMENT_REQUIRED', 'PASSWORD_EXPIRED'];

/** The shape of one entry of a GraphQL response's `errors`. */
export interface GraphQLErrorPayload {
  message: string;
  extensions?: {
    code?: unknown;
    field?: unknown;
    reason?: unknown;
    requestId?: unknown;
    retryAfterSeconds?: unknown;
    /** HOTLINE_TEMPLATE_UNKNOWN_VARIABLE: the variable the template names that its category does not offer. */
    variable?: unknown;
    /** ILLEGAL_STAGE_TRANSITION / ILLEGAL_TICKET_TRANSITION: where it is, the step asked for, the steps it may take. */
    from?: unknown;
    to?: unknown;
    allowed?: unknown;
  };
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    /** For BAD_USER_INPUT: the argument at fault, e.g. `filter.search`. */
    readonly field?: string,
    /** For server faults: quote it to support to find the log entry. */
    readonly requestId?: string,
    /** For BAD_USER_INPUT: why the value is refused, in English (e.g. a password policy rule). */
    readonly reason?: string,
    /** For RATE_LIMITED: whole seconds until a retry can succeed. */
    readonly retryAfterSeconds?: number,
    /** For ILLEGAL_STAGE_TRANSITION: from, to, and the stages allowed instead (none at either end). */
    readonly transition?: { from: string; to: string; allowed: string[] },
    /** For HOTLINE_TEMPLATE_UNKNOWN_VARIABLE: the variable the template names that its category does not offer. */
    readonly variable?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromPayload(payload: GraphQLErrorPayload, fallbackRequestId?: string): ApiError {
    const ext = payload.extensions ?? {};
    const code = KNOWN_CODES.find((c) => c === ext.code) ?? 'UNKNOWN';
    const field = typeof ext.field === 'string' ? ext.field : undefined;
    const reason = typeof ext.reason === 'string' ? ext.reason : undefined;
    const requestId = typeof ext.requestId === 'string' ? ext.requestId : fallbackRequestId;
    const retryAfter = typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined;
    const transition =
      typeof ext.from === 'string' && typeof ext.to === 'string' && Array.isArray(ext.allowed)
        ? { from: ext.from, to: ext.to, allowed: ext.allowed.filter((s): s is string => typeof s === 'string') }
        : undefined;
    const variable = typeof ext.variable === 'string' ? ext.variable : undefined;
    return new ApiError(code, payload.message, field, requestId, reason, retryAfter, transition, variable);
  }
}

/** Anything a request threw, as an ApiError (an unexpected throw becomes UNKNOWN). */
export const asApiError = (caught: unknown): ApiError => (caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)));

/** The user-facing sentence for an error, in the current language. */
export function errorMessage(error: ApiError, t: Messages): string {
  if (error.code === 'BAD_USER_INPUT') return fieldErrorMessage(error, t) ?? t.errors.BAD_USER_INPUT;
  if (error.code === 'RATE_LIMITED') return t.errors.rateLimited(error.retryAfterSeconds ?? 60);
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

/**
 * The server's reason for refusing a form value (password policy, taken user name...), in the
 * current language when it is one the UI knows; otherwise the server's own words.
 */
export function reasonMessage(reason: string | undefined, t: Messages): string {
  if (!reason) return t.errors.BAD_USER_INPUT;
  const known: [RegExp, string][] = [
    // Renovation projects (api/src/renovation/renovation.service.ts); ahead of the general patterns below that would catch them.
    [/^already has a renovation project/, t.reasons.alreadyHasProject],
    [/^must be another compound/, t.reasons.templateSelf],
    [/^names no compound in your area/, t.reasons.templateOutside],
    [/^must be a compound whose renovation is finished/, t.reasons.templateUnfinished],
    [/^must not be before the planned start/, t.reasons.plannedBeforeStart],
    [/^must not be before the planned date of/, t.reasons.plannedOrder],
    [/^must not be before the project's planned start/, t.reasons.actualBeforeStart],
    [/^is listed twice/, t.reasons.itemTwice],
    [/^must not be negative/, t.reasons.moneyNegative],
    [/^must be at most 999999999999/, t.reasons.moneyTooLarge],
    [/^must have at most two decimals/, t.reasons.moneyFen],
    [/^must be a number$/, t.reasons.notNumber],
    [/^must be at most 200 characters/, t.reasons.noteLength],
    [/at most (\d+) characters/, t.reasons.tooLong],
    [/must not contain the user name/, t.reasons.containsUsername],
    [/too common/, t.reasons.tooCommon],
    [/three of/, t.reasons.composition],
    [/is not the current password/, t.reasons.wrongCurrent],
    [/must differ from the current password/, t.reasons.sameAsCurrent],
    [/is already taken/, t.reasons.taken],
    [/^must be 3-32 characters/, t.reasons.usernameFormat],
    [/^must be 1-64 characters/, t.reasons.displayNameLength],
    [/^is required for/, t.reasons.placeRequired],
    [/does not exist/, t.reasons.placeMissing],
    [/does not match/, t.reasons.codeMismatch],
    [/already set up/, t.reasons.alreadyEnrolled],
    [/not bound to a place/, t.reasons.noPlaceForRole],
    // Residents: personal-data validation (api/src/personal/normalize.ts) and the reason for unmasked reads.
    [/wrong check character/, t.reasons.idCheckCharacter],
    [/impossible birth date/, t.reasons.idBirthDate],
    [/^must be 18 characters/, t.reasons.idFormat],
    [/^must be an 11-digit mobile number/, t.reasons.phoneFormat],
    [/^must be a civil plate/, t.reasons.plateFormat],
    [/is already registered in this compound/, t.reasons.alreadyRegistered],
    [/^must be 1-16 letters, digits or dashes/, t.reasons.placeField],
    [/^must not be empty/, t.reasons.empty],
    [/^must say why, in 2-200/, t.reasons.correctionReason],
    [/^must say why/, t.reasons.reasonLength],
    // Closure qualification: assessments and rule sets (api/src/qualification/qualification.service.ts).
    [/^must be 2-500 characters/, t.reasons.evidenceLength],
    [/^must be 1-100 characters/, t.reasons.textLength100],
    [/^must be a whole number from (\d+) to (\d+)/, t.reasons.wholeNumber],
    [/^must not exceed the households asked/, t.reasons.willingOverAsked],
    [/^must not exceed the compound's/, t.reasons.askedOverHouseholds],
    [/^the survey needs both/, t.reasons.surveyBoth],
    [/^must be 0-100 yuan/, t.reasons.feeRange],
    [/^must be empty when hasCaretaker is false/, t.reasons.caretakerWithoutCaretaker],
    [/^must be a share between 0 and 1/, t.reasons.shareRange],
    [/^must have at most 4 decimals/, t.reasons.shareDecimals],
    [/^must be a date YYYY-MM-DD/, t.reasons.dateFormat],
    [/must not be in the future/, t.reasons.futureDate],
    [/must not be before/, t.reasons.dateTooEarly],
    [/^is required to hand over/, t.reasons.propertyCompanyRequired],
    [/^must be at most 200 characters|^must be 0-200 characters|^must be 1-200 characters/, t.reasons.noteLength],
    [/matches more than \d+ residents/, t.reasons.tooManyRows],
    // Property fees: contracts, ledger uploads and month ranges (api/src/fees/fee.service.ts).
    [/^must be a date as YYYY-MM-DD/, t.reasons.dateFormat],
    [/^must be a month as YYYY-MM/, t.reasons.monthFormat],
    [/^must be above 0 and at most 100 yuan/, t.reasons.feePerM2],
    [/^has no property-service contract/, t.reasons.noContract],
    [/^is before the contract starts/, t.reasons.beforeContract],
    [/^is not an \.xlsx file|^must be the \.xlsx file/, t.reasons.notXlsx],
    [/^is larger than \d+ MB/, t.reasons.fileTooLarge],
    [/^must not be before fromMonth/, t.reasons.monthOrder],
    [/^the range covers more than/, t.reasons.monthSpan],
    // Gate devices (api/src/gates/gate-device.service.ts).
    [/^must be an integer 5-86400/, t.reasons.heartbeatRange],
    [/^is already registered for this vendor/, t.reasons.serialTaken],
    [/^a retired device/, t.reasons.retiredDevice],
  ];
  return known.find(([pattern]) => pattern.test(reason))?.[1] ?? reason;
}
