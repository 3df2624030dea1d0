import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { NewsgraphError } from "../domain/errors.ts";
import { CYPHER_DIR, cypher } from "./cypher.ts";
import type { GraphExecutor } from "./executor.ts";

/**
 * Schema migrations: cypher/schema/NNN-name.cypher, one statement each, applied in file-name
 * order. Each applied one is recorded as `(:Migration {id, checksum, appliedAt})` so a later run
 * skips it; every statement is also written `IF NOT EXISTS` (or, for data, so that it changes
 * nothing the second time), so a run interrupted between a statement and its record is still
 * safe to repeat.
 */
export interface Migration {
  /** File name without `.cypher`, e.g. `002-entity-id`. */
  id: string;
  text: string;
  checksum: string;
}

export interface MigrationStatus {
  id: string;
  applied: boolean;
  appliedAt: string | null;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

const SCHEMA_DIR = path.join(CYPHER_DIR, "schema");
const MIGRATION_FILE = /^(\d{3})-[a-z0-9-]+\.cypher$/;
const AWAIT_INDEXES_SECONDS = 300;

export function listMigrations(dir: string = SCHEMA_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8").trim();
      const checksum = createHash("sha256").update(text).digest("hex").slice(0, 16);
      return { id: file.replace(/\.cypher$/, ""), text, checksum };
    });
}

async function readApplied(executor: GraphExecutor) {
  const rows = await executor.read(cypher("schema/meta/list-applied"));
  return new Map(
    rows.map((row) => [
      String(row.id),
      { checksum: String(row.checksum), appliedAt: (row.appliedAt as string | null) ?? null },
    ]),
  );
}

/**
 * Applies every migration not yet recorded, then waits until all indexes are online (a fresh
 * full-text index is useless to the first query otherwise). Safe to run at every start.
 */
export async function migrate(
  executor: GraphExecutor,
  options: { log?: (line: string) => void; migrations?: Migration[] } = {},
): Promise<MigrateResult> {
  const migrations = options.migrations ?? listMigrations();
  const applied = await readApplied(executor);
  const result: MigrateResult = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    const previous = applied.get(migration.id);
    if (previous) {
      // An edited migration would silently not run again (IF NOT EXISTS): refuse instead, so the
      // change is made as a new migration that every database receives.
      if (previous.checksum !== migration.checksum) {
        throw new NewsgraphError(
          "CONFLICT",
          `migration ${migration.id} has changed since it was applied on ${previous.appliedAt}; add a new migration instead of editing an applied one`,
        );
      }
      result.alreadyApplied.push(migration.id);
      continue;
    }
    // Schema changes and data writes may not share a transaction: the statement runs alone,
    // then its record is written.
    const statement = { name: `schema/${migration.id}`, text: migration.text };
    // A data migration over every node of a label commits in batches (CALL … IN TRANSACTIONS),
    // which only an auto-commit transaction may run; it is written to be safe to repeat.
    if (/\bIN\s+TRANSACTIONS\b/i.test(migration.text)) await executor.writeAutoCommit(statement);
    else await executor.write(statement);
    await executor.write(cypher("schema/meta/record-applied"), {
      id: migration.id,
      checksum: migration.checksum,
      appliedAt: new Date().toISOString(),
    });
    options.log?.(`applied ${migration.id}`);
    result.applied.push(migration.id);
  }
  await executor.read(cypher("schema/meta/await-indexes"), { seconds: AWAIT_INDEXES_SECONDS });
  return result;
}

export async function migrationStatus(executor: GraphExecutor): Promise<MigrationStatus[]> {
  const applied = await readApplied(executor);
  return listMigrations().map((m) => ({
    id: m.id,
    applied: applied.has(m.id),
    appliedAt: applied.get(m.id)?.appliedAt ?? null,
  }));
}
