import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";

/** The SDL committed as schema.graphql: sorted, so the file changes only when the API does. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
