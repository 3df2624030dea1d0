/**
 * Colours and shapes per entity type, and line styles per relationship type: one table for the
 * explorer, the embedded views and their legends. Colours are Tableau 10 (distinct, readable on
 * white); every type also has its own shape, so the legend works without colour vision.
 */

export const ENTITY_STYLES = {
  Person: { color: "#e15759", shape: "ellipse", label: "Person" },
  Organisation: { color: "#4e79a7", shape: "round-rectangle", label: "Organisation" },
  Country: { color: "#59a14f", shape: "round-hexagon", label: "Country" },
  Location: { color: "#9c755f", shape: "round-triangle", label: "Location" },
  Mission: { color: "#b07aa1", shape: "round-diamond", label: "Mission" },
  Asset: { color: "#f28e2b", shape: "round-pentagon", label: "Asset" },
  Event: { color: "#76b7b2", shape: "star", label: "Event" },
};

export const ENTITY_TYPES = Object.keys(ENTITY_STYLES);

/** Relationship types grouped by what they say, one colour per group. */
const GROUPS = {
  structure: { color: "#5b6b7f", label: "belongs to, leads, represents" },
  deployment: { color: "#e8912d", label: "takes part, provides, serves in" },
  place: { color: "#8c6d46", label: "where", dashed: true },
  hostile: { color: "#d03b3b", label: "opposes" },
  friendly: { color: "#3a9a5b", label: "supports, cooperates" },
};

export const RELATION_STYLES = {
  REPRESENTS: GROUPS.structure,
  MEMBER_OF: GROUPS.structure,
  LEADS: GROUPS.structure,
  PART_OF: GROUPS.structure,
  PARTICIPATES_IN: GROUPS.deployment,
  PROVIDES: GROUPS.deployment,
  ASSIGNED_TO: GROUPS.deployment,
  LOCATED_IN: GROUPS.place,
  OPERATES_IN: GROUPS.place,
  HEADQUARTERED_IN: GROUPS.place,
  OPPOSES: GROUPS.hostile,
  SUPPORTS: GROUPS.friendly,
  COOPERATES_WITH: GROUPS.friendly,
};

export const RELATION_TYPES = Object.keys(RELATION_STYLES);

/** `PARTICIPATES_IN` → `participates in`. */
export function relationLabel(type) {
  return type.toLowerCase().replaceAll("_", " ");
}

const SVG_NS = "http://www.w3.org/2000/svg";

// The legend's swatches, drawn in a 14×14 box to look like the node shapes Cytoscape draws.
const SWATCH_PATHS = {
  ellipse: "M7 1a6 6 0 1 0 0.01 0Z",
  "round-rectangle": "M3 2h8a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z",
  "round-hexagon": "M4 1.5h6l3.5 5.5-3.5 5.5H4L.5 7Z",
  "round-triangle": "M7 1.5l6 11H1Z",
  "round-diamond": "M7 .5l6.5 6.5-6.5 6.5L.5 7Z",
  "round-pentagon": "M7 1l6 4.4-2.3 7.1H3.3L1 5.4Z",
  star: "M7 .5l1.8 4.3 4.7.4-3.6 3 1.1 4.6L7 10.4l-4 2.4 1.1-4.6-3.6-3 4.7-.4Z",
};

/** A small SVG of an entity type's shape in its colour, for legends and lists. */
export function entitySwatch(type) {
  const style = ENTITY_STYLES[type] ?? { color: "#888", shape: "ellipse" };
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 14 14");
  svg.setAttribute("width", "14");
  svg.setAttribute("height", "14");
  svg.setAttribute("aria-hidden", "true");
  svg.classList.add("swatch");
  const path = document.createElementNS(SVG_NS, "path");
  path.setAttribute("d", SWATCH_PATHS[style.shape] ?? SWATCH_PATHS.ellipse);
  path.setAttribute("fill", style.color);
  svg.append(path);
  return svg;
}

/** A short line in a relationship type's colour (dashed for places). */
export function relationSwatch(type) {
  const style = RELATION_STYLES[type] ?? GROUPS.structure;
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 22 14");
  svg.setAttribute("width", "22");
  svg.setAttribute("height", "14");
  svg.setAttribute("aria-hidden", "true");
  svg.classList.add("swatch");
  const line = document.createElementNS(SVG_NS, "line");
  line.setAttribute("x1", "1");
  line.setAttribute("y1", "7");
  line.setAttribute("x2", "21");
  line.setAttribute("y2", "7");
  line.setAttribute("stroke", style.color);
  line.setAttribute("stroke-width", "2.5");
  if (style.dashed) line.setAttribute("stroke-dasharray", "4 2.5");
  svg.append(line);
  return svg;
}

/** A legend of entity types (and, when given, relationship types) as a list element. */
export function legendElement({ entityTypes = ENTITY_TYPES, relationTypes = [] } = {}) {
  const list = document.createElement("ul");
  list.className = "legend";
  list.setAttribute("aria-label", "Legend");
  for (const type of entityTypes) {
    const item = document.createElement("li");
    item.append(entitySwatch(type), document.createTextNode(ENTITY_STYLES[type]?.label ?? type));
    list.append(item);
  }
  for (const type of relationTypes) {
    const item = document.createElement("li");
    item.append(relationSwatch(type), document.createTextNode(relationLabel(type)));
    list.append(item);
  }
  return list;
}
