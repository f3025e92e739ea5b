import { Arg, Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { DateRangePageArgs } from '../common/date-range.args';
import { DateScalar } from '../common/date.scalar';
import { Named } from '../common/named.interface';
import { Connection, paginate } from '../common/page';
import { view, type ApiContext, type NodeView } from '../context';
import { MeetingType } from '../entities/entity.types';
import { EventNodeType } from '../events/event.type';

enum TimelineRole {
  ACTOR = 'ACTOR',
  TARGET = 'TARGET',
  PARTICIPANT = 'PARTICIPANT',
  INVOLVED = 'INVOLVED',
}
registerEnumType(TimelineRole, { name: 'TimelineRole', description: 'How the entity took part.' });

@ObjectType('TimelineEntry', { description: 'One thing an entity did or took part in.' })
class TimelineEntry {
  @Field(() => String, { nullable: true, description: 'ISO-8601 date at the precision known, or null.' })
  date!: string | null;

  @Field(() => TimelineRole, { description: 'ACTOR or TARGET of an event, PARTICIPANT of a meeting, INVOLVED in an incident.' })
  role!: TimelineRole;

  @Field(() => Named, { description: 'The event, meeting or incident.' })
  node!: NodeView;
}

const TimelineConnection = Connection(TimelineEntry, 'Timeline');

@ObjectType('TypeCount', { description: 'How many events of a type (or meetings, as MEETING).' })
class TypeCount {
  @Field({ description: 'An EventType name, or MEETING.' })
  type!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('MonthCount', { description: 'How many events of a type in a month.' })
class MonthCount {
  @Field(() => String, { nullable: true, description: 'YYYY-MM, or null for undated ones.' })
  month!: string | null;

  @Field({ description: 'An EventType name, or MEETING.' })
  type!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType('Relations', { description: 'Everything between two actors: events either way round and meetings both attended.' })
class RelationsType {
  @Field(() => Int, { description: 'Number of events and meetings.' })
  totalCount!: number;

  @Field(() => [EventNodeType], { description: 'Events where one acted on the other, newest first.' })
  events!: NodeView[];

  @Field(() => [MeetingType], { description: 'Meetings both attended, newest first.' })
  meetings!: NodeView[];

  @Field(() => [TypeCount], { description: 'Counts by event type (MEETING for meetings).' })
  byType!: TypeCount[];

  @Field(() => [MonthCount], { description: 'Counts by month and type, oldest month first.' })
  byMonth!: MonthCount[];
}

@ArgsType()
class TimelineArgs extends DateRangePageArgs {
  @Field({ description: 'Name or alias of a person, country, organization, topic or policy.' })
  entity!: string;
}

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, { description: 'Everything an entity did or took part in, ordered by date.' })
  async timeline(@Args() args: TimelineArgs, @Ctx() ctx: ApiContext) {
    const entries = await ctx.queries.timeline(args.entity, { from: args.from ?? undefined, to: args.to ?? undefined });
    return paginate(
      entries.map((e) => ({ date: e.date, role: e.role as TimelineRole, node: view(e.node) })),
      args,
    );
  }

  @Query(() => RelationsType, { description: 'All events and meetings between two actors, with counts by type and month (e.g. US–China month by month).' })
  async relations(
    @Arg('a', { description: 'Name or alias of the first actor.' }) a: string,
    @Arg('b', { description: 'Name or alias of the second actor.' }) b: string,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only on or after this date.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only on or before this date.' }) to: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<RelationsType> {
    const r = await ctx.queries.relations(a, b, { from: from ?? undefined, to: to ?? undefined });
    return { totalCount: r.events.length + r.meetings.length, events: r.events.map(view), meetings: r.meetings.map(view), byType: r.byType, byMonth: r.byMonth };
  }
}
