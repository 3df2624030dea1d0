import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { loadConfig } from "../../src/config.ts";
import type { AnnotatedArticle } from "../../src/domain/article.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { createApp } from "../../src/server/app.ts";
import { type HttpServer, startHttpServer } from "../../src/server/http.ts";
import type { TestGraph } from "../support/graph.ts";

/** Helpers shared by test/integration/graphql-*.test.ts: the app in process, fixtures, queries. */
export const API_FIXTURES = fileURLToPath(new URL("../fixtures/api/", import.meta.url));
export const SAMPLE_FIXTURES = fileURLToPath(new URL("../fixtures/annotated/", import.meta.url));

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * The API of the graphql-* and analytics tests: in process (`app.fetch`, Yoga alone), or with
 * TEST_API_TRANSPORT=http over a real socket, where plain queries take the direct lane
 * (src/server/direct-lane.ts): every such test file passes either way.
 */
export function createTestApi(graph: TestGraph) {
  const app = createApp({
    executor: graph.executor,
    config: loadConfig({ LOG_LEVEL: "silent" }),
    graphiql: false,
  });
  const overHttp = process.env.TEST_API_TRANSPORT === "http";
  let server: Promise<HttpServer> | undefined;
  if (overHttp) afterAll(async () => (await server)?.close());
  async function request<T>(query: string, variables?: Record<string, unknown>) {
    const init = {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    };
    if (overHttp) {
      server ??= startHttpServer(app, { port: 0, host: "127.0.0.1" });
      const response = await fetch(`${(await server).url}/graphql`, init);
      return (await response.json()) as GraphQLResponse<T>;
    }
    const response = await app.fetch("http://test/graphql", init);
    return (await response.json()) as GraphQLResponse<T>;
  }
  return {
    app,
    request,
    /** The data of a query that must succeed; fails the test with the errors otherwise. */
    async data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const result = await request<T>(query, variables);
      if (result.errors?.length || !result.data) {
        throw new Error(`query failed: ${JSON.stringify(result.errors)}`);
      }
      return result.data;
    },
  };
}

export function readFixtures(dir: string): AnnotatedArticle[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as AnnotatedArticle);
}

/** A fresh graph holding exactly `articles`. */
export async function loadGraph(graph: TestGraph, articles: readonly AnnotatedArticle[]) {
  await graph.reset();
  await migrate(graph.executor);
  const repo = createArticleRepository(graph.executor);
  for (const article of articles) await ingestAnnotated(repo, article);
}

/** Relay global id, as clients receive it. */
export function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString("base64");
}
