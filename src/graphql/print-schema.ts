import { fileURLToPath } from "node:url";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";

/** The SDL committed as schema.graphql: sorted, so the file changes only when the API does. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The committed schema file at the repository root. */
export const SCHEMA_FILE = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
