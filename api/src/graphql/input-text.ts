import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import type { Context } from './context';
import { badInput } from './errors';

const NUL = '\u0000';

/** The path of the first string in `value` that holds a NUL character (`input.question`), or null. */
function nulIn(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulIn(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = nulIn(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/** The argument or input field whose string literal holds a NUL character, or null. */
function nulInDocument(document: DocumentNode): string | null {
  let found: string | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      if (!node.value.includes(NUL)) return undefined;
      found = names.join('.') || 'query';
      return BREAK;
    },
  });
  return found;
}

/**
 * Refuses any string input holding U+0000 with BAD_USER_INPUT naming the field. PostgreSQL text
 * cannot store it, so it would otherwise fail deep inside a resolver as an internal error.
 */
export function nulCharacterPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = nulIn(request.variables ?? {}, '') ?? nulInDocument(document);
          if (field) throw badInput(field, 'must not contain the NUL character (U+0000)');
        },
      };
    },
  };
}
