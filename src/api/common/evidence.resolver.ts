import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EvidenceArgs, limitEvidence } from './evidence-args';
import type { ClassType } from 'type-graphql';
import { Named } from './named.interface';
import { EvidenceType } from './evidence.type';
import { ArticleType } from '../entities/article.type';
import type { ApiContext, NodeView } from '../context';
import type { Evidence } from '../../domain/ontology';

@Resolver(() => EvidenceType)
export class EvidenceResolver {
  @FieldResolver(() => ArticleType, { description: 'The article the sentence comes from.' })
  async article(@Root() e: Evidence, @Ctx() ctx: ApiContext): Promise<NodeView | null> {
    return ctx.loaders.node.load(e.articleId);
  }
}

/**
 * Adds `evidence` to a Named object type: the sentences that introduce or
 * state it. Policies and other derived facts override it where their support
 * lives on relationships.
 */
export function evidenceResolverFor(type: ClassType<Named>): ClassType {
  @Resolver(() => type)
  class NodeEvidenceResolver {
    @FieldResolver(() => [EvidenceType], { description: 'Sentences that state this, across all articles (by article, then position).' })
    async evidence(@Root() node: NodeView, @Args() { first }: EvidenceArgs, @Ctx() ctx: ApiContext): Promise<Evidence[]> {
      return limitEvidence(await ctx.loaders.evidence.load(node.id), first);
    }
  }
  return NodeEvidenceResolver;
}

