import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { loadSampleArticles } from "../../src/ingest/samples.ts";
import { useTestGraph } from "../support/graph.ts";
import { createTestApi } from "./graphql-client.ts";

/**
 * docs/api.md promises that every example under "Analytical queries" runs as-is against the
 * sample articles `npm start` loads: each is run here, against those samples, and must answer
 * without errors. The answers themselves are checked on hand-made fixtures in the other
 * analytics-*.test.ts files (the samples' answers move with the extractor).
 */
const graph = useTestGraph();
const api = createTestApi(graph);

const DOC = fs.readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
const section = DOC.slice(DOC.indexOf("### Analytical queries"), DOC.indexOf("## How it is built"));
const EXAMPLES = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

beforeAll(async () => {
  await graph.reset();
  await migrate(graph.executor);
  await loadSampleArticles(createArticleRepository(graph.executor));
}, 120_000);

describe("docs/api.md analytical examples", () => {
  it("has an example for every analytical question", () => {
    const joined = EXAMPLES.join("\n");
    for (const field of [
      "relationships(",
      "neighbourhood(",
      "paths(",
      "coMentions(",
      "subgraph(",
      "timeline(",
      "stats {",
      "contributions(",
      "topEntities(",
      "search(",
    ]) {
      expect(joined, field).toContain(field);
    }
  });

  it.each(EXAMPLES.map((query, i) => [i + 1, query] as const))(
    "example %i answers without errors on the samples",
    async (_, query) => {
      const result = await api.request<Record<string, unknown>>(query);
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {}).every((value) => value !== null)).toBe(true);
    },
  );

  it("connects the Tweede Kamer to Jordan in the samples, as the docs say", async () => {
    const data = await api.data<{ paths: { length: number }[] }>(
      `{ paths(from: "organisation:tweede-kamer", to: "country:jordan", maxHops: 6) { length } }`,
    );
    expect(data.paths.length).toBeGreaterThan(0);
  });
});
