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
import { schema } from "../../src/graphql/schema.ts";

/**
 * Random GraphQL documents over the real schema (test/integration/http-fuzz.test.ts): root
 * fields with arguments drawn from values that break things (empty, huge, out of range, of the
 * wrong form, control characters, unknown enum values), selections that go deeper and wider than
 * the limits allow, aliases and fragments on interfaces and unions. One seed, one document.
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
  const chance = (p: number) => next() < p;
  // One document in five is invalid on purpose (a null where one is not allowed, an unknown
  // enum value, argument or field); the others pass validation and reach the resolvers.
  const broken = chance(0.2);
  return { next, int, pick, chance, broken, breaks: (p: number) => broken && chance(p) };
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
  if (r.breaks(0.05)) return "null";
  if (isListType(type)) {
    const n = r.pick([0, 1, 2, 3, 30]);
    return `[${Array.from({ length: n }, () => value(type.ofType, r, depth + 1)).join(", ")}]`;
  }
  if (isEnumType(type)) {
    return r.breaks(0.1) ? "NOT_A_VALUE" : r.pick(type.getValues()).name;
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return "{}";
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) || r.chance(0.7),
    );
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
      case "JSONObject":
        return r.pick(["{}", '{ a: 1, b: "x" }', "{ nested: { deep: [1, 2] } }"]);
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
  if (r.breaks(0.03))
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
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const field = r.pick(list);
    const leaf = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type));
    // Deep documents now and then, past the depth limit (16 by default).
    if (!leaf && depth > (r.chance(0.1) ? 24 : 8)) continue;
    // A field asked twice needs an alias (or the same arguments): otherwise validation alone answers.
    const alias = used.has(field.name) || r.chance(0.2) ? `a${i}_${r.int(1000)}: ` : "";
    used.add(field.name);
    parts.push(
      `${alias}${field.name}${args(field.args, r)} ${leaf ? "" : selection(field.type, r, depth + 1)}`,
    );
  }
  if (r.breaks(0.02)) parts.push("noSuchField");
  return parts.length > 0 ? parts.join(" ") : "__typename";
}

export function randomDocument(seed: number): string {
  const r = random(seed);
  const mutation = r.chance(0.1);
  const root = mutation ? schema.getMutationType() : schema.getQueryType();
  if (!root) throw new Error("no root type");
  return `${mutation ? "mutation" : "query"} { ${fields(root.getFields(), r, 0)} }`;
}
