import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, segmentSentences } from "../../../src/ingest/segment.ts";

describe("segmentSentences", () => {
  it("keeps abbreviations inside their sentence", () => {
    const text =
      "Volgens dhr. Jansen en Lt.-gen. De Vries gaat het goed. Maj. Gen. Smith of the U.S. Army agreed. Het gaat o.a. om Irak.";
    expect(segmentSentences(text, "nl").map((s) => s.text)).toEqual([
      "Volgens dhr. Jansen en Lt.-gen. De Vries gaat het goed.",
      "Maj. Gen. Smith of the U.S. Army agreed.",
      "Het gaat o.a. om Irak.",
    ]);
  });

  it("keeps the Dutch navy's ship prefix with the ship's name, with or without a space", () => {
    const text =
      "Het fregat Zr. Ms. De Ruyter vertrok. Zr.Ms. Holland volgde. Hr. Ms. Karel Doorman en Hr.Ms. Tromp bleven. Zij zijn van de marine.";
    expect(segmentSentences(text, "nl").map((s) => s.text)).toEqual([
      "Het fregat Zr. Ms. De Ruyter vertrok.",
      "Zr.Ms. Holland volgde.",
      "Hr. Ms. Karel Doorman en Hr.Ms. Tromp bleven.",
      "Zij zijn van de marine.",
    ]);
    // Only the prefix as the navy writes it: "HR." may end a sentence, "Ms." start the next.
    expect(
      segmentSentences("Ze sprak met de afdeling HR. Ms. Jansen was er niet.", "nl").map(
        (s) => s.text,
      ),
    ).toEqual(["Ze sprak met de afdeling HR.", "Ms. Jansen was er niet."]);
  });

  it("ends a sentence after an initialism when a new sentence clearly starts", () => {
    const sentences = segmentSentences(
      "He flew to Washington, D.C. The next day he returned.",
      "en",
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "He flew to Washington, D.C.",
      "The next day he returned.",
    ]);
  });

  it("treats line breaks as boundaries (titles and intertitles have no full stop)", () => {
    const sentences = segmentSentences(
      "Titel zonder punt\n\nEerste zin. Tweede zin.\nTussenkop\nDerde zin.",
      "nl",
    );
    expect(sentences.map((s) => s.text)).toEqual([
      "Titel zonder punt",
      "Eerste zin.",
      "Tweede zin.",
      "Tussenkop",
      "Derde zin.",
    ]);
  });

  it("joins the lines of a hard-wrapped paragraph (thirteenth round)", () => {
    const text =
      "Fregat keert terug\n\nHet fregat Zr.Ms. Tromp keert morgen 12\nmei terug in de haven van Den Helder na een lange patrouille in de\nNoordzee. Daarna volgt onderhoud.";
    const sentences = segmentSentences(text, "nl");
    expect(sentences.map((s) => s.text)).toEqual([
      "Fregat keert terug",
      "Het fregat Zr.Ms. Tromp keert morgen 12\nmei terug in de haven van Den Helder na een lange patrouille in de\nNoordzee.",
      "Daarna volgt onderhoud.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps short intertitles, datelines and source lines apart from the paragraph after them", () => {
    const text =
      "Onder NAVO-commando\nDe Patriot-eenheid valt onder de NAVO.\nARABIAN GULF --\nThe commander visited.\nBron: Ministerie van Defensie\n30 maart 2023";
    expect(segmentSentences(text, "nl").map((s) => s.text)).toEqual([
      "Onder NAVO-commando",
      "De Patriot-eenheid valt onder de NAVO.",
      "ARABIAN GULF --",
      "The commander visited.",
      "Bron: Ministerie van Defensie",
      "30 maart 2023",
    ]);
  });

  it("gives offsets that index the text", () => {
    const text = "  Een. Twee!\n\n Drie?  ";
    for (const s of segmentSentences(text, "nl")) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("cuts a run without a sentence boundary into pieces no longer than the limit, at clause boundaries", () => {
    // 3,000 list items on one line and no full stop: one "sentence" of ~30,000 characters.
    const items = Array.from({ length: 3_000 }, (_, i) => `Item${i} Place`);
    const text = `Deelnemers: ${items.join(", ")} en anderen`;
    const sentences = segmentSentences(text, "nl");
    expect(sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // Every piece but the last ends at a comma: no list item is cut in two.
    for (const s of sentences.slice(0, -1)) expect(s.text.endsWith(",")).toBe(true);
    // Consecutive and complete: only the spaces between pieces are left out.
    for (let i = 1; i < sentences.length; i++) {
      expect(text.slice(sentences[i - 1]!.end, sentences[i]!.start)).toMatch(/^\s*$/);
    }
    expect(sentences[0]!.start).toBe(0);
    expect(sentences.at(-1)!.end).toBe(text.length);
  });

  it("prefers a semicolon to a comma and cuts a run with no space at the limit", () => {
    const clause = `${"woord ".repeat(60)}en meer, ${"woord ".repeat(40)}; daarna`;
    const text = Array.from({ length: 4 }, () => clause).join(" ");
    const [first] = segmentSentences(text, "nl");
    expect(first!.text.endsWith(";")).toBe(true);
    const solid = "x".repeat(MAX_SENTENCE_CHARS * 2 + 10);
    expect(segmentSentences(solid, "nl").map((s) => s.text.length)).toEqual([
      MAX_SENTENCE_CHARS,
      MAX_SENTENCE_CHARS,
      10,
    ]);
  });

  it("keeps real sentences whole (the limit is far above news sentences)", () => {
    const long = `De minister van Defensie zei dat ${"de brigade, ".repeat(30)}klaar staat.`;
    expect(long.length).toBeLessThan(MAX_SENTENCE_CHARS);
    expect(segmentSentences(long, "nl").map((s) => s.text)).toEqual([long]);
  });
});
