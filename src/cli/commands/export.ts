import type { Command } from "commander";

interface ExportOptions {
  seed?: string[];
  depth?: string;
  types?: string;
  relationTypes?: string;
  from?: string;
  to?: string;
  minConfidence?: string;
  limit?: string;
  out?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `newsgraph export <format>`: the same exports as `GET /export/<format>` (src/server/routes),
 * with the same selection, written to a file or stdout. Without --seed, --limit or a date or
 * confidence filter it streams the whole graph in bounded memory. A file is written under a
 * temporary name and renamed at the end, so a failed export never leaves half a file behind.
 */
export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description(
      "export a subgraph or the whole graph for graph tools: cytoscape, graphology, gexf, graphml, geojson, csv (zip)",
    )
    .argument("<format>", "cytoscape | graphology | gexf | graphml | geojson | csv")
    .option(
      "-s, --seed <entityId>",
      "start from this entity (repeatable), e.g. country:netherlands",
      collect,
    )
    .option("-d, --depth <n>", "hops from the seeds, 0 to 3 (default 1)")
    .option("--types <types>", "entity types to keep, comma-separated (e.g. Country,Organisation)")
    .option("--relation-types <types>", "relationship types to keep, comma-separated")
    .option("--from <date>", "relationships stated on or after this date (YYYY-MM-DD)")
    .option("--to <date>", "relationships stated on or before this date")
    .option("--min-confidence <n>", "relationships with at least this confidence (0 to 1)")
    .option("--limit <n>", "at most this many entities (default 1000 for a selection)")
    .option("-o, --out <file>", "write to this file (default: stdout)")
    .action(async (format: string, options: ExportOptions) => {
      await runExportCommand(format, options);
    });
}

async function runExportCommand(formatId: string, options: ExportOptions): Promise<void> {
  const { exportFormat, parseExportQuery, runExport } = await import(
    "../../server/routes/export-query.ts"
  );
  // The options become the route's query string, so the CLI and HTTP validate alike.
  const params = new URLSearchParams();
  for (const seed of options.seed ?? []) params.append("seed", seed);
  const single: [keyof ExportOptions, string][] = [
    ["depth", "depth"],
    ["types", "types"],
    ["relationTypes", "relationTypes"],
    ["from", "from"],
    ["to", "to"],
    ["minConfidence", "minConfidence"],
    ["limit", "limit"],
  ];
  for (const [option, name] of single) {
    const value = options[option];
    if (typeof value === "string") params.set(name, value);
  }
  const format = exportFormat(formatId);
  const plan = parseExportQuery(params);
  if (!options.out && process.stdout.isTTY && format.id === "csv") {
    throw new Error("the csv export is a zip file: write it with --out FILE, or pipe stdout");
  }

  const { loadConfig } = await import("../../config.ts");
  const { connectGraph } = await import("../connect.ts");
  const { createSubgraphReads } = await import("../../graph/read/index.ts");
  const { kbCoordinates } = await import("../../server/routes/coordinates.ts");
  const { loadKnowledgeBase } = await import("../../kb/index.ts");
  const fs = await import("node:fs");
  const path = await import("node:path");
  const { Readable } = await import("node:stream");
  const { pipeline } = await import("node:stream/promises");

  const connection = await connectGraph(loadConfig(), { log: (line) => console.error(line) });
  try {
    const reads = createSubgraphReads(connection.executor);
    const chunks = runExport(
      reads,
      format,
      plan,
      kbCoordinates(() => loadKnowledgeBase()),
    );
    const source = Readable.from(chunks, { objectMode: false });
    if (!options.out) {
      await pipeline(source, process.stdout);
      return;
    }
    const target = path.resolve(options.out);
    const temporary = path.join(
      path.dirname(target),
      `.${path.basename(target)}.${process.pid}.partial`,
    );
    try {
      await pipeline(source, fs.createWriteStream(temporary));
      fs.renameSync(temporary, target);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw error;
    }
    const bytes = fs.statSync(target).size;
    console.error(
      `wrote ${format.id} (${plan.kind === "whole" ? "whole graph" : "subgraph"}) to ${target}: ${bytes} bytes`,
    );
  } finally {
    await connection.close();
  }
}
