import { findEntity } from "./api.js";
import { h } from "./details.js";
import { ENTITY_TYPES, RELATION_TYPES } from "./palette.js";

/**
 * What the three embeddable views share: their URL parameters, the header with the entity's name
 * and a link to the explorer, messages in place of the drawing, and a ready flag for tests and
 * dashboards (`document.body.dataset.state`: loading, ready, empty or error).
 */

const params = new URLSearchParams(location.search);

function list(name, known) {
  const values = (params.get(name) ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
  const unknown = values.filter((value) => !known.includes(value));
  if (unknown.length > 0) {
    throw new Error(
      `${name}: unknown type ${unknown.join(", ")}; expected some of ${known.join(", ")}`,
    );
  }
  return values.length > 0 ? values : null;
}

function date(name) {
  const value = params.get(name);
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new Error(`${name} must be a date such as 2018-10-01`);
  return value;
}

function flag(name, fallback) {
  const value = params.get(name);
  if (value === null) return fallback;
  return !["0", "false", "no", "off"].includes(value.toLowerCase());
}

/** The URL parameters every view reads (docs/visualisation.md lists them). */
export function readParams() {
  const depth = Number(params.get("depth") ?? 1);
  if (!Number.isInteger(depth) || depth < 1 || depth > 2) throw new Error("depth must be 1 or 2");
  return {
    entity: params.get("entity"),
    name: params.get("name"),
    depth,
    types: list("types", ENTITY_TYPES),
    relationTypes: list("relationTypes", RELATION_TYPES),
    from: date("from"),
    to: date("to"),
    legend: flag("legend", true),
    header: flag("header", true),
    expand: flag("expand", true),
    limit: params.get("limit"),
  };
}

export function setState(state) {
  document.body.dataset.state = state;
}

export function showMessage(text, { error = false } = {}) {
  const body = document.getElementById("body");
  body.querySelector(".message")?.remove();
  body.append(h("div", { className: error ? "message error" : "message", role: "status" }, text));
  setState(error ? "error" : "empty");
}

/** The entity a view is about, from `entity=<id>` or `name=<name>`; null (and a message) if none. */
export async function resolveEntity(options) {
  if (!options.entity && !options.name) return null;
  const entity = await findEntity({ id: options.entity, name: options.name });
  if (!entity) {
    showMessage(`No entity ${options.entity ?? `named “${options.name}”`} in the graph.`);
    return null;
  }
  return entity;
}

export function setHeader(options, { title, subtitle, entityId }) {
  const header = document.querySelector("body > header");
  if (!options.header) {
    header.hidden = true;
    return;
  }
  document.getElementById("title").textContent = title;
  document.getElementById("subtitle").textContent = subtitle ?? "";
  document.title = `${title} · newsgraph`;
  if (entityId) {
    const link = document.getElementById("open");
    link.href = `../explore?entity=${encodeURIComponent(entityId)}`;
    link.hidden = false;
  }
}

export function setLegend(options, element) {
  const footer = document.getElementById("legend");
  if (options.legend) footer.replaceChildren(element);
  else footer.hidden = true;
}

/** Runs a view; any failure becomes a message in the frame, not a blank iframe. */
export async function run(view) {
  setState("loading");
  try {
    await view();
  } catch (error) {
    showMessage(error.message, { error: true });
  }
}

/** A panel over the drawing (details of what was clicked), closed by its button or Escape. */
export function popup() {
  const body = document.getElementById("body");
  let panel = body.querySelector(".popup");
  if (!panel) {
    panel = h("aside", { className: "popup details", "aria-live": "polite" });
    body.append(panel);
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") panel.hidden = true;
    });
  }
  panel.hidden = false;
  const close = h(
    "button",
    {
      type: "button",
      className: "close",
      "aria-label": "Close",
      onclick: () => (panel.hidden = true),
    },
    "×",
  );
  return {
    panel,
    /** Call after filling the panel: puts the close button back on top. */
    decorate: () => panel.prepend(close),
  };
}
