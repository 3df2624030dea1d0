import cytoscape from "../vendor/cytoscape.esm.min.mjs";
import { ENTITY_STYLES, RELATION_STYLES, relationLabel } from "./palette.js";

/**
 * A Cytoscape.js drawing of entities and relationships as the API returns them, shared by the
 * explorer and the neighbourhood view. Elements are keyed by their graph ids (entity id,
 * relationship id), so loading a neighbourhood twice adds nothing twice.
 */

// fCoSE, when its scripts are on the page (see the page's <script defer> tags); else the built-in CoSE.
const FORCE_LAYOUT = globalThis.cytoscapeFcose ? "fcose" : "cose";
if (globalThis.cytoscapeFcose) cytoscape.use(globalThis.cytoscapeFcose);

// Above this many relationships in view, their labels are hidden: they would cover the drawing.
const EDGE_LABEL_LIMIT = 60;

const STYLE = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      shape: "data(shape)",
      width: "mapData(mentionCount, 1, 8, 26, 54)",
      height: "mapData(mentionCount, 1, 8, 26, 54)",
      label: "data(label)",
      "font-family": "system-ui, sans-serif",
      "font-size": 11,
      color: "#1f2933",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": 130,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": 2,
      "text-background-shape": "round-rectangle",
      "border-width": 2,
      "border-color": "#ffffff",
      "min-zoomed-font-size": 5,
    },
  },
  { selector: "node.expanded", style: { "border-color": "#1f2933", "border-width": 2 } },
  { selector: "node.seed", style: { "font-weight": "bold", "font-size": 13 } },
  {
    selector: "node:selected",
    style: { "border-color": "#111827", "border-width": 4, "overlay-opacity": 0 },
  },
  {
    selector: "edge",
    style: {
      width: "mapData(weight, 1, 5, 1.6, 5)",
      "line-color": "data(color)",
      "target-arrow-color": "data(color)",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      "curve-style": "bezier",
      opacity: 0.85,
      label: "data(label)",
      "font-size": 9,
      color: "#52606d",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "text-background-padding": 1,
      "min-zoomed-font-size": 8,
    },
  },
  { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
  { selector: "edge[?dashed]", style: { "line-style": "dashed", "line-dash-pattern": [6, 3] } },
  { selector: "edge.quiet", style: { label: "" } },
  {
    selector: "edge:selected",
    style: { width: 5, opacity: 1, color: "#111827", "font-weight": "bold", "z-index": 10 },
  },
  { selector: ".filtered", style: { display: "none" } },
];

function nodeData(entity) {
  const style = ENTITY_STYLES[entity.type] ?? { color: "#888888", shape: "ellipse" };
  return {
    id: entity.entityId,
    gid: entity.id,
    label: entity.name,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases ?? [],
    mentionCount: entity.mentionCount ?? 1,
    lat: entity.lat ?? null,
    lon: entity.lon ?? null,
    color: style.color,
    shape: style.shape,
  };
}

function edgeData(relationship) {
  const style = RELATION_STYLES[relationship.type] ?? { color: "#888888" };
  return {
    id: relationship.relationshipId,
    gid: relationship.id,
    source: relationship.source.entityId,
    target: relationship.target.entityId,
    type: relationship.type,
    label: relationLabel(relationship.type),
    weight: relationship.articleCount ?? 1,
    confidence: relationship.confidence,
    firstSeen: relationship.firstSeen ?? null,
    lastSeen: relationship.lastSeen ?? null,
    symmetric: relationship.type === "COOPERATES_WITH",
    dashed: Boolean(style.dashed),
    color: style.color,
  };
}

/** Whether a relationship's dates overlap [from, to]; undated ones pass only an open filter. */
function inDateRange(edge, from, to) {
  if (!from && !to) return true;
  const first = edge.data("firstSeen");
  const last = edge.data("lastSeen") ?? first;
  if (!first) return false;
  if (from && last.slice(0, 10) < from) return false;
  if (to && first.slice(0, 10) > to) return false;
  return true;
}

export function createGraphView(container, handlers = {}) {
  const cy = cytoscape({
    container,
    style: STYLE,
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: "single",
  });
  let filters = { entityTypes: null, relationTypes: null, from: null, to: null };

  cy.on("tap", "node", (event) => handlers.onNode?.(event.target));
  cy.on("tap", "edge", (event) => handlers.onEdge?.(event.target));
  cy.on("tap", (event) => {
    if (event.target === cy) handlers.onBackground?.();
  });

  /** Adds entities and relationships; returns the entity ids that were not drawn before. */
  function add({ entities = [], relationships = [], seeds = [] }, near) {
    const added = [];
    const origin = near ? cy.getElementById(near).position() : null;
    cy.batch(() => {
      const addNode = (entity) => {
        if (!entity?.entityId || cy.getElementById(entity.entityId).nonempty()) return;
        const element = { group: "nodes", data: nodeData(entity) };
        if (origin) {
          // New neighbours start next to the node they belong to; the layout spreads them out.
          element.position = {
            x: origin.x + (Math.random() - 0.5) * 60,
            y: origin.y + (Math.random() - 0.5) * 60,
          };
        }
        cy.add(element);
        added.push(entity.entityId);
      };
      for (const entity of entities) addNode(entity);
      for (const relationship of relationships) {
        addNode(relationship.source);
        addNode(relationship.target);
        if (cy.getElementById(relationship.relationshipId).empty()) {
          cy.add({ group: "edges", data: edgeData(relationship) });
        }
      }
      for (const id of seeds) cy.getElementById(id).addClass("seed");
    });
    applyFilters();
    return added;
  }

  function applyFilters(next) {
    if (next) filters = { ...filters, ...next };
    const { entityTypes, relationTypes, from, to } = filters;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass(
          "filtered",
          entityTypes !== null && !entityTypes.includes(node.data("type")),
        );
      });
      cy.edges().forEach((edge) => {
        const shown =
          (relationTypes === null || relationTypes.includes(edge.data("type"))) &&
          inDateRange(edge, from, to) &&
          !edge.source().hasClass("filtered") &&
          !edge.target().hasClass("filtered");
        edge.toggleClass("filtered", !shown);
      });
      // A node left with no relationship in view is noise, unless the user asked for it.
      cy.nodes().forEach((node) => {
        if (node.hasClass("filtered") || node.hasClass("seed")) return;
        const visibleEdges = node.connectedEdges().filter((edge) => !edge.hasClass("filtered"));
        if (visibleEdges.empty()) node.addClass("filtered");
      });
      const quiet = visibleEdges().length > EDGE_LABEL_LIMIT;
      cy.edges().toggleClass("quiet", quiet);
    });
    handlers.onChange?.();
  }

  const visibleNodes = () => cy.nodes().filter((node) => !node.hasClass("filtered"));
  const visibleEdges = () => cy.edges().filter((edge) => !edge.hasClass("filtered"));

  /**
   * Lays out what is in view. With `center`, rings around that entity by distance (an ego
   * network: readable at a glance); otherwise force-directed, and with `keep` the nodes already
   * placed start where they are, so an expansion does not reshuffle the drawing.
   */
  function layout({ keep = false, animate = false, center = null } = {}) {
    return new Promise((resolve) => {
      const elements = cy.elements().filter((element) => !element.hasClass("filtered"));
      if (elements.empty()) {
        resolve();
        return;
      }
      const options = center ? concentric(elements, center) : force(keep, animate);
      const run = elements.layout(options);
      run.one("layoutstop", () => resolve());
      run.run();
    });
  }

  function concentric(elements, center) {
    const distance = new Map();
    elements.breadthFirstSearch({
      root: cy.getElementById(center),
      visit: (node, _edge, _previous, _index, depth) => {
        distance.set(node.id(), depth);
      },
    });
    return {
      name: "concentric",
      concentric: (node) => 10 - (distance.get(node.id()) ?? 9),
      levelWidth: () => 1,
      minNodeSpacing: 36,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: true,
      fit: true,
      padding: 30,
      animate: false,
    };
  }

  function force(keep, animate) {
    const common = {
      randomize: !keep,
      animate,
      animationDuration: 400,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
    };
    if (FORCE_LAYOUT === "fcose") {
      return {
        ...common,
        name: "fcose",
        quality: "proof",
        nodeRepulsion: () => 6500,
        idealEdgeLength: () => 70,
        edgeElasticity: () => 0.45,
        gravity: 0.3,
        numIter: 2500,
        nodeSeparation: 60,
        packComponents: true,
      };
    }
    return {
      ...common,
      name: "cose",
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      edgeElasticity: () => 80,
      gravity: 0.6,
      numIter: 1500,
    };
  }

  return {
    cy,
    add,
    applyFilters,
    layout,
    visibleNodes,
    visibleEdges,
    clear: () => cy.elements().remove(),
    markExpanded: (id) => cy.getElementById(id).addClass("expanded"),
    isExpanded: (id) => cy.getElementById(id).hasClass("expanded"),
    select(id) {
      cy.elements().unselect();
      const element = cy.getElementById(id);
      element.select();
      return element;
    },
  };
}
