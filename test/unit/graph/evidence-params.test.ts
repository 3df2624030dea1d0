import { describe, expect, it } from "vitest";
import type { AnnotatedArticle } from "../../../src/domain/article.ts";
import { sentArticleEvidence } from "../../../src/graph/article-repository.ts";
import { parseAnnotatedArticle } from "../../../src/ingest/annotated-schema.ts";
import { planArticle } from "../../../src/ingest/plan.ts";

/**
 * What create-evidence is sent for an article's evidence: a list per field, relationship ids by
 * position, and the sentences the statement can cut from the text not sent (test/integration/ingest-write.test.ts checks that the
 * stored evidence is the planned one either way).
 */
/** An article quoting `sentences` as the evidence of `relations` relations (each quotes all). */
function plan(title: string, sentences: string[], relations: number) {
  const body = sentences.join(" ");
  const text = `${title}\n\n${body}`;
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const types = ["SUPPORTS", "COOPERATES_WITH", "OPPOSES"] as const;
  const doc: AnnotatedArticle = {
    article: { id: "a1", title, body, language: "en", publishedAt: "2024-05-01" },
    extractor: "rules@1",
    entities: [
      { type: "Country", name: "Belgium" },
      { type: "Country", name: "NATO" },
    ],
    relations: types.slice(0, relations).map((type, r) => ({
      type,
      source: "Belgium",
      target: "NATO",
      evidence: sentences.map((s, k) => ({
        ...at(s),
        ...(r === 0 && k === 1 ? { extractor: "other@2" } : {}),
      })),
    })),
  };
  return planArticle(parseAnnotatedArticle(doc));
}

describe("create-evidence parameters", () => {
  const sentences = ["Belgium supports NATO.", "NATO thanks Belgium for it."];

  it("sends a list per field, each relationship id once, the article's fields once, an extractor only where it differs, and no sentence it can cut from the text", () => {
    const p = plan("Belgium and NATO", sentences, 3);
    const relIds = new Map<string, number>();
    const sent = sentArticleEvidence(p, p.evidence, relIds);
    expect(sent).toMatchObject({
      id: "a1",
      publishedAt: "2024-05-01",
      extractor: "rules@1",
      cut: true,
    });
    expect(p.evidence).toHaveLength(6);
    expect(relIds.size).toBe(3);
    const ids = [...relIds.keys()];
    expect(sent.rel.map((r) => ids[r])).toEqual(p.evidence.map((ev) => ev.relId));
    expect(sent.n).toEqual(
      p.evidence.map((ev) => (ev.id.endsWith("#0") ? null : Number(ev.id.split("#")[1]))),
    );
    expect(sent.sentence).toEqual(Array(6).fill(null));
    expect(sent.rowExtractor.filter((x) => x !== null)).toEqual(["other@2"]);
    const text = `Belgium and NATO\n\n${sentences.join(" ")}`;
    for (const [k, ev] of p.evidence.entries()) {
      expect(text.slice(sent.start[k] ?? 0, sent.end[k] ?? 0)).toBe(ev.sentence);
      expect(sent.confidence[k]).toBe(ev.confidence);
      expect(sent.rule[k]).toBe(ev.rule);
      expect(sent.properties[k]).toBe(ev.properties);
    }
    // A second article of the same statement adds only the relationship ids it is the first to name.
    const again = sentArticleEvidence(p, p.evidence, relIds);
    expect(relIds.size).toBe(3);
    expect(again.rel).toEqual(sent.rel);
  });

  it("sends the sentences after an astral character (UTF-16 offsets) whole, and cuts those before it", () => {
    const astral = ["Belgium supports NATO.", "NATO thanks 🚀 Belgium for it."];
    const p = plan("Belgium and NATO", astral, 1);
    const sent = sentArticleEvidence(p, p.evidence);
    expect(sent.cut).toBe(true);
    expect(sent.sentence).toEqual([null, astral[1]]);
  });

  it("sends nothing to cut when no sentence can be cut", () => {
    const p = plan("Belgium and NATO", ["🚀 Belgium supports NATO."], 1);
    const sent = sentArticleEvidence(p, p.evidence);
    expect(sent.cut).toBe(false);
    expect(sent.sentence).toEqual(["🚀 Belgium supports NATO."]);
  });
});
