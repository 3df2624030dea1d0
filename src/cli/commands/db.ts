import type { Command } from "commander";

async function connect() {
  const { loadConfig } = await import("../../config.ts");
  const { connectGraph } = await import("../connect.ts");
  return connectGraph(loadConfig(), { log: (line) => console.error(line) });
}

/**
 * `newsgraph db migrate|status`: the graph's schema (cypher/schema/, src/graph/migrate.ts).
 * `migrate` is also run by `ingest` and at server start; it is idempotent.
 */
export function registerDbCommands(program: Command): void {
  const db = program.command("db").description("the graph database's schema and contents");

  db.command("migrate")
    .description("apply the schema migrations not yet applied, then wait for indexes to be online")
    .action(async () => {
      const { migrate } = await import("../../graph/migrate.ts");
      const connection = await connect();
      try {
        const result = await migrate(connection.executor);
        for (const id of result.applied) console.log(`applied ${id}`);
        console.log(
          `${connection.uri}: ${result.applied.length} migration${result.applied.length === 1 ? "" : "s"} applied, ${result.alreadyApplied.length} already applied`,
        );
      } finally {
        await connection.close();
      }
    });

  db.command("status")
    .description("list the migrations (applied or pending) and count what the graph holds")
    .option("--json", "print one JSON object")
    .action(async (options: { json?: boolean }) => {
      const { migrationStatus } = await import("../../graph/migrate.ts");
      const { createArticleRepository } = await import("../../graph/article-repository.ts");
      const connection = await connect();
      try {
        const migrations = await migrationStatus(connection.executor);
        const counts = await createArticleRepository(connection.executor).countGraph();
        if (options.json) {
          console.log(JSON.stringify({ uri: connection.uri, migrations, counts }));
          return;
        }
        const pending = migrations.filter((m) => !m.applied);
        console.log(`Neo4j at ${connection.uri}`);
        console.log(
          `migrations: ${migrations.length - pending.length} applied, ${pending.length} pending${pending.length ? ` (${pending.map((m) => m.id).join(", ")}; run: newsgraph db migrate)` : ""}`,
        );
        for (const [name, count] of Object.entries(counts)) console.log(`${name}: ${count}`);
      } finally {
        await connection.close();
      }
    });
}
