import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/unavailable';
import type { Logger } from '../logger';
import { formatLimitError } from './armor';
import type { Context } from './context';
import { ErrorCode } from './errors';

/** An error we raised on purpose (or graphql-js validation) carries its own code and message. */
function isExpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
  return typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Shapes every error a client sees: expected errors keep their code and message; anything else
 * becomes INTERNAL_SERVER_ERROR (SERVICE_UNAVAILABLE when the database is gone) without detail.
 * Never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limited = formatLimitError(formatted, error);
  if (limited) return limited;
  if (isExpected(error) || formatted.extensions?.code === ErrorCode.GRAPHQL_VALIDATION_FAILED) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const unavailable = isDatabaseUnavailable(unwrapResolverError(error));
  return {
    message: unavailable ? 'The service is briefly unavailable; please retry.' : 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: unavailable ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * Logs unexpected errors with their detail and the request id, and puts the request id into the
 * masked error so a user can quote it to operations.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!isExpected(error)) {
              logger.error({ err: unwrapResolverError(error), requestId: contextValue.requestId, path: error.path }, 'unexpected error');
            }
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            if (code === ErrorCode.INTERNAL_SERVER_ERROR || code === ErrorCode.SERVICE_UNAVAILABLE) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
