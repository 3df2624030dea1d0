import { z } from "zod";
import type { EntityType } from "../../domain/vocabulary.ts";
import { cypher } from "../cypher.ts";
import type { GraphExecutor } from "../executor.ts";
import { cypherInt, loadGrouped, pageLimit, splitByIndex } from "./batch.ts";
import { createCursorCodec, lazyEdge } from "./keyset.ts";
import { toArticle, toEntity } from "./mappers.ts";
import type { ArticleRecord, Edge, EntityRecord, Page, PageArgs } from "./types.ts";

/** Co-mentions sort by shared articles (most first), then entity id. */
export const coMentionCursor = createCursorCodec(
  "coMentions",
  z.object({ shared: z.number().int(), id: z.string() }),
);

export interface CoMentionFilter {
  entityId: string;
  /** Only co-mentioned entities of these types; null means all. */
  types: readonly EntityType[] | null;
  /** Only articles published in this range count (ISO 8601 prefixes); null: unbounded. */
  from: string | null;
  to: string | null;
}

export interface CoMentionEdge extends Edge<EntityRecord> {
  /** Number of articles that mention both entities. */
  sharedArticleCount: number;
}

export interface SharedArticlesKey {
  entityId: string;
  otherId: string;
  from: string | null;
  to: string | null;
  /** Newest first, at most this many. */
  first: number;
}

export interface CoMentionReads {
  findCoMentions(
    filter: CoMentionFilter,
    page: PageArgs,
  ): Promise<Page<EntityRecord, CoMentionEdge>>;
  countCoMentions(filter: CoMentionFilter): Promise<number>;
  /** For each key, the articles naming both entities: one statement per (dates, size) group. */
  findSharedArticles(keys: readonly SharedArticlesKey[]): Promise<ArticleRecord[][]>;
}

function filterParams(filter: CoMentionFilter) {
  return {
    id: filter.entityId,
    types: filter.types ? [...filter.types] : null,
    from: filter.from,
    to: filter.to,
  };
}

const newestFirst = (a: ArticleRecord, b: ArticleRecord) =>
  (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || b.id.localeCompare(a.id);

export function createCoMentionReads(executor: GraphExecutor): CoMentionReads {
  return {
    async findCoMentions(filter, { first, after }) {
      const rows = await executor.read(cypher("read/co-mentions"), {
        ...filterParams(filter),
        after: coMentionCursor.decode(after),
        limit: pageLimit(first),
      });
      const edges = rows.slice(0, first).map((row) => {
        const node = toEntity(row.entity);
        const sharedArticleCount = Number(row.shared);
        return lazyEdge(
          node,
          () => coMentionCursor.encode({ shared: sharedArticleCount, id: node.id }),
          { sharedArticleCount },
        );
      });
      return { edges, hasNextPage: rows.length > first };
    },

    async countCoMentions(filter) {
      const rows = await executor.read(cypher("read/co-mentions-count"), filterParams(filter));
      return Number(rows[0]?.total ?? 0);
    },

    findSharedArticles(keys) {
      return loadGrouped(
        keys,
        (key) => [key.from, key.to, key.first],
        async (group) => {
          const head = group[0];
          if (!head || head.first === 0) return group.map(() => []);
          const rows = await executor.read(cypher("read/shared-articles"), {
            keys: group.map((key, i) => ({ i, id: key.entityId, otherId: key.otherId })),
            from: head.from,
            to: head.to,
            limit: cypherInt(head.first),
          });
          return splitByIndex(rows, group.length, (row) => Number(row.i)).map((list) =>
            list.map((row) => toArticle(row.article)).sort(newestFirst),
          );
        },
      );
    },
  };
}
