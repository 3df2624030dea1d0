import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Config } from "../config.ts";
import type { GraphExecutor } from "../graph/executor.ts";
import { createContext, type GraphQLContext } from "../graphql/context.ts";
import { maskError, useDomainErrors } from "../graphql/errors.ts";
import { schema } from "../graphql/schema.ts";
import { DEFAULT_QUERY } from "./default-query.ts";

export interface AppOptions {
  executor: GraphExecutor;
  config: Pick<Config, "server" | "logLevel">;
  /** Serve GraphiQL on GET /graphql from a browser. @default true */
  graphiql?: boolean;
}

export type App = YogaServerInstance<Record<string, never>, GraphQLContext>;

/** The endpoint of the API and of GraphiQL. */
export const GRAPHQL_PATH = "/graphql";

/**
 * The GraphQL server as a fetch handler: it never listens, so tests call `app.fetch(...)` in
 * process and src/server/http.ts mounts it on a Node server. Every request gets its own loaders
 * and a query timeout that reaches Neo4j as the transaction timeout.
 */
export function createApp({ executor, config, graphiql = true }: AppOptions): App {
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: graphiql ? { title: "newsgraph", defaultQuery: DEFAULT_QUERY } : false,
    // Expected errors carry extensions.code; anything else is "Unexpected error." (see errors.ts).
    maskedErrors: { maskError },
    logging: config.logLevel === "silent" ? false : config.logLevel,
    // A child executor per request: the timeout applies, and observers added to `executor` after
    // start-up (logging, tests counting round trips) still see every statement.
    context: () => createContext(executor.with({ timeoutMs: config.server.queryTimeoutMs })),
    plugins: [
      useDomainErrors(),
      // Connections cap every page at 100 items, so depth and aliases bound the work a single
      // request can ask for; a cost model is not needed on top.
      EnvelopArmorPlugin({
        maxDepth: { n: 16 },
        maxAliases: { n: 30 },
        maxTokens: { n: 5000 },
        maxDirectives: { n: 50 },
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: false },
      }),
    ],
  });
}
