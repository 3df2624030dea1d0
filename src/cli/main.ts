#!/usr/bin/env node
/**
 * The `newsgraph` command line. Each command lives in src/cli/commands/<name>.ts and registers
 * itself here; heavy modules are imported inside the command actions so `--help` stays instant.
 */
import { Command } from "commander";
import { registerDbCommands } from "./commands/db.ts";
import { registerExportCommand } from "./commands/export.ts";
import { registerExtractCommand } from "./commands/extract.ts";
import { registerIngestCommand } from "./commands/ingest.ts";
import { registerNeo4jCommands } from "./commands/neo4j.ts";
import { registerSchemaCommands } from "./commands/schema.ts";
import { registerServeCommands } from "./commands/serve.ts";
import { registerWorkerCommand } from "./commands/worker.ts";

const program = new Command()
  .name("newsgraph")
  .description("Defence and geopolitical news as a knowledge graph in Neo4j, served over GraphQL")
  .showHelpAfterError();

registerNeo4jCommands(program);
registerDbCommands(program);
registerIngestCommand(program);
registerExtractCommand(program);
registerServeCommands(program);
registerWorkerCommand(program);
registerSchemaCommands(program);
registerExportCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`newsgraph: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
