import fc from "fast-check";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/graphql/schema.ts";
import { type HttpServer, startHttpServer } from "../../src/server/http.ts";
import { useTestGraph } from "../support/graph.ts";
import { API_FIXTURES, loadGraph, readFixtures } from "./graphql-client.ts";
import { appWith, READ_KEY } from "./server-safety-support.ts";

/**
 * Random documents over the real schema, sent over HTTP (so through the direct lane as well as
 * Yoga) to a server on a real Neo4j: every request gets an answer (never a dropped connection),
 * never a 5xx, always JSON with `data` or `errors`; every error has a code other than an internal
 * one and tells nothing of Neo4j, Cypher or the server's files. Arguments are drawn from values
 * that break things: empty, huge, out of range, of the wrong form, control characters, unknown
 * enum values; selections go deeper and wider than the limits allow, with aliases and fragments.
 * This found the direct lane dropping the connection on a document over the depth limit.
 */

/** A small deterministic generator, so that fast-check's seed replays a failing document. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const STRINGS = [
  "NATO",
  "Nederland",
  "",
  " ",
  "?!",
  '"',
  "\\",
  "\u0000",
  "\u0007bell",
  "é\u0301",
  "🚀",
  "MATCH (n) DETACH DELETE n",
  "' OR 1=1 --",
  "$(x)",
  "NATO*",
  "a".repeat(201),
  "NATO ".repeat(2_000),
  "2024-02-30",
  "last week",
  "bm9wZQ",
];
const IDS = [
  "country:netherlands",
  "organisation:nato",
  "country:",
  ":",
  "RW50aXR5OmNvdW50cnk6bmV0aGVybGFuZHM=",
  Buffer.from("Article:api-nato-summit").toString("base64"),
  Buffer.from("Nope:x").toString("base64"),
  "not base64!",
  "x".repeat(3_000),
];
const INTS = [0, 1, 2, 3, 5, 50, 100, 101, -1, 2 ** 31 - 1, -(2 ** 31)];

function value(type: GraphQLInputType, r: Random, depth: number): string {
  if (isNonNullType(type)) return value(type.ofType, r, depth);
  if (r.chance(0.05)) return "null";
  if (isListType(type)) {
    const n = r.pick([0, 1, 2, 3, 30]);
    return `[${Array.from({ length: n }, () => value(type.ofType, r, depth + 1)).join(", ")}]`;
  }
  if (isEnumType(type)) {
    return r.chance(0.9) ? r.pick(type.getValues()).name : "NOT_A_VALUE";
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return "{}";
    const fields = Object.values(type.getFields()).filter(() => r.chance(0.7));
    return `{ ${fields.map((f) => `${f.name}: ${value(f.type, r, depth + 1)}`).join(", ")} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
        return String(r.pick(INTS));
      case "Float":
        return r.pick(["0", "-1.5", "1e308", "0.5"]);
      case "Boolean":
        return r.pick(["true", "false"]);
      case "ID":
        return JSON.stringify(r.chance(0.8) ? r.pick(IDS) : r.pick(STRINGS));
      default:
        return JSON.stringify(r.pick(STRINGS));
    }
  }
  return '""';
}

function args(list: readonly GraphQLArgument[], r: Random): string {
  const chosen = list.filter((a) => isNonNullType(a.type) || r.chance(0.5));
  if (r.chance(0.03))
    chosen.push({ name: "noSuchArgument", type: schema.getType("String") } as never);
  if (chosen.length === 0) return "";
  return `(${chosen.map((a) => `${a.name}: ${value(a.type as GraphQLInputType, r, 0)}`).join(", ")})`;
}

function selection(type: GraphQLOutputType, r: Random, depth: number): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isUnionType(named) || isInterfaceType(named)) {
    const possible = schema.getPossibleTypes(named);
    const parts = ["__typename"];
    for (const p of possible.filter(() => r.chance(0.4)).slice(0, 2)) {
      parts.push(`... on ${p.name} ${selection(p, r, depth + 1)}`);
    }
    if (isInterfaceType(named)) parts.push(fields(named.getFields(), r, depth));
    return `{ ${parts.join(" ")} }`;
  }
  if (isObjectType(named)) return `{ ${fields(named.getFields(), r, depth)} }`;
  return "";
}

function fields(map: Record<string, GraphQLField<unknown, unknown>>, r: Random, depth: number) {
  const list = Object.values(map);
  const n = 1 + r.int(depth > 6 ? 2 : 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const field = r.pick(list);
    const leaf = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type));
    // Deep documents now and then, past the depth limit (16 by default).
    if (!leaf && depth > (r.chance(0.1) ? 24 : 8)) continue;
    const alias = r.chance(0.2) ? `a${i}_${r.int(1000)}: ` : "";
    parts.push(
      `${alias}${field.name}${args(field.args, r)} ${leaf ? "" : selection(field.type, r, depth + 1)}`,
    );
  }
  if (r.chance(0.02)) parts.push("noSuchField");
  return parts.length > 0 ? parts.join(" ") : "__typename";
}

function document(seed: number): string {
  const r = random(seed);
  const mutation = r.chance(0.1);
  const root = mutation ? schema.getMutationType() : schema.getQueryType();
  if (!root) throw new Error("no root type");
  return `${mutation ? "mutation" : "query"} { ${fields(root.getFields(), r, 0)} }`;
}

const LEAKS =
  /neo4j|neo\.|cypher|\bMATCH\b|\bRETURN\b|\.ts:\d|\.js:\d|node_modules|Unexpected error/i;

describe("random documents over HTTP", () => {
  const graph = useTestGraph();
  const app = appWith(graph.executor);
  let server: HttpServer;

  beforeAll(async () => {
    await loadGraph(graph, readFixtures(API_FIXTURES));
    server = await startHttpServer(app, { port: 0, host: "127.0.0.1" });
  });
  afterAll(() => server?.close());

  async function send(body: string, key: boolean) {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(key ? { authorization: `Bearer ${READ_KEY}` } : {}),
      },
      body,
    });
    return { status: response.status, text: await response.text() };
  }

  function judge(what: string, { status, text }: { status: number; text: string }) {
    expect(status, what).toBeLessThan(500);
    const reply = JSON.parse(text) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: unknown } }[];
    };
    expect("data" in reply || "errors" in reply, what).toBe(true);
    for (const error of reply.errors ?? []) {
      expect(typeof error.extensions?.code, `${what}: ${error.message}`).toBe("string");
      expect(error.extensions?.code, `${what}: ${error.message}`).not.toBe("INTERNAL_SERVER_ERROR");
      // What the client sent is echoed in quotes ("got \"MATCH (n) …\""): only the rest is judged.
      const own = error.message.replace(/"(?:[^"\\]|\\.)*"/g, '""');
      expect(own, `${what}: ${error.message}`).not.toMatch(LEAKS);
    }
  }

  it("answers every random document with JSON, a code for each error and no internals", async () => {
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.boolean(), async (seed, key) => {
        const query = document(seed);
        const answer = await send(JSON.stringify({ query }), key);
        judge(query, answer);
        for (const error of (JSON.parse(answer.text).errors ?? []) as {
          extensions: { code: string };
        }[]) {
          codes.set(error.extensions.code, (codes.get(error.extensions.code) ?? 0) + 1);
        }
      }),
      { numRuns: 400 },
    );
    // The documents reach past validation into the resolvers: answers and refusals of every kind.
    for (const code of ["GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "INVALID_ID"]) {
      expect(codes.get(code), code).toBeGreaterThan(0);
    }
  });

  it("answers every random body with JSON and a 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ query: v })),
          fc.jsonValue().map((v) => JSON.stringify({ query: "{ __typename }", variables: v })),
        ),
        async (body) => {
          const answer = await send(body, false);
          judge(body, answer);
        },
      ),
      { numRuns: 200 },
    );
  });
});
