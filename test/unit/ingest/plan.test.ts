import { describe, expect, it } from "vitest";
import type { AnnotatedArticle } from "../../../src/domain/article.ts";
import { entityId, relationshipId } from "../../../src/domain/identity.ts";
import { parseAnnotatedArticle } from "../../../src/ingest/annotated-schema.ts";
import {
  articleIdOf,
  normalisePublishedAt,
  planArticle,
  sentenceAround,
} from "../../../src/ingest/plan.ts";

const title = "NAVO-missie in Irak";
const body =
  "Nederland levert 2 militaire adviseurs aan de NAVO-missie. De missie werkt nauw samen met de coalitie.\nBron: Defensie";
const text = `${title}\n\n${body}`;
const at = (surface: string, from = 0) => {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`no ${surface} in text`);
  return { start, end: start + surface.length };
};

function doc(): AnnotatedArticle {
  return parseAnnotatedArticle({
    article: {
      id: "navo-irak",
      title,
      body,
      source: "Defensie",
      language: "nl",
      publishedAt: "2018-12-07T09:30:00+01:00",
    },
    extractor: "rules",
    entities: [
      { type: "Country", name: "Netherlands", aliases: ["Nederland"], mentions: [at("Nederland")] },
      {
        type: "Mission",
        name: "NATO Mission Iraq",
        aliases: ["NAVO-missie"],
        mentions: [at("NAVO-missie", 10), at("NAVO-missie")],
      },
      {
        type: "Organisation",
        name: "anti-ISIS coalition",
        aliases: ["coalitie"],
        mentions: [at("coalitie")],
      },
      {
        type: "Asset",
        name: "military advisers (Netherlands)",
        properties: { owner: "Netherlands", category: "PERSONNEL" },
        mentions: [at("militaire adviseurs")],
      },
    ],
    relations: [
      {
        type: "PROVIDES",
        source: "Netherlands",
        target: "military advisers (Netherlands)",
        properties: { quantity: 2 },
        evidence: [{ ...at("levert 2 militaire"), confidence: 0.9, rule: "levert-N" }],
      },
      // Stated in the "wrong" direction: COOPERATES_WITH is symmetric, stored with sorted ends.
      { type: "COOPERATES_WITH", source: "coalitie", target: "NAVO-missie", confidence: 0.6 },
    ],
  });
}

describe("write planning", () => {
  it("derives every id with entityId() and relationshipId()", () => {
    const plan = planArticle(doc());
    expect(plan.article.id).toBe("navo-irak");
    expect(plan.entities.map((e) => e.id)).toEqual([
      entityId("Asset", "military advisers (Netherlands)"),
      entityId("Country", "Netherlands"),
      entityId("Mission", "NATO Mission Iraq"),
      entityId("Organisation", "anti-ISIS coalition"),
    ]);
    expect(plan.relationships.map((r) => r.id)).toEqual([
      relationshipId(
        "COOPERATES_WITH",
        "mission:nato-mission-iraq",
        "organisation:anti-isis-coalition",
      ),
      relationshipId("PROVIDES", "country:netherlands", "asset:military-advisers-netherlands"),
    ]);
    expect(plan.source).toEqual({ id: "source:defensie", name: "Defensie" });
  });

  it("sorts the ends of a symmetric relationship", () => {
    const rel = planArticle(doc()).relationships.find((r) => r.type === "COOPERATES_WITH")!;
    expect([rel.sourceId, rel.targetId]).toEqual([
      "mission:nato-mission-iraq",
      "organisation:anti-isis-coalition",
    ]);
  });

  it("records mentions with surfaces and offsets in text order, and surfaces as aliases", () => {
    const mission = planArticle(doc()).entities.find((e) => e.type === "Mission")!;
    expect(mission.mention).toEqual({
      count: 2,
      surfaces: ["NAVO-missie", "NAVO-missie"],
      starts: [at("NAVO-missie").start, at("NAVO-missie", 10).start],
      ends: [at("NAVO-missie").end, at("NAVO-missie", 10).end],
    });
    expect(mission.aliases).toEqual(["NAVO-missie"]);
    const asset = planArticle(doc()).entities.find((e) => e.type === "Asset")!;
    expect(asset.aliases).toEqual(["militaire adviseurs"]);
    expect(asset.properties).toEqual({ category: "PERSONNEL", owner: "Netherlands" });
  });

  it("widens evidence to its sentence and keeps provenance", () => {
    const plan = planArticle(doc());
    const provides = plan.evidence.find((e) => e.relType === "PROVIDES")!;
    const sentence = "Nederland levert 2 militaire adviseurs aan de NAVO-missie.";
    expect(provides).toMatchObject({
      articleId: "navo-irak",
      sentence,
      start: text.indexOf(sentence),
      end: text.indexOf(sentence) + sentence.length,
      confidence: 0.9,
      extractor: "rules",
      rule: "levert-N",
      properties: '{"quantity":2}',
      publishedAt: "2018-12-07T08:30:00.000Z",
    });
    expect(text.slice(provides.start!, provides.end!)).toBe(provides.sentence);
  });

  it("gives a relation without evidence one offset-less evidence record", () => {
    const cooperates = planArticle(doc()).evidence.filter((e) => e.relType === "COOPERATES_WITH");
    expect(cooperates).toEqual([
      expect.objectContaining({
        sentence: null,
        start: null,
        end: null,
        confidence: 0.6,
        extractor: "rules",
        rule: null,
      }),
    ]);
  });

  it("merges annotations of the same entity and of the same relationship", () => {
    const d = doc();
    d.entities.push({ type: "Country", name: "netherlands", aliases: ["NL"], mentions: [] });
    d.relations.push({
      type: "PROVIDES",
      source: "Nederland",
      target: "military advisers (Netherlands)",
      evidence: [{ ...at("levert 2 militaire"), confidence: 0.95 }],
    });
    const plan = planArticle(d);
    expect(plan.entities.filter((e) => e.type === "Country")).toEqual([
      expect.objectContaining({ name: "Netherlands", aliases: ["NL", "Nederland", "netherlands"] }),
    ]);
    const provides = plan.evidence.filter((e) => e.relType === "PROVIDES");
    expect(provides).toHaveLength(1);
    expect(provides[0]!.confidence).toBe(0.95);
  });

  it("is deterministic and independent of the order of annotations", () => {
    const a = planArticle(doc());
    const reordered = doc();
    reordered.entities.reverse();
    reordered.relations.reverse();
    const b = planArticle(reordered);
    expect(b).toEqual(a);
    expect(b.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes the content hash when anything written changes", () => {
    const base = planArticle(doc()).article.contentHash;
    const changedBody = doc();
    changedBody.article.body = `${body} Extra.`;
    const changedConfidence = doc();
    changedConfidence.relations[1]!.confidence = 0.7;
    const changedAlias = doc();
    changedAlias.entities[0]!.aliases!.push("Holland");
    for (const changed of [changedBody, changedConfidence, changedAlias]) {
      expect(planArticle(changed).article.contentHash).not.toBe(base);
    }
  });

  it("counts what it plans", () => {
    expect(planArticle(doc()).counts).toEqual({
      entities: 4,
      relations: 2,
      mentions: 5,
      evidence: 2,
    });
  });
});

describe("article ids and dates", () => {
  it("uses the given id, else the URL, else title and date", () => {
    expect(articleIdOf({ id: "x1", title: "T", body: "" })).toBe("x1");
    expect(
      articleIdOf({
        title: "T",
        body: "",
        url: "https://www.defensie.nl/actueel/nieuws/2018/12/07/kamer?x=1",
      }),
    ).toBe("article:www-defensie-nl-actueel-nieuws-2018-12-07-kamer");
    expect(
      articleIdOf({ title: "Kamer steunt NAVO-missie", body: "", publishedAt: "2018-12-07" }),
    ).toBe("article:kamer-steunt-navo-missie-2018-12-07");
    const long = articleIdOf({ title: "word ".repeat(60), body: "" });
    expect(long.length).toBeLessThanOrEqual(108);
    expect(long).not.toBe(articleIdOf({ title: `${"word ".repeat(59)}other`, body: "" }));
  });

  it("keeps dates and turns date-times into UTC", () => {
    expect(normalisePublishedAt("2018-12-07")).toBe("2018-12-07");
    expect(normalisePublishedAt("2018-12-07T00:30:00+01:00")).toBe("2018-12-06T23:30:00.000Z");
    expect(normalisePublishedAt(null)).toBeNull();
  });

  it("widens a span to the sentences it touches", () => {
    const first = "Nederland levert 2 militaire adviseurs aan de NAVO-missie.";
    const second = "De missie werkt nauw samen met de coalitie.";
    const span = { start: text.indexOf("NAVO-missie."), end: text.indexOf("De missie") + 2 };
    expect(sentenceAround(text, span, "nl").sentence).toBe(`${first} ${second}`);
    expect(sentenceAround(text, at("Irak"), "nl").sentence).toBe(title);
  });
});
