import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// graphql ships CJS (main) and ESM (module) builds. Node gives every package (Pothos, Yoga) the
// CJS one, Vite would give test and source files the ESM one: two graphql instances, and graphql
// refuses schema objects from "another realm". One instance, as in production.
const resolve = { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          // The first test of a file that extracts with the shipped knowledge base builds it
          // (seconds on a loaded machine); no test is timed, so the default 5 s is only a hang guard.
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          // One Neo4j Community holds one user database, so files that write to it run one at a
          // time; each file resets the graph first (test/support/graph.ts), so order never matters.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
