import { describe, expect, it } from "vitest";
import type { AnnotatedArticle } from "../../../src/domain/article.ts";
import { sentArticleEvidence } from "../../../src/graph/article-repository.ts";
import { parseAnnotatedArticle } from "../../../src/ingest/annotated-schema.ts";
import { planArticle } from "../../../src/ingest/plan.ts";

/**
 * What create-evidence is sent for an article's evidence: the sentences the statement can cut
 * from the text are not sent row by row (test/integration/ingest-write.test.ts checks that the
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

  it("sends the text once instead of each sentence, the article's fields once, and an extractor only where it differs", () => {
    const p = plan("Belgium and NATO", sentences, 3);
    const sent = sentArticleEvidence(p, p.evidence);
    expect(sent).toMatchObject({
      id: "a1",
      publishedAt: "2024-05-01",
      extractor: "rules@1",
    });
    expect(sent.evidence.map((ev) => ev.n)).toEqual(
      p.evidence.map((ev) => (ev.id.endsWith("#0") ? null : Number(ev.id.split("#")[1]))),
    );
    const text = `Belgium and NATO\n\n${sentences.join(" ")}`;
    expect(sent.text).toBe(text);
    expect(p.evidence).toHaveLength(6);
    expect(sent.evidence.map((ev) => [ev.sentence, ev.cut, ev.extractor]).sort()).toEqual(
      [...Array(5).fill([null, true, null]), [null, true, "other@2"]].sort(),
    );
    for (const [k, ev] of sent.evidence.entries()) {
      expect(sent.text?.slice(ev.start ?? 0, ev.end ?? 0)).toBe(p.evidence[k]!.sentence);
    }
  });

  it("sends each sentence when the text up to them is longer than they are", () => {
    const p = plan(`A long title ${"x".repeat(200)}`, sentences, 1);
    expect(p.evidence).toHaveLength(2);
    const sent = sentArticleEvidence(p, p.evidence);
    expect(sent.text).toBeNull();
    expect(sent.evidence.map((ev) => [ev.sentence, ev.cut])).toEqual(
      sentences.map((s) => [s, undefined]),
    );
  });

  it("sends a sentence after an astral character (UTF-16 offsets) whole", () => {
    const astral = ["🚀 Belgium supports NATO.", "NATO thanks Belgium for it."];
    const p = plan("Belgium and NATO", astral, 3);
    const sent = sentArticleEvidence(p, p.evidence);
    expect(sent.text).toBeNull();
    expect(sent.evidence.map((ev) => ev.sentence)).toEqual(p.evidence.map((ev) => ev.sentence));
  });
});
