import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('Evidence', { description: 'Where a fact was stated: the sentence, its place in the article, and the rule that read it.' })
export class EvidenceType {
  @Field({ description: 'The sentence that states the fact.' })
  sentence!: string;

  @Field(() => Int, { description: "Offset of the sentence's first character in the article's cleaned text." })
  start!: number;

  @Field(() => Int, { description: "Offset just past the sentence's last character." })
  end!: number;

  @Field({ description: 'The extraction rule that produced the fact, e.g. `events:verb-lexicon`.' })
  rule!: string;

  @Field(() => Float, { description: 'Confidence of the rule, 0..1.' })
  confidence!: number;

  articleId!: string;
}
