import { describe, expect, it } from "vitest";
import { parseAnnotatedArticle } from "../../../src/ingest/annotated-schema.ts";
import { createDefaultExtractor } from "../../../src/ingest/extract/default.ts";
import { extractRead, toAnnotatedArticle } from "../../../src/ingest/extract/run.ts";
import { createInlineWork } from "../../../src/ingest/work.ts";

const extractor = createDefaultExtractor();
const body =
  "Nederland levert vanaf 12 december 2 militaire adviseurs aan de NAVO-missie in Irak. De missie traint het Iraakse ministerie van Defensie.";

describe("the annotated article of an extraction (one builder)", () => {
  it("`extract` output and what ingest of the plain article writes agree; a file's article is named by its file", async () => {
    const read = {
      file: "articles/irak-bijdrage.txt",
      id: "irak-bijdrage",
      article: { title: "Bijdrage aan NAVO-missie", body },
    };
    const extracted = await extractRead(extractor, read, "nl");
    if (!("extraction" in extracted)) throw new Error(extracted.error);
    const fromExtract = toAnnotatedArticle(extracted);
    // What the CLI, the API and queue workers write for the same plain article (src/ingest/work.ts).
    const prepared = await createInlineWork(() => extractor).prepare({
      kind: "plain",
      article: { ...read.article, language: "nl" },
    });
    if (!prepared.ok) throw new Error(prepared.problem.message);
    const fromApi = JSON.parse(prepared.docJson) as typeof fromExtract;

    expect(fromExtract.article.id).toBe("irak-bijdrage");
    expect(fromApi.article.id).toBeUndefined();
    expect({ ...fromExtract, article: { ...fromExtract.article, id: undefined } }).toEqual({
      ...fromApi,
      article: { ...fromApi.article, id: undefined },
    });
    expect(fromExtract.entities.length).toBeGreaterThan(0);
    expect(fromExtract.relations?.length ?? 0).toBeGreaterThan(0);
    // What `ingest` reads: the output validates as an annotated article.
    expect(parseAnnotatedArticle(JSON.parse(JSON.stringify(fromExtract))).article.id).toBe(
      "irak-bijdrage",
    );
  });

  it("a JSON article keeps its own id, or has none", async () => {
    const read = {
      file: "articles.jsonl:3",
      id: "articles.jsonl:3",
      article: { title: "Bijdrage aan NAVO-missie", body },
    };
    const extracted = await extractRead(extractor, read, "nl");
    if (!("extraction" in extracted)) throw new Error(extracted.error);
    expect(toAnnotatedArticle(extracted).article.id).toBeUndefined();
    const withId = await extractRead(
      extractor,
      { ...read, article: { ...read.article, id: "a-1" } },
      "nl",
    );
    if (!("extraction" in withId)) throw new Error(withId.error);
    expect(toAnnotatedArticle(withId).article.id).toBe("a-1");
  });

  it("an extractor that fails on one article gives that article an error naming it; nothing is thrown", async () => {
    const failing = {
      name: "failing-rules@1",
      extract(): never {
        throw new SyntaxError("Invalid regular expression: /x\\-y/u: Invalid escape");
      },
    };
    const read = { file: "articles/a.txt", id: "a", article: { title: "T", body } };
    const extracted = await extractRead(failing, read, "nl");
    expect(extracted).toEqual({
      read,
      error:
        "extraction failed (failing-rules@1): Invalid regular expression: /x\\-y/u: Invalid escape",
    });
    const prepared = await createInlineWork(() => failing).prepare({
      kind: "plain",
      article: { ...read.article, language: "nl" },
    });
    expect(prepared.ok).toBe(false);
    if (!prepared.ok)
      expect(prepared.problem.message).toMatch(
        /extraction failed \(failing-rules@1\): Invalid regular/,
      );
  });
});
