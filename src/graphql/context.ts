import { type ArticleIngestedEvent, announceIngest, type GraphBus } from "../bus/index.ts";
import type { ApiScope } from "../config.ts";
import type { ArticleInput } from "../domain/article.ts";
import { badInput } from "../domain/errors.ts";
import { type ArticleDeleteResult, createArticleRepository } from "../graph/article-repository.ts";
import { createEntityRepository, type EntityRepository } from "../graph/entity-repository.ts";
import type { GraphExecutor } from "../graph/executor.ts";
import { createReadRepositories, type ReadRepositories } from "../graph/read/index.ts";
import { parseArticleInput } from "../ingest/annotated-schema.ts";
import { checkIngestSize, IngestError, ingestAnnotated, ingestPlain } from "../ingest/ingest.ts";
import type { IngestWork } from "../ingest/work.ts";
import { createLoaders, type Loaders } from "../loaders/index.ts";
import type { IngestQueue } from "../queue/index.ts";

/** Who is asking: the API key's name (null without a key) and what it may do. */
export interface Principal {
  readonly name: string | null;
  readonly scopes: ReadonlySet<ApiScope>;
}

export type { ArticleIngestedEvent } from "../bus/index.ts";

/** Every write the API can make; each one announces itself on the bus (src/bus). */
export interface GraphWrites {
  ingestAnnotated(value: unknown): Promise<ArticleIngestedEvent>;
  /** A plain article: the default extractor annotates it, then it is ingested. */
  ingestPlain(article: ArticleInput): Promise<ArticleIngestedEvent>;
  deleteArticle(id: string): Promise<ArticleDeleteResult>;
  readonly entities: EntityRepository;
}

/** What every resolver gets: loaders for lookups, repositories for lists that are not per-parent. */
export interface GraphQLContext {
  readonly repos: ReadRepositories;
  /** Replaced by `renewLoaders()`: read it at use, never keep it. */
  readonly loaders: Loaders;
  readonly auth: Principal;
  readonly writes: GraphWrites;
  /** Event streams for subscriptions. */
  readonly feeds: EventFeeds;
  /** The ingest queue (REDIS_URL set), or undefined: `ingestArticle(queue: true)` needs it. */
  readonly queue: IngestQueue | undefined;
  /**
   * Fresh loaders after a write, so what a mutation returns is read after it (and each
   * subscription event is read anew, not from the first event's cache).
   */
  renewLoaders(): void;
}

export interface EventFeeds {
  articleIngested(): AsyncIterable<ArticleIngestedEvent>;
}

export interface ContextOptions {
  auth: Principal;
  /** Where writes are announced and subscriptions read from (in memory or Redis). */
  bus: GraphBus;
  /**
   * Where extraction and annotated-article validation run: the server's worker pool, so a large
   * article never holds up the event loop.
   */
  work: IngestWork;
  queue?: IngestQueue;
  /** Largest article text accepted (NEWSGRAPH_MAX_ARTICLE_BYTES). @default 1 MB */
  maxArticleBytes?: number;
}

export const ANONYMOUS_READER: Principal = Object.freeze({
  name: null,
  scopes: new Set<ApiScope>(["read"]),
});

const NO_FEEDS: EventFeeds = {
  async *articleIngested() {},
};

/** One per request: fresh loaders, so nothing cached outlives the request that loaded it. */
export function createContext(executor: GraphExecutor, options?: ContextOptions): GraphQLContext {
  const repos = createReadRepositories(executor);
  return {
    repos,
    loaders: createLoaders(repos),
    auth: options?.auth ?? ANONYMOUS_READER,
    writes: createGraphWrites(executor, options),
    feeds: options ? { articleIngested: () => options.bus.subscribeArticleIngested() } : NO_FEEDS,
    queue: options?.queue,
    // `this`, not a captured object: Yoga hands resolvers a copy of this context (spread into
    // its own), and the copy's `loaders` is the one they read.
    renewLoaders(this: { loaders: Loaders }) {
      this.loaders = createLoaders(repos);
    },
  };
}

/**
 * The writes of one request. Their repositories are made on the first write: a context is made for
 * every request, and almost every request only reads.
 */
function createGraphWrites(executor: GraphExecutor, options?: ContextOptions): GraphWrites {
  let articleRepository: ReturnType<typeof createArticleRepository> | undefined;
  let entityRepository: EntityRepository | undefined;
  const articles = () => {
    articleRepository ??= createArticleRepository(executor);
    return articleRepository;
  };
  const entities = () => {
    entityRepository ??= createEntityRepository(executor);
    return entityRepository;
  };
  const bus = options?.bus;
  const limit = {
    ...(options?.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {}),
    ...(options?.work ? { work: options.work } : {}),
  };
  const changed = async <T>(result: T): Promise<T> => {
    await bus?.graphChanged();
    return result;
  };
  return {
    ingestAnnotated: async (value) =>
      announceIngest(bus, await ingestAnnotated(articles(), value, limit)),
    async ingestPlain(input) {
      // The article's size and own fields are checked before the extractor spends any time on it;
      // language detection and extraction run in `work` (the worker pool).
      checkIngestSize(input, limit);
      const article = parseArticleInput(input);
      try {
        return announceIngest(bus, await ingestPlain(articles(), article, limit));
      } catch (error) {
        if (error instanceof IngestError && error.stage === "language") {
          const reason = error.message.startsWith("language could not be determined")
            ? "the language could not be determined from the text; give article.language (nl or en)"
            : error.message;
          throw badInput(`article.language: ${reason}`, { argument: "article.language" });
        }
        throw error;
      }
    },
    deleteArticle: async (id) => {
      const result = await articles().deleteArticle(id);
      return result.deleted ? changed(result) : result;
    },
    entities: {
      mergeEntities: async (keep, merge) => changed(await entities().mergeEntities(keep, merge)),
      addAlias: async (id, alias) => changed(await entities().addAlias(id, alias)),
      removeAlias: async (id, alias) => changed(await entities().removeAlias(id, alias)),
      renameEntity: async (id, name) => changed(await entities().renameEntity(id, name)),
    },
  };
}
