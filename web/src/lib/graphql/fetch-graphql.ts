import type { TypedDocumentString } from '@/gql/graphql';
import { ApiError, type GraphQLErrorPayload } from './errors';

/** Same-origin endpoint; the Next route handler forwards it to the API. */
const ENDPOINT = '/graphql';

interface GraphQLResponse<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorPayload[];
}

/** Runs one operation; resolves with `data` or rejects with an ApiError. */
export async function fetchGraphQL<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
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
  if (first) throw ApiError.fromPayload(first, requestId);
  if (body.data == null) throw new ApiError('UNKNOWN', `HTTP ${response.status} without data`, undefined, requestId);
  return body.data;
}
