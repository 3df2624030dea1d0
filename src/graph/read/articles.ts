import { cypher } from "../cypher.ts";
import type { GraphExecutor } from "../executor.ts";
import { loadGrouped, pageLimit, splitByIndex } from "./batch.ts";
import { articleCursor, lazyEdge } from "./keyset.ts";
import { toArticle, toMention, toSource } from "./mappers.ts";
import type {
  ArticleFilter,
  ArticleRecord,
  EntityArticlesKey,
  MentionRecord,
  Page,
  PageArgs,
  SourceRecord,
} from "./types.ts";

export interface ArticleReads {
  findArticlesByIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]>;
  findSourcesByIds(ids: readonly string[]): Promise<(SourceRecord | null)[]>;
  /** Articles newest first, filtered. */
  listArticles(filter: ArticleFilter, page: PageArgs): Promise<Page<ArticleRecord>>;
  countArticles(filter: ArticleFilter): Promise<number>;
  /** For each key, a page of the articles mentioning the entity; one statement per page size. */
  findEntityArticles(keys: readonly EntityArticlesKey[]): Promise<Page<ArticleRecord>[]>;
  countEntityArticles(entityIds: readonly string[]): Promise<number[]>;
  /** For each article, the entities it mentions in order of first appearance. */
  findArticleMentions(articleIds: readonly string[]): Promise<MentionRecord[][]>;
}

function toArticlePage(
  rows: readonly Record<string, unknown>[],
  first: number,
): Page<ArticleRecord> {
  const edges = rows.slice(0, first).map((row) => {
    const node = toArticle(row.article);
    const publishedAt = String(row.publishedAt ?? "");
    return lazyEdge(node, () => articleCursor.encode({ publishedAt, id: node.id }));
  });
  return { edges, hasNextPage: rows.length > first };
}

function filterParams(filter: ArticleFilter) {
  return {
    source: filter.source,
    language: filter.language,
    publishedFrom: filter.publishedFrom,
    publishedTo: filter.publishedTo,
  };
}

export function createArticleReads(executor: GraphExecutor): ArticleReads {
  return {
    async findArticlesByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await executor.read(cypher("read/articles-by-ids"), { ids: [...new Set(ids)] });
      const byId = new Map(rows.map((row) => toArticle(row.article)).map((a) => [a.id, a]));
      return ids.map((id) => byId.get(id) ?? null);
    },

    async findSourcesByIds(ids) {
      if (ids.length === 0) return [];
      const rows = await executor.read(cypher("read/sources-by-ids"), { ids: [...new Set(ids)] });
      const byId = new Map(rows.map((row) => toSource(row.source)).map((s) => [s.id, s]));
      return ids.map((id) => byId.get(id) ?? null);
    },

    async listArticles(filter, { first, after }) {
      const rows = await executor.read(cypher("read/articles-list"), {
        ...filterParams(filter),
        after: articleCursor.decode(after),
        limit: pageLimit(first),
      });
      return toArticlePage(rows, first);
    },

    async countArticles(filter) {
      const rows = await executor.read(cypher("read/articles-count"), filterParams(filter));
      return Number(rows[0]?.total ?? 0);
    },

    findEntityArticles(keys) {
      return loadGrouped(
        keys,
        (key) => key.first,
        async (group) => {
          const first = group[0]?.first ?? 0;
          const rows = await executor.read(cypher("read/entity-articles"), {
            keys: group.map((key, i) => ({
              i,
              id: key.entityId,
              after: articleCursor.decode(key.after),
            })),
            limit: pageLimit(first),
          });
          return splitByIndex(rows, group.length, (row) => Number(row.i)).map((list) =>
            toArticlePage(list, first),
          );
        },
      );
    },

    async countEntityArticles(entityIds) {
      if (entityIds.length === 0) return [];
      const rows = await executor.read(cypher("read/entity-articles-count"), {
        ids: [...new Set(entityIds)],
      });
      const totals = new Map(rows.map((row) => [String(row.entityId), Number(row.total)]));
      return entityIds.map((id) => totals.get(id) ?? 0);
    },

    async findArticleMentions(articleIds) {
      if (articleIds.length === 0) return [];
      const rows = await executor.read(cypher("read/article-mentions"), {
        ids: [...new Set(articleIds)],
      });
      const byArticle = new Map<string, MentionRecord[]>();
      for (const row of rows) {
        const articleId = String(row.articleId);
        const mention = toMention(articleId, row.mention, row.entity);
        const list = byArticle.get(articleId);
        if (list) list.push(mention);
        else byArticle.set(articleId, [mention]);
      }
      return articleIds.map((id) => byArticle.get(id) ?? []);
    },
  };
}
