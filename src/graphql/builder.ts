import SchemaBuilder from "@pothos/core";
import RelayPlugin from "@pothos/plugin-relay";
import type { GraphQLContext } from "./context.ts";
import { decodeGlobalId, encodeGlobalId } from "./global-id.ts";

/**
 * The one SchemaBuilder. It holds configuration only; every type lives in types/<domain>.ts and
 * schema.ts imports them. Fields are non-null unless declared otherwise, and every connection
 * carries a lazily computed `totalCount` (a count query that runs only when asked for).
 */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
  Connection: { totalCount: () => Promise<number> };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeQueryOptions: {
      description:
        "Any object with a global id (Relay): an entity, article, source or relationship.",
    },
    nodesQueryOptions: {
      description: "Objects by global id, in the order asked; null where none exists.",
      nullable: { list: false, items: true },
    },
  },
});

builder.queryType({ description: "Reading the news graph." });

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many items the whole list holds (counted, not loaded).",
    resolve: (connection) => connection.totalCount(),
  }),
);
