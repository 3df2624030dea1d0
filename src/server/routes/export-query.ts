import { badInput } from "../../domain/errors.ts";
import {
  ENTITY_TYPES,
  type EntityType,
  isEntityType,
  isRelationType,
  RELATION_TYPES,
  type RelationType,
} from "../../domain/vocabulary.ts";
import {
  EXPORT_FORMAT_IDS,
  EXPORT_FORMATS,
  type ExportFormat,
  isExportFormatId,
} from "../../export/index.ts";
import {
  MAX_SUBGRAPH_DEPTH,
  type SubgraphReads,
  type SubgraphSelection,
} from "../../graph/read/index.ts";
import { type CoordinateLookup, placeSource, placeSubgraph } from "./coordinates.ts";

/**
 * What an export asks for, from the query string of `GET /export/<format>` or from the options of
 * `newsgraph export`: one parser for both, so the two never disagree. The selection arguments are
 * those of the GraphQL `subgraph` query.
 *
 * - With `seed`, `limit`, `from`, `to` or `minConfidence`: a subgraph (findSubgraph), at most
 *   `limit` nodes (default DEFAULT_EXPORT_LIMIT, at most MAX_EXPORT_LIMIT).
 * - Otherwise the whole graph (optionally only some entity and relationship types), streamed
 *   from the database page by page in bounded memory, however large it is.
 */
export type ExportPlan =
  | { kind: "subgraph"; selection: SubgraphSelection }
  | {
      kind: "whole";
      entityTypes: readonly EntityType[] | null;
      relationTypes: readonly RelationType[] | null;
    };

export const DEFAULT_EXPORT_DEPTH = 1;
export const DEFAULT_EXPORT_LIMIT = 1_000;
/** A selected subgraph is held in memory to be written; the whole graph is streamed instead. */
export const MAX_EXPORT_LIMIT = 50_000;

/** Query parameters an export takes; anything else is refused so a typo is not ignored. */
export const EXPORT_PARAMETERS = [
  "seed",
  "depth",
  "types",
  "relationTypes",
  "from",
  "to",
  "minConfidence",
  "limit",
  // Accepted on every route and read by the API key check, not by the selection.
  "key",
] as const;

const ENTITY_ID = /^[a-z]+:[^\s]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A format id from the path, or a clear error listing the formats. */
export function exportFormat(id: string): ExportFormat {
  if (!isExportFormatId(id)) {
    throw badInput(
      `unknown export format "${id}": expected one of ${EXPORT_FORMAT_IDS.join(", ")}`,
      { argument: "format", value: id },
    );
  }
  return EXPORT_FORMATS[id];
}

/** Values of a repeatable parameter; each may also be a comma-separated list. */
function listOf(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);
}

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1)
    throw badInput(`${name} is given ${values.length} times`, { argument: name });
  const value = values[0]?.trim();
  return value ? value : null;
}

function integer(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const text = single(params, name);
  if (text === null) return null;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}, got "${text}"`, {
      argument: name,
      value: text,
    });
  }
  return value;
}

function typesOf<T extends string>(
  params: URLSearchParams,
  name: string,
  known: readonly T[],
  is: (value: string) => value is T,
): T[] | null {
  const values = listOf(params, name);
  if (values.length === 0) return null;
  for (const value of values) {
    if (!is(value)) {
      throw badInput(`${name}: unknown type "${value}"; expected some of ${known.join(", ")}`, {
        argument: name,
        value,
      });
    }
  }
  return [...new Set(values as T[])];
}

function date(params: URLSearchParams, name: string): string | null {
  const text = single(params, name);
  if (text === null) return null;
  if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text.slice(0, 10)))) {
    throw badInput(`${name} must be an ISO 8601 date such as 2018-10-01, got "${text}"`, {
      argument: name,
      value: text,
    });
  }
  return text;
}

export function parseExportQuery(params: URLSearchParams): ExportPlan {
  for (const name of new Set(params.keys())) {
    if (!(EXPORT_PARAMETERS as readonly string[]).includes(name)) {
      throw badInput(
        `unknown export parameter "${name}": expected ${EXPORT_PARAMETERS.filter((p) => p !== "key").join(", ")}`,
        { argument: name },
      );
    }
  }
  const seeds = [...new Set(listOf(params, "seed"))];
  for (const seed of seeds) {
    if (!ENTITY_ID.test(seed)) {
      throw badInput(`seed "${seed}" is not an entity id such as country:netherlands`, {
        argument: "seed",
        value: seed,
      });
    }
  }
  const depth = integer(params, "depth", 0, MAX_SUBGRAPH_DEPTH);
  const limit = integer(params, "limit", 1, MAX_EXPORT_LIMIT);
  const entityTypes = typesOf(params, "types", ENTITY_TYPES, isEntityType);
  const relationTypes = typesOf(params, "relationTypes", RELATION_TYPES, isRelationType);
  const from = date(params, "from");
  const to = date(params, "to");
  if (from && to && from.slice(0, 10) > to.slice(0, 10)) {
    throw badInput(`from (${from}) is after to (${to})`, { argument: "from" });
  }
  const confidenceText = single(params, "minConfidence");
  const minConfidence = confidenceText === null ? null : Number(confidenceText);
  if (minConfidence !== null && !(minConfidence >= 0 && minConfidence <= 1)) {
    throw badInput(`minConfidence must be a number from 0 to 1, got "${confidenceText}"`, {
      argument: "minConfidence",
      value: confidenceText,
    });
  }
  if (depth !== null && seeds.length === 0) {
    throw badInput("depth needs at least one seed (the whole graph has no depth)", {
      argument: "depth",
    });
  }

  if (seeds.length === 0 && limit === null && !from && !to && minConfidence === null) {
    return { kind: "whole", entityTypes, relationTypes };
  }
  return {
    kind: "subgraph",
    selection: {
      seeds: seeds.length > 0 ? seeds : null,
      depth: depth ?? DEFAULT_EXPORT_DEPTH,
      entityTypes,
      relationTypes,
      from,
      to,
      minConfidence,
      limit: limit ?? DEFAULT_EXPORT_LIMIT,
    },
  };
}

/**
 * The export as chunks of the format's text (or zip bytes): a selected subgraph is read in one
 * transaction and then written; the whole graph is read batch by batch as the chunks are pulled.
 */
export async function* runExport(
  reads: SubgraphReads,
  format: ExportFormat,
  plan: ExportPlan,
  coordinates: CoordinateLookup = () => undefined,
): AsyncGenerator<string | Uint8Array> {
  if (plan.kind === "subgraph") {
    const subgraph = await reads.findSubgraph(plan.selection);
    yield* format.stream(placeSubgraph(subgraph, coordinates));
  } else {
    const graph = reads.streamGraph({
      entityTypes: plan.entityTypes,
      relationTypes: plan.relationTypes,
    });
    yield* format.stream(placeSource(graph, coordinates));
  }
}

/** `newsgraph-subgraph.gexf`, `newsgraph-graph.csv.zip`: what a browser saves the download as. */
export function exportFileName(format: ExportFormat, plan: ExportPlan): string {
  return `newsgraph-${plan.kind === "whole" ? "graph" : "subgraph"}.${format.extension}`;
}
