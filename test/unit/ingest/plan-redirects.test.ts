import { describe, expect, it } from "vitest";
import { relationshipId } from "../../../src/domain/identity.ts";
import { parseAnnotatedArticle } from "../../../src/ingest/annotated-schema.ts";
import { planArticle } from "../../../src/ingest/plan.ts";

const title = "Alpha report";
const body = "Alpha Task Force supports Alpha Force. Alpha Task Force operates in Kandahar.";
const text = `${title}\n\n${body}`;
const at = (surface: string, from = 0) => {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`no ${surface} in text`);
  return { start, end: start + surface.length };
};

const doc = () =>
  parseAnnotatedArticle({
    article: { id: "alpha", title, body, language: "en" },
    extractor: "test",
    entities: [
      {
        type: "Organisation",
        name: "Alpha Task Force",
        mentions: [at("Alpha Task Force"), at("Alpha Task Force", 20)],
      },
      { type: "Organisation", name: "Alpha Force", mentions: [at("Alpha Force", 30)] },
      { type: "Location", name: "Kandahar", mentions: [at("Kandahar")] },
    ],
    relations: [
      { type: "SUPPORTS", source: "Alpha Task Force", target: "Alpha Force" },
      {
        type: "OPERATES_IN",
        source: "Alpha Task Force",
        target: "Kandahar",
        evidence: [{ ...at("Alpha Task Force operates in Kandahar.") }],
      },
    ],
  });

const TASK = "organisation:alpha-task-force";
const ALPHA = "organisation:alpha-force";

describe("planArticle with redirects", () => {
  it("writes every row for the kept entity and keeps the content hash of the article itself", () => {
    const plain = planArticle(doc());
    const resolved = planArticle(doc(), { redirects: new Map([[TASK, ALPHA]]) });
    expect(resolved.article.contentHash).toBe(plain.article.contentHash);

    expect(resolved.entities.map((e) => e.id)).toEqual(["location:kandahar", ALPHA]);
    const alpha = resolved.entities.find((e) => e.id === ALPHA)!;
    // The name that derives the kept id wins over the redirected one, which becomes an alias.
    expect(alpha.name).toBe("Alpha Force");
    expect(alpha.aliases).toEqual(["Alpha Task Force"]);
    expect(alpha.mention.starts).toEqual([
      at("Alpha Task Force").start,
      at("Alpha Force", 30).start,
      at("Alpha Task Force", 20).start,
    ]);

    // The relation between the two names would be a self-loop: dropped, with its evidence.
    const operates = relationshipId("OPERATES_IN", ALPHA, "location:kandahar");
    expect(resolved.relationships).toEqual([
      { id: operates, type: "OPERATES_IN", sourceId: ALPHA, targetId: "location:kandahar" },
    ]);
    expect(resolved.evidence.map((e) => [e.id, e.relId, e.sourceId])).toEqual([
      [`${operates}@alpha#0`, operates, ALPHA],
    ]);
    expect(resolved.counts).toMatchObject({ entities: 2, relations: 1, evidence: 1 });
  });

  it("is the plain plan when no redirect applies", () => {
    expect(planArticle(doc(), { redirects: new Map() })).toEqual(planArticle(doc()));
    expect(planArticle(doc(), { redirects: new Map([["person:nobody", ALPHA]]) })).toEqual(
      planArticle(doc()),
    );
  });
});
