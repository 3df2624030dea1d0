import DataLoader from "dataloader";
import type {
  ArticleRecord,
  EntityArticlesKey,
  EntityRecord,
  EntityRelationshipsKey,
  EvidenceKey,
  EvidenceRecord,
  MentionRecord,
  NeighbourCountKey,
  Neighbourhood,
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
 * Made for each request (never shared), each on its first use, so the cache lives exactly as long
 * as the request.
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
  neighbourhood: DataLoader<NeighbourhoodKey, Neighbourhood, string>;
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

/**
 * A request's loaders, each made when a resolver first asks for it: a request uses a few of the
 * fourteen (a search none of them), and every request made all of them before.
 */
export function createLoaders(repos: ReadRepositories): Loaders {
  return new RequestLoaders(repos);
}

/** Lists that return whole records prime the by-id loaders with them (see the getters below). */
function primeAll<T extends { id: string }>(loader: DataLoader<string, T | null>, list: T[]) {
  for (const record of list) loader.prime(record.id, record);
}

const records = <T>(pages: Page<T>[]) => pages.flatMap((page) => page.edges.map((e) => e.node));

class RequestLoaders implements Loaders {
  #entity?: Loaders["entity"];
  #article?: Loaders["article"];
  #source?: Loaders["source"];
  #relationship?: Loaders["relationship"];
  #evidence?: Loaders["evidence"];
  #articleMentions?: Loaders["articleMentions"];
  #entityArticles?: Loaders["entityArticles"];
  #entityArticleCount?: Loaders["entityArticleCount"];
  #entityRelationships?: Loaders["entityRelationships"];
  #entityRelationshipCount?: Loaders["entityRelationshipCount"];
  #neighbours?: Loaders["neighbours"];
  #neighbourCount?: Loaders["neighbourCount"];
  #neighbourhood?: Loaders["neighbourhood"];
  #sharedArticles?: Loaders["sharedArticles"];

  constructor(private readonly repos: ReadRepositories) {}

  // Lists that return whole records prime the by-id loaders, so a later `node(id)` or
  // `source`/`target` for a record already seen costs no round trip. Only lists whose fields
  // resolve before any by-id lookup of the same records prime, so the count stays deterministic.

  get entity(): Loaders["entity"] {
    this.#entity ??= new DataLoader((ids) => this.repos.findEntitiesByIds(ids));
    return this.#entity;
  }

  get article(): Loaders["article"] {
    this.#article ??= new DataLoader((ids) => this.repos.findArticlesByIds(ids));
    return this.#article;
  }

  get source(): Loaders["source"] {
    this.#source ??= new DataLoader((ids) => this.repos.findSourcesByIds(ids));
    return this.#source;
  }

  get relationship(): Loaders["relationship"] {
    this.#relationship ??= new DataLoader((ids) => this.repos.findRelationshipsByIds(ids));
    return this.#relationship;
  }

  /** Keyed by its two fields directly: a page of relationships primes and loads one per row. */
  get evidence(): Loaders["evidence"] {
    this.#evidence ??= new DataLoader((keys) => this.repos.findEvidenceByRelIds(keys), {
      cacheKeyFn: (key) => `${key.first}\u0000${key.relId}`,
    });
    return this.#evidence;
  }

  get articleMentions(): Loaders["articleMentions"] {
    this.#articleMentions ??= new DataLoader(async (ids) => {
      const lists = await this.repos.findArticleMentions(ids);
      primeAll(
        this.entity,
        lists.flatMap((list) => list.map((m) => m.entity)),
      );
      return lists;
    });
    return this.#articleMentions;
  }

  /**
   * Not primed into `article`: evidence asks for articles at the same time, and whether a prime
   * lands before that batch runs would make the number of round trips vary by timing.
   */
  get entityArticles(): Loaders["entityArticles"] {
    this.#entityArticles ??= keyed((keys: readonly EntityArticlesKey[]) =>
      this.repos.findEntityArticles(keys),
    );
    return this.#entityArticles;
  }

  get entityArticleCount(): Loaders["entityArticleCount"] {
    this.#entityArticleCount ??= new DataLoader((ids) => this.repos.countEntityArticles(ids));
    return this.#entityArticleCount;
  }

  /**
   * A page of relationships arrives with the entity, both ends and (when the query selects them)
   * the top evidence of each and their articles: primed, so `source`, `target`, `evidence` and
   * `evidence.article` cost no further statement, and `entity(id:)` can be answered from the page
   * (its look-ahead, types/relationship.ts). The page resolves before any of those fields asks,
   * so the priming never races a by-id lookup.
   */
  get entityRelationships(): Loaders["entityRelationships"] {
    this.#entityRelationships ??= keyed((keys: readonly EntityRelationshipsKey[]) =>
      this.findRelationshipPages(keys),
    );
    return this.#entityRelationships;
  }

  /** Pages of relationships, with what they read along primed into the by-id loaders. */
  private async findRelationshipPages(keys: readonly EntityRelationshipsKey[]) {
    const pages = await this.repos.findEntityRelationships(keys);
    // A lean page's relationships and other ends are partial: they answer only through the page.
    primeAll(
      this.relationship,
      records(pages).filter((r) => !r.partial),
    );
    primeAll(
      this.entity,
      pages
        .flatMap((page) => (page.entity ? [page.entity, ...page.ends] : page.ends))
        .filter((e) => !e.partial),
    );
    primeAll(
      this.article,
      pages.flatMap((page) => page.articles.filter((a) => !a.partial)),
    );
    keys.forEach((key, k) => {
      const page = pages[k];
      if (!page?.evidence || !key.evidence) return;
      for (const [relId, list] of page.evidence) {
        this.evidence.prime({ relId, first: key.evidence }, list);
      }
    });
    return pages;
  }

  get entityRelationshipCount(): Loaders["entityRelationshipCount"] {
    this.#entityRelationshipCount ??= keyed((keys: readonly RelationshipCountKey[]) =>
      this.repos.countEntityRelationships(keys),
    );
    return this.#entityRelationshipCount;
  }

  get neighbours(): Loaders["neighbours"] {
    this.#neighbours ??= keyed(async (keys: readonly NeighboursKey[]) => {
      const pages = await this.repos.findNeighbours(keys);
      primeAll(this.entity, records(pages));
      return pages;
    });
    return this.#neighbours;
  }

  get neighbourCount(): Loaders["neighbourCount"] {
    this.#neighbourCount ??= keyed((keys: readonly NeighbourCountKey[]) =>
      this.repos.countNeighbours(keys),
    );
    return this.#neighbourCount;
  }

  get neighbourhood(): Loaders["neighbourhood"] {
    this.#neighbourhood ??= keyed((keys: readonly NeighbourhoodKey[]) =>
      this.repos.findNeighbourhoods(keys),
    );
    return this.#neighbourhood;
  }

  get sharedArticles(): Loaders["sharedArticles"] {
    this.#sharedArticles ??= keyed((keys: readonly SharedArticlesKey[]) =>
      this.repos.findSharedArticles(keys),
    );
    return this.#sharedArticles;
  }
}

/** A loader whose keys are objects (entity + filter + page), cached by their content. */
function keyed<K extends object, V>(batch: (keys: readonly K[]) => Promise<V[]>) {
  return new DataLoader<K, V, string>(batch, { cacheKeyFn: stableKey });
}
