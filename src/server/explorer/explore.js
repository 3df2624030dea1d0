import {
  findEntity,
  globalEntityId,
  NEIGHBOURHOOD_PAGE,
  neighbourhoods,
  searchEntities,
  storeApiKey,
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
  onChange: () => updateStatus(),
});

// Shown in tests and handy in the console: the drawing and a promise of the work in progress.
window.newsgraph = { cy: view.cy, idle: Promise.resolve() };

/** Totals of relationships per expanded entity, to say when not all of them are drawn. */
const totals = new Map();

function track(promise) {
  const tracked = promise.catch((error) => renderError(panel, error, useKey));
  window.newsgraph.idle = window.newsgraph.idle.then(() => tracked);
  return tracked;
}

function useKey(key) {
  storeApiKey(key);
  location.reload();
}

function updateStatus() {
  const nodes = view.visibleNodes().length;
  const edges = view.visibleEdges().length;
  $("empty").hidden = view.cy.nodes().length > 0;
  const hidden = view.cy.elements().length - nodes - edges;
  const truncated = [...totals.values()].filter((t) => t.total > t.shown).length;
  status.textContent =
    view.cy.nodes().length === 0
      ? ""
      : [
          `${nodes} entities, ${edges} relationships`,
          hidden > 0 ? `${hidden} hidden by filters` : null,
          truncated > 0
            ? `${truncated} entities have more than ${NEIGHBOURHOOD_PAGE} relationships`
            : null,
        ]
          .filter(Boolean)
          .join(" · ");
  updateExportLinks();
}

/** Draws the relationships of the given entities; returns how many entities were new. */
async function expand(entityIds, { near } = {}) {
  const ids = entityIds.map((id) => {
    const node = view.cy.getElementById(id);
    return globalEntityId({ id: node.data("gid"), type: node.data("type"), entityId: id });
  });
  const results = await neighbourhoods(ids);
  let added = 0;
  for (const result of results) {
    totals.set(result.entity.entityId, {
      total: result.totalCount,
      shown: result.relationships.length,
    });
    added += view.add(
      { entities: [result.entity], relationships: result.relationships },
      near,
    ).length;
    view.markExpanded(result.entity.entityId);
  }
  await view.layout({ keep: view.cy.nodes().length > added, animate: false });
  updateStatus();
  return added;
}

/** Starts a drawing from one entity (a search result or `?entity=` in the URL). */
async function open(entity) {
  view.clear();
  totals.clear();
  view.add({ entities: [entity], seeds: [entity.entityId] });
  const url = new URL(location.href);
  url.searchParams.set("entity", entity.entityId);
  url.searchParams.delete("name");
  history.replaceState(null, "", url);
  document.title = `${entity.name} · newsgraph explorer`;
  await expand([entity.entityId]);
  selectEntity(entity.entityId, { expand: false });
}

function selectEntity(id, { expand: shouldExpand }) {
  const node = view.select(id);
  if (node.empty()) return;
  const data = node.data();
  const relationshipsInView = node
    .connectedEdges()
    .filter((edge) => !edge.hasClass("filtered"))
    .map((edge) => {
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
  const total = totals.get(id);
  const expanded = view.isExpanded(id);
  const actions = [
    h(
      "button",
      {
        type: "button",
        disabled: expanded,
        onclick: () =>
          track(expand([id], { near: id }).then(() => selectEntity(id, { expand: false }))),
      },
      expanded ? "Expanded" : "Expand",
    ),
    h("button", { type: "button", onclick: () => track(findAndOpen({ id })) }, "Centre on it"),
    h(
      "a",
      { href: `embed/timeline?entity=${encodeURIComponent(id)}`, target: "_blank" },
      "Timeline",
    ),
    data.lat !== null
      ? h("a", { href: `embed/map?entity=${encodeURIComponent(id)}`, target: "_blank" }, "Map")
      : null,
  ].filter(Boolean);
  renderEntity(panel, { ...data, id }, { relationshipsInView, actions });
  if (total && total.total > total.shown) {
    panel
      .querySelector(".card")
      ?.append(
        h("p", { className: "hint" }, `Showing ${total.shown} of ${total.total} relationships.`),
      );
  }
  if (shouldExpand && !expanded) {
    track(expand([id], { near: id }).then(() => selectEntity(id, { expand: false })));
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

function readFilters() {
  view.applyFilters({
    entityTypes: checked($("entity-filters"), ENTITY_TYPES),
    relationTypes: checked($("relation-filters"), RELATION_TYPES),
    from: $("date-from").value || null,
    to: $("date-to").value || null,
  });
}

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
  totals.clear();
  history.replaceState(null, "", location.pathname);
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

/** Links that export what is drawn: the expanded entities and their direct neighbours. */
function updateExportLinks() {
  const seeds = view.cy
    .nodes(".expanded")
    .map((node) => node.id())
    .sort();
  const menu = $("export-links");
  if (seeds.length === 0) {
    menu.replaceChildren(h("p", { className: "hint" }, "Draw something first."));
    return;
  }
  const params = new URLSearchParams();
  for (const seed of seeds) params.append("seed", seed);
  params.set("depth", "1");
  const types = checked($("entity-filters"), ENTITY_TYPES);
  if (types) params.set("types", types.join(","));
  const relationTypes = checked($("relation-filters"), RELATION_TYPES);
  if (relationTypes) params.set("relationTypes", relationTypes.join(","));
  if ($("date-from").value) params.set("from", $("date-from").value);
  if ($("date-to").value) params.set("to", $("date-to").value);
  menu.replaceChildren(
    ...EXPORTS.map(([format, label]) =>
      h("a", { href: `export/${format}?${params}`, download: "" }, label),
    ),
  );
}

// --- start ------------------------------------------------------------------------------------

renderHelp(panel);
updateStatus();
const start = new URLSearchParams(location.search);
if (start.get("entity") || start.get("name")) {
  track(findAndOpen({ id: start.get("entity"), name: start.get("name") }));
} else {
  input.focus();
}
