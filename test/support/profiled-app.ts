import { loadConfig } from "../../src/config.ts";
import type { GraphExecutor } from "../../src/graph/executor.ts";
import { createApp } from "../../src/server/app.ts";

/**
 * The API over an executor that runs every statement under PROFILE, for the db-hit tests: the
 * caller observes `profiled` (`profiled.observe(({ name, dbHits }) => …)`) and sends requests
 * to `app`.
 */
export function createProfiledApp(executor: GraphExecutor) {
  const profiled = executor.with({ profile: true });
  const app = createApp({
    executor: profiled,
    config: loadConfig({ LOG_LEVEL: "silent" }),
    graphiql: false,
  });
  return { profiled, app };
}
