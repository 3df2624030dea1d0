// The comparison for the benchmark: @neo4j/graphql (a dev dependency) over the same stored graph,
// served by graphql-yoga on node:http, plain JavaScript. Its type definitions name every
// relationship type of the vocabulary (RELATION_TYPES, passed in by bench/queries.ts) in both
// directions between entities, so it can answer "an entity's relationships with their other
// ends" (benchmark query a without evidence) in one statement of its own.
import http from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const types = JSON.parse(process.env.RELATION_TYPES);
const camel = (type) => type.toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const fields = types
  .flatMap((type) => [
    `  ${camel(type)}Out: [Entity!]! @relationship(type: "${type}", direction: OUT)`,
    `  ${camel(type)}In: [Entity!]! @relationship(type: "${type}", direction: IN)`,
  ])
  .join("\n");
const typeDefs = `type Entity @node(labels: ["Entity"]) {
  id: ID!
  name: String!
${fields}
}`;

const driver = neo4j.driver(
  process.env.NEO4J_URI,
  neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD),
  { maxConnectionPoolSize: 50 },
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphiql: false,
  logging: false,
  context: () => ({ sessionConfig: { database: process.env.NEO4J_DATABASE } }),
});
const server = http.createServer(yoga);
server.listen(0, "127.0.0.1", () =>
  console.log(`neo4j-graphql server on http://127.0.0.1:${server.address().port}/graphql`),
);
