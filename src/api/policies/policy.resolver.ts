import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Evidence } from '../../domain/ontology';
import { EvidenceArgs, limitEvidence } from '../common/evidence-args';
import { EvidenceType } from '../common/evidence.type';
import { Named } from '../common/named.interface';
import { Connection, PageArgs, paginate } from '../common/page';
import { neighbours, view, type ApiContext, type NodeView } from '../context';
import { PolicyType } from '../entities/entity.types';

const PolicyConnection = Connection(PolicyType, 'Policy');

@ArgsType()
class PoliciesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only policies held by this country or organization (name or alias).' })
  holder?: string | null;
}

@Resolver(() => PolicyType)
export class PolicyResolver {
  @Query(() => PolicyConnection, { description: 'Named policies, by name.' })
  async policies(@Args() args: PoliciesArgs, @Ctx() ctx: ApiContext) {
    return paginate((await ctx.queries.policies({ holder: args.holder })).map(view), args);
  }

  @FieldResolver(() => [Named], { description: 'Countries or organizations that hold the policy.' })
  async holders(@Root() p: NodeView, @Ctx() ctx: ApiContext): Promise<NodeView[]> {
    return neighbours(ctx, p.id, 'HOLDS_POLICY', 'in');
  }

  @FieldResolver(() => [EvidenceType], { description: 'Sentences naming the policy or who holds it.' })
  async evidence(@Root() p: NodeView, @Args() { first }: EvidenceArgs, @Ctx() ctx: ApiContext): Promise<Evidence[]> {
    const holdings = await ctx.loaders.related('HOLDS_POLICY', 'in').load(p.id);
    const lists = await ctx.loaders.evidence.loadMany([p.id, ...holdings.map((h) => h.id)]);
    const seen = new Set<string>();
    const unique = lists.flatMap((l) => (Array.isArray(l) ? l : [])).filter((e) => {
      const key = `${e.articleId}|${e.start}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
    return limitEvidence(unique, first);
  }
}
