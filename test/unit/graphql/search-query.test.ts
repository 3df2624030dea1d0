import { describe, expect, it } from "vitest";
import {
  searchTerms,
  toLucenePhrase,
  toLuceneQuery,
} from "../../../src/graph/read/search-query.ts";

describe("search text to a Lucene query", () => {
  it("requires every word, as a boosted term, a prefix and (5+ letters) one edit", () => {
    expect(toLuceneQuery("NATO Bagdad")).toBe(
      "(nato^3 OR nato*) AND (bagdad^3 OR bagdad* OR bagdad~1)",
    );
  });

  it("folds case and accents and splits on punctuation like the index analyzer", () => {
    expect(searchTerms("Jordanië, F-16’s")).toEqual(["jordanie", "f", "16", "s"]);
    expect(toLuceneQuery("F-16")).toBe("f AND (16^3 OR 16*)");
  });

  it("never passes Lucene syntax through", () => {
    const query = toLuceneQuery('name:"x" OR (y* AND z~2) \\ [a TO b]');
    expect(query).not.toMatch(/[:"\\[\]]|\bOR \(y/);
    expect(query).toContain("(name^3 OR name*)");
  });

  it("drops stop words unless nothing else is left", () => {
    expect(toLuceneQuery("the Netherlands")).toBe(
      "(netherlands^3 OR netherlands* OR netherlands~1)",
    );
    expect(toLuceneQuery("IS")).toBe("is*");
  });

  it("has nothing to search for in text without letters or digits", () => {
    expect(toLuceneQuery("  ?! ")).toBeNull();
    expect(toLucenePhrase("...")).toBeNull();
    expect(toLucenePhrase("Tweede Kamer")).toBe('"tweede kamer"');
  });
});
