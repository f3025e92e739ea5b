import type { PathResult } from './graph-store';

/**
 * Among several shortest paths, the one every adapter returns: fewest hops, then
 * the lexicographically smallest sequence of node ids, then of relationship ids.
 */
export function comparePaths(a: PathResult, b: PathResult): number {
  if (a.nodeIds.length !== b.nodeIds.length) return a.nodeIds.length - b.nodeIds.length;
  for (let i = 0; i < a.nodeIds.length; i++) if (a.nodeIds[i] !== b.nodeIds[i]) return a.nodeIds[i]! < b.nodeIds[i]! ? -1 : 1;
  for (let i = 0; i < a.relationshipIds.length; i++) if (a.relationshipIds[i] !== b.relationshipIds[i]) return a.relationshipIds[i]! < b.relationshipIds[i]! ? -1 : 1;
  return 0;
}

export function choosePath(paths: PathResult[]): PathResult | null {
  return paths.length ? [...paths].sort(comparePaths)[0]! : null;
}
