import type { TypedDocumentString } from '@/gql/graphql';
import { ApiError, SESSION_ERROR_CODES, type GraphQLErrorPayload } from './errors';

/** Same-origin endpoint; the Next route handler forwards it to the API. */
const ENDPOINT = '/graphql';

type SessionErrorListener = (error: ApiError) => void;
let sessionErrorListener: SessionErrorListener | undefined;

/**
 * The session layer listens here: any operation answered with UNAUTHENTICATED, an enrolment
 * demand or an expired password sends the user to sign in, enrol or change the password.
 */
export function onSessionError(listener: SessionErrorListener): () => void {
  sessionErrorListener = listener;
  return () => {
    if (sessionErrorListener === listener) sessionErrorListener = undefined;
  };
}

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorPayload[];
}

/** Runs one operation; resolves with `data` or rejects with an ApiError. */
export async function fetchGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
  /** False for the session's own `me` check: its UNAUTHENTICATED means "not signed in", nothing to report. */
  reportSessionErrors = true,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      // application/json also satisfies Apollo Server's CSRF prevention.
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('NETWORK_ERROR', error instanceof Error ? error.message : String(error));
  }

  const requestId = response.headers.get('x-request-id') ?? undefined;
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    const code = response.status === 502 || response.status === 503 || response.status === 504 ? 'SERVICE_UNAVAILABLE' : 'UNKNOWN';
    throw new ApiError(code, `HTTP ${response.status}`, undefined, requestId);
  }

  const first = body.errors?.[0];
  if (first) {
    const error = ApiError.fromPayload(first, requestId);
    if (reportSessionErrors && SESSION_ERROR_CODES.includes(error.code)) sessionErrorListener?.(error);
    throw error;
  }
  if (body.data == null) throw new ApiError('UNKNOWN', `HTTP ${response.status} without data`, undefined, requestId);
  return body.data;
}
