import { createComplexityRule } from "@pothos/plugin-complexity";
import { type ExecutionArgs, type ValidationRule, validate } from "graphql";

/** What a document costs under the schema's complexity model (builder.ts): each field 1, what a
 * list selects counted `first` times. */
export interface CostReport {
  complexity: number;
}

/**
 * Measures the cost of one execution with Pothos' complexity rule, with its variables: a page size
 * sent as a variable counts too. Lives here because only the GraphQL layer may import Pothos; the
 * server's limit plugin decides what to refuse.
 */
export function measureCost(args: ExecutionArgs): CostReport {
  let complexity = 0;
  const rule: ValidationRule = createComplexityRule({
    variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
    operationName: args.operationName,
    context: (args.contextValue ?? {}) as object,
    validate: (result) => {
      complexity = result.complexity;
    },
  });
  validate(args.schema, args.document, [rule]);
  return { complexity };
}

/**
 * The work of a traversal that returns up to `nodes` entities within `depth` hops, charged on
 * the field itself (what it selects is charged separately): each hop may read the relationships
 * of every entity reached so far, so nodes × depth² (at least `nodes`). `subgraph(depth: 3,
 * limit: 2000)` costs 18,000 before its selection; a dozen of them exceed the default limit.
 */
export function traversalCost(nodes: number, depth: number): number {
  return Math.max(1, nodes) * Math.max(1, depth) ** 2;
}

/**
 * The work of a shortest-path search up to `maxHops`: the frontier grows with every hop, taken
 * as fourfold (a hub-heavy news graph branches more; the query timeout bounds the rest), so
 * 4^maxHops: 256 at the default 4 hops, 4,096 at the maximum of 6.
 */
export function pathSearchCost(maxHops: number): number {
  return 4 ** Math.max(1, maxHops);
}
