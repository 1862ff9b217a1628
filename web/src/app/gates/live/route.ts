/**
 * The live gate feed for the browser as Server-Sent Events. The API serves subscriptions over
 * graphql-ws, but WebSockets cannot pass through a Next route handler (the /graphql proxy), and
 * the session cookie is httpOnly and SameSite=Strict on the dashboard's origin, so the browser
 * cannot open a socket to the API itself. This handler opens one graphql-ws connection per open
 * page, upstream to the API with the browser's own cookie (the API authenticates and scopes it
 * exactly as /graphql), and forwards each event as an SSE message. SSE over plain HTTP keeps the
 * browser side simple (EventSource reconnects by itself) and needs no second port or proxy rule.
 *
 * Messages: `event: live` (a GateLive event), `event: ready` (subscribed, and again after an
 * upstream reconnect: the page refetches then), `event: failure` ({ code }, then the stream ends:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, ...). Comment lines keep idle connections open.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GateLiveSubscription as GateLiveResult, GatePlaceLevel } from '@/gql/graphql';
import { GateLiveSubscription } from '@/features/gates/queries';

export const dynamic = 'force-dynamic';

const LEVELS: readonly GatePlaceLevel[] = ['DISTRICT', 'STREET', 'COMPOUND', 'GATE'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Proxies and browsers drop connections that stay silent; a comment line every 15 s keeps this one open. */
const KEEPALIVE_MS = 15_000;

function apiSocketUrl(): string {
  return `${(process.env.ANJU_API_URL ?? 'http://127.0.0.1:4000').replace(/^http/, 'ws')}/graphql`;
}

/** graphql-ws closes with 4403 when the session is missing or invalid, 4401 when it ended meanwhile. */
function codeOf(reason: unknown): string {
  if (Array.isArray(reason)) {
    const code = (reason[0] as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
    return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  }
  const close = (reason as { code?: unknown } | null)?.code;
  if (close === 4401 || close === 4403) return 'UNAUTHENTICATED';
  return 'SERVICE_UNAVAILABLE';
}

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const level = params.get('level') as GatePlaceLevel | null;
  const id = params.get('id') ?? '';
  if (!level || !LEVELS.includes(level) || !UUID.test(id)) {
    return Response.json({ code: 'BAD_USER_INPUT', message: 'level and id are required' }, { status: 400 });
  }
  const headers: Record<string, string> = {};
  for (const name of ['cookie', 'x-forwarded-for', 'user-agent']) {
    const value = request.headers.get(name);
    if (value !== null) headers[name] = value;
  }

  const encoder = new TextEncoder();
  let stop = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const client: Client = createClient({
        url: apiSocketUrl(),
        lazy: false,
        // The API restarting is not the end: reconnect a few times, and tell the page to refetch.
        retryAttempts: 5,
        shouldRetry: (event) => codeOf(event) === 'SERVICE_UNAVAILABLE',
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        },
        on: { connected: () => send('ready', {}) },
        onNonLazyError: () => undefined,
      });
      const keepalive = setInterval(() => write(': keepalive\n\n'), KEEPALIVE_MS);
      const unsubscribe = client.subscribe<GateLiveResult>(
        { query: GateLiveSubscription.toString(), variables: { place: { level, id } } },
        {
          next: (result) => {
            if (result.errors?.length) {
              send('failure', { code: codeOf(result.errors) });
              stop();
            } else if (result.data) {
              send('live', result.data.gateLive);
            }
          },
          error: (reason) => {
            send('failure', { code: codeOf(reason) });
            stop();
          },
          complete: () => stop(),
        },
      );
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(keepalive);
        unsubscribe();
        void client.dispose();
        controller.close();
      };
      request.signal.addEventListener('abort', () => stop());
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}
