import { ApiError, apiKey } from "./api.js";
import { formatDate, h, renderEntity, renderRelationship } from "./details.js";
import {
  popup,
  readParams,
  resolveEntity,
  run,
  setHeader,
  setLegend,
  setState,
  showMessage,
} from "./embed.js";
import { ENTITY_STYLES, legendElement, RELATION_STYLES, relationLabel } from "./palette.js";

/**
 * /embed/map?entity=<id>: the places in an entity's neighbourhood (or, without an entity, in the
 * best-connected part of the graph) and the relationships between them, drawn over country
 * outlines that this server ships: no tile server, no internet. The data is the GeoJSON export
 * (/export/geojson), which is also what a map dashboard would read.
 *
 * The outline is pre-projected on the server in plate carrée with one unit per degree
 * (x = lon + 180, y = 90 - lat), so placing a point needs no projection library.
 */

const SVG = "http://www.w3.org/2000/svg";
const ASSETS = new URL("../", import.meta.url);
const EXPORT_URL = new URL("../../export/geojson", import.meta.url);
// Without an entity, the map shows at most this many of the best-connected entities.
const DEFAULT_LIMIT = 500;

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child) element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

const project = ([lon, lat]) => [lon + 180, 90 - lat];

async function fetchJson(url, headers = {}) {
  const response = await fetch(url, { headers: { accept: "application/json", ...headers } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.errors?.[0];
    throw new ApiError(
      error?.message ?? `${url.pathname} answered ${response.status}`,
      error?.extensions?.code ?? "HTTP",
      response.status,
    );
  }
  return body;
}

function exportUrl(options, entity) {
  const url = new URL(EXPORT_URL);
  if (entity) {
    url.searchParams.set("seed", entity.entityId);
    url.searchParams.set(
      "depth",
      String(options.depth === 1 && !options.depthGiven ? 2 : options.depth),
    );
  }
  if (options.types) url.searchParams.set("types", options.types.join(","));
  if (options.relationTypes) url.searchParams.set("relationTypes", options.relationTypes.join(","));
  if (options.from) url.searchParams.set("from", options.from);
  if (options.to) url.searchParams.set("to", options.to);
  url.searchParams.set("limit", options.limit ?? String(DEFAULT_LIMIT));
  return url;
}

/** The smallest view around the points, at least 24° × 14°, in the frame's aspect ratio. */
function fitView(points, aspect) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  // Room around the points for their labels.
  let width = Math.max((x2 - x1) * 1.4, 24);
  let height = Math.max((y2 - y1) * 1.4, 14);
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/**
 * A label beside its point, to the right, left, above or below, wherever it overlaps no label
 * already placed and inside the view; none when no side fits (the point's tooltip still names it). Boxes are in
 * screen pixels times `unit`, estimated from the text length.
 */
function placeLabel(x, y, radius, text, unit, taken, view) {
  const width = text.length * 6.6 * unit;
  const height = 14 * unit;
  const gap = radius + 3 * unit;
  const candidates = [
    { x: x + gap, y: y + 4 * unit, anchor: "start", box: [x + gap, y - height / 2, width, height] },
    {
      x: x - gap,
      y: y + 4 * unit,
      anchor: "end",
      box: [x - gap - width, y - height / 2, width, height],
    },
    {
      x,
      y: y - gap - 2 * unit,
      anchor: "middle",
      box: [x - width / 2, y - gap - height, width, height],
    },
    { x, y: y + gap + 10 * unit, anchor: "middle", box: [x - width / 2, y + gap, width, height] },
  ];
  const overlaps = ([ax, ay, aw, ah]) =>
    taken.some(([bx, by, bw, bh]) => ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah);
  const inside = ([bx, by, bw, bh]) =>
    bx >= view.x &&
    by >= view.y &&
    bx + bw <= view.x + view.width &&
    by + bh <= view.y + view.height;
  const free = candidates.find((candidate) => inside(candidate.box) && !overlaps(candidate.box));
  if (free) taken.push(free.box);
  return free ?? null;
}

run(async () => {
  const options = {
    ...readParams(),
    depthGiven: new URLSearchParams(location.search).has("depth"),
  };
  const entity = await resolveEntity(options);
  if ((options.entity || options.name) && !entity) return;
  setHeader(options, {
    title: entity ? entity.name : "Places in the news",
    subtitle: entity ? "map" : "map of the best-connected entities",
    entityId: entity?.entityId,
  });

  const key = apiKey();
  const [world, geojson] = await Promise.all([
    fetchJson(new URL("world-110m.json", ASSETS)),
    fetchJson(exportUrl(options, entity), key ? { authorization: `Bearer ${key}` } : {}),
  ]);
  const places = geojson.features.filter((f) => f.properties.element === "node");
  const links = geojson.features.filter((f) => f.properties.element === "edge");
  const names = new Map(places.map((p) => [p.id, p.properties.name]));
  const nameOf = (id) => names.get(id) ?? id;

  const body = document.getElementById("body");
  const container = h("div", { className: "map-view" });
  body.append(container);
  const map = svg("svg", {
    role: "img",
    "aria-label": `Map: ${places.length} places, ${links.length} relationships`,
    preserveAspectRatio: "xMidYMid slice",
  });
  const land = svg("g", { class: "land" });
  for (const country of world.countries) {
    land.append(svg("path", { class: "country", d: country.d }, svg("title", {}, country.name)));
  }
  const linkLayer = svg("g", { class: "links" });
  const pointLayer = svg("g", { class: "points" });
  const labelLayer = svg("g", { class: "labels" });
  map.append(land, linkLayer, pointLayer, labelLayer);
  container.append(
    map,
    h(
      "div",
      { className: "attribution" },
      `Outlines: ${world.source}. Places: newsgraph knowledge base (GeoNames).`,
    ),
  );

  const types = [...new Set(places.map((p) => p.properties.type))];
  const relationTypes = [...new Set(links.map((l) => l.properties.type))];
  // The legend first: it takes height from the map, and the view fits what is left.
  setLegend(options, legendElement({ entityTypes: types, relationTypes }));
  const aspect = container.clientWidth / Math.max(container.clientHeight, 1);
  let view =
    places.length > 0
      ? fitView(
          places.map((p) => project(p.geometry.coordinates)),
          aspect,
        )
      : fitView(
          [
            [160, 30],
            [250, 110],
          ],
          aspect,
        );

  /** Sizes in screen pixels, whatever the zoom: redrawn when the view changes. */
  function draw() {
    map.setAttribute("viewBox", `${view.x} ${view.y} ${view.width} ${view.height}`);
    const unit = view.width / container.clientWidth;
    linkLayer.replaceChildren();
    pointLayer.replaceChildren();
    labelLayer.replaceChildren();
    for (const link of links) {
      const [a, b] = link.geometry.coordinates.map(project);
      // A slight arc, so two relationships between one pair of places do not overlap.
      const mx = (a[0] + b[0]) / 2 - (b[1] - a[1]) * 0.15;
      const my = (a[1] + b[1]) / 2 + (b[0] - a[0]) * 0.15;
      const style = RELATION_STYLES[link.properties.type] ?? { color: "#888" };
      const path = svg(
        "path",
        {
          class: "link",
          d: `M${a[0]},${a[1]} Q${mx},${my} ${b[0]},${b[1]}`,
          stroke: style.color,
          "stroke-dasharray": style.dashed ? "5 3" : null,
          "stroke-width": 1.2 + Math.min(link.properties.weight, 5) * 0.6,
          "data-relationship": link.id,
          cursor: "pointer",
        },
        svg(
          "title",
          {},
          `${nameOf(link.properties.source)} ${relationLabel(link.properties.type)} ${nameOf(link.properties.target)}`,
        ),
      );
      path.addEventListener("click", () => showRelationship(link));
      linkLayer.append(path);
    }
    // Most mentioned first: they get their labels where they want them.
    const ordered = [...places].sort(
      (p, q) => q.properties.mentionCount - p.properties.mentionCount,
    );
    const taken = [];
    for (const place of ordered) {
      const [x, y] = project(place.geometry.coordinates);
      const style = ENTITY_STYLES[place.properties.type] ?? { color: "#888" };
      const radius = (4 + Math.min(place.properties.mentionCount, 8) * 0.8) * unit;
      const point = svg(
        "circle",
        {
          class: "point",
          cx: x,
          cy: y,
          r: radius,
          fill: style.color,
          "data-entity": place.id,
          cursor: "pointer",
        },
        svg("title", {}, `${place.properties.name} (${place.properties.type})`),
      );
      point.addEventListener("click", () => showPlace(place));
      pointLayer.append(point);
      const label = placeLabel(x, y, radius, place.properties.name, unit, taken, view);
      if (label) {
        labelLayer.append(
          svg(
            "text",
            {
              class: "place-label",
              x: label.x,
              y: label.y,
              "text-anchor": label.anchor,
              "font-size": 12 * unit,
              "stroke-width": 3 * unit,
            },
            place.properties.name,
          ),
        );
      }
    }
  }

  function showPlace(place) {
    const { panel, decorate } = popup();
    renderEntity(
      panel,
      {
        id: place.id,
        type: place.properties.type,
        name: place.properties.name,
        aliases: place.properties.aliases,
        mentionCount: place.properties.mentionCount,
        lat: place.geometry.coordinates[1],
        lon: place.geometry.coordinates[0],
      },
      {
        actions: [
          h(
            "a",
            { href: `../explore?entity=${encodeURIComponent(place.id)}`, target: "_blank" },
            "Open in explorer",
          ),
        ],
      },
    );
    decorate();
  }

  async function showRelationship(link) {
    const { panel, decorate } = popup();
    // Relay global id of the relationship: base64 of `Relationship:<relationship id>`.
    await renderRelationship(panel, btoa(`Relationship:${link.id}`));
    decorate();
    const seen = [link.properties.firstSeen, link.properties.lastSeen].filter(Boolean);
    if (seen.length === 0) panel.append(h("p", { className: "hint" }, "Undated."));
    else panel.dataset.seen = seen.map(formatDate).join(" – ");
  }

  // Wheel to zoom around the pointer, drag to pan.
  map.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const factor = event.deltaY > 0 ? 1.2 : 1 / 1.2;
      const width = Math.min(Math.max(view.width * factor, 4), 360);
      const scale = width / view.width;
      const box = map.getBoundingClientRect();
      const px = view.x + ((event.clientX - box.left) / box.width) * view.width;
      const py = view.y + ((event.clientY - box.top) / box.height) * view.height;
      view = {
        x: px - (px - view.x) * scale,
        y: py - (py - view.y) * scale,
        width,
        height: view.height * scale,
      };
      draw();
    },
    { passive: false },
  );
  let drag = null;
  map.addEventListener("pointerdown", (event) => {
    drag = { x: event.clientX, y: event.clientY, view };
  });
  window.addEventListener("pointerup", () => {
    drag = null;
  });
  map.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const unit = view.width / container.clientWidth;
    view = {
      ...drag.view,
      x: drag.view.x - (event.clientX - drag.x) * unit,
      y: drag.view.y - (event.clientY - drag.y) * unit,
    };
    draw();
  });
  new ResizeObserver(() => draw()).observe(container);

  draw();
  window.newsgraph = { places: places.length, links: links.length };
  if (places.length === 0) {
    showMessage(
      entity
        ? `No place with coordinates near ${entity.name}.`
        : "No place with coordinates in the graph.",
    );
    return;
  }
  setState("ready");
});
