import { badInput } from "../domain/errors.ts";
import type { Edge, Page, PageArgs } from "../graph/read/index.ts";
import type { builder } from "./builder.ts";

/**
 * Forward keyset pagination for every list: `first` (at most MAX_PAGE_SIZE) items `after` an
 * opaque cursor. Backward pagination (`last`/`before`) is not offered: keyset cursors make it
 * possible, but no client of this API needs it yet.
 */
export const MAX_PAGE_SIZE = 100;

type ArgBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0]["arg"];

export function pageArgs(arg: ArgBuilder, defaultFirst = 20) {
  return {
    first: arg.int({
      defaultValue: defaultFirst,
      description: `How many items, 0 to ${MAX_PAGE_SIZE}.`,
    }),
    after: arg.string({
      required: false,
      description: "The `endCursor` (or an edge's `cursor`) of the previous page.",
    }),
  };
}

export function checkPageArgs(
  args: { first?: number | null; after?: string | null },
  defaultFirst = 20,
): PageArgs {
  const first = args.first ?? defaultFirst;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, {
      argument: "first",
    });
  }
  return { first, after: args.after ?? null };
}

/** A repository page as a Relay connection; `totalCount` runs its count query only if asked. */
export function toConnection<T, E extends Edge<T>>(
  page: Page<T, E>,
  args: PageArgs,
  totalCount: () => Promise<number>,
) {
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      // Keyset pages cannot tell cheaply whether anything precedes the cursor; Relay allows
      // answering "there is an earlier page" whenever `after` was given.
      hasPreviousPage: args.after !== null,
      // Getters: a cursor is encoded only when the query asks for it (src/graph/read/keyset.ts).
      get startCursor() {
        return page.edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return page.edges.at(-1)?.cursor ?? null;
      },
    },
    totalCount,
  };
}
