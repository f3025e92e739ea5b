import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { InputError } from '../../ingest/raw-article';
import { view, type ApiContext, type NodeView } from '../context';
import { ArticleType } from '../entities/article.type';
import { ArticleInput } from './article.input';

@ObjectType('IngestResult', { description: 'What ingesting an article did.' })
class IngestResult {
  @Field({ description: 'True when the article was new to the graph.' })
  created!: boolean;

  @Field({ description: 'created, updated (same id, new content) or unchanged.' })
  outcome!: string;

  @Field(() => ArticleType, { description: 'The stored article.' })
  article!: NodeView;
}

/** Mutations need the server's API_KEY in the x-api-key header; without a configured key they are off. */
export function requireApiKey(ctx: ApiContext): void {
  if (!ctx.apiKey) {
    throw new GraphQLError('Mutations are disabled on this server: start it with API_KEY set and send that key in the x-api-key header', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  const given = Buffer.from(ctx.requestApiKey ?? '');
  const expected = Buffer.from(ctx.apiKey);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new GraphQLError('Missing or wrong x-api-key header', { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, { description: 'Reads one article into the graph (needs the x-api-key header). Ingesting the same article again changes nothing.' })
  async ingestArticle(@Arg('input', () => ArticleInput, { description: 'The article.' }) input: ArticleInput, @Ctx() ctx: ApiContext): Promise<IngestResult> {
    requireApiKey(ctx);
    try {
      const { outcome, article } = await ctx.ingestor.ingestRaw({
        text: input.text,
        title: input.title ?? null,
        url: input.url ?? null,
        source: input.source ?? null,
        publishedAt: input.publishedAt ?? null,
        origin: 'ingestArticle input',
      });
      const stored = await ctx.store.getNodes([article.id]);
      return { created: outcome === 'created', outcome, article: view(stored[0]!) };
    } catch (err) {
      if (err instanceof InputError) throw new GraphQLError(err.reason, { extensions: { code: 'BAD_USER_INPUT' } });
      throw err;
    }
  }
}
