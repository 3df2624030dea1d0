import type { AnnotatedArticle } from "../../src/domain/article.ts";
import { evidenceIdOf } from "../../src/graph/cypher.ts";

const COUNTRIES = [
  "Finland",
  "Sweden",
  "Norway",
  "Denmark",
  "Estonia",
  "Latvia",
  "Lithuania",
  "Poland",
  "Germany",
  "France",
  "Netherlands",
  "Belgium",
  "Spain",
  "Italy",
  "Greece",
  "Canada",
];
const ORGANISATIONS = ["NATO", "European Union", "OSCE"];

/**
 * `n` small annotated articles about a few countries and organisations, so that many articles
 * write the same entities and relationships (concurrent workers contend for their locks). Each
 * article has its own publication date, so every relationship's latest statement is decided by
 * date and not by which worker wrote first.
 */
export function smallCorpus(n: number, prefix = "queued"): AnnotatedArticle[] {
  const articles: AnnotatedArticle[] = [];
  for (let i = 0; i < n; i++) {
    const a = COUNTRIES[i % COUNTRIES.length] as string;
    const b = COUNTRIES[(i * 7 + 3) % COUNTRIES.length] as string;
    const c = COUNTRIES[(i * 5 + 11) % COUNTRIES.length] as string;
    const org = ORGANISATIONS[i % ORGANISATIONS.length] as string;
    const sentences = [
      `${a} supports ${b === a ? c : b}.`,
      `${c} works with ${a}.`,
      `${a} is a member of ${org}.`,
    ];
    const title = `Report ${i}`;
    const body = sentences.join(" ");
    const text = `${title}\n\n${body}`;
    const at = (phrase: string) => {
      const start = text.indexOf(phrase);
      return { start, end: start + phrase.length };
    };
    const names = [...new Set([a, b === a ? c : b, c])];
    const date = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const confidence = 0.5 + (i % 5) / 10;
    const relations: AnnotatedArticle["relations"] = [
      {
        type: "SUPPORTS",
        source: a,
        target: b === a ? c : b,
        properties: { kind: i % 2 === 0 ? "training" : "equipment" },
        evidence: [{ ...at(sentences[0] as string), confidence }],
      },
      {
        type: "MEMBER_OF",
        source: a,
        target: org,
        evidence: [{ ...at(sentences[2] as string), confidence }],
      },
    ];
    if (c !== a) {
      relations.push({
        type: "COOPERATES_WITH",
        source: c,
        target: a,
        evidence: [{ ...at(sentences[1] as string), confidence }],
      });
    }
    articles.push({
      article: {
        id: `${prefix}-${i}`,
        title,
        body,
        publishedAt: date,
        language: "en",
        source: i % 3 === 0 ? "Test Press" : "Other Wire",
      },
      extractor: "test",
      entities: [
        ...names.map((name) => ({ type: "Country" as const, name, mentions: [at(name)] })),
        { type: "Organisation" as const, name: org, mentions: [at(org)] },
      ],
      relations,
    });
  }
  return articles;
}

/** Properties that record when something was written, not what: they differ between runs. */
const WRITE_TIMES = new Set(["createdAt", "updatedAt", "ingestedAt"]);

function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable).sort();
  return value;
}

function withoutTimes(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([key]) => !WRITE_TIMES.has(key))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, value]) => [key, comparable(value)]),
  );
}

/**
 * The whole knowledge graph as sorted text lines: every node (labels, properties) and every
 * relationship (ends, type, properties, so every aggregate), write times left out. Two graphs
 * with equal snapshots hold the same facts, counts and aggregates.
 */
export async function graphSnapshot(
  driver: import("neo4j-driver").Driver,
  database: string,
): Promise<{ nodes: string[]; relationships: string[] }> {
  const session = driver.session({ database });
  try {
    const nodes = await session.run(
      "MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels, properties(n) AS p",
    );
    const rels = await session.run(
      `MATCH (a)-[r]->(b) RETURN coalesce(${evidenceIdOf("a")}, elementId(a)) AS a, type(r) AS type, coalesce(b.id, elementId(b)) AS b, properties(r) AS p`,
    );
    return {
      nodes: nodes.records
        .map((r) =>
          JSON.stringify([
            [...(r.get("labels") as string[])].sort(),
            withoutTimes(r.get("p") as Record<string, unknown>),
          ]),
        )
        .sort(),
      relationships: rels.records
        .map((r) =>
          JSON.stringify([
            r.get("a"),
            r.get("type"),
            r.get("b"),
            withoutTimes(r.get("p") as Record<string, unknown>),
          ]),
        )
        .sort(),
    };
  } finally {
    await session.close();
  }
}
