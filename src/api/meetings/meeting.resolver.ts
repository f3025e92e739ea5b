import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateRangePageArgs } from '../common/date-range.args';
import { Named } from '../common/named.interface';
import { Connection, paginate } from '../common/page';
import { neighbours, view, type ApiContext, type NodeView } from '../context';
import { CountryType, MeetingType, TopicType } from '../entities/entity.types';

const MeetingConnection = Connection(MeetingType, 'Meeting');

@ArgsType()
class MeetingsArgs extends DateRangePageArgs {
  @Field(() => String, { nullable: true, description: 'Only meetings this person, country or organization attended (name or alias).' })
  participant?: string | null;
}

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'Meetings, newest first.' })
  async meetings(@Args() args: MeetingsArgs, @Ctx() ctx: ApiContext) {
    const nodes = await ctx.queries.meetings({ participant: args.participant, from: args.from ?? undefined, to: args.to ?? undefined });
    return paginate(nodes.map(view), args);
  }

  @FieldResolver(() => CountryType, { nullable: true, description: 'Where the meeting took place.' })
  async location(@Root() m: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView | null> {
    return (await neighbours(ctx, m.id, 'HELD_IN', 'out'))[0] ?? null;
  }

  @FieldResolver(() => [Named], { description: 'Who took part: people, or countries and organizations when no person is named.' })
  async participants(@Root() m: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, m.id, 'ATTENDED', 'in');
  }

  @FieldResolver(() => [TopicType], { description: 'What was discussed.' })
  async topics(@Root() m: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return (await neighbours(ctx, m.id, 'ABOUT', 'out')).filter((n) => n.label === 'Topic');
  }
}
