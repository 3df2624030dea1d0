/** Where a `newsgraph` child process finds Neo4j: the suite's (`inject("neo4j")`) or another. */
export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * The environment of a `newsgraph` child process (tests and benches): this process's, with
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE set to `neo4j`; `extra` adds or
 * overrides settings.
 */
export function neo4jEnv(
  neo4j: Neo4jSettings,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    ...extra,
  };
}
