import { describe, expect, inject, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { cypher } from "../../src/graph/cypher.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { useTestGraph } from "../support/graph.ts";

/**
 * A new database's first ingest plans the write statements on an empty graph, and Neo4j keeps
 * those plans until its statistics have moved enough for a replan (10 s after planning at the
 * earliest). A lookup the planner costs by statistics can then be planned as a scan, which is
 * free on an empty graph and grows with it: apply-relationship-summaries' lookup by element id
 * was a scan of every relationship per row (with replanning off, 21 → 57 ms per article over a
 * fresh Neo4j's first 1,500 articles; docs/benchmarks.md, 2026-12-06 18:00). Planned with the
 * statistics of an empty graph (`replan=force` on the reset graph), no write statement may read
 * by a scan: every lookup is a seek, whatever the graph held when the plan was made.
 *
 * The statements a batch of new articles sends (and those that update and clean after a changed
 * article's batch) are kept as first planned (`CYPHER replan=skip`): their empty-graph plans are
 * the populated graph's (docs/benchmarks.md, 2026-12-07), and replanning them as a load from
 * empty grows the graph only cost Neo4j's CPU.
 */
const KEPT_PLANS = /^CYPHER replan=skip\n/;

/** The statement as Neo4j plans it afresh: its own options line replaced. */
const explainAfresh = (text: string) =>
  `CYPHER replan=force EXPLAIN ${text.replace(KEPT_PLANS, "")}`;

const WRITE_STATEMENTS = [
  "article/find-hash",
  "ingest/find-redirects",
  "article/upsert",
  "article/detach-content",
  "ingest/create-articles",
  "ingest/merge-entities",
  "ingest/merge-relationships",
  "ingest/create-evidence",
  "ingest/summarise-relationships",
  "ingest/apply-relationship-summaries",
  "ingest/delete-orphans",
];

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function operators(plan: PlanNode): PlanNode[] {
  return [plan, ...plan.children.flatMap(operators)];
}

describe("write plans made on an empty graph", () => {
  const graph = useTestGraph();

  it("read by seeks, never by a scan that grows with the graph", async () => {
    await graph.reset();
    await migrate(graph.executor);
    const scans: string[] = [];
    const session = graph.driver.session({ database: inject("neo4j").database });
    try {
      for (const name of WRITE_STATEMENTS) {
        const result = await session.run(explainAfresh(cypher(name).text));
        const plan = result.summary.plan as unknown as PlanNode;
        expect(plan, name).toBeTruthy();
        for (const op of operators(plan)) {
          if (/Scan/.test(op.operatorType)) {
            scans.push(`${name}: ${op.operatorType} ${String(op.arguments.Details ?? "")}`);
          }
        }
      }
    } finally {
      await session.close();
    }
    expect(scans).toEqual([]);
  });

  it("keeps the first plan of every statement a batch sends (replan=skip)", async () => {
    await graph.reset();
    await migrate(graph.executor);
    const repo = createArticleRepository(graph.executor);
    // planBulkWrite sends every statement a batch sends (test/integration/ingest-bulk.test.ts).
    const { names } = await graph.countRoundTrips(() => repo.planBulkWrite());
    expect(names.length).toBeGreaterThanOrEqual(7);
    const kept = [
      ...new Set([...names, "ingest/summarise-relationships", "ingest/delete-orphans"]),
    ];
    for (const name of kept) expect(cypher(name).text, name).toMatch(KEPT_PLANS);
    expect(kept.every((name) => WRITE_STATEMENTS.includes(name))).toBe(true);
  });
});
