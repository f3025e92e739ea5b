import { ArgsType, Field, Int } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { Evidence } from '../../domain/ontology';

export const DEFAULT_EVIDENCE = 20;
export const MAX_EVIDENCE = 100;

@ArgsType()
export class EvidenceArgs {
  @Field(() => Int, { defaultValue: DEFAULT_EVIDENCE, description: `How many evidence entries to return (at most ${MAX_EVIDENCE}); a fact stated by many articles has many.` })
  first!: number;
}

/** Evidence is ordered by article and position; a well-corroborated fact returns its first entries. */
export function limitEvidence(list: Evidence[], first: number): Evidence[] {
  if (first < 0 || first > MAX_EVIDENCE) throw new GraphQLError(`evidence(first:) must be between 0 and ${MAX_EVIDENCE}, got ${first}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return list.slice(0, first);
}
