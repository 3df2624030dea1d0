import { badInput } from "../../domain/errors.ts";
import type { SearchEdge } from "../../graph/read/index.ts";
import { builder } from "../builder.ts";
import { checkPageArgs, toConnection } from "../connection.ts";
import { EntityRef } from "./entity.ts";
import { EntityTypeEnum } from "./vocabulary.ts";

/**
 * Full-text search over entity names and aliases. Its edges carry the score, so the connection
 * is its own pair of types rather than EntityConnection.
 */
const SearchEdgeRef = builder.objectRef<SearchEdge>("SearchEdge").implement({
  fields: (t) => ({
    cursor: t.exposeString("cursor"),
    node: t.field({ type: EntityRef, resolve: (edge) => edge.node }),
    score: t.exposeFloat("score", { description: "Relevance; higher is better." }),
  }),
});

interface SearchConnectionShape extends ReturnType<typeof toConnection<unknown, SearchEdge>> {}

const SearchConnectionRef = builder.objectRef<SearchConnectionShape>("SearchConnection").implement({
  fields: (t) => ({
    edges: t.field({ type: [SearchEdgeRef], resolve: (c) => c.edges }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => c.pageInfo }),
    totalCount: t.int({
      description: "How many entities match (counted, not loaded).",
      resolve: (c) => c.totalCount(),
    }),
  }),
});

const MAX_SEARCH_TEXT = 200;

builder.queryFields((t) => ({
  search: t.field({
    type: SearchConnectionRef,
    nullable: true,
    description:
      "Entities whose name or alias matches the text, best first (null only with an error): every word must match, as a whole word, a prefix, or (5+ letters) with one typo; case and accents are ignored. Entities whose name or an alias equals the text come first, short acronyms that are also English stop words included (`IS`, `IT`).",
    args: {
      text: t.arg.string({
        required: true,
        description: "What to look for (at most 200 characters).",
      }),
      types: t.arg({
        type: [EntityTypeEnum],
        required: false,
        description: "Only entities of these types; omitted: all.",
      }),
      first: t.arg.int({ defaultValue: 10, description: "How many results, 0 to 100." }),
      after: t.arg.string({
        required: false,
        description: "The `endCursor` (or an edge's `cursor`) of the previous page.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.text.length > MAX_SEARCH_TEXT) {
        throw badInput(`search text is longer than ${MAX_SEARCH_TEXT} characters`, {
          argument: "text",
        });
      }
      const page = checkPageArgs(args, 10);
      const types = args.types ?? null;
      const result = await ctx.repos.searchEntities({ text: args.text, types, ...page });
      for (const edge of result.edges) ctx.loaders.entity.prime(edge.node.id, edge.node);
      // The page's statement counts the matches too; only a page past the last match asks again.
      const { total } = result;
      return toConnection(result, page, () =>
        total !== null
          ? Promise.resolve(total)
          : ctx.repos.countSearchResults({ text: args.text, types }),
      );
    },
  }),
}));
