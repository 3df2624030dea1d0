import {
  ASSET_CATEGORIES,
  ENTITY_TYPES,
  LANGUAGES,
  RELATION_TYPES,
} from "../../domain/vocabulary.ts";
import { DIRECTIONS } from "../../graph/read/index.ts";
import { builder } from "../builder.ts";

/** The closed vocabulary of docs/ONTOLOGY.md as GraphQL enums, named exactly as the ontology. */
export const EntityTypeEnum = builder.enumType("EntityType", {
  description: "The seven entity types of the ontology (docs/ONTOLOGY.md).",
  values: ENTITY_TYPES,
});

export const RelationTypeEnum = builder.enumType("RelationType", {
  description:
    "Relationship types between entities (docs/ONTOLOGY.md); directed source → target except COOPERATES_WITH.",
  values: RELATION_TYPES,
});

export const AssetCategoryEnum = builder.enumType("AssetCategory", {
  values: ASSET_CATEGORIES,
});

export const LanguageEnum = builder.enumType("Language", {
  description: "Article language (ISO 639-1).",
  values: LANGUAGES,
});

export const DirectionEnum = builder.enumType("Direction", {
  description:
    "Which relationships of an entity: OUTGOING where it is the source, INCOMING where it is the target, BOTH. Symmetric types (COOPERATES_WITH) count as both.",
  values: DIRECTIONS,
});
