import {
  apiKey,
  findEntity,
  SUBGRAPH_LIMIT,
  searchEntities,
  storeApiKey,
  subgraph,
} from "./api.js";
import { h, renderEntity, renderError, renderHelp, renderRelationship } from "./details.js";
import { createGraphView } from "./graph-view.js";
import {
  ENTITY_STYLES,
  ENTITY_TYPES,
  entitySwatch,
  RELATION_TYPES,
  relationLabel,
  relationSwatch,
} from "./palette.js";

/**
 * The explorer: search an entity, draw its neighbourhood, click to expand, filter by type and
 * date, read the evidence of a relationship. State lives in the drawing (Cytoscape) and in the
 * URL (`?entity=<id>`), so a view can be shared as a link.
 */

const $ = (id) => document.getElementById(id);
const panel = $("details");
const status = $("status");

const view = createGraphView($("graph"), {
  onNode: (node) => selectEntity(node.id(), { expand: true }),
  onEdge: (edge) => selectRelationship(edge.id()),
  onBackground: () => renderHelp(panel),
});

// Shown in tests and handy in the console: the drawing and a promise of the work in progress.
window.newsgraph = { cy: view.cy, idle: Promise.resolve() };

/** The entity the drawing started from, and the entities whose neighbours are drawn. */
const state = { root: null, expanded: new Set(), cut: false };

function track(promise) {
  const tracked = promise.catch((error) => renderError(panel, error, useKey));
  window.newsgraph.idle = window.newsgraph.idle.then(() => tracked);
  return tracked;
}

function useKey(key) {
  storeApiKey(key);
  location.reload();
}

/** The filters as the API's `subgraph` arguments (null: no filter). */
function filters() {
  return {
    entityTypes: checked($("entity-filters"), ENTITY_TYPES),
    relationTypes: checked($("relation-filters"), RELATION_TYPES),
    from: $("date-from").value || null,
    to: $("date-to").value || null,
  };
}

function updateStatus() {
  const nodes = view.cy.nodes().length;
  const edges = view.cy.edges().length;
  $("empty").hidden = nodes > 0 || state.root !== null;
  status.textContent =
    state.root === null
      ? ""
      : [
          `${nodes} entities, ${edges} relationships`,
          state.cut ? `cut to the ${SUBGRAPH_LIMIT} nearest entities` : null,
        ]
          .filter(Boolean)
          .join(" · ");
  updateExportLinks();
  updateUrl();
}

/**
 * Draws the expanded entities and their neighbours with the filters, as one `subgraph` query:
 * the server applies the filters (dates against each sentence's article), so the drawing, the
 * export links and the API agree.
 */
async function refresh({ near = null } = {}) {
  if (state.root === null) return;
  const result = await subgraph({ seeds: [...state.expanded], depth: 1, ...filters() });
  state.cut = result.nodes.length >= SUBGRAPH_LIMIT;
  const before = view.cy.nodes().length;
  const added = view.show(result, {
    near,
    seeds: [state.root],
    expanded: [...state.expanded],
  });
  await view.layout({ keep: before > 0 && added.length < result.nodes.length });
  updateStatus();
}

async function expand(id) {
  if (state.expanded.has(id)) return;
  state.expanded.add(id);
  await refresh({ near: id });
}

/** Starts a drawing from one entity (a search result, `?entity=` in the URL, or "Centre on it"). */
async function open(entity) {
  view.clear();
  state.root = entity.entityId ?? entity.id;
  state.expanded = new Set([state.root]);
  document.title = `${entity.name} · newsgraph explorer`;
  await refresh();
  selectEntity(state.root, { expand: false });
}

function selectEntity(id, { expand: shouldExpand }) {
  const node = view.select(id);
  if (node.empty()) return;
  const data = node.data();
  const edges = node.connectedEdges();
  const relationshipsInView = edges.map((edge) => {
    const outgoing = edge.source().id() === id;
    const other = outgoing ? edge.target() : edge.source();
    const label = relationLabel(edge.data("type"));
    return {
      type: edge.data("type"),
      // Read from the selected entity: "provides F-16 (Netherlands)", "NATO supports Netherlands".
      text:
        outgoing || edge.data("symmetric")
          ? `${label} ${other.data("name")}`
          : `${other.data("name")} ${label} ${data.name}`,
      select: () => selectRelationship(edge.id()),
    };
  });
  const expanded = state.expanded.has(id);
  const actions = [
    h(
      "button",
      {
        type: "button",
        disabled: expanded,
        onclick: () => track(expand(id).then(() => selectEntity(id, { expand: false }))),
      },
      expanded ? "Expanded" : "Expand",
    ),
    id === state.root
      ? null
      : h("button", { type: "button", onclick: () => track(open(data)) }, "Centre on it"),
    h(
      "a",
      { href: `embed/timeline?entity=${encodeURIComponent(id)}`, target: "_blank" },
      "Timeline",
    ),
    h("a", { href: `embed/map?entity=${encodeURIComponent(id)}`, target: "_blank" }, "Map"),
  ].filter(Boolean);
  renderEntity(panel, { ...data, id }, { relationshipsInView, actions });
  if (data.degree !== null && data.degree > edges.length) {
    panel
      .querySelector(".card")
      ?.append(
        h(
          "p",
          { className: "hint" },
          expanded
            ? `${edges.length} of its ${data.degree} relationships are drawn; the filters hide the others.`
            : `${edges.length} of its ${data.degree} relationships are drawn. Expand it to see the others.`,
        ),
      );
  }
  if (shouldExpand && !expanded) {
    track(expand(id).then(() => selectEntity(id, { expand: false })));
  }
}

function selectRelationship(id) {
  const edge = view.select(id);
  if (edge.empty()) return;
  track(renderRelationship(panel, edge.data("gid")));
}

async function findAndOpen(query) {
  const entity = await findEntity(query);
  if (!entity) {
    renderError(panel, new Error(`No entity ${query.id ?? query.name} in the graph.`));
    return;
  }
  await open(entity);
}

// --- search box -------------------------------------------------------------------------------

const input = $("search");
const results = $("search-results");
let searchTimer;
let searchSeq = 0;
let active = -1;

function showResults(entities, text) {
  active = -1;
  results.replaceChildren(
    ...(entities.length === 0
      ? [h("div", { className: "none" }, `Nothing found for “${text}”.`)]
      : entities.map((entity, index) =>
          h(
            "div",
            {
              role: "option",
              id: `result-${index}`,
              "data-entity": entity.entityId,
              onmousedown: (event) => {
                event.preventDefault();
                choose(entity);
              },
            },
            entitySwatch(entity.type),
            h("span", { className: "name" }, entity.name),
            h("span", { className: "type" }, ENTITY_STYLES[entity.type]?.label ?? entity.type),
          ),
        )),
  );
  results.hidden = false;
  input.setAttribute("aria-expanded", "true");
  results.entities = entities;
}

function hideResults() {
  results.hidden = true;
  input.setAttribute("aria-expanded", "false");
}

function choose(entity) {
  hideResults();
  input.value = entity.name;
  track(open(entity));
}

async function runSearch() {
  const text = input.value.trim();
  if (text.length < 2) {
    hideResults();
    return;
  }
  const seq = ++searchSeq;
  try {
    const entities = await searchEntities(text);
    if (seq === searchSeq) showResults(entities, text);
  } catch (error) {
    if (seq === searchSeq) showResults([], text);
    renderError(panel, error, useKey);
  }
}

input.addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(runSearch, 180);
});
input.addEventListener("keydown", (event) => {
  const items = [...results.querySelectorAll("[role=option]")];
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    if (items.length === 0) return;
    active = (active + (event.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
    items.forEach((item, index) => {
      item.setAttribute("aria-selected", String(index === active));
    });
    input.setAttribute("aria-activedescendant", items[active].id);
  } else if (event.key === "Escape") {
    hideResults();
  }
});
input.addEventListener("blur", () => setTimeout(hideResults, 100));
$("search-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  const entities = results.entities ?? [];
  if (active >= 0 && entities[active]) {
    choose(entities[active]);
    return;
  }
  const text = input.value.trim();
  if (!text) return;
  try {
    const found = await searchEntities(text, { first: 1 });
    if (found[0]) choose(found[0]);
    else showResults([], text);
  } catch (error) {
    renderError(panel, error, useKey);
  }
});

// --- filters ----------------------------------------------------------------------------------

function checklist(list, types, swatch, label, onChange) {
  list.replaceChildren(
    ...types.map((type) =>
      h(
        "li",
        {},
        h(
          "label",
          {},
          h("input", { type: "checkbox", checked: true, value: type, onchange: onChange }),
          swatch(type),
          label(type),
        ),
      ),
    ),
  );
}

function checked(list, all) {
  const values = [...list.querySelectorAll("input:checked")].map((box) => box.value);
  return values.length === all.length ? null : values;
}

const readFilters = () => track(refresh());

checklist(
  $("entity-filters"),
  ENTITY_TYPES,
  entitySwatch,
  (type) => ENTITY_STYLES[type].label,
  readFilters,
);
checklist($("relation-filters"), RELATION_TYPES, relationSwatch, relationLabel, readFilters);
$("date-from").addEventListener("change", readFilters);
$("date-to").addEventListener("change", readFilters);
$("dates-clear").addEventListener("click", () => {
  $("date-from").value = "";
  $("date-to").value = "";
  readFilters();
});

// --- toolbar ----------------------------------------------------------------------------------

$("fit").addEventListener("click", () => view.cy.fit(undefined, 40));
$("relayout").addEventListener("click", () => track(view.layout({ animate: true })));
$("clear").addEventListener("click", () => {
  view.clear();
  state.root = null;
  state.expanded = new Set();
  renderHelp(panel);
  updateStatus();
});

const EXPORTS = [
  ["cytoscape", "Cytoscape.js JSON"],
  ["graphology", "graphology JSON (sigma.js)"],
  ["gexf", "GEXF (Gephi)"],
  ["graphml", "GraphML (yEd, Cytoscape)"],
  ["geojson", "GeoJSON (maps)"],
  ["csv", "CSV (zip)"],
];

/** The selection of what is drawn, as the export routes and the URL take it. */
function selectionParams() {
  const params = new URLSearchParams();
  for (const seed of state.expanded) params.append("seed", seed);
  params.set("depth", "1");
  const { entityTypes, relationTypes, from, to } = filters();
  if (entityTypes) params.set("types", entityTypes.join(","));
  if (relationTypes) params.set("relationTypes", relationTypes.join(","));
  if (from) params.set("from", from);
  if (to) params.set("to", to);
  params.set("limit", String(SUBGRAPH_LIMIT));
  return params;
}

/** Links that export exactly what is drawn: the same selection, through /export/<format>. */
function updateExportLinks() {
  const menu = $("export-links");
  if (state.root === null) {
    menu.replaceChildren(h("p", { className: "hint" }, "Draw something first."));
    return;
  }
  const params = selectionParams();
  const key = apiKey();
  if (key) params.set("key", key);
  menu.replaceChildren(
    ...EXPORTS.map(([format, label]) =>
      h("a", { href: `export/${format}?${params}`, download: "", "data-format": format }, label),
    ),
  );
}

/** `?entity=` and the filters in the address bar, so a view can be shared as a link. */
function updateUrl() {
  const url = new URL(location.href);
  url.search = "";
  if (state.root !== null) {
    url.searchParams.set("entity", state.root);
    const expanded = [...state.expanded].filter((id) => id !== state.root);
    if (expanded.length > 0) url.searchParams.set("expand", expanded.join(","));
    const { entityTypes, relationTypes, from, to } = filters();
    if (entityTypes) url.searchParams.set("types", entityTypes.join(","));
    if (relationTypes) url.searchParams.set("relationTypes", relationTypes.join(","));
    if (from) url.searchParams.set("from", from);
    if (to) url.searchParams.set("to", to);
  }
  const key = new URLSearchParams(location.search).get("key");
  if (key) url.searchParams.set("key", key);
  history.replaceState(null, "", url);
}

// --- start ----------------------------------------------------------------------------------

/** Restores a shared view: the filters and expanded entities from the URL, then the drawing. */
function restore(params) {
  const setChecks = (list, values) => {
    if (!values) return;
    const wanted = new Set(values.split(","));
    for (const box of list.querySelectorAll("input")) box.checked = wanted.has(box.value);
  };
  setChecks($("entity-filters"), params.get("types"));
  setChecks($("relation-filters"), params.get("relationTypes"));
  $("date-from").value = params.get("from") ?? "";
  $("date-to").value = params.get("to") ?? "";
  return (params.get("expand") ?? "").split(",").filter(Boolean);
}

const start = new URLSearchParams(location.search);
renderHelp(panel);
updateExportLinks();
if (start.get("entity") || start.get("name")) {
  const more = restore(start);
  track(
    findAndOpen({ id: start.get("entity"), name: start.get("name") }).then(async () => {
      if (more.length === 0) return;
      for (const id of more) state.expanded.add(id);
      await refresh();
    }),
  );
} else {
  input.focus();
}
