import { createComplexityRule } from "@pothos/plugin-complexity";
import { type DocumentNode, type ExecutionArgs, type ValidationRule, validate } from "graphql";

/** What a document costs under the schema's complexity model (builder.ts): each field 1, what a
 * list selects counted `first` times. */
export interface CostReport {
  complexity: number;
}

/**
 * Measures the cost of one execution with Pothos' complexity rule, with its variables: a page size
 * sent as a variable counts too. Lives here because only the GraphQL layer may import Pothos; the
 * server's limit plugin decides what to refuse.
 *
 * The cost depends only on the document, the operation and the variables (no cost function reads
 * the context), so it is kept per parsed document (Yoga hands the same document object to every
 * request with the same text) and per operation and variables: a repeated request is not walked
 * again. A document whose cost could not be measured (a cost function threw) is never kept.
 */
export function measureCost(args: ExecutionArgs): CostReport {
  const key = `${args.operationName ?? ""}\u0000${JSON.stringify(args.variableValues ?? {})}`;
  let known = costs.get(args.document);
  const cached = known?.get(key);
  if (cached !== undefined) return { complexity: cached };
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
  if (!known) {
    known = new Map();
    costs.set(args.document, known);
  }
  // Many variable sets of one document: the oldest are forgotten.
  if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
  known.set(key, complexity);
  return { complexity };
}

const MAX_COSTS_PER_DOCUMENT = 256;
const costs = new WeakMap<DocumentNode, Map<string, number>>();

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
