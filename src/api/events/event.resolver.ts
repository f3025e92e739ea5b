import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { EventType } from '../../domain/ontology';
import { DateRangePageArgs } from '../common/date-range.args';
import { Named } from '../common/named.interface';
import { Connection, paginate } from '../common/page';
import { neighbours, view, type ApiContext, type NodeView } from '../context';
import { PolicyType, TopicType } from '../entities/entity.types';
import { EventTypeEnum } from './event-type.enum';
import { EventNodeType } from './event.type';

const EventConnection = Connection(EventNodeType, 'Event');

@ArgsType()
class EventsArgs extends DateRangePageArgs {
  @Field(() => EventTypeEnum, { nullable: true, description: 'Only events of this type.' })
  type?: EventType | null;

  @Field(() => String, { nullable: true, description: 'Only events this person, country or organization carried out.' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events aimed at this person, country or organization.' })
  target?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events about this topic or policy.' })
  topic?: string | null;
}

@Resolver(() => EventNodeType)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Typed events, newest first.' })
  async events(@Args() args: EventsArgs, @Ctx() ctx: ApiContext) {
    const nodes = await ctx.queries.events({ ...args, from: args.from ?? undefined, to: args.to ?? undefined });
    return paginate(nodes.map(view), args);
  }

  @FieldResolver(() => [Named], { description: 'Who acted.' })
  async actors(@Root() e: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, e.id, 'ACTOR', 'out');
  }

  @FieldResolver(() => [Named], { description: 'At whom the action was aimed.' })
  async targets(@Root() e: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, e.id, 'TARGET', 'out');
  }

  @FieldResolver(() => [TopicType], { description: 'What the event was about.' })
  async topics(@Root() e: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return (await neighbours(ctx, e.id, 'ABOUT', 'out')).filter((n) => n.label === 'Topic');
  }

  @FieldResolver(() => [PolicyType], { description: 'Policies the event was about.' })
  async policies(@Root() e: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return (await neighbours(ctx, e.id, 'ABOUT', 'out')).filter((n) => n.label === 'Policy');
  }

  @FieldResolver(() => [EventNodeType], { description: 'Events this one answers (a REJECT answering a REQUEST).' })
  async respondsTo(@Root() e: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, e.id, 'RESPONDS_TO', 'out');
  }

  @FieldResolver(() => [EventNodeType], { description: 'Events that answer this one.' })
  async responses(@Root() e: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, e.id, 'RESPONDS_TO', 'in');
  }
}
