import { type AnnotatedArticle, articleText } from "../src/domain/article.ts";
import type { EntityType, RelationType } from "../src/domain/vocabulary.ts";

/**
 * Annotated articles for the read benchmarks and the db-hit growth test: each states a handful of
 * relationships with one evidence sentence each, so a graph of any size loads without extraction.
 *
 * - `fixed`: the same entity graph whatever the number of articles (every combination of its
 *   small pools occurs within the first 20 articles); only articles and evidence grow. The
 *   growth test loads N and 10N of these.
 * - `growing`: like real news, the archive keeps bringing new people, units and places (their
 *   number grows like articles^0.6, older names recurring most), and countries and organisations
 *   follow a skewed (Zipf-like) distribution, a few named very often.
 *
 * Both always contain the entities the benchmark asks about: "NATO" (search), the mission hub
 * "NATO Mission Iraq", and a minister three hops from Baghdad (Minister Jan de Vries → the
 * Netherlands → NATO Mission Iraq → Baghdad).
 */
export type GeneratorMode = "fixed" | "growing";

const COUNTRIES = [
  "Netherlands",
  "United States",
  "Germany",
  "France",
  "United Kingdom",
  "Belgium",
  "Canada",
  "Norway",
  "Denmark",
  "Lithuania",
  "Poland",
  "Italy",
  "Spain",
  "Estonia",
  "Latvia",
  "Turkey",
  "Greece",
  "Portugal",
  "Romania",
  "Czech Republic",
];
const ORGANISATIONS = [
  "NATO",
  "European Union",
  "United Nations",
  "OSCE",
  "African Union",
  "ISIS",
  "Hezbollah",
  "Wagner Group",
];
const MISSIONS = [
  "NATO Mission Iraq",
  "Enhanced Forward Presence",
  "Operation Inherent Resolve",
  "EUFOR Althea",
  "MINUSMA",
];
const MISSION_PLACES = ["Baghdad", "Vilnius", "Erbil", "Sarajevo", "Gao"];
const FIXED_PEOPLE = 10;
const FIXED_UNITS = 6;
const FIXED_PLACES = 7;
export const PATH_FROM = "Minister Jan de Vries";
export const PATH_TO = "Baghdad";
export const HUB = "NATO Mission Iraq";

/** A small deterministic PRNG (mulberry32), so a size always gives the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index in [0, n) with probability ∝ 1 / (rank + 1): the first few are named most. */
function zipf(next: () => number, n: number): number {
  let total = 0;
  for (let k = 1; k <= n; k++) total += 1 / k;
  let u = next() * total;
  for (let k = 0; k < n; k++) {
    u -= 1 / (k + 1);
    if (u <= 0) return k;
  }
  return n - 1;
}

/** An index into a pool of `scale · i^0.6` names, skewed towards the first (older) ones. */
function recurring(next: () => number, i: number, scale: number): number {
  const pool = Math.max(1, Math.ceil(scale * (i + 1) ** 0.6));
  const u = next();
  return Math.floor(pool * u * u);
}

interface Statement {
  type: RelationType;
  source: [EntityType, string];
  target: [EntityType, string];
  text: string;
  properties?: Record<string, number | string>;
}

function statements(i: number, mode: GeneratorMode): Statement[] {
  let country: string;
  let partner: string;
  let organisation: string;
  let missionIndex: number;
  let person: string;
  let unit: string;
  let place: string;
  if (mode === "fixed") {
    const k = i % 20;
    country = COUNTRIES[k % 8] ?? "";
    partner = COUNTRIES[(k + 1) % 8] ?? "";
    organisation = ORGANISATIONS[k % 3] ?? "";
    missionIndex = k % 2;
    person = `Officer ${String.fromCharCode(65 + (k % FIXED_PEOPLE))}`;
    unit = `Task Unit ${k % FIXED_UNITS}`;
    place = `Camp ${k % FIXED_PLACES}`;
  } else {
    const next = random(i + 1);
    country = COUNTRIES[zipf(next, COUNTRIES.length)] ?? "";
    partner = COUNTRIES[zipf(next, COUNTRIES.length)] ?? "";
    if (partner === country) partner = COUNTRIES[(COUNTRIES.indexOf(country) + 1) % 20] ?? "";
    organisation = ORGANISATIONS[zipf(next, ORGANISATIONS.length)] ?? "";
    missionIndex = zipf(next, MISSIONS.length);
    // People, units and places come from pools that grow with the archive (Heaps' law: the
    // number of distinct names grows like i^0.6), earlier names recurring more often.
    person = `Officer ${recurring(next, i, 3)}`;
    unit = `Task Unit ${recurring(next, i, 2)}`;
    place = `Camp ${recurring(next, i, 1)}`;
  }
  const mission = MISSIONS[missionIndex] ?? "";
  const missionPlace = MISSION_PLACES[missionIndex] ?? "";
  const quantity = 2 + (i % 9);
  const list: Statement[] = [
    {
      type: "REPRESENTS",
      source: ["Person", person],
      target: ["Country", country],
      text: `${person} spoke for ${country}.`,
      properties: { role: "spokesperson" },
    },
    {
      type: "PROVIDES",
      source: ["Country", country],
      target: ["Asset", unit],
      text: `${country} provides ${quantity} soldiers of ${unit}.`,
      properties: { quantity },
    },
    {
      type: "ASSIGNED_TO",
      source: ["Asset", unit],
      target: ["Mission", mission],
      text: `${unit} serves in ${mission}.`,
    },
    {
      type: "LOCATED_IN",
      source: ["Asset", unit],
      target: ["Location", place],
      text: `${unit} is stationed at ${place}.`,
    },
    {
      type: "PARTICIPATES_IN",
      source: ["Country", country],
      target: ["Mission", mission],
      text: `${country} takes part in ${mission}.`,
    },
    {
      type: "COOPERATES_WITH",
      source: ["Country", country],
      target: ["Country", partner],
      text: `${country} works closely with ${partner}.`,
    },
    {
      type: "MEMBER_OF",
      source: ["Country", country],
      target: ["Organisation", organisation],
      text: `${country} is a member of ${organisation}.`,
    },
    {
      type: "OPERATES_IN",
      source: ["Mission", mission],
      target: ["Location", missionPlace],
      text: `${mission} operates in ${missionPlace}.`,
    },
  ];
  if (i % 10 === 0) {
    list.push(
      {
        type: "REPRESENTS",
        source: ["Person", PATH_FROM],
        target: ["Country", "Netherlands"],
        text: `${PATH_FROM} represents the Netherlands.`,
      },
      {
        type: "PARTICIPATES_IN",
        source: ["Country", "Netherlands"],
        target: ["Mission", HUB],
        text: `The Netherlands takes part in ${HUB}.`,
      },
      {
        type: "OPERATES_IN",
        source: ["Mission", HUB],
        target: ["Location", PATH_TO],
        text: `${HUB} operates in ${PATH_TO}.`,
      },
    );
  }
  return list;
}

/** Article `i` (0-based) of a generated archive: one relationship per sentence, dated hourly. */
export function annotatedArticle(i: number, mode: GeneratorMode): AnnotatedArticle {
  const sentences = statements(i, mode);
  const title = `Defence update ${i}`;
  const body = sentences.map((s) => s.text).join(" ");
  const text = articleText({ title, body });
  const entities = new Map<string, { type: EntityType; name: string }>();
  let cursor = title.length;
  const relations = sentences.map((s) => {
    for (const [type, name] of [s.source, s.target])
      entities.set(`${type}|${name}`, { type, name });
    const start = text.indexOf(s.text, cursor);
    cursor = start + s.text.length;
    return {
      type: s.type,
      source: s.source[1],
      target: s.target[1],
      ...(s.properties ? { properties: s.properties } : {}),
      evidence: [
        {
          start,
          end: cursor,
          sentence: s.text,
          confidence: 0.5 + ((i * 7) % 50) / 100,
          rule: "generated",
        },
      ],
    };
  });
  return {
    article: {
      id: `generated-${mode}-${i}`,
      title,
      body,
      source: ["Defence Daily", "Ministry News", "Wire Service"][i % 3] ?? null,
      language: "en",
      publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
    },
    extractor: "generated",
    entities: [...entities.values()],
    relations,
  };
}

/**
 * One annotated article of `entities` people and `relations` relations, each relation stated in a
 * sentence of its own, ends named half by name and half by alias: the worst case of validation
 * (test/unit/ingest/annotated-linear.test.ts, and the validation bench).
 */
export function largeAnnotatedArticle(entities: number, relations: number): AnnotatedArticle {
  const sentences = Array.from(
    { length: relations },
    (_, i) => `Person ${i} works with Person ${i + 1}.`,
  );
  const title = "A large annotated article";
  const body = sentences.join(" ");
  let offset = title.length + 2;
  const spans = sentences.map((s) => {
    const span = { start: offset, end: offset + s.length };
    offset += s.length + 1;
    return span;
  });
  return {
    article: { id: "large", title, body, language: "en" },
    extractor: "test",
    entities: Array.from({ length: entities }, (_, i) => ({
      type: "Person" as const,
      name: `Person ${i}`,
      aliases: [`P${i}`],
    })),
    relations: spans.map((span, i) => ({
      type: "COOPERATES_WITH" as const,
      // Half by name, half by alias: both lookups are indexed.
      source: i % 2 ? `Person ${i}` : `P${i}`,
      target: `person ${i + 1}`,
      evidence: [{ start: span.start + 2, end: span.end - 2 }],
    })),
  };
}
