import os from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * Every setting newsgraph reads from the environment, validated once at start. Variable names are
 * the same for `npm start`, the CLI, the tests and docker-compose.yml.
 */
const EnvSchema = z.object({
  /** Bolt URI of an existing Neo4j. When unset, a local Neo4j is started (see src/neo4j-local). */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8).default("newsgraph-local"),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  /** Bolt port of the local Neo4j that newsgraph starts itself. */
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** Data directory of the local Neo4j. */
  NEO4J_LOCAL_DATA: z.string().optional(),
  /** Where downloads (Neo4j jars) and the compiled launcher are cached, outside the repository. */
  NEWSGRAPH_CACHE_DIR: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  /** Per-request transaction timeout, milliseconds; reaches Neo4j as the transaction timeout. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  readonly neo4j: {
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string;
    readonly database: string;
  };
  readonly local: { readonly port: number; readonly dataDir: string; readonly cacheDir: string };
  readonly server: {
    readonly port: number;
    readonly host: string;
    readonly queryTimeoutMs: number;
  };
  readonly logLevel: Env["LOG_LEVEL"];
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in a .env file with `NEO4J_URI=`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid environment: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const cacheRoot = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache");
  return Object.freeze({
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    }),
    local: Object.freeze({
      port: e.NEO4J_LOCAL_PORT,
      dataDir: path.resolve(e.NEO4J_LOCAL_DATA ?? ".neo4j"),
      cacheDir: path.resolve(e.NEWSGRAPH_CACHE_DIR ?? path.join(cacheRoot, "newsgraph")),
    }),
    server: Object.freeze({
      port: e.PORT,
      host: e.HOST,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    }),
    logLevel: e.LOG_LEVEL,
  });
}
