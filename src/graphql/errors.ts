import type { ExecutionResult, GraphQLError } from "graphql";
import { createGraphQLError, maskError as defaultMaskError, type Plugin } from "graphql-yoga";
import { NewsgraphError } from "../domain/errors.ts";

/**
 * Expected errors reach the client with a machine-readable code; unexpected ones are masked.
 * A NewsgraphError thrown anywhere below a resolver becomes a GraphQLError whose
 * `extensions.code` is its code (plus its details); everything else is left to Yoga's masking
 * ("Unexpected error.", logged on the server) so no internals leak.
 *
 * No `instanceof GraphQLError` here: graphql can be loaded twice (its ESM and CJS builds, e.g.
 * under vitest), and Yoga only recognises errors made by its own copy, hence createGraphQLError.
 */
export function toClientError(error: GraphQLError): GraphQLError {
  const domain = findDomainError(error);
  if (!domain) return error;
  return createGraphQLError(domain.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...domain.details, code: domain.code, ...httpStatusOf(domain) },
  });
}

/** The status a domain error gives the whole response (Yoga takes the highest of its errors). */
function httpStatusOf(error: NewsgraphError): { http?: { status: number } } {
  return error.code === "GRAPH_UNAVAILABLE" ? { http: { status: 503 } } : {};
}

/**
 * One GRAPH_UNAVAILABLE for the request however many fields failed for it: the outage is the
 * request's, not a field's. Unrelated errors (a bad id in another field) stay.
 */
function collapseUnavailable(errors: readonly GraphQLError[]): GraphQLError[] {
  const unavailable = errors.filter((e) => findDomainError(e)?.code === "GRAPH_UNAVAILABLE");
  if (unavailable.length === 0) return [...errors];
  const domain = findDomainError(unavailable[0])!;
  const single = createGraphQLError(domain.message, {
    extensions: { code: domain.code, http: { status: 503 } },
  });
  return [single, ...errors.filter((e) => !unavailable.includes(e))];
}

/**
 * Converts domain errors in results before Yoga's masking sees them, so they are neither masked
 * nor logged as server errors (they are the client's).
 */
export function useDomainErrors(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          if (!single.errors?.some((error) => findDomainError(error))) return;
          setResult({ ...single, errors: collapseUnavailable(single.errors).map(toClientError) });
        },
      };
    },
  };
}

/** Yoga's `maskError`, for errors outside execution: domain errors still keep their code. */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  if (findDomainError(error) && isLocatedError(error)) return toClientError(error);
  return defaultMaskError(error, message, isDev);
}

function isLocatedError(error: unknown): error is GraphQLError {
  return typeof error === "object" && error !== null && "originalError" in error;
}

function findDomainError(error: unknown): NewsgraphError | undefined {
  let current: unknown = error;
  // A GraphQLError wraps the thrown error in originalError (sometimes twice, via envelop).
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof NewsgraphError) return current;
    current = isLocatedError(current) ? current.originalError : undefined;
  }
  return undefined;
}
