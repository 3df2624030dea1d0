import { describe, expect, it } from "vitest";
import { segmentSentences } from "../../../src/ingest/segment.ts";

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

  it("gives offsets that index the text", () => {
    const text = "  Een. Twee!\n\n Drie?  ";
    for (const s of segmentSentences(text, "nl")) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
