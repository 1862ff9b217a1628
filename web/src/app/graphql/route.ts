/**
 * Same-origin GraphQL endpoint for the browser: forwards each POST to the API, read from
 * ANJU_API_URL at run time so one build runs against any API.
 */

/** Request headers the API needs: body type, tracing, session, and Apollo's CSRF preflight marker. */
const FORWARDED_REQUEST_HEADERS = [
  'content-type',
  'accept',
  'x-request-id',
  'cookie',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  // The browser's address (Next sets it from the socket) for the API's per-IP limits; the API
  // believes it only from a proxy it trusts (TRUST_PROXY, loopback by default).
  'x-forwarded-for',
];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'x-request-id', 'cache-control', 'retry-after'];

/** Longer than any sane query; a hung API must not hold the browser's request forever. */
const UPSTREAM_TIMEOUT_MS = 30_000;

function apiUrl(): string {
  return `${process.env.ANJU_API_URL ?? 'http://127.0.0.1:4000'}/graphql`;
}

function pick(source: Headers, names: readonly string[]): Headers {
  const picked = new Headers();
  for (const name of names) {
    const value = source.get(name);
    if (value !== null) picked.set(name, value);
  }
  return picked;
}

function serviceUnavailable(requestId: string | null): Response {
  const extensions = requestId ? { code: 'SERVICE_UNAVAILABLE', requestId } : { code: 'SERVICE_UNAVAILABLE' };
  return Response.json(
    { errors: [{ message: 'The API is unreachable; please retry.', extensions }], data: null },
    { status: 503, headers: { 'cache-control': 'no-store' } },
  );
}

export async function POST(request: Request): Promise<Response> {
  const requestId = request.headers.get('x-request-id');
  let upstream: Response;
  try {
    upstream = await fetch(apiUrl(), {
      method: 'POST',
      headers: pick(request.headers, FORWARDED_REQUEST_HEADERS),
      body: await request.arrayBuffer(),
      cache: 'no-store',
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
    });
  } catch {
    return serviceUnavailable(requestId);
  }
  const headers = pick(upstream.headers, FORWARDED_RESPONSE_HEADERS);
  // Each cookie separately: joined into one header they would no longer parse.
  for (const cookie of upstream.headers.getSetCookie()) headers.append('set-cookie', cookie);
  // Passed through untouched: the API's status and errors are what the client understands.
  return new Response(upstream.body, { status: upstream.status, headers });
}
