// The benchmark's baseline: the same Cypher the GraphQL server sends for each benchmark query,
// run by a minimal node:http server on the driver alone (no GraphQL, no loaders, no TypeScript
// loader). bench/queries.ts records each query's statements (text and parameters) from the
// GraphQL server and passes them in RAW_STATEMENTS; GET /<query> runs them one after another,
// each in its own auto-commit read transaction with the server's query timeout, as the executor's
// `read` does (src/graph/executor.ts), and answers the rows as JSON.
import { readFileSync } from "node:fs";
import http from "node:http";
import neo4j from "neo4j-driver";

const statements = JSON.parse(readFileSync(process.env.RAW_STATEMENTS, "utf8"), (_, value) =>
  value && typeof value === "object" && "$int" in value ? neo4j.int(value.$int) : value,
);
const driver = neo4j.driver(
  process.env.NEO4J_URI,
  neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD),
  { disableLosslessIntegers: true, maxConnectionPoolSize: 50 },
);

// The server's default QUERY_TIMEOUT_MS (src/config.ts), sent with each transaction as it does.
const QUERY_TIMEOUT_MS = Number(process.env.QUERY_TIMEOUT_MS || 15_000);

async function run(list) {
  const results = [];
  for (const { text, params } of list) {
    const session = driver.session({
      database: process.env.NEO4J_DATABASE,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const result = await session.run(text, params, { timeout: QUERY_TIMEOUT_MS });
      results.push(result.records.map((record) => record.toObject()));
    } finally {
      await session.close();
    }
  }
  return results;
}

const server = http.createServer(async (request, response) => {
  const list = statements[request.url.slice(1)];
  if (!list) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = JSON.stringify(await run(list));
    response.writeHead(200, { "content-type": "application/json" }).end(body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(0, "127.0.0.1", () =>
  console.log(`raw server on http://127.0.0.1:${server.address().port}`),
);
