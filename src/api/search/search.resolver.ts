import { GraphQLError } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Named } from '../common/named.interface';
import { Connection, PageArgs, paginate } from '../common/page';
import { view, type ApiContext } from '../context';

const SEARCH_POOL = 500;
const MAX_HOPS = 6;

const SearchConnection = Connection(Named, 'Search');

@ObjectType('PathRelationship', { description: 'One step of a path.' })
class PathRelationship {
  @Field({ description: 'Relationship type, e.g. ATTENDED or ACTOR.' })
  type!: string;

  @Field({ description: 'Id of the node the relationship starts from.' })
  from!: string;

  @Field({ description: 'Id of the node it points to.' })
  to!: string;
}

@ObjectType('Path', { description: 'A shortest chain of facts linking two named things.' })
class PathType {
  @Field(() => Int, { description: 'Number of relationships on the path.' })
  length!: number;

  @Field(() => [Named], { description: 'Nodes from start to end.' })
  nodes!: unknown[];

  @Field(() => [PathRelationship], { description: 'Relationships between consecutive nodes.' })
  relationships!: PathRelationship[];
}

@ArgsType()
class SearchArgs extends PageArgs {
  @Field({ description: 'Words to look for in names and aliases.' })
  text!: string;
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, { description: 'Find people, countries, organizations, topics, policies, meetings, events and incidents by name or alias.' })
  async search(@Args() args: SearchArgs, @Ctx() ctx: ApiContext) {
    const found = await ctx.store.search(args.text, SEARCH_POOL);
    return paginate(found.map(view), args);
  }

  @Query(() => PathType, { nullable: true, description: 'Shortest path between two named entities, or null when none within maxHops.' })
  async path(
    @Arg('from', { description: 'Name or alias of the start.' }) from: string,
    @Arg('to', { description: 'Name or alias of the end.' }) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `Longest path to consider (1..${MAX_HOPS}).` }) maxHops: number,
    @Ctx() ctx: ApiContext,
  ) {
    if (maxHops < 1 || maxHops > MAX_HOPS) throw new GraphQLError(`maxHops must be between 1 and ${MAX_HOPS}, got ${maxHops}`, { extensions: { code: 'BAD_USER_INPUT' } });
    const path = await ctx.queries.path(from, to, maxHops);
    if (!path) return null;
    return { length: path.relationships.length, nodes: path.nodes.map(view), relationships: path.relationships.map((r) => ({ type: r.type, from: r.from, to: r.to })) };
  }
}
