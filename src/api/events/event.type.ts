import { Field, ObjectType } from 'type-graphql';
import type { EventType } from '../../domain/ontology';
import { Named } from '../common/named.interface';
import { EventTypeEnum } from './event-type.enum';

@ObjectType('Event', { implements: Named, description: 'A typed action: who did what to whom, about what.' })
export class EventNodeType extends Named {
  @Field(() => EventTypeEnum, { description: 'What kind of action.' })
  type!: EventType;

  @Field(() => String, { nullable: true, description: 'ISO-8601 date at the precision the text gives, or null.' })
  date!: string | null;

  @Field({ description: 'One-line generated summary, e.g. "China rejected United States on military-to-military communications".' })
  summary!: string;
}
