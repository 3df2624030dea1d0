import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnnotatedArticleError, parseJsonText } from "../../../src/ingest/annotated-schema.ts";
import { ArticleInputError, decodeText } from "../../../src/ingest/input/decode.ts";
import {
  type ArticleRead,
  articleFromJson,
  readArticleInputs,
} from "../../../src/ingest/input/index.ts";

/** Input files in the encodings people actually have, and the files that are not articles. */

const dir = mkdtempSync(join(tmpdir(), "newsgraph-encodings-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function readAll(path: string): Promise<ArticleRead[]> {
  const reads: ArticleRead[] = [];
  for await (const read of readArticleInputs([path])) reads.push(read);
  return reads;
}

const TEXT =
  "Nederland stuurt F-35's\n\nDe minister zei dat Nederland bijdraagt.\nBron: Defensie\n";
const utf16 = (text: string, order: "le" | "be") => {
  const le = Buffer.from(text, "utf16le");
  if (order === "be") le.swap16();
  return Buffer.concat([Buffer.from(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
};
const BOM = "\uFEFF";

describe("input encodings", () => {
  it("decodes UTF-16 (both byte orders) by its byte order mark, in every reader", async () => {
    for (const order of ["le", "be"] as const) {
      const [read] = await readAll(file(`u16${order}.txt`, utf16(TEXT, order)));
      expect(read?.error).toBeUndefined();
      expect(read?.article).toMatchObject({ title: "Nederland stuurt F-35's", source: "Defensie" });
      const json = JSON.stringify({ id: "x", title: "Titel", body: "Tekst" });
      const [fromJson] = await readAll(file(`u16${order}.json`, utf16(json, order)));
      expect(fromJson?.article?.title).toBe("Titel");
      const [fromLines] = await readAll(file(`u16${order}.jsonl`, utf16(`${json}\n`, order)));
      expect(fromLines?.article?.title).toBe("Titel");
    }
  });

  it("accepts a UTF-8 byte order mark in text, Markdown, HTML, JSON and JSON Lines", async () => {
    const json = JSON.stringify({ title: "Titel", body: "Tekst" });
    const cases = {
      "bom.txt": TEXT,
      "bom.md": "# Titel\n\nTekst.\n",
      "bom.html": "<html><body><h1>Titel</h1><p>Tekst.</p></body></html>",
      "bom.json": json,
      "bom.jsonl": `${json}\n${json}\n`,
    };
    for (const [name, content] of Object.entries(cases)) {
      const reads = await readAll(file(name, BOM + content));
      expect(
        reads.map((r) => r.error),
        name,
      ).toEqual(reads.map(() => undefined));
      expect(reads[0]?.article?.title.startsWith(BOM), name).toBe(false);
    }
    // The ingest command reads JSON through parseJsonText: the mark is no syntax error there.
    expect(parseJsonText(`${BOM}{"a":1}`)).toEqual({ a: 1 });
  });

  it("refuses binary content and text in other encodings, saying which", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    for (const name of ["image.txt", "image.json", "image.jsonl", "image.md"]) {
      const reads = await readAll(file(name, png));
      expect(
        reads.map((r) => r.error),
        name,
      ).toEqual([expect.stringMatching(/^binary content/)]);
    }
    const latin1 = Buffer.from("Titel\n\nCuraçao en Bonaire.\n", "latin1");
    const [read] = await readAll(file("latin1.txt", latin1));
    expect(read?.error).toBe(
      "not UTF-8 text (and no UTF-16 byte order mark); convert the file to UTF-8",
    );
    const utf32 = Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
    expect(() => decodeText(utf32)).toThrow("UTF-32 text is not supported");
    // UTF-16 JSON that reached the ingest command's UTF-8 reading is named, not "malformed".
    const misread = utf16('{"a":1}', "le").toString("utf8");
    expect(() => parseJsonText(misread)).toThrow(/UTF-16 byte order mark/);
    expect(() => parseJsonText('{"a":"\u0000"}')).toThrow(AnnotatedArticleError);
  });

  it("reports empty inputs: an empty JSON Lines file and an empty JSON array", async () => {
    expect((await readAll(file("empty.jsonl", ""))).map((r) => r.error)).toEqual([
      "no articles: the file is empty",
    ]);
    expect((await readAll(file("blank.jsonl", "\n\n  \n"))).map((r) => r.error)).toEqual([
      "no articles: the file is empty",
    ]);
    expect((await readAll(file("empty.json", "[]"))).map((r) => r.error)).toEqual([
      "no articles: the JSON array is empty",
    ]);
  });

  it("refuses ids that are not strings instead of replacing them", () => {
    const article = { title: "T", body: "B" };
    expect(() => articleFromJson({ ...article, id: ["a", "b"] })).toThrow(
      'field "id" must be a string, got an array ["a","b"]',
    );
    expect(() => articleFromJson({ ...article, id: true })).toThrow(
      'field "id" must be a string, got a boolean true',
    );
    expect(() => articleFromJson({ ...article, id: { x: 1 } })).toThrow(ArticleInputError);
    expect(() => articleFromJson({ ...article, id: 1.5 })).toThrow(ArticleInputError);
    expect(() => articleFromJson({ ...article, id: 42 })).toThrow(
      'field "id" must be a string, got a number 42 (write it in quotes: "42")',
    );
    expect(articleFromJson({ ...article, id: "a-1" }).id).toBe("a-1");
  });
});
