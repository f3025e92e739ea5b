import { Field, Int, ObjectType } from 'type-graphql';
import { EvidenceType } from '../common/evidence.type';
import { PageInfo } from '../common/page';
import { PersonType, TopicType } from '../entities/entity.types';

@ObjectType('OfficialEdge', { description: 'A person who discussed at least one of the asked topics.' })
export class OfficialEdge {
  @Field({ description: 'Opaque cursor of this edge.' })
  cursor!: string;

  @Field(() => PersonType, { description: 'The person.' })
  node!: unknown;

  @Field(() => [TopicType], { description: 'Which of the asked topics this person discussed.' })
  topics!: unknown[];

  @Field(() => [EvidenceType], { description: 'Sentences where the person discussed them (the first 20, by article and position).' })
  evidence!: EvidenceType[];

  @Field(() => Int, { description: 'How many distinct articles show the person discussing these topics (corroboration).' })
  articleCount!: number;
}

@ObjectType('OfficialConnection', { description: 'People who discussed given topics, most topics first.' })
export class OfficialConnection {
  @Field(() => Int, { description: 'Total number of people across all pages.' })
  totalCount!: number;

  @Field(() => [PersonType], { description: 'The people on this page.' })
  nodes!: unknown[];

  @Field(() => [OfficialEdge], { description: 'The people on this page, with the topics and evidence.' })
  edges!: OfficialEdge[];

  @Field(() => PageInfo, { description: 'Where this page sits.' })
  pageInfo!: PageInfo;
}
