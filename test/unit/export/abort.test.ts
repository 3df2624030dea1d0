import { afterEach, describe, expect, it } from "vitest";
import { toDownloadStream } from "../../../src/server/routes/export.ts";

/**
 * A client that aborts an export while its next chunk is being read from the graph: the stream
 * ends quietly (nothing logged, nothing unhandled) and the reading generator is closed.
 */
describe("aborting an export download", () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown) => unhandled.push(error);
  process.on("unhandledRejection", onUnhandled);
  afterEach(() => {
    process.off("unhandledRejection", onUnhandled);
  });

  it("drops the chunk in flight instead of failing with ERR_INVALID_STATE", async () => {
    let release!: () => void;
    const slowRead = new Promise<void>((resolve) => {
      release = resolve;
    });
    let closed = false;
    async function* chunks(): AsyncGenerator<string> {
      try {
        yield "second";
        await slowRead; // a batch being read from Neo4j
        yield "third";
        yield "fourth";
      } finally {
        closed = true;
      }
    }
    const logged: unknown[] = [];
    const generator = chunks();
    const stream = toDownloadStream({ done: false, value: "first" }, generator, (error) =>
      logged.push(error),
    );
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe("first");
    expect(decoder.decode((await reader.read()).value)).toBe("second");
    // The stream is now pulling "third", which waits for the read; the client goes away.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const cancelled = reader.cancel();
    release();
    await cancelled;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logged).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(closed).toBe(true);
  });
});
