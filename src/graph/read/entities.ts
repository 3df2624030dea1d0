import { badInput } from "../../domain/errors.ts";
import { entityId } from "../../domain/identity.ts";
import { TEXT_LIMITS } from "../../domain/limits.ts";
import { normaliseName } from "../../domain/text.ts";
import { ENTITY_TYPES, type EntityType } from "../../domain/vocabulary.ts";
import { cypher } from "../cypher.ts";
import type { GraphExecutor } from "../executor.ts";
import { pageLimit } from "./batch.ts";
import { lazyEdge, searchCursor } from "./keyset.ts";
import { toEntity } from "./mappers.ts";
import { holdsStopWord, toLucenePhrase, toLuceneQuery } from "./search-query.ts";
import type { EntityRecord, Page, SearchArgs, SearchEdge } from "./types.ts";

/** The full-text index over entity names and aliases (cypher/schema/033-entity-names-fulltext). */
export const ENTITY_NAMES_INDEX = "entity_names";

export interface EntityReads {
  /** Entities by id, in the order asked; null where there is none. */
  findEntitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]>;
  /**
   * The entity whose canonical name or one of whose aliases equals `name` after normalisation
   * (case, accents, spacing), optionally of one type. When several match, the most mentioned.
   */
  findEntityByName(name: string, type: EntityType | null): Promise<EntityRecord | null>;
  /**
   * One page of results and, when the page has a row, how many match in all (null when the cursor
   * left none: countSearchResults tells).
   */
  searchEntities(
    args: SearchArgs,
  ): Promise<Page<EntityRecord, SearchEdge> & { total: number | null }>;
  countSearchResults(args: Pick<SearchArgs, "text" | "types">): Promise<number>;
}

export function createEntityReads(executor: GraphExecutor): EntityReads {
  async function findEntitiesByIds(ids: readonly string[]) {
    if (ids.length === 0) return [];
    const rows = await executor.read(cypher("read/entities-by-ids"), { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((row) => toEntity(row.entity)).map((e) => [e.id, e]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  function luceneQuery(text: string): string {
    const query = toLuceneQuery(text);
    if (query === null) {
      throw badInput(`search text "${text}" has no letter or digit to search for`, {
        argument: "text",
      });
    }
    return query;
  }

  /**
   * Parameters of read/search-entities(-count): the Lucene query, and the text for exact name or
   * alias matches (case-insensitive, spaces folded), scanned for only when the index cannot see
   * a word of it.
   */
  function searchParams(text: string, types: SearchArgs["types"]) {
    return {
      index: ENTITY_NAMES_INDEX,
      query: luceneQuery(text),
      types,
      lower: text.trim().replace(/\s+/g, " ").toLowerCase(),
      scan: holdsStopWord(text),
    };
  }

  return {
    findEntitiesByIds,

    async findEntityByName(name, type) {
      const wanted = normaliseName(name);
      if (wanted === "") throw badInput("an entity name must not be empty", { argument: "name" });
      // No stored name is longer (domain/limits.ts), and a phrase query of thousands of words
      // would cost Neo4j seconds to find nothing.
      if (name.length > TEXT_LIMITS.name) {
        throw badInput(
          `an entity name is at most ${TEXT_LIMITS.name} characters long; this one has ${name.length}`,
          { argument: "name" },
        );
      }
      const types: readonly EntityType[] = type ? [type] : ENTITY_TYPES;
      const mostMentioned = (list: EntityRecord[]) =>
        list.sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id))[0] ?? null;
      // The canonical name is the id's slug, so the unique id index answers most lookups.
      const byId = await findEntitiesByIds(types.map((t) => entityId(t, name)));
      const canonical = byId.filter((e): e is EntityRecord => e !== null);
      if (canonical.length > 0) return mostMentioned(canonical);
      const phrase = toLucenePhrase(name);
      const typeFilter = type ? [type] : null;
      const rows =
        phrase === null
          ? await executor.read(cypher("read/entities-by-alias-scan"), {
              lower: name.trim().toLowerCase(),
              types: typeFilter,
            })
          : await executor.read(cypher("read/entities-by-alias"), {
              index: ENTITY_NAMES_INDEX,
              query: phrase,
              types: typeFilter,
            });
      const matches = rows
        .map((row) => toEntity(row.entity))
        .filter((e) => [e.name, ...e.aliases].some((n) => normaliseName(n) === wanted));
      return mostMentioned(matches);
    },

    async searchEntities({ text, types, first, after }) {
      const rows = await executor.read(cypher("read/search-entities"), {
        ...searchParams(text, types),
        after: searchCursor.decode(after),
        limit: pageLimit(first),
      });
      const edges = rows.slice(0, first).map((row) => {
        const node = toEntity(row.entity);
        const score = Number(row.score);
        const exact = row.exact === true;
        return lazyEdge(node, () => searchCursor.encode({ score, id: node.id, exact }), { score });
      });
      const total = rows[0] ? Number(rows[0].total) : after === null ? 0 : null;
      return { edges, hasNextPage: rows.length > first, total };
    },

    async countSearchResults({ text, types }) {
      const rows = await executor.read(
        cypher("read/search-entities-count"),
        searchParams(text, types),
      );
      return Number(rows[0]?.total ?? 0);
    },
  };
}
