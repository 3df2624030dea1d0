import { describe, expect, it } from "vitest";
import { cypher } from "../../../src/graph/cypher.ts";
import { withHopBound } from "../../../src/graph/read/hops.ts";
import { MAX_PATH_HOPS } from "../../../src/graph/read/paths.ts";
import { MAX_SUBGRAPH_DEPTH } from "../../../src/graph/read/subgraph.ts";
import { periodStart } from "../../../src/graph/read/timeline.ts";
import { checkDateBound, checkDateRange } from "../../../src/graphql/types/analytics-args.ts";

describe("hop bounds of quantified path patterns", () => {
  it("narrows the ceiling written in the statement to the hops asked", () => {
    const paths = withHopBound(cypher("read/paths"), MAX_PATH_HOPS, 2);
    expect(paths.name).toBe("read/paths[2]");
    expect(paths.text).toContain("]-{1,2}(b)");
    expect(paths.text).not.toContain("{1,6}");
    const subgraph = withHopBound(cypher("read/subgraph-seeded-nodes"), MAX_SUBGRAPH_DEPTH, 1);
    expect(subgraph.text).toContain("{1,1}(n)");
    expect(withHopBound(cypher("read/paths"), MAX_PATH_HOPS, 2)).toBe(paths);
  });

  it("refuses hops outside 1..ceiling and statements without the ceiling", () => {
    expect(() => withHopBound(cypher("read/paths"), MAX_PATH_HOPS, 7)).toThrow(/1 to 6/);
    expect(() => withHopBound(cypher("read/paths"), MAX_PATH_HOPS, 0)).toThrow(/1 to 6/);
    expect(() => withHopBound(cypher("read/paths"), MAX_PATH_HOPS, 1.5)).toThrow(/integer/);
    expect(() => withHopBound(cypher("read/neighbours"), 3, 1)).toThrow(/exactly once/);
  });
});

describe("date arguments of the analytical queries", () => {
  it("takes a year, a month, a day or a date-time", () => {
    for (const value of ["2018", "2018-02", "2018-02-28", "2018-02-15T10:00:00Z"]) {
      expect(checkDateBound(value, "from")).toBe(value);
    }
    expect(checkDateBound(null, "from")).toBeNull();
  });

  it("refuses what is not a calendar date, naming the argument", () => {
    for (const value of ["2018-02-30", "2018-13", "18-02-15", "yesterday", "2018-2"]) {
      expect(() => checkDateBound(value, "to")).toThrow(/^to must be an ISO 8601 date/);
    }
  });

  it("refuses from after to, comparing at the precision of to", () => {
    expect(() => checkDateRange("2018-04-01", "2018-03")).toThrow("from (2018-04-01) is after to");
    expect(() => checkDateRange("2018-03-31", "2018-03")).not.toThrow();
    expect(() => checkDateRange("2018", "2018-12-31")).not.toThrow();
  });

  it("starts weeks on Monday and months on the first", () => {
    expect(periodStart("2018-03-04", "WEEK")).toBe("2018-02-26");
    expect(periodStart("2018-03-05", "WEEK")).toBe("2018-03-05");
    expect(periodStart("2018-03-31", "MONTH")).toBe("2018-03-01");
    expect(periodStart("2018-03-31", "DAY")).toBe("2018-03-31");
  });
});
