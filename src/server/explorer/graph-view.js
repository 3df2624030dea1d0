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
const EDGE_LABEL_LIMIT = 24;

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
  // In a busy drawing, labels show for what the pointer is on and what is selected.
  { selector: "edge.quiet.hover, edge.quiet:selected", style: { label: "data(label)" } },
  { selector: "edge.hover", style: { opacity: 1, "z-index": 9 } },
  {
    selector: "edge:selected",
    style: { width: 5, opacity: 1, color: "#111827", "font-weight": "bold", "z-index": 10 },
  },
];

/** Data of a drawn node, from a `SubgraphNode` of the API. */
function nodeData(node) {
  const style = ENTITY_STYLES[node.type] ?? { color: "#888888", shape: "ellipse" };
  return {
    id: node.id,
    gid: node.entity?.id ?? null,
    label: node.name,
    name: node.name,
    type: node.type,
    aliases: node.aliases ?? [],
    mentionCount: node.mentionCount ?? 1,
    degree: node.degree ?? null,
    lat: node.lat ?? null,
    lon: node.lon ?? null,
    color: style.color,
    shape: style.shape,
  };
}

/** Data of a drawn edge, from a `SubgraphEdge` of the API. */
function edgeData(edge) {
  const style = RELATION_STYLES[edge.type] ?? { color: "#888888" };
  return {
    id: edge.id,
    gid: edge.relationship?.id ?? null,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: relationLabel(edge.type),
    weight: edge.weight ?? 1,
    confidence: edge.confidence,
    firstSeen: edge.firstSeen ?? null,
    lastSeen: edge.lastSeen ?? null,
    symmetric: edge.type === "COOPERATES_WITH",
    dashed: Boolean(style.dashed),
    color: style.color,
  };
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

  cy.on("tap", "node", (event) => handlers.onNode?.(event.target));
  cy.on("tap", "edge", (event) => handlers.onEdge?.(event.target));
  cy.on("tap", (event) => {
    if (event.target === cy) handlers.onBackground?.();
  });
  cy.on("mouseover", "edge", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "edge", (event) => event.target.removeClass("hover"));
  cy.on("mouseover", "node", (event) => event.target.connectedEdges().addClass("hover"));
  cy.on("mouseout", "node", (event) => event.target.connectedEdges().removeClass("hover"));

  /**
   * Makes the drawing show exactly `subgraph` (nodes and edges as the API's `subgraph` returns
   * them): what is already drawn keeps its place, what is gone is removed, what is new starts
   * next to `near` (the node just expanded), for the layout to spread out. `seeds` are drawn
   * bold, `expanded` (whose neighbours are drawn) with a dark border. Returns the new nodes' ids.
   */
  function show(subgraph, { near = null, seeds = [], expanded = [] } = {}) {
    const added = [];
    const origin =
      near && cy.getElementById(near).nonempty() ? cy.getElementById(near).position() : null;
    const nodeIds = new Set(subgraph.nodes.map((node) => node.id));
    const edgeIds = new Set(subgraph.edges.map((edge) => edge.id));
    cy.batch(() => {
      cy.edges()
        .filter((edge) => !edgeIds.has(edge.id()))
        .remove();
      cy.nodes()
        .filter((node) => !nodeIds.has(node.id()))
        .remove();
      for (const node of subgraph.nodes) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          existing.data(nodeData(node));
          continue;
        }
        const element = { group: "nodes", data: nodeData(node) };
        if (origin) {
          element.position = {
            x: origin.x + (Math.random() - 0.5) * 60,
            y: origin.y + (Math.random() - 0.5) * 60,
          };
        }
        cy.add(element);
        added.push(node.id);
      }
      for (const edge of subgraph.edges) {
        if (cy.getElementById(edge.id).empty()) cy.add({ group: "edges", data: edgeData(edge) });
      }
      cy.nodes().removeClass("seed expanded");
      for (const id of seeds) cy.getElementById(id).addClass("seed");
      for (const id of expanded) cy.getElementById(id).addClass("expanded");
      cy.edges().toggleClass("quiet", cy.edges().length > EDGE_LABEL_LIMIT);
    });
    handlers.onChange?.();
    return added;
  }

  /**
   * Lays out what is in view. With `center`, rings around that entity by distance (an ego
   * network: readable at a glance); otherwise force-directed, and with `keep` the nodes already
   * placed start where they are, so an expansion does not reshuffle the drawing.
   */
  function layout({ keep = false, animate = false, center = null } = {}) {
    return new Promise((resolve) => {
      const elements = cy.elements();
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
    show,
    layout,
    clear: () => cy.elements().remove(),
    select(id) {
      cy.elements().unselect();
      const element = cy.getElementById(id);
      element.select();
      return element;
    },
  };
}
