import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listInputFiles } from "../../../src/ingest/ingest.ts";
import { type ArticleRead, readArticleInputs } from "../../../src/ingest/input/read.ts";

async function collect(paths: string[]): Promise<ArticleRead[]> {
  const out: ArticleRead[] = [];
  for await (const read of readArticleInputs(paths)) out.push(read);
  return out;
}

/** A corpus directory laid out as the shared ones are: articles and a metadata.json beside them. */
function corpus(metadata: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-sidecar-"));
  writeFileSync(join(dir, "a.txt"), "Titel A\n\nNederland stuurt adviseurs naar Irak.\n");
  writeFileSync(
    join(dir, "b.txt"),
    "Title B\n\nThe Netherlands sends advisers to Iraq.\n\nSource: Defensie\n",
  );
  writeFileSync(join(dir, "c.md"), "# Title C\n\nNo entry for this one.\n");
  writeFileSync(
    join(dir, "metadata.json"),
    typeof metadata === "string" ? metadata : JSON.stringify(metadata),
  );
  return dir;
}

describe("a directory's metadata.json", () => {
  const metadata = {
    "a.txt": {
      url: "https://www.rijksoverheid.nl/a",
      source: "Rijksoverheid",
      publishedAt: "2021-11-05",
      language: "nl",
      note: "Excerpt: ignored",
    },
    "b.txt": { source: "DVIDS", publishedAt: "2018-01", language: "en" },
  };

  it("is not read as an article, and fills the url, source, date and language of the files it names", async () => {
    const reads = await collect([corpus(metadata)]);
    expect(reads.map((r) => r.id)).toEqual(["a", "b", "c"]);
    expect(reads.every((r) => r.error === undefined)).toBe(true);
    expect(reads[0]!.article).toMatchObject({
      title: "Titel A",
      url: "https://www.rijksoverheid.nl/a",
      source: "Rijksoverheid",
      publishedAt: "2021-11-05",
      language: "nl",
    });
    expect(reads[0]!.article).not.toHaveProperty("note");
    // What the file states itself wins: b's closing "Source:" line over the sidecar's source.
    expect(reads[1]!.article).toMatchObject({
      source: "Defensie",
      publishedAt: "2018-01",
      language: "en",
    });
    expect(reads[2]!.article?.publishedAt).toBeUndefined();
  });

  it("applies to a file named on its own, too", async () => {
    const dir = corpus(metadata);
    const [read] = await collect([join(dir, "a.txt")]);
    expect(read!.article?.publishedAt).toBe("2021-11-05");
  });

  it("when malformed, fails the articles beside it with a message naming it and the problem", async () => {
    const bad = corpus({ "a.txt": { publishedAt: 20211105 } });
    const reads = await collect([bad]);
    expect(reads).toHaveLength(3);
    for (const read of reads) {
      expect(read.article).toBeUndefined();
      expect(read.error).toBe(
        `${join(bad, "metadata.json")}: field "publishedAt" of "a.txt" must be a string`,
      );
    }
    const language = corpus({ "b.txt": { language: "fr" } });
    expect((await collect([language]))[0]!.error).toMatch(
      /metadata\.json: unsupported language "fr" of "b\.txt" \(newsgraph reads nl and en\)$/,
    );
    const syntax = corpus("{ not json");
    expect((await collect([syntax]))[0]!.error).toMatch(/metadata\.json: invalid JSON: /);
  });

  it("named as an input, is refused with what it is", async () => {
    const file = join(corpus(metadata), "metadata.json");
    const reads = await collect([file]);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.error).toMatch(
      /metadata\.json is a directory's article metadata .*not an article/,
    );
    const listed = listInputFiles([file]);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ kind: "invalid", file });
  });

  it("is left out of the files ingest lists from a directory, nested ones too", () => {
    const dir = corpus(metadata);
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "metadata.json"), "{}");
    writeFileSync(join(dir, "sub", "d.txt"), "Title D\n\nBody.\n");
    expect(listInputFiles([dir]).map((f) => String(f).slice(dir.length + 1))).toEqual([
      "a.txt",
      "b.txt",
      "c.md",
      join("sub", "d.txt"),
    ]);
  });
});

describe("one walk of a directory for extract and ingest", () => {
  it("the same article files in the same order, hidden entries and metadata.json left out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsgraph-walk-"));
    for (const name of ["b.txt", "B.md", "a.json", ".hidden.txt", "notes.pdf"])
      writeFileSync(
        join(dir, name),
        name.endsWith(".json") ? '{"title":"T","body":"B"}' : "T\n\nB\n",
      );
    writeFileSync(join(dir, "metadata.json"), "{}");
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, ".git", "x.txt"), "T\n\nB\n");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "c.html"), "<h1>T</h1><p>B</p>");
    const expected = ["B.md", "a.json", "b.txt", join("sub", "c.html")];
    const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1));
    expect(rel(listInputFiles([dir]).map(String))).toEqual(expected);
    expect(rel((await collect([dir])).map((r) => r.file))).toEqual(expected);
  });
});
