import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';
import { isUuid } from './ids';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Relay connection arguments: `first`/`after` pages forward, `last`/`before` backward. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `页大小, 1-${MAX_PAGE_SIZE}, 默认 ${DEFAULT_PAGE_SIZE}` })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `向前翻页的页大小, 1-${MAX_PAGE_SIZE}` })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

/** A position in a sorted list: the sort it belongs to, the sort value and the row id. */
export interface Cursor {
  sort: string;
  value: string | number;
  id: string;
}

export interface PageRequest {
  direction: 'forward' | 'backward';
  limit: number;
  cursor: Cursor | null;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id]), 'utf8').toString('base64url');
}

/** Reads a cursor back; one that is malformed or made for another sort is a BAD_USER_INPUT. */
export function decodeCursor(field: string, raw: string, sort: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badInput(field, 'is not a valid cursor');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    (typeof parsed[1] !== 'string' && typeof parsed[1] !== 'number') ||
    typeof parsed[2] !== 'string' ||
    !isUuid(parsed[2])
  ) {
    throw badInput(field, 'is not a valid cursor');
  }
  if (parsed[0] !== sort) throw badInput(field, 'was issued for a different sort order; start again from the first page');
  return { sort: parsed[0], value: parsed[1], id: parsed[2] };
}

function pageSize(field: string, value: number | null | undefined): number {
  if (value === null || value === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badInput(field, `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return value;
}

/** Validates connection arguments for one sort order and says which way to read. */
export function pageRequest(args: ConnectionArgs, sort: string): PageRequest {
  const forward = args.first != null || args.after != null;
  const backward = args.last != null || args.before != null;
  if (forward && backward) throw badInput('last', 'cannot be combined with first/after; page one way at a time');
  if (backward) {
    return {
      direction: 'backward',
      limit: pageSize('last', args.last),
      cursor: args.before != null ? decodeCursor('before', args.before, sort) : null,
    };
  }
  return {
    direction: 'forward',
    limit: pageSize('first', args.first),
    cursor: args.after != null ? decodeCursor('after', args.after, sort) : null,
  };
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  /** A getter: the count is a second query, run only when a client selects the field. */
  readonly totalCount: Promise<number>;
}

/**
 * Turns `limit + 1` rows read in the request's direction into a page: the extra row only says
 * whether there is more. Backward reads come in reverse order and are flipped back here.
 */
export function toPage<T>(rows: T[], request: PageRequest, cursorOf: (row: T) => string, totalCount: () => Promise<number>): Page<T> {
  const more = rows.length > request.limit;
  const slice = more ? rows.slice(0, request.limit) : rows;
  if (request.direction === 'backward') slice.reverse();
  const edges = slice.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    get totalCount() {
      return totalCount();
    },
    pageInfo: {
      hasNextPage: request.direction === 'forward' ? more : request.cursor !== null,
      hasPreviousPage: request.direction === 'backward' ? more : request.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Builds the Relay `XConnection` and `XEdge` GraphQL types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node)
    node!: T;

    @Field(() => String)
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '符合筛选条件的总数' })
    totalCount!: Promise<number>;
  }
  return Connection;
}
