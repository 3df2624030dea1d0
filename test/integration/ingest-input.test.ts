import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * `newsgraph ingest --dry-run` over the awkward files people have: a UTF-8 byte order mark in
 * JSON and JSON Lines, empty inputs, `javascript:` links, ids that are not strings, binary and
 * UTF-16 files. Each is accepted or refused with its file named; nothing needs a database.
 */

function dryRun(paths: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.resolve("bin/newsgraph.js"), "ingest", "--dry-run", ...paths],
      { timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe("newsgraph ingest --dry-run on awkward input files", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-ingest-input-"));
  const title = "A title";
  const body = "Alice met Bob in Ottawa.";
  const annotated = (article: Record<string, unknown>) =>
    JSON.stringify({
      article: { title, body, ...article },
      entities: [{ type: "Person", name: "Alice", mentions: [{ start: 18, end: 23 }] }],
    });
  const write = (name: string, content: string | Buffer) => {
    fs.writeFileSync(path.join(dir, name), content);
    return path.join(dir, name);
  };

  it("accepts a UTF-8 BOM, reports empty files and refuses unsafe URLs, bad ids and binary content", async () => {
    const files = [
      write("01-bom.json", `\uFEFF${annotated({ id: "bom-json" })}`),
      write(
        "02-bom.jsonl",
        `\uFEFF${annotated({ id: "bom-l1" })}\n${annotated({ id: "bom-l2" })}\n`,
      ),
      write("03-empty.jsonl", ""),
      write("04-empty-list.json", "[]"),
      write("05-js-url.json", annotated({ id: "js", url: "javascript:alert(1)" })),
      write("06-data-url.json", annotated({ id: "data", url: "data:text/html,<b>x</b>" })),
      write("07-id-array.json", annotated({ id: ["a", "b"] })),
      write("08-nul-id.json", annotated({ id: "a\u0000b" })),
      write(
        "09-utf16.json",
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("{}", "utf16le")]),
      ),
      write("10-binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
    ];
    const run = await dryRun(files);
    expect(run.code).toBe(1);
    const outcomes = run.stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { file: string; status: string; error?: string });
    const byFile = (name: string) => outcomes.filter((o) => path.basename(o.file) === name);
    expect(byFile("01-bom.json").map((o) => o.status)).toEqual(["planned"]);
    expect(byFile("02-bom.jsonl").map((o) => o.status)).toEqual(["planned", "planned"]);
    expect(byFile("03-empty.jsonl")[0]?.error).toMatch(/03-empty\.jsonl: no articles/);
    expect(byFile("04-empty-list.json")[0]?.error).toMatch(/04-empty-list\.json: no articles/);
    expect(byFile("05-js-url.json")[0]?.error).toContain(
      "article.url: must be an http or https URL, not javascript:",
    );
    expect(byFile("06-data-url.json")[0]?.error).toContain(
      "must be an http or https URL, not data:",
    );
    expect(byFile("07-id-array.json")[0]?.error).toContain(
      "article.id: expected a string, got an array",
    );
    expect(byFile("08-nul-id.json")[0]?.error).toContain(
      "article.id: must not contain control characters (U+0000",
    );
    expect(byFile("09-utf16.json")[0]?.error).toContain("UTF-16 byte order mark");
    expect(byFile("10-binary.txt")[0]?.error).toContain("binary content");
    expect(run.stderr).toContain("11 articles: 3 valid, 8 failed (dry run: nothing written)");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
