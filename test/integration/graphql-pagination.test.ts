import { beforeAll, describe, expect, it } from "vitest";
import type { AnnotatedArticle } from "../../src/domain/article.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { useTestGraph } from "../support/graph.ts";
import { API_FIXTURES, createTestApi, loadGraph, readFixtures } from "./graphql-client.ts";

interface Connection<N> {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: N }[];
}
const PAGE =
  "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor";

/** A dated article in which the Netherlands LEADS a new mission. */
function article(id: string, publishedAt: string): AnnotatedArticle {
  const title = `Netherlands leads ${id}`;
  return {
    article: {
      id,
      title,
      body: "A short note.",
      publishedAt,
      language: "en",
      source: "NATO Press",
    },
    entities: [
      { type: "Country", name: "Netherlands" },
      { type: "Mission", name: `Mission ${id}` },
    ],
    relations: [{ type: "LEADS", source: "Netherlands", target: `Mission ${id}` }],
  };
}

describe("GraphQL keyset pagination", () => {
  const graph = useTestGraph();
  const api = createTestApi(graph);

  beforeAll(async () => {
    await loadGraph(graph, readFixtures(API_FIXTURES));
  });

  async function relationships(first: number, after: string | null) {
    const data = await api.data<{
      entity: { relationships: Connection<{ relationshipId: string }> };
    }>(
      `query($first: Int, $after: String) { entity(id: "country:netherlands") {
        relationships(first: $first, after: $after) { ${PAGE} node { relationshipId } } }
      } }`,
      { first, after },
    );
    return data.entity.relationships;
  }

  async function articles(first: number, after: string | null) {
    const data = await api.data<{ articles: Connection<{ articleId: string }> }>(
      `query($first: Int, $after: String) { articles(first: $first, after: $after) { ${PAGE} node { articleId } } } }`,
      { first, after },
    );
    return data.articles;
  }

  it("walks a list in pages that add up to the whole list, in order, without repeats", async () => {
    const all = await relationships(100, null);
    expect(all.totalCount).toBe(7);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = await relationships(3, after);
      expect(page.totalCount).toBe(7);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      sizes.push(page.edges.length);
      seen.push(...page.edges.map((e) => e.node.relationshipId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(all.edges.map((e) => e.node.relationshipId));
  });

  it("returns an empty first page with the count when first is 0", async () => {
    const page = await articles(0, null);
    expect(page).toMatchObject({
      totalCount: 3,
      edges: [],
      pageInfo: { hasNextPage: true, endCursor: null },
    });
  });

  it("keeps pages stable while articles are written before and after the cursor", async () => {
    const firstArticles = await articles(1, null);
    expect(firstArticles.edges.map((e) => e.node.articleId)).toEqual(["api-f16-extension"]);
    const firstRelationships = await relationships(3, null);
    expect(firstRelationships.edges.map((e) => e.node.relationshipId)).toEqual([
      "COOPERATES_WITH:country:belgium->country:netherlands",
      "PARTICIPATES_IN:country:netherlands->event:nato-summit-2018",
      "PARTICIPATES_IN:country:netherlands->mission:nato-mission-iraq",
    ]);

    // A newer article (sorts before the article cursor), an older one (after it); each adds a
    // LEADS relationship, which sorts before the relationship cursor.
    const repo = createArticleRepository(graph.executor);
    await ingestAnnotated(repo, article("newer", "2020-05-01"));
    await ingestAnnotated(repo, article("older", "2017-01-01"));

    const restArticles = await articles(10, firstArticles.pageInfo.endCursor);
    expect(restArticles.edges.map((e) => e.node.articleId)).toEqual([
      "api-navo-missie-irak",
      "api-nato-summit",
      "older",
    ]);
    expect(restArticles.totalCount).toBe(5);

    const restRelationships = await relationships(10, firstRelationships.pageInfo.endCursor);
    expect(restRelationships.edges.map((e) => e.node.relationshipId)).toEqual([
      "PROVIDES:country:netherlands->asset:f-16-netherlands",
      "PROVIDES:country:netherlands->asset:military-advisers-netherlands",
      "REPRESENTS:person:ank-bijleveld->country:netherlands",
      "SUPPORTS:organisation:nato->country:netherlands",
    ]);
    expect(restRelationships.totalCount).toBe(9);
  });

  it("refuses a cursor of another list", async () => {
    const page = await relationships(1, null);
    const result = await api.request(
      `query($after: String) { articles(after: $after) { totalCount } }`,
      { after: page.pageInfo.endCursor },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/not a cursor of articles/);
  });

  it("caches nothing across requests: each request sees what was written before it", async () => {
    const count = async () =>
      (
        await api.data<{ entity: { mentionCount: number } }>(
          `{ entity(id: "country:netherlands") { mentionCount } }`,
        )
      ).entity.mentionCount;
    const before = await count();
    await ingestAnnotated(createArticleRepository(graph.executor), article("latest", "2021-01-01"));
    expect(await count()).toBe(before + 1);
  });
});
