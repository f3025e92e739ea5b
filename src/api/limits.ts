import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_EVIDENCE } from './common/evidence-args';
import { DEFAULT_FIRST } from './common/page';

/**
 * Protects the store from queries that would fan out without bound: a depth
 * limit (introspection fields excluded, so Apollo Sandbox works) and a cost
 * limit where a list field costs its children times the number it returns.
 */
export const MAX_DEPTH = 10;
export const MAX_COST = 25_000;

export function depthLimitRule(max = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (s.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, s.selectionSet ? 1 + depthOf(s.selectionSet, seen) : 0);
        } else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(s.selectionSet, seen));
        else if (!seen.has(s.name.value)) deepest = Math.max(deepest, depthOf(fragments.get(s.name.value)?.selectionSet, new Set([...seen, s.name.value])));
      }
      return deepest;
    };
    return {
      OperationDefinition(op) {
        const depth = depthOf(op.selectionSet, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`Query is ${depth} levels deep; the limit is ${max}. Split it into several queries.`, { nodes: [op] }),
          );
        }
      },
    };
  };
}

/** A field with `first` returns that many items (its default when not given); anything else costs 1 plus its children. */
const pagedEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const hasFirst = field.args.some((a) => a.name === 'first');
  if (!hasFirst) return undefined;
  const fallback = field.name === 'evidence' ? DEFAULT_EVIDENCE : DEFAULT_FIRST;
  const first = typeof args.first === 'number' ? args.first : fallback;
  return 1 + Math.max(1, first) * Math.max(1, childComplexity);
};

export function costLimitPlugin(max = MAX_COST): ApolloServerPlugin {
  // The same operation with the same variables always costs the same; dashboards repeat theirs.
  const known = new Map<string, number>();
  const costOf = (request: { operationName?: string; variables?: Record<string, unknown>; query?: string }, compute: () => number): number => {
    const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}\u0000${request.query ?? ''}`;
    let cost = known.get(key);
    if (cost === undefined) {
      cost = compute();
      if (known.size >= 5000) known.clear();
      known.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = costOf(request, () =>
              getComplexity({
                schema,
                query: document,
                operationName: request.operationName,
                variables: request.variables,
                estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
              }),
            );
          } catch {
            // Bad variables: execution reports them properly (BAD_USER_INPUT); nothing to cost yet.
            return;
          }
          if (cost > max) {
            throw new GraphQLError(`Query would cost ${cost}; the limit is ${max}. Ask for fewer items (first) or fewer nested lists.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: max },
            });
          }
        },
      };
    },
  };
}
