import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderWorldOutline } from "./world.ts";

/**
 * The files the explorer and the embedded views load, all from this server: the pages work with
 * no internet. Every servable path is listed up front (the explorer's own folder, Cytoscape.js's
 * ES module build, the world outline), so no request path is ever joined onto a directory.
 */

/** src/server/explorer: the pages' HTML, CSS and ES modules, served as written (no build step). */
export const EXPLORER_DIR = fileURLToPath(new URL("../explorer/", import.meta.url));

const require = createRequire(import.meta.url);

const MEDIA_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

export interface Asset {
  body: Uint8Array<ArrayBuffer>;
  mediaType: string;
  /** Strong validator: a hash of the body. */
  etag: string;
}

function asset(body: Uint8Array | string, mediaType: string): Asset {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body);
  const etag = `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 22)}"`;
  return { body: bytes, mediaType, etag };
}

function fileAsset(file: string): Asset {
  const mediaType = MEDIA_TYPES[path.extname(file)] ?? "application/octet-stream";
  return asset(fs.readFileSync(file), mediaType);
}

/** Cytoscape.js's ES module build; its package `exports` hides the file from `require.resolve`. */
function cytoscapeModulePath(): string {
  const main = require.resolve("cytoscape");
  return path.join(path.dirname(main), "cytoscape.esm.min.mjs");
}

export interface AssetStore {
  /** The asset at a URL path below `/assets/`, e.g. `explorer/explore.js`; undefined if none. */
  get(name: string): Asset | undefined;
  /** An explorer page (e.g. `explore.html`). */
  page(file: string): Asset;
}

/**
 * Reads assets on first use and keeps them. With `reload` (development), explorer files are read
 * again on every request so edits show without a restart.
 */
export function createAssetStore(options: { reload?: boolean } = {}): AssetStore {
  const cache = new Map<string, Asset>();
  const listExplorer = () =>
    new Set(fs.readdirSync(EXPLORER_DIR).filter((file) => /\.(js|css|svg)$/.test(file)));
  let explorerFiles = listExplorer();
  const sources: Record<string, () => Asset> = {
    "vendor/cytoscape.esm.min.mjs": () => fileAsset(cytoscapeModulePath()),
    // fCoSE (Bilkent) lays neighbourhoods out more compactly than Cytoscape's built-in CoSE. Its
    // UMD builds, loaded as classic scripts, define the globals layoutBase, coseBase and
    // cytoscapeFcose, in that order of dependency.
    "vendor/layout-base.js": () => fileAsset(require.resolve("layout-base")),
    "vendor/cose-base.js": () => fileAsset(require.resolve("cose-base")),
    "vendor/cytoscape-fcose.js": () => fileAsset(require.resolve("cytoscape-fcose")),
    "world-110m.json": () =>
      asset(JSON.stringify(renderWorldOutline()), MEDIA_TYPES[".json"] as string),
  };

  function source(name: string): (() => Asset) | undefined {
    if (Object.hasOwn(sources, name)) return sources[name];
    if (!name.startsWith("explorer/")) return undefined;
    const file = name.slice("explorer/".length);
    if (options.reload) explorerFiles = listExplorer();
    // Only names that are in the folder's listing: a path is never joined from the request.
    return explorerFiles.has(file) ? () => fileAsset(path.join(EXPLORER_DIR, file)) : undefined;
  }

  function cached(key: string, load: () => Asset, reloadable: boolean): Asset {
    const hit = cache.get(key);
    if (hit && !(options.reload && reloadable)) return hit;
    const loaded = load();
    cache.set(key, loaded);
    return loaded;
  }

  return {
    get(name) {
      const load = source(name);
      return load ? cached(name, load, name.startsWith("explorer/")) : undefined;
    },
    page(file) {
      return cached(`page:${file}`, () => fileAsset(path.join(EXPLORER_DIR, file)), true);
    },
  };
}
