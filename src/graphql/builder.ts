import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { isListType, isNonNullType } from "graphql";
import { NewsgraphError } from "../domain/errors.ts";
import type { GraphQLContext } from "./context.ts";
import { decodeNodeId, encodeGlobalId } from "./global-id.ts";

/**
 * The one SchemaBuilder. It holds configuration only; every type lives in types/<domain>.ts and
 * schema.ts imports them. Fields are non-null unless declared otherwise, and every connection
 * carries a lazily computed `totalCount` (a count query that runs only when asked for).
 *
 * Authorisation (scope-auth): the root types require a scope (`read` on Query and Subscription,
 * `write` on Mutation); the scopes come from the request's API key (ctx.auth). Cost
 * (complexity): every field costs 1, and whatever is selected below a field is multiplied by the
 * field's `first` argument (connections, evidence), 100 for `nodes(ids)`, or 10 for other lists; src/server/plugins/limits.ts refuses documents over the configured cost before they run.
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
  AuthScopes: { read: boolean; write: boolean };
}>({
  plugins: [ScopeAuthPlugin, ComplexityPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      read: ctx.auth.scopes.has("read"),
      write: ctx.auth.scopes.has("write"),
    }),
    // No key at all is UNAUTHENTICATED (send one); a key without the scope is FORBIDDEN.
    unauthorizedError: (_parent, ctx, info) => {
      const needed = info.parentType.name === "Mutation" ? "write" : "read";
      return ctx.auth.name === null
        ? new NewsgraphError(
            "UNAUTHENTICATED",
            `${info.fieldName} needs an API key with the ${needed} scope (Authorization: Bearer <key> or X-API-Key)`,
          )
        : new NewsgraphError(
            "FORBIDDEN",
            `the API key "${ctx.auth.name}" lacks the ${needed} scope that ${info.fieldName} needs`,
          );
    },
  },
  complexity: {
    fieldComplexity: (args, _ctx, field) => {
      if (typeof args.first === "number") return { field: 1, multiplier: Math.max(args.first, 1) };
      // A connection's `first` already counts its edges.
      if (field.name === "edges") return { field: 1, multiplier: 1 };
      const type = isNonNullType(field.type) ? field.type.ofType : field.type;
      return isListType(type) ? { field: 1, multiplier: 10 } : 1;
    },
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeNodeId,
    // Constant costs: a cost function would decode the global ids first, and a malformed one
    // must fail only its own field (INVALID_ID), not the cost check of the whole request.
    nodeQueryOptions: {
      complexity: 1,
      description:
        "Any object with a global id (Relay): an entity, article, source or relationship.",
    },
    nodesQueryOptions: {
      complexity: { field: 1, multiplier: 100 },
      description: "Objects by global id, in the order asked; null where none exists.",
      nullable: { list: false, items: true },
    },
  },
});

builder.queryType({ description: "Reading the news graph.", authScopes: { read: true } });
builder.mutationType({
  description: "Changing the news graph: needs an API key with the write scope.",
  authScopes: { write: true },
});
builder.subscriptionType({
  description: "Events, over server-sent events (Accept: text/event-stream).",
  authScopes: { read: true },
});

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many items the whole list holds (counted, not loaded).",
    resolve: (connection) => connection.totalCount(),
  }),
);
