import type DataLoaderType from "dataloader";
import { describe, expect, it, vi } from "vitest";
import type {
  EntityRecord,
  EntityRelationshipsKey,
  ReadRepositories,
  RelationshipPage,
} from "../../../src/graph/read/index.ts";
import { createLoaders } from "../../../src/loaders/index.ts";

// Counts the DataLoaders made (the loaders module imports dataloader's default export).
const made = vi.hoisted(() => ({ count: 0 }));
vi.mock("dataloader", async (importOriginal) => {
  const { default: DataLoader } = await importOriginal<{ default: typeof DataLoaderType }>();
  class CountingDataLoader<K, V, C = K> extends DataLoader<K, V, C> {
    constructor(...args: ConstructorParameters<typeof DataLoader<K, V, C>>) {
      super(...args);
      made.count += 1;
    }
  }
  return { default: CountingDataLoader };
});

const entity = (id: string): EntityRecord => ({
  kind: "Entity",
  id,
  type: "Country",
  name: id,
  aliases: [],
  wikidataId: null,
  mentionCount: 1,
  properties: {},
  createdAt: null,
  updatedAt: null,
});

/** The reads the tests below make, each call recorded; any other read fails the test. */
function fakeRepositories() {
  const calls: string[] = [];
  const repos = {
    async findEntitiesByIds(ids: readonly string[]) {
      calls.push(`findEntitiesByIds ${ids.join(",")}`);
      return ids.map(entity);
    },
    async findEntityRelationships(keys: readonly EntityRelationshipsKey[]) {
      calls.push(`findEntityRelationships ${keys.length}`);
      return keys.map(
        (key): RelationshipPage => ({
          edges: [],
          hasNextPage: false,
          total: 0,
          ends: [entity("country:france")],
          evidence: null,
          articles: [],
          entity: entity(key.entityId),
        }),
      );
    },
  };
  return { repos: repos as unknown as ReadRepositories, calls };
}

describe("a request's loaders", () => {
  it("are made when first asked for, each once, and none for a request that uses none", () => {
    const { repos, calls } = fakeRepositories();
    made.count = 0;
    const loaders = createLoaders(repos);
    expect(made.count).toBe(0);

    const entityLoader = loaders.entity;
    expect(loaders.entity).toBe(entityLoader);
    expect(made.count).toBe(1);
    expect(calls).toEqual([]);
  });

  it("still prime the by-id loaders from a page of relationships, making them on the way", async () => {
    const { repos, calls } = fakeRepositories();
    made.count = 0;
    const loaders = createLoaders(repos);
    const key = { entityId: "country:netherlands", first: 10 } as EntityRelationshipsKey;

    await loaders.entityRelationships.load(key);
    // The page's own loader, and the by-id loaders it primed (relationship, entity, article).
    expect(made.count).toBe(4);
    const [own, end] = await Promise.all([
      loaders.entity.load("country:netherlands"),
      loaders.entity.load("country:france"),
    ]);
    expect([own?.id, end?.id]).toEqual(["country:netherlands", "country:france"]);
    expect(calls).toEqual(["findEntityRelationships 1"]);

    // Not read along: one statement for both, as before.
    await Promise.all([loaders.entity.load("country:spain"), loaders.entity.load("country:italy")]);
    expect(calls).toEqual([
      "findEntityRelationships 1",
      "findEntitiesByIds country:spain,country:italy",
    ]);
    expect(made.count).toBe(4);
  });
});
