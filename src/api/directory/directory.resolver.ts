import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs, paginate } from '../common/page';
import { view, type ApiContext } from '../context';
import { CountryType, OrganizationType, TopicType } from '../entities/entity.types';

const CountryConnection = Connection(CountryType, 'Country');
const OrganizationConnection = Connection(OrganizationType, 'Organization');
const TopicConnection = Connection(TopicType, 'Topic');

@ArgsType()
class NameFilterArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or alias, case- and accent-insensitive.' })
  name?: string | null;
}

@ArgsType()
class OrganizationArgs extends NameFilterArgs {
  @Field(() => String, { nullable: true, description: 'Kind of body: ministry, igo, media, military, government body, party, court, armed group, organization.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Only bodies belonging to this country (name or alias).' })
  country?: string | null;
}

/** Directories of the entities in the graph, most corroborated first. */
@Resolver()
export class DirectoryResolver {
  @Query(() => CountryConnection, { description: 'Countries in the graph, most mentioned first.' })
  async countries(@Args() args: NameFilterArgs, @Ctx() ctx: ApiContext) {
    return paginate((await ctx.queries.entities('Country', args)).map(view), args);
  }

  @Query(() => OrganizationConnection, { description: 'Organizations in the graph, most mentioned first.' })
  async organizations(@Args() args: OrganizationArgs, @Ctx() ctx: ApiContext) {
    return paginate((await ctx.queries.entities('Organization', args)).map(view), args);
  }

  @Query(() => TopicConnection, { description: 'Topics in the graph, most discussed first.' })
  async topics(@Args() args: NameFilterArgs, @Ctx() ctx: ApiContext) {
    return paginate((await ctx.queries.entities('Topic', args)).map(view), args);
  }
}
