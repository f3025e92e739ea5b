import { Args, ArgsType, Arg, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_EVIDENCE } from '../common/evidence-args';
import { Connection, PageArgs, paginate } from '../common/page';
import { view, neighbours, type ApiContext, type NodeView } from '../context';
import { CountryType, PersonType, RoleType, TopicType } from '../entities/entity.types';
import { OfficialConnection } from './official.types';

@ArgsType()
class OfficialsArgs extends PageArgs {
  @Field(() => [String], { description: 'Topic names or synonyms; a person who discussed any of them matches.' })
  discussed!: string[];
}

const PersonConnection = Connection(PersonType, 'Person');

@ArgsType()
class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or alias, case- and accent-insensitive.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Only people serving or belonging to this country (name or alias).' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of a title they hold, e.g. "minister".' })
  title?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only people who discussed any of these topics.' })
  discussed?: string[] | null;
}

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonType, { nullable: true, description: 'A person by name or alias ("Blinken", "antony blinken"); null when unknown.' })
  async person(@Arg('name', { description: 'Name or alias, case- and accent-insensitive.' }) name: string, @Ctx() ctx: ApiContext): Promise<NodeView | null> {
    const p = await ctx.queries.person(name);
    return p && view(p);
  }

  @Query(() => OfficialConnection, { description: 'People who discussed any of the given topics, with the sentences that show it.' })
  async officials(@Args() args: OfficialsArgs, @Ctx() ctx: ApiContext): Promise<OfficialConnection> {
    const found = await ctx.queries.officials(args.discussed);
    const topicIds = [...new Set(found.flatMap((f) => f.topicIds))];
    const topics = new Map((await ctx.store.getNodes(topicIds)).map((t) => [t.id, view(t)]));
    const page = paginate(found, args, (f, cursor) => ({
      cursor,
      node: view(f.person),
      topics: f.topicIds.map((id) => topics.get(id)).filter(Boolean),
      evidence: f.evidence.slice(0, DEFAULT_EVIDENCE) as never,
      articleCount: new Set(f.evidence.map((e) => e.articleId)).size,
    }));
    return { ...page, nodes: page.edges.map((e) => e.node) } as unknown as OfficialConnection;
  }

  @FieldResolver(() => CountryType, { nullable: true, description: 'The country the person serves or belongs to.' })
  async country(@Root() person: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView | null> {
    const roles = await ctx.loaders.related('HOLDS_ROLE', 'out').load(person.id);
    const countryIds = roles.map((r) => (r.props.countryId as string | undefined) ?? r.to);
    const explicit = person.props.countryId as string | undefined;
    for (const id of [...countryIds, ...(explicit ? [explicit] : [])]) {
      const n = await ctx.loaders.node.load(id);
      if (n?.label === 'Country') return n;
    }
    return null;
  }

  @Query(() => PersonConnection, { description: 'People, most corroborated first, optionally filtered.' })
  async people(@Args() args: PeopleArgs, @Ctx() ctx: ApiContext) {
    return paginate((await ctx.queries.people(args)).map(view), args);
  }

  @FieldResolver(() => [RoleType], { description: 'Titles the person holds or held.' })
  async roles(@Root() person: NodeView, @Ctx() ctx: ApiContext): Promise<RoleType[]> {
    const rels = await ctx.loaders.related('HOLDS_ROLE', 'out').load(person.id);
    const roles: RoleType[] = [];
    for (const r of rels) {
      const target = await ctx.loaders.node.load(r.to);
      const organizationId = target?.label === 'Organization' ? r.to : null;
      const countryId = target?.label === 'Country' ? r.to : ((r.props.countryId as string | undefined) ?? null);
      const title = String(r.props.title);
      // The same title is kept once per organization; a country-only copy of an organization role is redundant.
      if (!organizationId && roles.some((x) => x.title === title && x.countryId === countryId)) continue;
      roles.push({ title, former: r.props.former === true, organizationId, countryId, relationshipId: r.id, articleCount: r.articleIds.length });
    }
    for (const title of (person.props.titles as string[] | undefined) ?? []) {
      if (!roles.some((x) => x.title === title)) roles.push({ title, former: false, organizationId: null, countryId: null, relationshipId: null, articleCount: person.articleCount });
    }
    return roles.filter((r, i) => !(r.organizationId === null && roles.some((o, j) => j !== i && o.organizationId && o.title === r.title && o.countryId === r.countryId)));
  }

  @FieldResolver(() => [TopicType], { description: 'Topics the person discussed.' })
  async discussed(@Root() person: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, person.id, 'DISCUSSED', 'out');
  }
}
