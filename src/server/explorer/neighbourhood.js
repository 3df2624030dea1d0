import { subgraph } from "./api.js";
import { renderEntity, renderRelationship } from "./details.js";
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
import { createGraphView } from "./graph-view.js";
import { legendElement } from "./palette.js";

/**
 * /embed/neighbourhood?entity=<id>: an entity and what it is related to, `depth` hops out,
 * filtered by entity type, relationship type and date (by the API's `subgraph` query); click a
 * relationship for its evidence, an entity for its facts (and, unless `expand=0`, to draw its
 * own neighbours too).
 */

// Most entities drawn: more would not be readable in a frame (`limit=` changes it).
const DEFAULT_LIMIT = 150;

run(async () => {
  const options = readParams();
  const entity = await resolveEntity(options);
  if (!entity) {
    if (!options.entity && !options.name)
      showMessage("Give an entity: ?entity=country:netherlands");
    return;
  }
  setHeader(options, { title: entity.name, subtitle: entity.type, entityId: entity.entityId });

  const container = document.createElement("div");
  container.className = "graph";
  document.getElementById("body").append(container);
  const limit = Number(options.limit ?? DEFAULT_LIMIT);
  const expanded = new Set([entity.entityId]);

  /** The drawing as one `subgraph` query: seeds, depth and filters from the URL. */
  async function load(near = null) {
    const result = await subgraph({
      seeds: [...expanded],
      depth: options.depth,
      entityTypes: options.types,
      relationTypes: options.relationTypes,
      from: options.from,
      to: options.to,
      limit,
    });
    const before = view.cy.nodes().length;
    view.show(result, { near, seeds: [entity.entityId], expanded: [...expanded] });
    await view.layout({ keep: before > 0 });
    return result;
  }

  const view = createGraphView(container, {
    onNode: (node) => {
      const { panel, decorate } = popup();
      renderEntity(panel, { ...node.data(), id: node.id() });
      decorate();
      if (options.expand && !expanded.has(node.id())) {
        expanded.add(node.id());
        load(node.id()).catch((error) => showMessage(error.message, { error: true }));
      }
    },
    onEdge: async (edge) => {
      const { panel, decorate } = popup();
      await renderRelationship(panel, edge.data("gid"));
      decorate();
    },
  });
  window.newsgraph = { cy: view.cy };

  const result = await load();
  const types = [...new Set(result.nodes.map((node) => node.type))];
  setLegend(options, legendElement({ entityTypes: types }));
  if (result.edges.length === 0) {
    showMessage(`${entity.name} has no relationships that match.`);
    return;
  }
  setState("ready");
});
