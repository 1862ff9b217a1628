import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { AppError, ErrorCode } from './errors';

/*
 * Limits on one GraphQL document, checked before anything runs. The values are documented in
 * docs/security.md and never sent to clients: a rejection names which limit, not its number.
 * The deepest legitimate query is 6 levels and the largest page (100 compounds with street,
 * district and gates) costs about 8,300.
 */

/** Field nesting levels (fragments are flattened: only fields count). */
export const MAX_DEPTH = 10;
/** Aliased fields per operation; aliases are how one request multiplies an expensive field. */
export const MAX_ALIASES = 15;
/** Directives per operation (`@include`/`@skip`); a flood of them slows validation. */
export const MAX_DIRECTIVES = 10;
/** Lexical tokens per document; stops huge documents before validation does quadratic work. */
export const MAX_TOKENS = 2000;
/** Estimated cost: objects 2, scalars 1, each level 1.5 times its parent, `first`/`last` literals multiply. */
export const MAX_COST = 20_000;
export const COST_WEIGHTS = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 } as const;

export type QueryLimit = 'depth' | 'cost' | 'aliases' | 'directives' | 'tokens';

const MESSAGES: Record<QueryLimit, string> = {
  depth: 'The query is nested too deeply.',
  cost: 'The query asks for too much at once; request fewer items or fields.',
  aliases: 'The query uses too many aliases.',
  directives: 'The query uses too many directives.',
  tokens: 'The query is too long.',
};

export function queryTooComplex(limit: QueryLimit): AppError {
  return new AppError(ErrorCode.QUERY_TOO_COMPLEX, MESSAGES[limit], { limit });
}

/**
 * Reports the rejection as a validation error (Apollo answers 400) instead of throwing, which
 * would surface as a 500; armor's own message carries the numbers, so it is replaced.
 */
const rejection = (limit: QueryLimit) => ({
  exposeLimits: false,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(queryTooComplex(limit))],
});

export interface Armor {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

export function createArmor(options: { production: boolean }): Armor {
  // Skipping a real `__schema` field keeps the development sandbox's introspection working (it
  // is 15 levels deep). The installed max-depth 2.4.2 only skips fields, so a fragment named
  // `__schema` (GHSA-224p-v68g-5g8f) is counted; production, without introspection, skips nothing.
  const ignoreIntrospection = !options.production;
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, flattenFragments: true, ignoreIntrospection, ...rejection('depth') },
    costLimit: { maxCost: MAX_COST, ...COST_WEIGHTS, ignoreIntrospection, ...rejection('cost') },
    maxAliases: { n: MAX_ALIASES, ...rejection('aliases') },
    maxDirectives: { n: MAX_DIRECTIVES, ...rejection('directives') },
    // graphql-js counts tokens while parsing (parseOptions below); armor's plugin re-parses the
    // document in a hook whose errors Apollo turns into a 500.
    maxTokens: { enabled: false },
    // Its pattern misses enum suggestions and leaves a dangling "?"; hideSuggestions replaces it.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: [...plugins, ...(options.production ? [hideSuggestions()] : [])],
    validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
  };
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** "Did you mean …?" names fields and enum values: schema detail that production keeps private. */
function hideSuggestions(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
        },
      };
    },
  };
}

// graphql-js words it "more that" (sic) in 16.x; either spelling is accepted.
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * The client-facing form of a limit rejection, or undefined for other errors. Apollo wraps a
 * validation error under its own code, and graphql-js words the token limit with its number.
 */
export function formatLimitError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof GraphQLError && original.extensions.code === ErrorCode.QUERY_TOO_COMPLEX) {
    return { message: original.message, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: original.extensions.limit } };
  }
  if (TOKEN_LIMIT.test(formatted.message)) {
    return { message: MESSAGES.tokens, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens' } };
  }
  return undefined;
}
