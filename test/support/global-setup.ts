import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config.ts";
import { stopLocalNeo4j } from "../../src/neo4j-local/index.ts";
import { type LocalRedis, startLocalRedis } from "./redis-server.ts";
import { startThrowawayNeo4j } from "./throwaway-neo4j.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
    /** redis://… of the suite's Redis (REDIS_URL, or a redis-server started here). */
    redis: string;
  }
}

/**
 * Uses the Neo4j named by NEO4J_URI, or starts a throwaway local one (fresh data directory, free
 * port) for this run and stops it afterwards; the same for Redis (REDIS_URL, or Debian's
 * redis-server on a free port in a temp directory).
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  let dataDir: string | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-test-neo4j-"));
    // A killed test run cannot call the teardown below; Neo4j then stops itself.
    const local = await startThrowawayNeo4j(dataDir, {
      log: (line) => console.log(`[neo4j] ${line}`),
    });
    uri = local.uri;
  }
  let localRedis: LocalRedis | undefined;
  const redisUrl = process.env.REDIS_URL || undefined;
  if (!redisUrl) localRedis = await startLocalRedis();
  project.provide("redis", redisUrl ?? (localRedis as LocalRedis).url);
  project.provide("neo4j", {
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
  });
  return async () => {
    await localRedis?.stop();
    if (dataDir) {
      await stopLocalNeo4j(dataDir);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
