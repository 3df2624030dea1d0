import { globalEntityId, neighbourhoods } from "./api.js";
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
 * filtered by entity type, relationship type and date; click a relationship for its evidence,
 * an entity for its facts (and, unless `expand=0`, to draw its own neighbours).
 */

// At depth 2, at most this many neighbours are expanded: more would not be readable in a frame.
const SECOND_HOP_LIMIT = 40;

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

  const view = createGraphView(container, {
    onNode: (node) => {
      const { panel, decorate } = popup();
      renderEntity(panel, { ...node.data(), id: node.id() });
      decorate();
      if (options.expand && !view.isExpanded(node.id())) {
        expand([node.id()], node.id()).then(() => view.layout({ keep: true }));
      }
    },
    onEdge: async (edge) => {
      const { panel, decorate } = popup();
      await renderRelationship(panel, edge.data("gid"));
      decorate();
    },
  });
  window.newsgraph = { cy: view.cy };

  async function expand(ids, near) {
    const gids = ids.map((id) => {
      const node = view.cy.getElementById(id);
      return globalEntityId({ id: node.data("gid"), type: node.data("type"), entityId: id });
    });
    for (const result of await neighbourhoods(gids)) {
      view.add({ entities: [result.entity], relationships: result.relationships }, near);
      view.markExpanded(result.entity.entityId);
    }
  }

  view.applyFilters({
    entityTypes: options.types,
    relationTypes: options.relationTypes,
    from: options.from,
    to: options.to,
  });
  view.add({ entities: [entity], seeds: [entity.entityId] });
  await expand([entity.entityId]);
  if (options.depth === 2) {
    const next = view
      .visibleNodes()
      .map((node) => node.id())
      .filter((id) => !view.isExpanded(id))
      .slice(0, SECOND_HOP_LIMIT);
    if (next.length > 0) await expand(next);
  }
  await view.layout();

  const types = [...new Set(view.visibleNodes().map((node) => node.data("type")))];
  setLegend(options, legendElement({ entityTypes: types }));
  if (view.visibleEdges().length === 0) {
    showMessage(`${entity.name} has no relationships that match.`);
    return;
  }
  setState("ready");
});
