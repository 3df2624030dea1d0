import DataLoader from "dataloader";
import type { Subgraph } from "../domain/subgraph.ts";
import type {
  ArticleRecord,
  EntityArticlesKey,
  EntityRecord,
  EntityRelationshipsKey,
  EvidenceKey,
  EvidenceRecord,
  MentionRecord,
  NeighbourCountKey,
  NeighbourhoodKey,
  NeighboursKey,
  Page,
  ReadRepositories,
  RelationshipCountKey,
  RelationshipPage,
  RelationshipRecord,
  SharedArticlesKey,
  SourceRecord,
} from "../graph/read/index.ts";

/**
 * Per-request DataLoaders: every lookup the API makes by id, and every per-entity connection,
 * goes through one of these, so all the lookups of one level of a query become one statement.
 * Created for each request (never shared), so the cache lives exactly as long as the request.
 */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  source: DataLoader<string, SourceRecord | null>;
  relationship: DataLoader<string, RelationshipRecord | null>;
  evidence: DataLoader<EvidenceKey, EvidenceRecord[], string>;
  articleMentions: DataLoader<string, MentionRecord[]>;
  entityArticles: DataLoader<EntityArticlesKey, Page<ArticleRecord>, string>;
  entityArticleCount: DataLoader<string, number>;
  entityRelationships: DataLoader<EntityRelationshipsKey, RelationshipPage, string>;
  entityRelationshipCount: DataLoader<RelationshipCountKey, number, string>;
  neighbours: DataLoader<NeighboursKey, Page<EntityRecord>, string>;
  neighbourCount: DataLoader<NeighbourCountKey, number, string>;
  neighbourhood: DataLoader<NeighbourhoodKey, Subgraph, string>;
  sharedArticles: DataLoader<SharedArticlesKey, ArticleRecord[], string>;
}

/** A cache key for object keys that does not depend on the order their fields were written. */
export function stableKey(key: object): string {
  return JSON.stringify(key, (_, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

export function createLoaders(repos: ReadRepositories): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>((ids) => repos.findEntitiesByIds(ids));
  const article = new DataLoader<string, ArticleRecord | null>((ids) =>
    repos.findArticlesByIds(ids),
  );
  const relationship = new DataLoader<string, RelationshipRecord | null>((ids) =>
    repos.findRelationshipsByIds(ids),
  );

  // Lists that return whole records prime the by-id loaders, so a later `node(id)` or
  // `source`/`target` for a record already seen costs no round trip. Only lists whose fields
  // resolve before any by-id lookup of the same records prime, so the count stays deterministic.
  const primeAll = <T extends { id: string }>(loader: DataLoader<string, T | null>, list: T[]) => {
    for (const record of list) loader.prime(record.id, record);
  };

  const records = <T>(pages: Page<T>[]) => pages.flatMap((page) => page.edges.map((e) => e.node));

  // Keyed by its two fields directly: a page of relationships primes and loads one per row.
  const evidence = new DataLoader<EvidenceKey, EvidenceRecord[], string>(
    (keys) => repos.findEvidenceByRelIds(keys),
    { cacheKeyFn: (key) => `${key.first}\u0000${key.relId}` },
  );

  /** Pages of relationships, with what they read along primed into the by-id loaders. */
  async function findRelationshipPages(keys: readonly EntityRelationshipsKey[]) {
    const pages = await repos.findEntityRelationships(keys);
    primeAll(relationship, records(pages));
    primeAll(
      entity,
      pages.flatMap((page) => (page.entity ? [page.entity, ...page.ends] : page.ends)),
    );
    primeAll(
      article,
      pages.flatMap((page) => page.articles.filter((a) => !a.partial)),
    );
    keys.forEach((key, k) => {
      const page = pages[k];
      if (!page?.evidence || !key.evidence) return;
      for (const [relId, list] of page.evidence) {
        evidence.prime({ relId, first: key.evidence }, list);
      }
    });
    return pages;
  }
  const entityRelationships = keyed(findRelationshipPages);

  return {
    entity,
    article,
    relationship,
    source: new DataLoader((ids) => repos.findSourcesByIds(ids)),
    evidence,
    articleMentions: new DataLoader(async (ids) => {
      const lists = await repos.findArticleMentions(ids);
      primeAll(
        entity,
        lists.flatMap((list) => list.map((m) => m.entity)),
      );
      return lists;
    }),
    // Not primed into `article`: evidence asks for articles at the same time, and whether a
    // prime lands before that batch runs would make the number of round trips vary by timing.
    entityArticles: keyed((keys: readonly EntityArticlesKey[]) => repos.findEntityArticles(keys)),
    entityArticleCount: new DataLoader((ids) => repos.countEntityArticles(ids)),
    // A page of relationships arrives with the entity, both ends and (when the query selects
    // them) the top evidence of each and their articles: primed, so `source`, `target`,
    // `evidence` and `evidence.article` cost no further statement, and `entity(id:)` can be
    // answered from the page (its look-ahead, types/relationship.ts). The page resolves before
    // any of those fields asks, so the priming never races a by-id lookup.
    entityRelationships,
    entityRelationshipCount: keyed((keys: readonly RelationshipCountKey[]) =>
      repos.countEntityRelationships(keys),
    ),
    neighbours: keyed(async (keys: readonly NeighboursKey[]) => {
      const pages = await repos.findNeighbours(keys);
      primeAll(entity, records(pages));
      return pages;
    }),
    neighbourCount: keyed((keys: readonly NeighbourCountKey[]) => repos.countNeighbours(keys)),
    neighbourhood: keyed((keys: readonly NeighbourhoodKey[]) => repos.findNeighbourhoods(keys)),
    sharedArticles: keyed((keys: readonly SharedArticlesKey[]) => repos.findSharedArticles(keys)),
  };
}

/** A loader whose keys are objects (entity + filter + page), cached by their content. */
function keyed<K extends object, V>(batch: (keys: readonly K[]) => Promise<V[]>) {
  return new DataLoader<K, V, string>(batch, { cacheKeyFn: stableKey });
}
