import { describe, expect, it } from "vitest";
import { cypher } from "../../src/graph/cypher.ts";
import { useTestGraph } from "../support/graph.ts";

describe("executor: work per statement", () => {
  const graph = useTestGraph();

  it("captures no stack trace when it runs a statement", async () => {
    // The driver's Result captures `new Error().stack` when created; V8 formats a stack through
    // Error.prepareStackTrace, so the hook sees every capture and where it comes from.
    const original = Error.prepareStackTrace;
    const captured: string[] = [];
    Error.prepareStackTrace = (error, stack) => {
      const frames = stack.map((f) => `${f.getFileName() ?? ""} ${f.getFunctionName() ?? ""}`);
      if (frames.some((f) => /neo4j-driver/.test(f))) captured.push(frames.join("\n"));
      return original ? original(error, stack) : `${error}`;
    };
    try {
      // A read (an auto-commit transaction) and a transaction of two statements and its commit.
      await graph.executor.read(cypher("read/entities-by-ids"), { ids: ["country:nowhere"] });
      await graph.executor.transaction("READ", async (tx) => {
        await tx.run(cypher("read/entities-by-ids"), { ids: ["country:nowhere"] });
        await tx.run(cypher("read/articles-by-ids"), { ids: ["nowhere"] });
      });
      expect(captured).toEqual([]);
      // Control: a statement run on the driver directly does capture one.
      const session = graph.driver.session();
      try {
        await session.executeRead((tx) => tx.run("RETURN 1"));
      } finally {
        await session.close();
      }
      expect(captured.length).toBeGreaterThan(0);
    } finally {
      Error.prepareStackTrace = original;
    }
  });

  it("still reports a failing statement's error: its name to the caller, Neo4j's text to the log", async () => {
    const logged: string[] = [];
    const executor = graph.executor.with({ onGraphError: (event) => logged.push(event.message) });
    await expect(
      executor.read({ name: "test/broken", text: "RETURN $missing + " }, {}),
    ).rejects.toThrow(/could not run test\/broken/);
    expect(logged.join("\n")).toMatch(/Invalid input|syntax/i);
  });
});
