import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import type { Language } from "../../domain/vocabulary.ts";
import { OUTPUT_FORMATS, type OutputFormat } from "../../ingest/extract/output-format.ts";

function parseLanguage(value: string): Language {
  if (value !== "nl" && value !== "en") throw new InvalidArgumentError('must be "nl" or "en"');
  return value;
}

function parseFormat(value: string): OutputFormat {
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`must be one of ${OUTPUT_FORMATS.join(", ")}`);
  return value as OutputFormat;
}

/**
 * `newsgraph extract FILES… --out DIR`: raw articles → DIR/<article>.json. By default annotated
 * articles (docs/ingest-format.md) that `newsgraph ingest DIR` loads as they are, so an extraction
 * can be reviewed and corrected before it is loaded; `--format gold` writes the scoring format of
 * docs/ONTOLOGY.md (what ../shared/tools/score-extraction reads). Never touches Neo4j.
 */
export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description(
      "extract entities and relations from articles (text, Markdown, HTML, JSON, JSON Lines) into JSON files",
    )
    .argument("<files...>", "article files or directories")
    .requiredOption("--out <dir>", "directory for <article>.json results")
    .option(
      "--format <annotated|gold>",
      "annotated: articles `ingest` reads as they are; gold: the scoring format of score-extraction",
      parseFormat,
      "annotated",
    )
    .option("--language <nl|en>", "force the language instead of detecting it", parseLanguage)
    .option("--quiet", "print only the totals")
    .action(
      async (
        files: string[],
        options: { out: string; format: OutputFormat; language?: Language; quiet?: boolean },
      ) => {
        const { mkdir, writeFile } = await import("node:fs/promises");
        const { join } = await import("node:path");
        const { readArticleInputs } = await import("../../ingest/input/read.ts");
        const { extractRead, outputBaseName, toAnnotatedArticle, toGoldFormat } = await import(
          "../../ingest/extract/run.ts"
        );
        const { createDefaultExtractor } = await import("../../ingest/extract/default.ts");
        const { loadConfig } = await import("../../config.ts");
        const { formatBytes } = await import("../../ingest/article-size.ts");
        const { maxArticleBytes } = loadConfig().limits;
        const extractor = createDefaultExtractor();
        await mkdir(options.out, { recursive: true });
        let ok = 0;
        let failed = 0;
        let tooLarge = 0;
        const used = new Set<string>();
        for await (const read of readArticleInputs(files, { maxArticleBytes })) {
          const result = await extractRead(extractor, read, options.language);
          if ("error" in result) {
            failed++;
            if (read.tooLarge) tooLarge++;
            console.error(`✗ ${read.file}: ${result.error}`);
            continue;
          }
          let name = outputBaseName(read);
          for (let n = 2; used.has(name); n++) name = `${outputBaseName(read)}-${n}`;
          used.add(name);
          const target = join(options.out, `${name}.json`);
          const output =
            options.format === "gold" ? toGoldFormat(result) : toAnnotatedArticle(result);
          await writeFile(target, `${JSON.stringify(output, null, 2)}\n`);
          ok++;
          if (!options.quiet) {
            const { entities, relations } = result.extraction;
            console.log(
              `✓ ${read.file} [${result.article.language}] → ${target}: ${entities.length} entities, ${relations.length} relations`,
            );
          }
        }
        const refused =
          tooLarge > 0
            ? `, ${tooLarge} of them over the article size limit of ${formatBytes(maxArticleBytes)}`
            : "";
        console.log(`${ok} extracted, ${failed} failed${refused} (${extractor.name})`);
        if (failed > 0 || ok === 0) process.exitCode = 1;
      },
    );
}
