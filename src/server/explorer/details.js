import { relationshipEvidence } from "./api.js";
import { ENTITY_STYLES, entitySwatch, relationLabel, relationSwatch } from "./palette.js";

/**
 * The side panel: what is selected, and for a relationship the sentences that state it with the
 * titles of their articles. Shared by the explorer and the neighbourhood view.
 */

/** `h("p", { className: "x" }, "text", child)`: small DOM builder; text is never parsed as HTML. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key in element && key !== "list") element[key] = value;
    else element.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function formatDate(value) {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}

function dateRange(first, last) {
  if (!first) return "undated";
  const a = formatDate(first);
  const b = formatDate(last);
  return !b || a === b ? a : `${a} – ${b}`;
}

function entityChip(entity) {
  return h(
    "span",
    { className: "chip", title: ENTITY_STYLES[entity.type]?.label ?? entity.type },
    entitySwatch(entity.type),
    entity.name,
  );
}

export function renderHelp(panel, text) {
  panel.replaceChildren(
    h(
      "div",
      { className: "help" },
      h("h2", {}, "Details"),
      h(
        "p",
        {},
        text ??
          "Click an entity to expand its neighbourhood; click a relationship to read the sentences behind it.",
      ),
    ),
  );
}

/** An entity's card; `actions` are extra elements (buttons, links) under its facts. */
export function renderEntity(panel, data, { relationshipsInView = [], actions = [] } = {}) {
  const aliases = (data.aliases ?? []).filter((alias) => alias !== data.name);
  panel.replaceChildren(
    h(
      "article",
      { className: "card entity-card", "data-entity": data.id },
      h("p", { className: "kind" }, entitySwatch(data.type), data.type),
      h("h2", {}, data.name),
      aliases.length > 0 ? h("p", { className: "aliases" }, `also: ${aliases.join(", ")}`) : null,
      h(
        "dl",
        { className: "facts" },
        h("dt", {}, "Articles"),
        h("dd", {}, String(data.mentionCount ?? 0)),
        data.degree !== null && data.degree !== undefined
          ? [h("dt", {}, "Relationships"), h("dd", {}, String(data.degree))]
          : null,
        data.lat !== null && data.lat !== undefined
          ? [
              h("dt", {}, "Coordinates"),
              h("dd", {}, `${data.lat.toFixed(3)}, ${data.lon.toFixed(3)}`),
            ]
          : null,
        h("dt", {}, "Entity id"),
        h("dd", {}, h("code", {}, data.id)),
      ),
      actions.length > 0 ? h("div", { className: "card-actions" }, actions) : null,
      relationshipsInView.length > 0
        ? [
            h("h3", {}, `Relationships in view (${relationshipsInView.length})`),
            h(
              "ul",
              { className: "relations" },
              relationshipsInView.map((item) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    { type: "button", className: "link", onclick: item.select },
                    relationSwatch(item.type),
                    item.text,
                  ),
                ),
              ),
            ),
          ]
        : null,
    ),
  );
}

/**
 * A relationship's card: loads its evidence from the API and shows each sentence with its
 * article's title, publisher and date. Resolves when the evidence is drawn.
 */
export async function renderRelationship(panel, gid) {
  panel.replaceChildren(h("p", { className: "loading" }, "Loading evidence…"));
  let rel;
  try {
    rel = await relationshipEvidence(gid);
  } catch (error) {
    panel.replaceChildren(h("p", { className: "error" }, error.message));
    return;
  }
  if (!rel) {
    panel.replaceChildren(
      h("p", { className: "error" }, "This relationship is no longer in the graph."),
    );
    return;
  }
  const props = Object.entries(rel.properties ?? {}).filter(
    ([key, value]) => key !== "__typename" && value !== null && value !== undefined,
  );
  panel.replaceChildren(
    h(
      "article",
      { className: "card relation-card", "data-relationship": gid },
      h("p", { className: "kind" }, relationSwatch(rel.type), rel.type),
      h(
        "h2",
        { className: "triple" },
        entityChip(rel.source),
        h("span", { className: "verb" }, relationLabel(rel.type)),
        entityChip(rel.target),
      ),
      h(
        "dl",
        { className: "facts" },
        h("dt", {}, "Seen"),
        h("dd", {}, dateRange(rel.firstSeen, rel.lastSeen)),
        h("dt", {}, "Articles"),
        h("dd", {}, String(rel.articleCount)),
        h("dt", {}, "Confidence"),
        h("dd", {}, `${Math.round(rel.confidence * 100)}%`),
        props.map(([key, value]) => [h("dt", {}, key), h("dd", {}, String(value))]),
      ),
      h("h3", {}, `Evidence (${rel.evidenceCount})`),
      h(
        "ol",
        { className: "evidence" },
        rel.evidence.map((item) =>
          h(
            "li",
            {},
            h(
              "blockquote",
              {},
              item.sentence || "(the article states it without a sentence offset)",
            ),
            h(
              "p",
              { className: "source" },
              item.article.url
                ? h(
                    "a",
                    { href: item.article.url, target: "_blank", rel: "noopener noreferrer" },
                    item.article.title,
                  )
                : h("span", { className: "title" }, item.article.title),
              h(
                "span",
                { className: "meta" },
                [
                  item.article.source?.name,
                  formatDate(item.article.publishedAt ?? item.publishedAt),
                ]
                  .filter(Boolean)
                  .join(" · "),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** A message in the panel, with an API key field when the server asked for one. */
export function renderError(panel, error, onKey) {
  const children = [h("p", { className: "error" }, error.message)];
  if (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN" || error.status === 401) {
    const input = h("input", { type: "password", placeholder: "API key", "aria-label": "API key" });
    children.push(
      h(
        "form",
        {
          className: "key-form",
          onsubmit: (event) => {
            event.preventDefault();
            onKey?.(input.value.trim());
          },
        },
        input,
        h("button", { type: "submit" }, "Use key"),
      ),
    );
  }
  panel.replaceChildren(...children);
}
