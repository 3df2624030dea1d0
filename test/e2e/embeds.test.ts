import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/server/app.ts";
import { startHttpServer } from "../../src/server/http.ts";
import { parseFrameAncestors } from "../../src/server/routes/index.ts";
import { clickElement, drawn, useBrowserSuite } from "./browser.ts";

/**
 * The embeddable views in headless Chromium: what each draws for its URL parameters, clicking
 * through to evidence, and who may frame them (Content-Security-Policy frame-ancestors).
 */

const ready = (page: Page) => page.waitForSelector("body[data-state=ready]", { timeout: 20_000 });

describe("embeddable views in Chromium", () => {
  const suite = useBrowserSuite();

  it("draws an entity's neighbourhood, with a legend, and the evidence of a clicked relationship", async () => {
    const page = await suite.page({ width: 900, height: 560 });
    await page.goto(`${suite.server.url}/embed/neighbourhood?entity=mission:nato-mission-iraq`);
    await ready(page);
    const expected = await suite.graphql<{
      subgraph: { nodes: { id: string; type: string }[]; edges: { id: string }[] };
    }>(`{ subgraph(seeds: ["mission:nato-mission-iraq"], depth: 1, limit: 150) {
      nodes { id type } edges { id }
    } }`);
    const view = await drawn(page);
    expect(view.nodes.sort()).toEqual(expected.subgraph.nodes.map((n) => n.id).sort());
    expect(view.edges.sort()).toEqual(expected.subgraph.edges.map((e) => e.id).sort());
    expect(view.labels).toEqual(expect.arrayContaining(["NATO Mission Iraq", "Baghdad", "NATO"]));
    expect(await page.textContent("h1")).toBe("NATO Mission Iraq");
    const legend = await page.locator("#legend li").allTextContents();
    expect(legend.sort()).toEqual([...new Set(expected.subgraph.nodes.map((n) => n.type))].sort());
    await suite.screenshot(page, "embed-neighbourhood");

    await clickElement(page, "HEADQUARTERED_IN:mission:nato-mission-iraq->location:baghdad");
    await page.locator(".popup .evidence blockquote").first().waitFor();
    expect(await page.locator(".popup .evidence blockquote").allTextContents()).toContain(
      "De NAVO-missie in Irak heeft een eigen hoofdkwartier in Bagdad.",
    );
    await suite.screenshot(page, "embed-neighbourhood-evidence");
    expect(page.outside).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("filters the neighbourhood by the URL's types and depth", async () => {
    const page = await suite.page({ width: 900, height: 560 });
    await page.goto(
      `${suite.server.url}/embed/neighbourhood?name=Netherlands&depth=2&types=Country,Location&legend=0`,
    );
    await ready(page);
    const view = await drawn(page);
    const types = await page.evaluate(() =>
      (
        globalThis as unknown as {
          newsgraph: { cy: { nodes(): { map<T>(f: (n: { data(k: string): string }) => T): T[] } } };
        }
      ).newsgraph.cy
        .nodes()
        .map((n) => n.data("type")),
    );
    expect(new Set(types)).toEqual(new Set(["Country", "Location"]));
    expect(view.labels).toEqual(expect.arrayContaining(["Netherlands", "Belgium"]));
    expect(await page.isHidden("#legend")).toBe(true);
    await page.close();
  });

  it("draws an entity's timeline: its articles and, per relationship, when it was stated", async () => {
    const data = await suite.graphql<{
      entity: {
        articles: { edges: { node: { publishedAt: string | null } }[] };
        relationships: { edges: { node: { evidence: { publishedAt: string | null }[] } }[] };
      };
    }>(`{ entity(id: "country:netherlands") {
      articles(first: 100) { edges { node { publishedAt } } }
      relationships(first: 100) { edges { node { evidence(first: 20) { publishedAt } } } }
    } }`);
    const datedArticles = data.entity.articles.edges.filter((e) => e.node.publishedAt).length;
    const datedRelationships = data.entity.relationships.edges.filter((e) =>
      e.node.evidence.some((evidence) => evidence.publishedAt),
    ).length;
    expect(datedArticles).toBe(3);
    expect(datedRelationships).toBeGreaterThan(3);

    const page = await suite.page({ width: 900, height: 420 });
    await page.goto(`${suite.server.url}/embed/timeline?entity=country:netherlands`);
    await ready(page);
    expect(await page.locator(".article-dot").count()).toBe(datedArticles);
    expect(await page.locator(".relation-row").count()).toBe(datedRelationships);
    const rows = await page.locator(".relation-row .row-label").allTextContents();
    expect(rows.map((row) => row.replace(/…$/, ""))).toEqual(
      expect.arrayContaining(["provides F-16 (Netherlands)", "participates in NATO Mission Iraq"]),
    );
    expect(await page.locator(".axis text").allTextContents()).toEqual(
      expect.arrayContaining(["Oct 2018"]),
    );
    await suite.screenshot(page, "embed-timeline");

    await page
      .locator(
        '.relation-row[data-relationship="PROVIDES:country:netherlands->asset:f-16-netherlands"]',
      )
      .click();
    await page.locator(".popup .evidence blockquote").first().waitFor();
    // Newest first; the sample article that states it too gives no offsets (so no sentence).
    expect(await page.locator(".popup .evidence blockquote").allTextContents()).toEqual([
      "The Netherlands will keep 4 F-16s in the air campaign against ISIS until the end of 2019.",
      "The Netherlands will send 4 F-16s to the air campaign against ISIS.",
      "(the article states it without a sentence offset)",
    ]);
    expect(page.outside).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("maps the places near an entity over the bundled world outline, with no tile server", async () => {
    const geojson = (await (
      await fetch(`${suite.server.url}/export/geojson?seed=country:netherlands&depth=2&limit=500`)
    ).json()) as { features: { id: string; properties: { element: string; name: string } }[] };
    const places = geojson.features.filter((f) => f.properties.element === "node");
    const lines = geojson.features.filter((f) => f.properties.element === "edge");
    expect(places.length).toBeGreaterThan(5);

    const page = await suite.page({ width: 900, height: 560 });
    await page.goto(`${suite.server.url}/embed/map?entity=country:netherlands`);
    await ready(page);
    expect(await page.locator(".map-view .country").count()).toBeGreaterThan(150);
    expect(
      (
        await page
          .locator(".map-view .point")
          .evaluateAll((points) => points.map((p) => p.getAttribute("data-entity")))
      ).sort(),
    ).toEqual(places.map((p) => p.id).sort());
    expect(await page.locator(".map-view .link").count()).toBe(lines.length);
    expect(await page.locator(".map-view .place-label").allTextContents()).toEqual(
      expect.arrayContaining(["Netherlands", "Baghdad"]),
    );
    expect(await page.textContent(".attribution")).toContain("Natural Earth");
    await suite.screenshot(page, "embed-map");

    await page.locator('.map-view .point[data-entity="location:baghdad"]').click();
    await page.waitForSelector(".popup h2");
    expect(await page.textContent(".popup h2")).toBe("Baghdad");
    expect(page.outside).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("says so in the frame when an entity is unknown", async () => {
    const page = await suite.page({ width: 600, height: 300 });
    await page.goto(`${suite.server.url}/embed/timeline?entity=country:atlantis`);
    await page.waitForSelector("body[data-state=empty]");
    expect(await page.textContent(".message")).toBe("No entity country:atlantis in the graph.");
    await page.goto(`${suite.server.url}/embed/map?types=Planet`);
    await page.waitForSelector("body[data-state=error]");
    expect(await page.textContent(".message")).toMatch(/types: unknown type Planet/);
    await page.close();
  });

  it("may be framed by the origins NEWSGRAPH_FRAME_ANCESTORS allows, and by no other", async () => {
    const embed = await fetch(`${suite.server.url}/embed/map`);
    expect(embed.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");

    // A dashboard on another origin (another port) that frames the neighbourhood view.
    const dashboard = http.createServer((request, response) => {
      const target = new URL(request.url ?? "/", "http://x").searchParams.get("src") ?? "";
      response.setHeader("content-type", "text/html");
      response.end(
        `<!doctype html><title>dashboard</title><iframe src="${target}" width="800" height="500"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => dashboard.listen(0, "127.0.0.1", resolve));
    const dashboardOrigin = `http://127.0.0.1:${(dashboard.address() as AddressInfo).port}`;

    const previous = process.env.NEWSGRAPH_FRAME_ANCESTORS;
    process.env.NEWSGRAPH_FRAME_ANCESTORS = `'self' ${dashboardOrigin}`;
    const open = await startHttpServer(
      createApp({
        executor: suite.graph.executor,
        config: loadConfig({ LOG_LEVEL: "silent" }),
        graphiql: false,
      }),
      { port: 0, host: "127.0.0.1" },
    );
    if (previous === undefined) delete process.env.NEWSGRAPH_FRAME_ANCESTORS;
    else process.env.NEWSGRAPH_FRAME_ANCESTORS = previous;

    const frameState = async (server: string) => {
      const page = await suite.page({ width: 900, height: 600 });
      const refused: string[] = [];
      page.on("console", (message) => {
        if (/frame-ancestors/.test(message.text())) refused.push(message.text());
      });
      const src = `${server}/embed/neighbourhood?entity=country:netherlands`;
      await page.goto(`${dashboardOrigin}/?src=${encodeURIComponent(src)}`);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      const state = await frame
        ?.waitForSelector("body[data-state=ready]", { timeout: 8_000 })
        .then(() => "ready")
        .catch(() => "blocked");
      if (state === "ready") await suite.screenshot(page, "embed-in-dashboard");
      await page.close();
      return { state, refused: refused.length > 0 };
    };

    try {
      expect(await frameState(suite.server.url)).toEqual({ state: "blocked", refused: true });
      expect(await frameState(open.url)).toEqual({ state: "ready", refused: false });
    } finally {
      await open.close();
      await new Promise((resolve) => dashboard.close(resolve));
    }
  });

  it("reads NEWSGRAPH_FRAME_ANCESTORS as a CSP source list and refuses anything else by name", () => {
    expect(parseFrameAncestors(undefined)).toBe("'self'");
    expect(parseFrameAncestors("  ")).toBe("'self'");
    expect(parseFrameAncestors("self https://grafana.example.org https://*.example.com:8443")).toBe(
      "'self' https://grafana.example.org https://*.example.com:8443",
    );
    expect(parseFrameAncestors("'none'")).toBe("'none'");
    expect(() => parseFrameAncestors("'self' grafana.example.org;script-src")).toThrow(
      /"grafana.example.org;script-src" is not a CSP source/,
    );
    expect(() => parseFrameAncestors("'none' 'self'")).toThrow(/'none' cannot be combined/);
    const previous = process.env.NEWSGRAPH_FRAME_ANCESTORS;
    process.env.NEWSGRAPH_FRAME_ANCESTORS = "http://ok.example.org <script>";
    try {
      expect(() =>
        createApp({
          executor: suite.graph.executor,
          config: loadConfig({ LOG_LEVEL: "silent" }),
        }),
      ).toThrow(/NEWSGRAPH_FRAME_ANCESTORS: "<script>" is not a CSP source/);
    } finally {
      if (previous === undefined) delete process.env.NEWSGRAPH_FRAME_ANCESTORS;
      else process.env.NEWSGRAPH_FRAME_ANCESTORS = previous;
    }
  });
});
