import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../src/config.ts";
import type { AnnotatedArticle } from "../../src/domain/article.ts";
import type { GraphExecutor } from "../../src/graph/executor.ts";
import { type AppOptions, createApp } from "../../src/server/app.ts";
import { type HttpServer, startHttpServer } from "../../src/server/http.ts";
import { useTestGraph } from "../support/graph.ts";
import { API_FIXTURES, type GraphQLResponse, loadGraph, readFixtures } from "./graphql-client.ts";

/**
 * Helpers of the write/safety tests (auth, mutations, limits, subscription, audit,
 * server-safety): an app configured from environment variables, as `newsgraph start` makes it.
 */
export const READ_KEY = "read-key-0123456789abcdef";
export const WRITE_KEY = "write-key-0123456789abcdef";
export const KEYS_ENV = {
  NEWSGRAPH_API_KEYS: `dashboard:read:${READ_KEY},ingester:write:${WRITE_KEY}`,
};

export type Env = Record<string, string>;

export function appWith(
  executor: GraphExecutor,
  env: Env = {},
  options: Partial<Omit<AppOptions, "executor" | "config">> = {},
) {
  return createApp({
    executor,
    config: loadConfig({ LOG_LEVEL: "silent", ...KEYS_ENV, ...env }),
    graphiql: false,
    ...options,
  });
}

export interface Reply<T> extends GraphQLResponse<T> {
  status: number;
  headers: Headers;
}

export type App = ReturnType<typeof appWith>;

/** A POST /graphql, in process. `key` goes in `Authorization: Bearer`. */
export async function post<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
  options: { key?: string; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const response = await app.fetch("http://test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  return { ...body, status: response.status, headers: response.headers };
}

/** The codes of a response's errors, in order. */
export const codes = (reply: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (reply.errors ?? []).map((e) => e.extensions?.code);

/** The first [start, end) of `phrase` in `text` (fails loudly when absent). */
export function span(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}

/** A small annotated article: `entities` by type and name, relations with one evidence each. */
export function article(
  id: string,
  body: string,
  entities: {
    type: AnnotatedArticle["entities"][number]["type"];
    name: string;
    aliases?: string[];
  }[],
  relations: [
    type: AnnotatedArticle["relations"][number]["type"],
    source: string,
    target: string,
  ][],
  publishedAt = "2024-01-01",
): AnnotatedArticle {
  const title = `Article ${id}`;
  const text = `${title}\n\n${body}`;
  return {
    article: { id, title, body, publishedAt, language: "en", source: "Test Press" },
    extractor: "test",
    entities: entities.map((e) => ({
      ...e,
      mentions: text.includes(e.name) ? [span(text, e.name)] : [],
    })),
    relations: relations.map(([type, source, target]) => ({
      type,
      source,
      target,
      evidence: [{ ...span(text, body), confidence: 0.8 }],
    })),
  };
}

/**
 * The API fixtures in the test graph, served by an app configured as `appWith` makes it over a
 * real socket (port 0): `server()` is the running server once the suite's `beforeAll` has run.
 */
export function useApiServer(env: Env = {}) {
  const graph = useTestGraph();
  const app = appWith(graph.executor, env);
  let server: HttpServer | undefined;
  beforeAll(async () => {
    await loadGraph(graph, readFixtures(API_FIXTURES));
    server = await startHttpServer(app, { port: 0, host: "127.0.0.1" });
  });
  afterAll(() => server?.close());
  return {
    graph,
    app,
    server(): HttpServer {
      if (!server) throw new Error("the server starts in beforeAll");
      return server;
    },
  };
}
