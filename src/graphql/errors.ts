import { GraphQLError } from "graphql";
import { maskError as defaultMaskError } from "graphql-yoga";
import { NewsgraphError } from "../domain/errors.ts";

/**
 * Yoga's error masking, with the domain's expected errors let through: a NewsgraphError thrown
 * anywhere below a resolver becomes a GraphQLError whose `extensions.code` is its code (plus its
 * details); everything else stays masked as "Unexpected error." so no internals leak.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const domain = findDomainError(error);
  if (domain) {
    const located = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(domain.message, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: { ...domain.details, code: domain.code },
    });
  }
  return defaultMaskError(error, message, isDev);
}

function findDomainError(error: unknown): NewsgraphError | undefined {
  let current: unknown = error;
  // GraphQLError wraps the thrown error in originalError (sometimes twice, via envelop).
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof NewsgraphError) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}
