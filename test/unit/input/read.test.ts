import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../../src/ingest/input/html.ts";
import { parseMarkdown } from "../../../src/ingest/input/markdown.ts";
import { parsePlainText } from "../../../src/ingest/input/plain-text.ts";
import { type ArticleRead, readArticleInputs } from "../../../src/ingest/input/read.ts";

async function collect(paths: string[]): Promise<ArticleRead[]> {
  const out: ArticleRead[] = [];
  for await (const read of readArticleInputs(paths)) out.push(read);
  return out;
}

describe("plain text", () => {
  it("title on the first line, body after, closing source line apart", () => {
    expect(
      parsePlainText("\uFEFFTitel\r\n\r\nEerste alinea.\nTweede alinea.\n\nBron: Defensie\n"),
    ).toEqual({
      title: "Titel",
      body: "Eerste alinea.\nTweede alinea.",
      source: "Defensie",
    });
    expect(parsePlainText("Title\n\nBody only.").source).toBeNull();
  });
});

describe("Markdown", () => {
  it("first heading is the title, markup is removed, blocks become lines", () => {
    const article = parseMarkdown(
      "# NAVO-missie *Irak*\n\nNederland levert **2** [adviseurs](https://x).\n\n## Tussenkop\n\n- Bagdad\n- Erbil\n\n```\ncode\n```\n\nSource: Defensie\n",
    );
    expect(article).toEqual({
      title: "NAVO-missie Irak",
      body: "Nederland levert 2 adviseurs.\nTussenkop\nBagdad\nErbil",
      source: "Defensie",
    });
  });
});

describe("HTML", () => {
  it("keeps the main text only", () => {
    const paragraphs = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the article says that the Netherlands sends advisers to Iraq for the mission.</p>`,
    ).join("");
    const html = `<!doctype html><html><head><title>Site | Page</title><meta property="og:site_name" content="Defensie"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Dutch advisers for Iraq</h1>${paragraphs}</article>
      <footer>Cookie settings and copyright</footer></body></html>`;
    const article = parseHtml(html);
    expect(article.title).toBe("Dutch advisers for Iraq");
    expect(article.body.split("\n")).toHaveLength(4);
    expect(article.body).not.toContain("Cookie");
    expect(article.body).not.toContain("Home");
    expect(article.source).toBe("Defensie");
  });
});

describe("readArticleInputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-input-"));
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "a.txt"), "Titel A\n\nTekst A.\n");
  writeFileSync(join(dir, "sub", "b.md"), "# Title B\n\nText B.\n");
  writeFileSync(
    join(dir, "c.json"),
    JSON.stringify({ title: "C", body: "Body C", language: "en", url: "https://example.org/c" }),
  );
  writeFileSync(join(dir, "ignored.csv"), "x,y\n");
  writeFileSync(
    join(dir, "many.jsonl"),
    `${JSON.stringify({ id: "one", title: "One", body: "First." })}\n\n{not json}\n${JSON.stringify({ title: "Three" })}\n${JSON.stringify({ title: "Four", body: "x", language: "fr" })}\n`,
  );

  it("reads a directory recursively, in order, one entry per article", async () => {
    const reads = await collect([dir]);
    expect(reads.map((r) => [r.id, r.error ?? r.article?.title])).toEqual([
      ["a", "Titel A"],
      ["https://example.org/c", "C"],
      ["one", "One"],
      ["many-3", expect.stringContaining("invalid JSON")],
      ["many-4", 'missing field "body"'],
      ["many-5", 'unsupported language "fr" (newsgraph reads nl and en)'],
      ["b", "Title B"],
    ]);
    expect(reads[2]!.file).toBe(`${join(dir, "many.jsonl")}:1`);
  });

  it("reports a missing path instead of throwing", async () => {
    const reads = await collect([join(dir, "nope.txt")]);
    expect(reads).toEqual([
      {
        file: join(dir, "nope.txt"),
        id: "nope",
        error: `cannot read ${join(dir, "nope.txt")}: no such file or directory`,
      },
    ]);
  });

  it("streams JSON Lines: articles arrive before the file is read to its end", async () => {
    const big = join(dir, "big.jsonl");
    const line = `${JSON.stringify({ title: "T", body: "x".repeat(1000) })}\n`;
    writeFileSync(big, line.repeat(5000));
    let count = 0;
    for await (const read of readArticleInputs([big])) {
      expect(read.article?.title).toBe("T");
      count++;
      if (count === 3) break;
    }
    expect(count).toBe(3);
  });
});
