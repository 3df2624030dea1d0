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
  const explorerFiles = new Set(
    fs.readdirSync(EXPLORER_DIR).filter((file) => /\.(js|css|svg)$/.test(file)),
  );
  const sources: Record<string, () => Asset> = {
    "vendor/cytoscape.esm.min.mjs": () => fileAsset(cytoscapeModulePath()),
    "world-110m.json": () =>
      asset(JSON.stringify(renderWorldOutline()), MEDIA_TYPES[".json"] as string),
  };
  for (const file of explorerFiles) {
    sources[`explorer/${file}`] = () => fileAsset(path.join(EXPLORER_DIR, file));
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
      const load = Object.hasOwn(sources, name) ? sources[name] : undefined;
      return load ? cached(name, load, name.startsWith("explorer/")) : undefined;
    },
    page(file) {
      return cached(`page:${file}`, () => fileAsset(path.join(EXPLORER_DIR, file)), true);
    },
  };
}
