import fs from "node:fs";
import {
  type GraphQLEnumType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  isInterfaceType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, RELATION_TYPES } from "../../../src/domain/vocabulary.ts";
import { printSchemaSdl, SCHEMA_FILE } from "../../../src/graphql/print-schema.ts";
import { schema } from "../../../src/graphql/schema.ts";

describe("the GraphQL schema", () => {
  it("matches the committed schema.graphql (run `npm run schema:print` after an API change)", () => {
    expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(printSchemaSdl(schema));
  });

  it("keeps the public names clients and later issues rely on", () => {
    const fields = (name: string) =>
      Object.keys((schema.getType(name) as GraphQLObjectType | GraphQLInterfaceType).getFields());
    expect(fields("Query")).toEqual(
      expect.arrayContaining(["node", "nodes", "search", "entity", "article", "articles"]),
    );
    expect(fields("Entity")).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "aliases",
        "relationships",
        "neighbours",
        "articles",
        "mentionCount",
      ]),
    );
    expect(fields("Relationship")).toEqual(
      expect.arrayContaining([
        "id",
        "type",
        "source",
        "target",
        "properties",
        "confidence",
        "evidence",
      ]),
    );
    expect(fields("Evidence")).toEqual(
      expect.arrayContaining(["sentence", "start", "end", "article"]),
    );
    expect(fields("RelationshipProperties")).toEqual(
      expect.arrayContaining(["role", "quantity", "maxQuantity", "from", "until", "kind"]),
    );
    expect(fields("Article")).toEqual(expect.arrayContaining(["id", "title"]));
  });

  it("has the ontology's names as enums and one Entity type per entity type", () => {
    const values = (name: string) =>
      (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values("EntityType").sort()).toEqual([...ENTITY_TYPES].sort());
    expect(values("RelationType").sort()).toEqual([...RELATION_TYPES].sort());
    const entity = schema.getType("Entity");
    expect(isInterfaceType(entity)).toBe(true);
    const implementations = schema
      .getPossibleTypes(entity as GraphQLInterfaceType)
      .map((t) => t.name);
    expect(implementations.sort()).toEqual([...ENTITY_TYPES].sort());
    for (const type of [...ENTITY_TYPES, "Article", "Source", "Relationship"]) {
      const object = schema.getType(type) as GraphQLObjectType;
      expect(object.getInterfaces().map((i) => i.name)).toContain("Node");
    }
  });
});
