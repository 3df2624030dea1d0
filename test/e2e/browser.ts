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

/** Clicks a drawn node or edge where it is on the screen (an edge at its midpoint). */
export async function clickElement(page: Page, id: string) {
  const point = await page.evaluate((elementId) => {
    const cy = (globalThis as unknown as { newsgraph: { cy: CyLike } }).newsgraph.cy;
    const element = cy.getElementById(elementId);
    if (element.empty()) throw new Error(`nothing drawn with id ${elementId}`);
    const at = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** The part of Cytoscape's API these helpers use inside the page. */
interface CyElement {
  id(): string;
  data(key: string): unknown;
  empty(): boolean;
  isNode(): boolean;
  renderedPosition(): { x: number; y: number };
  renderedMidpoint(): { x: number; y: number };
}
interface CyCollection {
  map<T>(fn: (element: CyElement) => T): T[];
}
interface CyLike {
  nodes(selector?: string): CyCollection;
  edges(): CyCollection;
  getElementById(id: string): CyElement;
  container(): { getBoundingClientRect(): { left: number; top: number } };
}
