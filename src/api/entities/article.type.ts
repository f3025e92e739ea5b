import { Field, ObjectType } from 'type-graphql';
import { Named } from '../common/named.interface';

@ObjectType('Article', { implements: Named, description: 'An ingested news article: the provenance of every fact.' })
export class ArticleType extends Named {
  @Field({ description: 'Headline.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Publication or site name.' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Canonical URL, when known.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date, ISO-8601 at the precision known.' })
  publishedAt!: string | null;
}
