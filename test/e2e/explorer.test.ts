import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickElement, drawn, useBrowserSuite } from "./browser.ts";

/**
 * The explorer (/explore) in headless Chromium: search an entity, see its neighbourhood drawn,
 * click a node to expand it, read a relationship's evidence, filter, and export what is drawn.
 * What is drawn is compared with the API's `subgraph` answer for the same selection.
 */

interface SubgraphIds {
  subgraph: { nodes: { id: string; type: string }[]; edges: { id: string }[] };
}

const SUBGRAPH = `query($seeds: [ID!], $entityTypes: [EntityType!], $from: String) {
  subgraph(seeds: $seeds, depth: 1, entityTypes: $entityTypes, from: $from, limit: 400) {
    nodes { id type } edges { id }
  }
}`;

const idle = (page: Page) =>
  page.evaluate(
    () => (globalThis as unknown as { newsgraph: { idle: Promise<void> } }).newsgraph.idle,
  );

describe("the explorer in Chromium", () => {
  const suite = useBrowserSuite();

  it("searches, draws, expands on click, shows evidence, filters and exports what it draws", async () => {
    const page = await suite.page();
    await page.goto(`${suite.server.url}/explore`);
    expect(await page.title()).toBe("newsgraph explorer");

    // Search by an alias in another language.
    await page.fill("#search", "NAVO");
    const option = page
      .locator('#search-results [role="option"]')
      .filter({ has: page.locator(".name", { hasText: /^NATO$/ }) });
    await option.waitFor();
    const names = await page.locator('#search-results [role="option"] .name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(["NATO", "NATO Mission Iraq"]));
    await suite.screenshot(page, "explorer-search");
    await option.click();
    await page.waitForFunction(() =>
      /entities/.test(document.getElementById("status")?.textContent ?? ""),
    );
    await idle(page);

    const nato = await suite.graphql<SubgraphIds>(SUBGRAPH, { seeds: ["organisation:nato"] });
    const first = await drawn(page);
    expect(first.nodes.sort()).toEqual(nato.subgraph.nodes.map((n) => n.id).sort());
    expect(first.edges.sort()).toEqual(nato.subgraph.edges.map((e) => e.id).sort());
    expect(first.nodes.length).toBeGreaterThan(5);
    expect(first.labels).toEqual(expect.arrayContaining(["NATO", "NATO Mission Iraq", "Canada"]));
    expect(await page.textContent("#status")).toBe(
      `${first.nodes.length} entities, ${first.edges.length} relationships`,
    );
    expect(await page.textContent("#details h2")).toBe("NATO");
    expect(new URL(page.url()).searchParams.get("entity")).toBe("organisation:nato");

    // Click a neighbour: it is selected and its own neighbours are drawn.
    await clickElement(page, "mission:nato-mission-iraq");
    await page.waitForFunction(() =>
      (
        globalThis as unknown as {
          newsgraph: { cy: { getElementById(id: string): { hasClass(c: string): boolean } } };
        }
      ).newsgraph.cy
        .getElementById("mission:nato-mission-iraq")
        .hasClass("expanded"),
    );
    await idle(page);
    const both = await suite.graphql<SubgraphIds>(SUBGRAPH, {
      seeds: ["organisation:nato", "mission:nato-mission-iraq"],
    });
    const expanded = await drawn(page);
    expect(expanded.nodes.sort()).toEqual(both.subgraph.nodes.map((n) => n.id).sort());
    expect(expanded.nodes.length).toBeGreaterThan(first.nodes.length);
    expect(expanded.labels).toEqual(expect.arrayContaining(["Baghdad", "Taji", "Basmaya"]));
    expect(expanded.expanded.sort()).toEqual(["mission:nato-mission-iraq", "organisation:nato"]);
    await page.waitForFunction(
      () => document.querySelector("#details h2")?.textContent === "NATO Mission Iraq",
    );
    expect(await page.isDisabled("#details button:has-text('Expanded')")).toBe(true);
    await suite.screenshot(page, "explorer-expanded");

    // Click a relationship: the sentence that states it and its article's title.
    // The layout may still settle after the expansion, so a click that selected a neighbouring
    // element is tried again (at most three times) before the assertions below.
    for (let attempt = 1; ; attempt++) {
      await clickElement(page, "HEADQUARTERED_IN:mission:nato-mission-iraq->location:baghdad");
      const shown = await page
        .waitForFunction(
          () => document.querySelector("#details .kind")?.textContent === "HEADQUARTERED_IN",
          undefined,
          { timeout: 5_000 },
        )
        .then(
          () => true,
          () => false,
        );
      if (shown || attempt === 3) break;
    }
    await page.locator("#details .evidence blockquote").first().waitFor();
    expect(await page.textContent("#details .kind")).toBe("HEADQUARTERED_IN");
    expect(await page.locator("#details .evidence blockquote").allTextContents()).toContain(
      "De NAVO-missie in Irak heeft een eigen hoofdkwartier in Bagdad.",
    );
    expect(await page.locator("#details .evidence .title").allTextContents()).toContain(
      "Meerderheid Kamer steunt deelname nieuwe NAVO-missie Irak",
    );
    await suite.screenshot(page, "explorer-evidence");

    // Filter out people: asked of the server again; no Person left in the drawing.
    await page.uncheck('#entity-filters input[value="Person"]');
    await idle(page);
    const types = Object.values(
      Object.fromEntries(
        (await page.evaluate(() =>
          (
            globalThis as unknown as {
              newsgraph: {
                cy: {
                  nodes(): { map<T>(f: (n: { id(): string; data(k: string): string }) => T): T[] };
                };
              };
            }
          ).newsgraph.cy
            .nodes()
            .map((n) => [n.id(), n.data("type")]),
        )) as [string, string][],
      ),
    );
    expect(types).not.toContain("Person");
    expect(types.length).toBeGreaterThan(3);

    // Only what was stated from 2019 on: the drawing is the API's answer for that date.
    await page.fill("#date-from", "2019-01-01");
    await idle(page);
    const recent = await suite.graphql<SubgraphIds>(SUBGRAPH, {
      seeds: ["organisation:nato", "mission:nato-mission-iraq"],
      entityTypes: ["Organisation", "Country", "Location", "Mission", "Asset", "Event"],
      from: "2019-01-01",
    });
    expect((await drawn(page)).edges.sort()).toEqual(recent.subgraph.edges.map((e) => e.id).sort());
    expect(new URL(page.url()).searchParams.get("from")).toBe("2019-01-01");

    // The export links reproduce the drawing.
    await page.fill("#date-from", "");
    await idle(page);
    const now = await drawn(page);
    const href = await page.getAttribute('#export-links a[data-format="cytoscape"]', "href");
    const exported = (await (await fetch(new URL(href ?? "", page.url()))).json()) as {
      elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string } }[] };
    };
    expect(exported.elements.nodes.map((n) => n.data.id).sort()).toEqual(now.nodes.sort());
    expect(exported.elements.edges.map((e) => e.data.id).sort()).toEqual(now.edges.sort());

    // Everything came from this server: it works with no internet.
    expect(page.outside).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("opens a shared link with its entity, expansions and filters", async () => {
    const page = await suite.page();
    await page.goto(
      `${suite.server.url}/explore?entity=country:netherlands&expand=organisation:nato&relationTypes=PROVIDES,MEMBER_OF`,
    );
    await page.waitForFunction(() =>
      /entities/.test(document.getElementById("status")?.textContent ?? ""),
    );
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { newsgraph: { cy: { nodes(s: string): { length: number } } } }
        ).newsgraph.cy.nodes(".expanded").length === 2,
    );
    await idle(page);
    const view = await drawn(page);
    const edgeTypes = new Set(view.edges.map((id) => id.split(":")[0]));
    expect([...edgeTypes].sort()).toEqual(["MEMBER_OF", "PROVIDES"]);
    expect(view.labels).toEqual(
      expect.arrayContaining(["Netherlands", "NATO", "F-16 (Netherlands)"]),
    );
    expect(await page.isChecked('#relation-filters input[value="SUPPORTS"]')).toBe(false);
    expect(await page.isChecked('#relation-filters input[value="PROVIDES"]')).toBe(true);
    await suite.screenshot(page, "explorer-shared-link");
    await page.close();
  });
});
