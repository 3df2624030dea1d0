import type { Plugin } from "graphql-yoga";
import type { GraphExecutor } from "../../graph/executor.ts";
import { createSubgraphReads } from "../../graph/read/index.ts";
import { loadKnowledgeBase } from "../../kb/index.ts";
import { createAssetStore } from "./assets.ts";
import { kbCoordinates } from "./coordinates.ts";
import { EXPORT_PATH, errorResponse, serveExport } from "./export.ts";
import { FRAME_ANCESTORS_ENV, parseFrameAncestors } from "./frame-ancestors.ts";
import { PAGES, serveAsset, servePage } from "./pages.ts";

export { FRAME_ANCESTORS_ENV, parseFrameAncestors } from "./frame-ancestors.ts";
export { PAGES } from "./pages.ts";

export interface RoutesOptions {
  /** The graph the exports read (a child with the request timeout is made per export). */
  executor: GraphExecutor;
  /** Neo4j transaction timeout of each export statement. @default 15000 */
  queryTimeoutMs?: number;
  /**
   * CSP `frame-ancestors` of the /embed/* views, a space-separated source list.
   * @default process.env.NEWSGRAPH_FRAME_ANCESTORS, else `'self'`
   */
  frameAncestors?: string;
  /**
   * Decides whether a request may read the graph, by the same API key rules as GraphQL reads:
   * throws a NewsgraphError (UNAUTHENTICATED, FORBIDDEN) to refuse. Applies to /export/*; the
   * pages themselves hold no data (they ask the API, which checks the key).
   * @default every read allowed
   */
  authorizeRead?: (request: Request) => void | Promise<void>;
  /** Re-read the explorer's files on every request (for working on them). @default false */
  reloadAssets?: boolean;
  /** Where unexpected errors go. @default console.error */
  log?: (error: unknown) => void;
}

/**
 * The HTTP routes beside /graphql: the explorer (/explore), the embeddable views (/embed/…),
 * their assets (/assets/…) and the exports (/export/<format>). A Yoga plugin that answers these
 * paths in `onRequest` and lets every other request through to GraphQL.
 */
export function useRoutes(options: RoutesOptions): Plugin {
  const frameAncestors = parseFrameAncestors(
    options.frameAncestors ?? process.env[FRAME_ANCESTORS_ENV],
  );
  const assets = createAssetStore({ reload: options.reloadAssets ?? false });
  const reads = createSubgraphReads(
    options.executor.with({ timeoutMs: options.queryTimeoutMs ?? 15_000 }),
  );
  const coordinates = kbCoordinates(() => loadKnowledgeBase());
  const log = options.log ?? ((error: unknown) => console.error(error));

  async function route(request: Request, path: string): Promise<Response | null> {
    if (Object.hasOwn(PAGES, path)) return servePage(path, request, { assets, frameAncestors });
    if (path.startsWith("/assets/")) {
      return (
        serveAsset(path.slice("/assets/".length), request, assets) ??
        new Response("not found", { status: 404 })
      );
    }
    const exportMatch = EXPORT_PATH.exec(path);
    if (exportMatch) {
      try {
        await options.authorizeRead?.(withKeyFromQuery(request));
      } catch (error) {
        return errorResponse(error, log);
      }
      return serveExport(exportMatch[1] as string, request, reads, coordinates, log);
    }
    return null;
  }

  return {
    // Not async: a GraphQL request passes through synchronously (an async hook would make every
    // later hook of every request wait for a promise); only our own paths are awaited.
    onRequest({ request, url, endResponse }) {
      const path = url.pathname;
      if (!isOurs(path)) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(
          new Response("method not allowed", { status: 405, headers: { allow: "GET, HEAD" } }),
        );
        return;
      }
      return route(request, path).then((response) => {
        if (response) endResponse(response);
      });
    },
  };
}

/**
 * A download link or an iframe cannot set headers, so exports also take the key as `?key=`. It
 * is read as if sent in `Authorization`, and only when no header carries one. (Query strings end
 * up in logs: give such links a key that can only read.)
 */
function withKeyFromQuery(request: Request): Request {
  const key = new URL(request.url).searchParams.get("key");
  if (!key || request.headers.has("authorization") || request.headers.has("x-api-key")) {
    return request;
  }
  const headers = new Headers(request.headers);
  headers.set("authorization", `Bearer ${key}`);
  return new Request(request.url, { method: request.method, headers });
}

function isOurs(path: string): boolean {
  return Object.hasOwn(PAGES, path) || path.startsWith("/assets/") || path.startsWith("/export/");
}
