import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';

@InputType({ description: 'An article to ingest.' })
export class ArticleInput {
  @Field({ description: 'The article text; site chrome is removed on ingest.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Headline.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Canonical URL; the article id derives from it when given.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Publication or site name.' })
  source?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Publication date; relative dates in the text resolve against it.' })
  publishedAt?: string | null;
}
