import { NextResponse, type NextRequest } from 'next/server';

/**
 * A nonce-based Content-Security-Policy for every page. The app router streams its data in
 * inline scripts; Next puts the nonce it finds in the request's CSP header on them and on its
 * script tags, so no 'unsafe-inline' is needed for scripts. Pages render per request anyway (the
 * layout reads the locale cookie), so a fresh nonce costs no static optimisation.
 */
function contentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    // 'strict-dynamic': chunks loaded by nonce-bearing scripts are trusted; dev mode's React needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // recharts and React set style attributes, which nonces cannot cover; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Same-origin /graphql only; dev mode's hot reload talks over a WebSocket.
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  // Browsers ignore HSTS received over plain HTTP; sent only when the request came over HTTPS.
  if (request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https') {
    response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  }
  return response;
}

export const config = {
  // Pages only: /graphql answers JSON, and static assets carry no scripts of their own.
  matcher: [{ source: '/((?!graphql|_next/static|_next/image|icon.svg).*)' }],
};
