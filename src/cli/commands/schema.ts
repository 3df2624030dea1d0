import type { Command } from "commander";

/**
 * `newsgraph schema print`: writes the API's SDL to schema.graphql (committed, so every API
 * change shows in review; test/unit/graphql/schema-print.test.ts fails when it drifts).
 */
export function registerSchemaCommands(program: Command): void {
  const schema = program.command("schema").description("the GraphQL schema");

  schema
    .command("print")
    .description("write the GraphQL schema (SDL, sorted) to schema.graphql")
    .option("-o, --out <file>", "write here instead of the repository's schema.graphql")
    .option("--stdout", "print to standard output instead of writing a file")
    .option("--check", "write nothing; exit 1 when the file differs from the schema")
    .action(async (options: { out?: string; stdout?: boolean; check?: boolean }) => {
      const fs = await import("node:fs");
      const { schema } = await import("../../graphql/schema.ts");
      const { printSchemaSdl, SCHEMA_FILE } = await import("../../graphql/print-schema.ts");
      const sdl = printSchemaSdl(schema);
      if (options.stdout) {
        process.stdout.write(sdl);
        return;
      }
      const file = options.out ?? SCHEMA_FILE;
      if (options.check) {
        const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
        if (current !== sdl) {
          console.error(`${file} is out of date; run: npm run schema:print`);
          process.exitCode = 1;
          return;
        }
        console.log(`${file} is up to date`);
        return;
      }
      fs.writeFileSync(file, sdl);
      console.log(`wrote ${file}`);
    });
}
