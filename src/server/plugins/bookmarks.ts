import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Bookmarks } from "../../graph/executor.ts";
import type { HeaderSource } from "./api-keys.ts";

/** The request header that carries a client's bookmarks (comma-separated when several). */
export const BOOKMARK_HEADER = "x-newsgraph-bookmark";

const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 1_024;

/**
 * A request's bookmarks from its header, or an error message naming what is wrong. Bookmarks are
 * opaque strings from Neo4j (what `extensions.bookmarks` of a mutation returned).
 */
export function readBookmarks(request: HeaderSource): Bookmarks | { error: string } {
  const header = request.headers.get(BOOKMARK_HEADER);
  if (header === null) return { given: [], written: [] };
  const given = header
    .split(",")
    .map((b) => b.trim())
    .filter(Boolean);
  if (given.length > MAX_BOOKMARKS) {
    return { error: `${BOOKMARK_HEADER}: at most ${MAX_BOOKMARKS} bookmarks` };
  }
  if (given.some((b) => b.length > MAX_BOOKMARK_LENGTH || !/^[\x21-\x7e]+$/.test(b))) {
    return {
      error: `${BOOKMARK_HEADER}: a bookmark is what a mutation returned in extensions.bookmarks (printable, at most ${MAX_BOOKMARK_LENGTH} characters)`,
    };
  }
  return { given, written: [] };
}

/**
 * Causal consistency behind a Neo4j cluster: a request's reads wait until the member serving them
 * has the writes named by its bookmark header, and a mutation returns the bookmarks of its writes
 * in `extensions.bookmarks`. A client that sends those with its next request, through any API
 * replica, reads its own writes. A malformed header is refused with 400 before anything runs.
 */
export function useBookmarks(): Plugin<{ bookmarks?: Bookmarks }> {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (!request.headers.has(BOOKMARK_HEADER)) return;
      const read = readBookmarks(request);
      if ("error" in read) {
        endResponse(
          fetchAPI.Response.json(
            { errors: [{ message: read.error, extensions: { code: "BAD_USER_INPUT" } }] },
            { status: 400 },
          ),
        );
      }
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const written = args.contextValue.bookmarks?.written ?? [];
          if (written.length === 0) return;
          const single = result as ExecutionResult;
          setResult({ ...single, extensions: { ...single.extensions, bookmarks: written } });
        },
      };
    },
  };
}
