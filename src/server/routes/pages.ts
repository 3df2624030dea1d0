import type { AssetStore } from "./assets.ts";

/**
 * The pages a browser opens: the explorer and the three embeddable views. Each is a static HTML
 * file of src/server/explorer that loads its ES module from /assets/; the data comes from the
 * GraphQL API (and the map's from /export/geojson), fetched by the page itself.
 */
export const PAGES: Readonly<Record<string, { file: string; embed: boolean }>> = {
  "/explore": { file: "explore.html", embed: false },
  "/embed/neighbourhood": { file: "embed-neighbourhood.html", embed: true },
  "/embed/timeline": { file: "embed-timeline.html", embed: true },
  "/embed/map": { file: "embed-map.html", embed: true },
};

/**
 * The Content-Security-Policy of every page: scripts, styles, images and requests from this
 * server only (which is also what makes "works with no internet" hold), and framing allowed to
 * `frameAncestors`. Cytoscape.js sets element styles from script, hence 'unsafe-inline' for
 * styles only.
 */
export function pagePolicy(frameAncestors: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

export interface PageOptions {
  assets: AssetStore;
  /** CSP frame-ancestors of the embeddable views. */
  frameAncestors: string;
}

export function servePage(path: string, request: Request, options: PageOptions): Response | null {
  const page = PAGES[path];
  if (!page) return null;
  const asset = options.assets.page(page.file);
  // The explorer is a full application, not meant to sit in someone else's page.
  const ancestors = page.embed ? options.frameAncestors : "'self'";
  const headers = new Headers({
    "content-type": asset.mediaType,
    "content-security-policy": pagePolicy(ancestors),
    "x-content-type-options": "nosniff",
    // Embeds may carry an API key in their URL: never send it on as a Referer.
    "referrer-policy": "no-referrer",
    "cache-control": "no-cache",
    etag: asset.etag,
  });
  if (request.headers.get("if-none-match") === asset.etag) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === "HEAD" ? null : asset.body, { headers });
}

export function serveAsset(name: string, request: Request, assets: AssetStore): Response | null {
  const asset = assets.get(name);
  if (!asset) return null;
  const headers = new Headers({
    "content-type": asset.mediaType,
    "x-content-type-options": "nosniff",
    // Revalidated on each load (cheap: 304 by ETag), so a new version is never served stale.
    "cache-control": "no-cache",
    etag: asset.etag,
  });
  if (request.headers.get("if-none-match") === asset.etag) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === "HEAD" ? null : asset.body, { headers });
}
