import { readFileSync } from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';

/** A tiny GraphQL-over-HTTP client for tests: real requests, nothing mocked. */
export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export function client(url: string) {
  return async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, operationName?: string): Promise<GqlResponse<T>> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables, operationName }),
    });
    const body = (await res.json()) as GqlResponse<T>;
    return { ...body, status: res.status };
  };
}
export type Gql = ReturnType<typeof client>;

/** The contract's operations by name, each as its own document. */
export function contractOperations(file: string): Map<string, string> {
  const doc = parse(readFileSync(file, 'utf8'));
  const ops = new Map<string, string>();
  for (const def of doc.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION && def.name) ops.set(def.name.value, print(def as OperationDefinitionNode));
  }
  return ops;
}
