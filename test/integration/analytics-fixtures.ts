import { fileURLToPath } from "node:url";
import type { TestGraph } from "../support/graph.ts";
import { loadGraph, readFixtures } from "./graphql-client.ts";

/**
 * The analytics fixtures (test/fixtures/analytics, built by its build.ts): five dated articles
 * whose answers are known by hand. The expected values in analytics-*.test.ts are read off that
 * graph; the README beside the fixtures draws it.
 */
export const ANALYTICS_FIXTURES = fileURLToPath(new URL("../fixtures/analytics/", import.meta.url));

export function loadAnalyticsGraph(graph: TestGraph) {
  return loadGraph(graph, readFixtures(ANALYTICS_FIXTURES));
}

/** Entity ids of the fixtures, as entityId() makes them. */
export const ID = {
  netherlands: "country:netherlands",
  belgium: "country:belgium",
  jordan: "country:jordan",
  iraq: "country:iraq",
  kamer: "organisation:tweede-kamer",
  nato: "organisation:nato",
  eu: "organisation:european-union",
  daesh: "organisation:daesh",
  nmi: "mission:nato-mission-iraq",
  air: "mission:air-campaign",
  advisersNl: "asset:military-advisers-netherlands",
  advisersBe: "asset:military-advisers-belgium",
  f16Nl: "asset:f-16-netherlands",
  f16Be: "asset:f-16-belgium",
  baghdad: "location:baghdad",
  bijleveld: "person:ank-bijleveld",
} as const;
