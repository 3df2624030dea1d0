import type { Driver } from "neo4j-driver";
import { afterAll, inject } from "vitest";
import { createDriver } from "../../src/graph/driver.ts";
import {
  createExecutor,
  type GraphExecutor,
  type QueryObserver,
} from "../../src/graph/executor.ts";

export interface TestGraph {
  driver: Driver;
  executor: GraphExecutor;
  /** Deletes every node and relationship (schema stays). */
  reset(): Promise<void>;
  /** Counts statements sent to Neo4j while `work` runs. */
  countRoundTrips<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; roundTrips: number; names: string[] }>;
}

/** Connects to the suite's Neo4j (global-setup.ts); the driver closes after the file. */
export function useTestGraph(): TestGraph {
  const settings = inject("neo4j");
  const driver = createDriver(settings);
  const names: string[] = [];
  let counting = false;
  const observer: QueryObserver = ({ name }) => {
    if (counting) names.push(name);
  };
  const executor = createExecutor(driver, { database: settings.database, observers: [observer] });
  afterAll(() => driver.close());
  return {
    driver,
    executor,
    async reset() {
      const session = driver.session({ database: settings.database });
      try {
        await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
      } finally {
        await session.close();
      }
    },
    async countRoundTrips(work) {
      names.length = 0;
      counting = true;
      try {
        const result = await work();
        return { result, roundTrips: names.length, names: [...names] };
      } finally {
        counting = false;
      }
    },
  };
}
