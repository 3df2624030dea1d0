/**
 * Expected errors, each with a machine-readable code that the API puts in `extensions.code`.
 * Anything else that is thrown is unexpected and is masked by the server.
 */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "INVALID_ID"
  | "CONFLICT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "QUERY_TIMEOUT"
  | "GRAPH_UNAVAILABLE";

export class NewsgraphError extends Error {
  override name = "NewsgraphError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new NewsgraphError("BAD_USER_INPUT", message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  new NewsgraphError("NOT_FOUND", message, details);
