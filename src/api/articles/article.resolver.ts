import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateRangePageArgs } from '../common/date-range.args';
import { Named } from '../common/named.interface';
import { Connection, PageArgs, paginate } from '../common/page';
import { view, type ApiContext, type NodeView } from '../context';
import { ArticleType } from '../entities/article.type';
import { requireApiKey } from '../ingest/ingest.resolver';

const ArticleConnection = Connection(ArticleType, 'Article');

const FactConnection = Connection(Named, 'Fact');

@ArgsType()
class ArticlesArgs extends DateRangePageArgs {
  @Field(() => String, { nullable: true, description: 'Only articles from this source (publication name).' })
  source?: string | null;
}

@ObjectType('DeleteResult', { description: 'What deleting an article did.' })
class DeleteResult {
  @Field({ description: 'True when the article existed and was removed with the facts only it supported.' })
  deleted!: boolean;

  @Field(() => ID, { description: 'The article id that was asked for.' })
  id!: string;
}

@Resolver(() => ArticleType)
export class ArticleResolver {
  @Query(() => ArticleType, { nullable: true, description: 'One ingested article by id; null when unknown.' })
  async article(@Arg('id', () => ID, { description: 'Article id, as returned by ingestArticle or articles.' }) id: string, @Ctx() ctx: ApiContext): Promise<NodeView | null> {
    const node = await ctx.loaders.node.load(id);
    return node?.label === 'Article' ? node : null;
  }

  @Query(() => ArticleConnection, { description: 'Ingested articles, newest first.' })
  async articles(@Args() args: ArticlesArgs, @Ctx() ctx: ApiContext) {
    const nodes = await ctx.queries.articles({ source: args.source, from: args.from ?? undefined, to: args.to ?? undefined });
    return paginate(nodes.map(view), args);
  }

  @FieldResolver(() => String, { description: 'The article text as stored, after removing site chrome.' })
  async text(@Root() a: NodeView, @Ctx() ctx: ApiContext): Promise<string> {
    return (await ctx.loaders.article.load(a.id))?.text ?? '';
  }

  @FieldResolver(() => FactConnection, { description: 'Entities and facts (meetings, events, incidents, policies…) this article supports.' })
  async facts(@Root() a: NodeView, @Args() page: PageArgs, @Ctx() ctx: ApiContext) {
    const facts = await ctx.store.articleFacts(a.id);
    const nodes = (await ctx.loaders.node.loadMany((facts?.nodeIds ?? []).filter((id) => id !== a.id))).filter((n): n is NodeView => !!n && !(n instanceof Error));
    return paginate(nodes.sort((x, y) => x.label.localeCompare(y.label) || x.name.localeCompare(y.name)), page);
  }

  @Mutation(() => DeleteResult, { description: 'Removes an article and every fact no other article supports (needs the x-api-key header).' })
  async deleteArticle(@Arg('id', () => ID, { description: 'Id of the article to remove.' }) id: string, @Ctx() ctx: ApiContext): Promise<DeleteResult> {
    requireApiKey(ctx);
    return { deleted: await ctx.store.deleteArticle(id), id };
  }
}
