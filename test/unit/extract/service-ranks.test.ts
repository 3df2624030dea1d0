import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped, shippedExtractor } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  shippedExtractor();
}, 60_000);

describe("U.S. services before ranks after an office (eighth round)", () => {
  it("'Chairman of the Joint Chiefs of Staff Army Gen. X': X leads the Joint Chiefs; 'Army Gen' is no person", () => {
    const r = extractShipped(
      "Chairman of the Joint Chiefs of Staff Army Gen. Carl B. Hendricks will host the meeting.",
      "en",
    );
    expect(r.has("Carl Hendricks", "LEADS", "Joint Chiefs of Staff")).toBe(true);
    expect(r.names).not.toContain("Person:Army Gen");
  });

  it("'Press Secretary Air Force Brig. Gen. X': no force named 'Press Secretary Air Force'", () => {
    const r = extractShipped(
      "The plan works, said Pentagon Press Secretary Air Force Brig. Gen. Dana Whitfield at a briefing today.",
      "en",
    );
    expect(r.names).toContain("Person:Dana Whitfield");
    expect(r.names.filter((n) => n.startsWith("Organisation:"))).toEqual([]);
  });
});
