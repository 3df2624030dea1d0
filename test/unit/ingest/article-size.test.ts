import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleTooLargeError, checkArticleSize } from "../../../src/ingest/article-size.ts";
import { ingestMany, readInputs } from "../../../src/ingest/ingest.ts";
import { type ArticleRead, readArticleInputs } from "../../../src/ingest/input/read.ts";
import { createInlineWork } from "../../../src/ingest/work.ts";

describe("the article size limit", () => {
  it("counts the text (title, blank line, body) in UTF-8 bytes, and accepts exactly the limit", () => {
    // 5 + 2 + 3 = 10 characters, 13 bytes ("é" is two).
    const article = { title: "Titel", body: "ééé" };
    expect(() => checkArticleSize(article, 13, "x")).not.toThrow();
    expect(() => checkArticleSize(article, 12, "x.txt")).toThrow(ArticleTooLargeError);
    expect(() => checkArticleSize(article, 12, "x.txt")).toThrow(
      "x.txt: the article text is 13 bytes, over the limit of 12 bytes (NEWSGRAPH_MAX_ARTICLE_BYTES)",
    );
  });

  it("is applied by the readers to each article, the others still read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-size-"));
    writeFileSync(join(dir, "a.txt"), "Small\n\nA short body.\n");
    writeFileSync(join(dir, "b.txt"), `Large\n\n${"word ".repeat(100)}\n`);
    const feed = join(dir, "c.jsonl");
    writeFileSync(
      feed,
      [
        JSON.stringify({ title: "Large", body: "word ".repeat(100) }),
        JSON.stringify({ title: "Small", body: "short" }),
      ].join("\n"),
    );
    const reads: ArticleRead[] = [];
    for await (const read of readArticleInputs([dir], { maxArticleBytes: 100 })) reads.push(read);
    expect(
      reads.map((r) => [r.file.slice(dir.length + 1), Boolean(r.article), r.tooLarge?.bytes]),
    ).toEqual([
      ["a.txt", true, undefined],
      ["b.txt", false, expect.any(Number)],
      ["c.jsonl:1", false, expect.any(Number)],
      ["c.jsonl:2", true, undefined],
    ]);
    expect(reads[1]?.error).toMatch(/^the article text is \d+ bytes, over the limit of 100 bytes/);

    // Bulk ingest (here a dry run) refuses the large line before any extraction, keeps the other.
    const extracted: string[] = [];
    const work = createInlineWork(() => ({
      name: "titles",
      extract: async (article) => {
        extracted.push(article.title);
        return { language: article.language, entities: [], relations: [] };
      },
    }));
    const outcomes = [];
    for await (const outcome of ingestMany(null, readInputs([feed]), {
      work,
      maxArticleBytes: 100,
    })) {
      outcomes.push([outcome.status, outcome.line]);
    }
    expect(outcomes).toEqual([
      ["failed", 1],
      ["planned", 2],
    ]);
    expect(extracted).toEqual(["Small"]);
  });
});
