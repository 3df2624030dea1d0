import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import type { Language } from "../../domain/vocabulary.ts";

function parseLanguage(value: string): Language {
  if (value !== "nl" && value !== "en") throw new InvalidArgumentError('must be "nl" or "en"');
  return value;
}

/**
 * `newsgraph extract FILES… --out DIR`: raw articles → DIR/<article>.json in the gold format of
 * docs/ONTOLOGY.md with evidence. Never touches Neo4j.
 */
export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description(
      "extract entities and relations from articles (text, Markdown, HTML, JSON, JSON Lines) into JSON files",
    )
    .argument("<files...>", "article files or directories")
    .requiredOption("--out <dir>", "directory for <article>.json results")
    .option("--language <nl|en>", "force the language instead of detecting it", parseLanguage)
    .option("--quiet", "print only the totals")
    .action(
      async (files: string[], options: { out: string; language?: Language; quiet?: boolean }) => {
        const { mkdir, writeFile } = await import("node:fs/promises");
        const { join } = await import("node:path");
        const { readArticleInputs } = await import("../../ingest/input/read.ts");
        const { extractRead, outputBaseName, toGoldFormat } = await import(
          "../../ingest/extract/run.ts"
        );
        const { createDefaultExtractor } = await import("../../ingest/extract/default.ts");
        const extractor = createDefaultExtractor();
        await mkdir(options.out, { recursive: true });
        let ok = 0;
        let failed = 0;
        const used = new Set<string>();
        for await (const read of readArticleInputs(files)) {
          const result = await extractRead(extractor, read, options.language);
          if ("error" in result) {
            failed++;
            console.error(`✗ ${read.file}: ${result.error}`);
            continue;
          }
          let name = outputBaseName(read);
          for (let n = 2; used.has(name); n++) name = `${outputBaseName(read)}-${n}`;
          used.add(name);
          const target = join(options.out, `${name}.json`);
          await writeFile(target, `${JSON.stringify(toGoldFormat(result), null, 2)}\n`);
          ok++;
          if (!options.quiet) {
            const { entities, relations } = result.extraction;
            console.log(
              `✓ ${read.file} [${result.article.language}] → ${target}: ${entities.length} entities, ${relations.length} relations`,
            );
          }
        }
        console.log(`${ok} extracted, ${failed} failed (${extractor.name})`);
        if (failed > 0 || ok === 0) process.exitCode = 1;
      },
    );
}
