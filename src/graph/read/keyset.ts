import { z } from "zod";
import { badInput } from "../../domain/errors.ts";

/**
 * Keyset cursors. A cursor is the sort key of the last row seen plus its id, so the next page is
 * "rows after this key" rather than "skip N rows": pages stay correct while articles are written
 * (nothing is skipped or repeated because rows were inserted before the cursor). The encoding is
 * opaque to clients (base64url JSON) and tagged per list, so a cursor from one list is refused by
 * another with a clear error instead of silently returning the wrong page.
 */
export interface CursorCodec<T> {
  encode(key: T): string;
  /** null in, null out; anything malformed is a BAD_USER_INPUT naming the list. */
  decode(cursor: string | null | undefined): T | null;
}

export function createCursorCodec<T>(tag: string, schema: z.ZodType<T>): CursorCodec<T> {
  const envelope = z.tuple([z.literal(tag), schema]);
  return {
    encode(key) {
      return Buffer.from(JSON.stringify([tag, key]), "utf8").toString("base64url");
    },
    decode(cursor) {
      if (cursor === null || cursor === undefined) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
      } catch {
        parsed = undefined;
      }
      const result = envelope.safeParse(parsed);
      if (!result.success) {
        throw badInput(`invalid cursor "${cursor}": not a cursor of ${tag}`, {
          argument: "after",
        });
      }
      return result.data[1] as T;
    },
  };
}

/**
 * An edge whose cursor is encoded when first read: most queries ask no edge's cursor, and a page
 * of a hundred edges would otherwise encode a hundred. `extra` adds the edge's other fields
 * (a search score, a ranked value).
 */
export function lazyEdge<T, X extends object = Record<never, never>>(
  node: T,
  encode: () => string,
  extra?: X,
): { node: T; readonly cursor: string } & X {
  let cursor: string | undefined;
  const edge = {
    node,
    get cursor() {
      cursor ??= encode();
      return cursor;
    },
  };
  // Object.assign keeps the getter (a spread would call it).
  return Object.assign(edge, extra) as { node: T; readonly cursor: string } & X;
}

/**
 * Relationship lists sort by relationship id (unique, never changed once written), or by an
 * aggregate (`order`, with its value `key`) then id. A cursor without `order` is an id cursor.
 */
export const relationshipCursor = createCursorCodec(
  "relationships",
  z.object({
    id: z.string(),
    order: z.enum(["LAST_SEEN", "CONFIDENCE", "ARTICLE_COUNT"]).optional(),
    key: z.union([z.string(), z.number()]).optional(),
  }),
);

/** Neighbour lists sort by entity id. */
export const neighbourCursor = createCursorCodec("neighbours", z.object({ id: z.string() }));

/** Article lists sort newest first: publishedAt (empty when unknown) then id, both descending. */
export const articleCursor = createCursorCodec(
  "articles",
  z.object({ publishedAt: z.string(), id: z.string() }),
);

/** Search results sort exact name or alias matches first, then by score descending, then id. */
export const searchCursor = createCursorCodec(
  "search",
  z.object({ score: z.number(), id: z.string(), exact: z.boolean().optional() }),
);
