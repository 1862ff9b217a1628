import { parse as parseCookies } from 'cookie';
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../auth/auth.service';
import { decide, rootFields } from '../auth/authorization';
import { authenticateToken, SESSION_COOKIE } from '../auth/credentials';
import { accessFor } from '../auth/policy';
import type { RateLimits } from '../http/rate-limit';
import type { Logger } from '../logger';
import type { Services } from '../services';
import type { Armor } from './armor';
import type { Context } from './context';
import { AppError, ErrorCode } from './errors';
import { formatError } from './format-error';

/** The same path as queries: one endpoint, HTTP POST for queries and mutations, WebSocket for subscriptions. */
const PATH = '/graphql';
/** Messages are small subscribe requests; the same cap as HTTP bodies. */
const MAX_MESSAGE_BYTES = 100 * 1024;
/** Live views need a handful; more from one socket is a client bug or abuse. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 10;
/** A revoked or expired session loses its sockets within this time. */
const SESSION_RECHECK_MS = 30_000;

interface SocketState {
  viewer: Viewer;
  token: string;
  timer: NodeJS.Timeout;
}

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  services: Services;
  armor: Armor;
  rateLimits: RateLimits;
  logger: Logger;
  production: boolean;
  contextFor(context: { viewer: Viewer; request: Context['request'] }): Context;
  /** Express's compiled `trust proxy`: whether the hop at `address` (i hops from the socket) is trusted. */
  trustProxy(address: string, hop: number): boolean;
}

/** The session token of an upgrade request: `Authorization: Bearer …` or the dashboard's cookie. */
export function sessionTokenOf(headers: IncomingMessage['headers']): string | null {
  const authorization = headers.authorization;
  if (authorization) return /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? null;
  return headers.cookie ? (parseCookies(headers.cookie)[SESSION_COOKIE] ?? null) : null;
}

/** The client's address as Express computes req.ip: walk X-Forwarded-For back while the hop is a trusted proxy. */
export function clientAddress(request: IncomingMessage, trust: (address: string, hop: number) => boolean): string {
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .reverse();
  const chain = [request.socket.remoteAddress ?? '', ...forwarded];
  let hop = 0;
  while (hop < chain.length - 1 && trust(chain[hop]!, hop)) hop += 1;
  return chain[hop]!;
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * GraphQL subscriptions over graphql-ws on the API's own HTTP server. The same rules as /graphql:
 * the per-address rate limit at the upgrade, the session from the same cookie or bearer token (or
 * `connectionParams.authorization`), armor's limits on every document, the policy table on every
 * root field (refusals audited), and the caller's scope inside the resolvers. Sessions are
 * re-checked while the socket is open.
 */
export function serveSubscriptions(server: Server, options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { schema, services, armor, rateLimits, logger } = options;
  const sockets = new WeakMap<object, SocketState>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://anju.invalid');
    if (url.pathname !== PATH) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    // A browser page from another site must not ride on the dashboard's cookie.
    const origin = request.headers.origin;
    if (origin !== undefined && new URL(origin).host !== request.headers.host) {
      refuse(socket, 403, 'Forbidden');
      return;
    }
    rateLimits.ip.consume(clientAddress(request, options.trustProxy)).then(
      (decision) => {
        if (!decision.allowed) return refuse(socket, 429, 'Too Many Requests');
        wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
      },
      (error: unknown) => {
        logger.error({ err: error }, 'subscriptions: rate limit store failed');
        refuse(socket, 503, 'Service Unavailable');
      },
    );
  };
  server.on('upgrade', onUpgrade);

  const disposable = useServer<{ authorization?: string }, { state: SocketState }>(
    {
      schema,
      onConnect: async (ctx) => {
        const fromParams = /^Bearer\s+(\S+)$/i.exec(ctx.connectionParams?.authorization ?? '')?.[1] ?? null;
        const token = sessionTokenOf(ctx.extra.request.headers) ?? fromParams;
        const viewer = token ? await authenticateToken(services, token) : null;
        if (!token || !viewer) return false;
        const socket = ctx.extra.socket;
        const timer = setInterval(() => {
          authenticateToken(services, token).then(
            (still) => {
              if (!still) socket.close(4401, 'Unauthorized');
            },
            (error: unknown) => logger.warn({ err: error }, 'subscriptions: session re-check failed'),
          );
        }, SESSION_RECHECK_MS);
        timer.unref();
        const state = { viewer, token, timer };
        sockets.set(socket, state);
        ctx.extra.state = state;
        return true;
      },
      onClose: (ctx) => {
        const state = sockets.get(ctx.extra.socket);
        if (state) clearInterval(state.timer);
      },
      onSubscribe: async (ctx, id, payload) => {
        const state = ctx.extra.state;
        if (!state) return [new AppError(ErrorCode.UNAUTHENTICATED, '请先登录 (sign in first)')];
        const active = Object.keys(ctx.subscriptions).filter((key) => key !== id).length;
        if (active >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [
            new AppError(ErrorCode.RATE_LIMITED, 'too many subscriptions on one connection', { limit: MAX_SUBSCRIPTIONS_PER_CONNECTION }),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, armor.parseOptions);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('unparsable query')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...armor.validationRules]);
        if (errors.length > 0) return errors;
        const operation = document.definitions.find(
          (d): d is OperationDefinitionNode =>
            d.kind === Kind.OPERATION_DEFINITION && (payload.operationName == null || d.name?.value === payload.operationName),
        );
        if (!operation || operation.operation !== 'subscription') {
          return [new AppError(ErrorCode.BAD_REQUEST, 'only subscriptions run over WebSocket; send queries and mutations as HTTP POST')];
        }
        const request = {
          requestId: `ws:${id}`,
          ip: clientAddress(ctx.extra.request, options.trustProxy),
          userAgent: ctx.extra.request.headers['user-agent'] ?? null,
        };
        const contextValue = options.contextFor({ viewer: state.viewer, request });
        for (const field of rootFields(operation, document)) {
          if (field === '__typename') continue;
          const refusal = decide(accessFor('Subscription', field), state.viewer, field);
          if (!refusal) continue;
          await services.securityEvents.record({
            action: 'authz.denied',
            outcome: 'denied',
            actor: { id: state.viewer.userId, username: state.viewer.username, role: state.viewer.role },
            targetType: 'operation',
            targetId: field,
            reason: String(refusal.extensions.code),
            request,
          });
          return [refusal];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      // The same error shapes as HTTP: expected errors keep code and message, anything else is masked.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
      onError: (_ctx, id, _payload, errors) => {
        logger.debug({ id, errors: errors.map((e) => e.message) }, 'subscription refused');
      },
      isProd: options.production,
    },
    wss,
  );

  let closing: Promise<void> | undefined;
  return {
    close: () =>
      (closing ??= (async () => {
        server.off('upgrade', onUpgrade);
        await disposable.dispose();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
      })()),
  };
}
