import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { newsgraph } from "../support/cli.ts";
import { useTestGraph } from "../support/graph.ts";

const jsonLines = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const FIXTURES = "test/fixtures/annotated";

describe("newsgraph ingest and db (CLI)", () => {
  const graph = useTestGraph();
  const repo = createArticleRepository(graph.executor);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-ingest-cli-"));
  const bad = path.join(dir, "bad");

  beforeAll(async () => {
    await graph.reset();
    fs.mkdirSync(bad);
    const ok = { title: "A title", body: "Alice met Bob in Ottawa." };
    const entities = [
      { type: "Person", name: "Alice", mentions: [{ start: 9, end: 14 }] },
      { type: "Person", name: "Bob" },
    ];
    const write = (name: string, value: unknown) =>
      fs.writeFileSync(
        path.join(bad, name),
        typeof value === "string" ? value : JSON.stringify(value),
      );
    write("1-malformed.json", '{\n  "article": {\n    "title": "x",\n    "body": oops\n  }\n}');
    write("2-no-title.json", { article: { body: "text" }, entities: [] });
    write("3-offsets.json", {
      article: { id: "offsets", ...ok },
      entities,
      relations: [
        {
          type: "COOPERATES_WITH",
          source: "Alice",
          target: "Bob",
          evidence: [{ start: 0, end: 900 }],
        },
      ],
    });
    write("4-unknown-type.json", {
      article: { id: "types", ...ok },
      entities: [{ type: "Persn", name: "Alice" }],
    });
    write(
      "5-mixed.jsonl",
      [
        JSON.stringify({
          article: { id: "line-1", ...ok },
          entities,
          relations: [{ type: "LEADS", source: "Alice", target: "Foo" }],
        }),
        "",
        JSON.stringify({
          article: { id: "line-3", ...ok },
          entities,
          relations: [{ type: "COOPERATES_WITH", source: "Alice", target: "Bob" }],
        }),
      ].join("\n"),
    );
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("db migrate applies the schema, then finds nothing left to apply", async () => {
    const first = await newsgraph(["db", "migrate"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^applied 001-migration-id$/m);
    const second = await newsgraph(["db", "migrate"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/: 0 migrations applied, \d+ already applied/);
  });

  it("ingests good articles, reports each bad one with its file and problem, and exits 1", async () => {
    const run = await newsgraph(["ingest", FIXTURES, bad]);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    const byFile = (suffix: string) => lines.filter((l) => String(l.file).endsWith(suffix));

    for (const name of [
      "anti-isis-coalitie-ottawa",
      "en-mattis-hosts-sajjan",
      "kamer-steunt-navo-missie-irak",
    ]) {
      expect(byFile(`${name}.json`)).toEqual([
        expect.objectContaining({ articleId: name, status: "created" }),
      ]);
    }
    const failure = (suffix: string) => {
      const [line] = byFile(suffix);
      expect(line?.status).toBe("failed");
      return String(line?.error);
    };
    expect(failure("1-malformed.json")).toBe(
      `${bad}/1-malformed.json: malformed JSON at line 4, column 13: invalid symbol`,
    );
    expect(failure("2-no-title.json")).toBe(`${bad}/2-no-title.json: article.title: required`);
    expect(failure("3-offsets.json")).toBe(
      `${bad}/3-offsets.json: relations[0].evidence[0].end: 900 is outside the article text (length 33)`,
    );
    expect(failure("4-unknown-type.json")).toMatch(
      /4-unknown-type\.json: entities\[0\]\.type: unknown type "Persn" \(expected one of Person, /,
    );
    const jsonl = byFile("5-mixed.jsonl");
    expect(jsonl).toEqual([
      expect.objectContaining({
        line: 1,
        status: "failed",
        error: `${bad}/5-mixed.jsonl:1: relations[0].target: "Foo" is not the name or alias of an entity in this article`,
      }),
      expect.objectContaining({ line: 3, status: "created", articleId: "line-3" }),
    ]);
    expect(run.stderr).toMatch(/9 articles: 4 created, 0 updated, 0 unchanged, 5 failed/);

    const ids = await graph.executor.read({
      name: "test",
      text: "MATCH (a:Article) RETURN a.id AS id ORDER BY id",
    });
    expect(ids.map((r) => r.id)).toEqual([
      "anti-isis-coalitie-ottawa",
      "en-mattis-hosts-sajjan",
      "kamer-steunt-navo-missie-irak",
      "line-3",
    ]);
  });

  it("reports unchanged articles on a second run and exits 0", async () => {
    const before = await repo.countGraph();
    const run = await newsgraph(["ingest", FIXTURES]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((l) => l.status)).toEqual([
      "unchanged",
      "unchanged",
      "unchanged",
    ]);
    expect(await repo.countGraph()).toEqual(before);
  });

  it("validates without writing in a dry run", async () => {
    await graph.reset();
    const run = await newsgraph([
      "ingest",
      "--dry-run",
      FIXTURES,
      path.join(bad, "2-no-title.json"),
    ]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).map((l) => l.status)).toEqual([
      "planned",
      "planned",
      "planned",
      "failed",
    ]);
    expect((await repo.countGraph()).articles).toBe(0);
  });

  it("names a path that does not exist", async () => {
    const run = await newsgraph(["ingest", "--dry-run", path.join(dir, "missing.json")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path.join(dir, "missing.json")}: no such file or directory`);
  });
});
