import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateRangePageArgs } from '../common/date-range.args';
import { Named } from '../common/named.interface';
import { Connection, paginate } from '../common/page';
import { neighbours, view, type ApiContext, type NodeView } from '../context';
import { IncidentType } from '../entities/entity.types';

const IncidentConnection = Connection(IncidentType, 'Incident');

@ArgsType()
class IncidentsArgs extends DateRangePageArgs {
  @Field(() => String, { nullable: true, description: 'Only incidents involving this person, country, organization or topic.' })
  involving?: string | null;
}

@Resolver(() => IncidentType)
export class IncidentResolver {
  @Query(() => IncidentConnection, { description: 'Incidents, newest first.' })
  async incidents(@Args() args: IncidentsArgs, @Ctx() ctx: ApiContext) {
    const nodes = await ctx.queries.incidents({ involving: args.involving, from: args.from ?? undefined, to: args.to ?? undefined });
    return paginate(nodes.map(view), args);
  }

  @FieldResolver(() => [Named], { description: 'Who and what the incident involved.' })
  async involved(@Root() i: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, i.id, 'INVOLVED', 'out');
  }

  @FieldResolver(() => [Named], { description: 'What the incident led to: events or further incidents.' })
  async consequences(@Root() i: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, i.id, 'LED_TO', 'out');
  }
}
