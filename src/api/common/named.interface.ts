import { Field, ID, Int, InterfaceType } from 'type-graphql';
import type { NodeView } from '../context';

@InterfaceType({
  description: 'Anything in the graph with a stable id and a display name.',
  resolveType: (value: NodeView) => value.label,
})
export abstract class Named {
  @Field(() => ID, { description: 'Stable, deterministic id: the same entity from any article gets the same id.' })
  id!: string;

  @Field({ description: 'Canonical display name.' })
  name!: string;

  @Field(() => Int, { description: 'How many distinct ingested articles support this node (corroboration).' })
  articleCount!: number;
}
