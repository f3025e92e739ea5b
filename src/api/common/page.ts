import { GraphQLError } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

export const DEFAULT_FIRST = 50;
export const MAX_FIRST = 100;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (default ${DEFAULT_FIRST}, at most ${MAX_FIRST}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (from pageInfo.endCursor).' })
  after?: string | null;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
}

const encode = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decode(cursor: string): number {
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new GraphQLError(`Invalid cursor ${JSON.stringify(cursor)}; use pageInfo.endCursor from a previous page`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(m[1]) + 1;
}

/** Slices an ordered list into a Relay page; `first` above the cap is an error, not silently cut. */
export function paginate<T, E extends { cursor: string } = { cursor: string; node: T }>(
  items: T[],
  args: { first?: number | null; after?: string | null },
  edge: (item: T, cursor: string) => E = (node, cursor) => ({ cursor, node }) as unknown as E,
): Omit<Page<T>, 'edges'> & { edges: E[] } {
  const first = args.first ?? DEFAULT_FIRST;
  if (first < 0) throw new GraphQLError('`first` must not be negative', { extensions: { code: 'BAD_USER_INPUT' } });
  if (first > MAX_FIRST) throw new GraphQLError(`\`first\` is capped at ${MAX_FIRST}; got ${first}. Page with \`after\` for more.`, { extensions: { code: 'BAD_USER_INPUT' } });
  const start = args.after ? decode(args.after) : 0;
  const slice = items.slice(start, start + first);
  const edges = slice.map((item, i) => edge(item, encode(start + i)));
  return {
    totalCount: items.length,
    nodes: slice,
    edges,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A Relay connection type for `T`, named `${name}Connection`. */
export function Connection<T extends object>(TNode: ClassType<T> | (abstract new (...args: never[]) => T), name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge to one ${name}.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => TNode, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} results.` })
  class ConnectionType {
    @Field(() => Int, { description: 'Total number of results across all pages.' })
    totalCount!: number;

    @Field(() => [TNode], { description: 'The results on this page.' })
    nodes!: T[];

    @Field(() => [Edge], { description: 'The results on this page, with cursors.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits.' })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}
