import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/server/app.ts";
import { type HttpServer, startHttpServer } from "../../src/server/http.ts";
import {
  API_FIXTURES,
  loadGraph,
  readFixtures,
  SAMPLE_FIXTURES,
} from "../integration/graphql-client.ts";
import { type TestGraph, useTestGraph } from "../support/graph.ts";

/**
 * Browser tests: the real server on a free port over the suite's Neo4j, holding the sample
 * articles and the dated API fixtures, driven by Debian's Chromium through playwright-core (no
 * downloaded browser). Screenshots go to test-artifacts/ (gitignored).
 */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));

export type TestPage = Page & { outside: string[]; errors: string[] };

export interface BrowserSuite {
  graph: TestGraph;
  /** Set in beforeAll. */
  server: HttpServer;
  browser: Browser;
  /**
   * A new page; requests that leave the server's origin are recorded in `outside`, uncaught
   * script errors in `errors`.
   */
  page(viewport?: { width: number; height: number }): Promise<TestPage>;
  /** A GraphQL query against the same server. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  screenshot(page: Page, name: string): Promise<string>;
}

export function useBrowserSuite(env: Record<string, string> = {}): BrowserSuite {
  const graph = useTestGraph();
  const suite = { graph } as BrowserSuite;
  const pages: Page[] = [];

  beforeAll(async () => {
    await loadGraph(graph, [...readFixtures(SAMPLE_FIXTURES), ...readFixtures(API_FIXTURES)]);
    const app = createApp({
      executor: graph.executor,
      config: loadConfig({ LOG_LEVEL: "silent", ...env }),
      graphiql: false,
    });
    suite.server = await startHttpServer(app, { port: 0, host: "127.0.0.1" });
    suite.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });

  suite.page = async (viewport = { width: 1400, height: 850 }) => {
    const page = (await suite.browser.newPage({ viewport })) as TestPage;
    page.outside = [];
    const origin = new URL(suite.server.url).origin;
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) page.outside.push(url);
    });
    page.errors = [];
    page.on("pageerror", (error) => page.errors.push(error.message));
    pages.push(page);
    return page;
  };

  suite.graphql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${suite.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  suite.screenshot = async (page, name) => {
    const file = path.join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
  };

  return suite;
}

/** What Cytoscape has drawn: node ids and labels, edge ids. */
export async function drawn(page: Page) {
  return page.evaluate(() => {
    const cy = (globalThis as unknown as { newsgraph: { cy: CyLike } }).newsgraph.cy;
    return {
      nodes: cy.nodes().map((n) => n.id()),
      labels: cy.nodes().map((n) => String(n.data("label"))),
      edges: cy.edges().map((e) => e.id()),
      expanded: cy.nodes(".expanded").map((n) => n.id()),
    };
  });
}

/**
 * Clicks a drawn node or edge where it is on the screen: a node at its centre, an edge at the
 * first point along it (from the midpoint outwards) where it is the element a click there hits.
 * The force layout starts from random positions, so another edge or a node's label sometimes
 * covers an edge's midpoint; clicking there would select that one instead.
 */
export async function clickElement(page: Page, id: string) {
  const point = await page.evaluate((elementId) => {
    const cy = (globalThis as unknown as { newsgraph: { cy: CyLike } }).newsgraph.cy;
    const element = cy.getElementById(elementId);
    if (element.empty()) throw new Error(`nothing drawn with id ${elementId}`);
    const zoom = cy.zoom();
    const pan = cy.pan();
    // An edge is clicked where nothing else is nearer: the layout is random, so another edge
    // may cross its middle. Points from the middle outwards, every twentieth of its length.
    const along = [10, 9, 11, 8, 12, 7, 13, 6, 14, 5, 15, 4, 16, 3, 17, 2, 18].map((i) => i / 20);
    const candidates = element.isNode()
      ? [element.position()]
      : along.map((t) => {
          const from = element.sourceEndpoint();
          const to = element.targetEndpoint();
          return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
        });
    const hit = candidates.find(
      (p) => cy.renderer().findNearestElement(p.x, p.y, true, false)?.id() === elementId,
    );
    if (!hit) {
      // Covered everywhere (rare with a random layout): tap it the way a click would.
      element.emit("tap");
      return null;
    }
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + pan.x + hit.x * zoom, y: box.top + pan.y + hit.y * zoom };
  }, id);
  if (point) await page.mouse.click(point.x, point.y);
}

/** The part of Cytoscape's API these helpers use inside the page. */
interface CyElement {
  id(): string;
  data(key: string): unknown;
  empty(): boolean;
  isNode(): boolean;
  emit(event: string): void;
  position(): { x: number; y: number };
  sourceEndpoint(): { x: number; y: number };
  targetEndpoint(): { x: number; y: number };
}
interface CyCollection {
  map<T>(fn: (element: CyElement) => T): T[];
}
interface CyLike {
  nodes(selector?: string): CyCollection;
  edges(): CyCollection;
  getElementById(id: string): CyElement;
  container(): { getBoundingClientRect(): { left: number; top: number } };
  zoom(): number;
  pan(): { x: number; y: number };
  /** The renderer's hit test, in model coordinates (what a click at that point selects). */
  renderer(): {
    findNearestElement(
      x: number,
      y: number,
      interactive: boolean,
      touch: boolean,
    ): CyElement | null;
  };
}
