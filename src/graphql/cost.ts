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
