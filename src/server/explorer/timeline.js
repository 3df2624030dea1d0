import { entityTimeline } from "./api.js";
import { formatDate, renderRelationship } from "./details.js";
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
 * /embed/timeline?entity=<id>: when an entity was in the news (one dot per article) and, one row
 * per relationship, when each fact about it was stated (a dot per piece of evidence, a bar from
 * the first to the last). Click a row for the sentences behind it.
 */

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86_400_000;
const LABEL_WIDTH = 250;
const ROW = 24;
const TOP = 34;

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      element.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
  }
  return element;
}

const time = (value) => Date.parse(value.slice(0, 10));

/** Ticks at the start of each year, quarter, month or week, whichever gives 3 to 12 of them. */
function ticks(start, end) {
  const steps = [
    { months: 12, format: { year: "numeric" } },
    { months: 3, format: { month: "short", year: "numeric" } },
    { months: 1, format: { month: "short", year: "2-digit" } },
  ];
  for (const step of steps) {
    const result = [];
    const date = new Date(start);
    date.setUTCDate(1);
    date.setUTCMonth(Math.floor(date.getUTCMonth() / step.months) * step.months);
    while (date.getTime() <= end) {
      if (date.getTime() >= start) {
        result.push({
          at: date.getTime(),
          text: date.toLocaleDateString("en-GB", { ...step.format, timeZone: "UTC" }),
        });
      }
      date.setUTCMonth(date.getUTCMonth() + step.months);
    }
    if (result.length >= 3 || step.months === 1) {
      if (result.length <= 12) return result;
    }
  }
  const result = [];
  for (let at = start; at <= end; at += 7 * DAY) {
    result.push({
      at,
      text: new Date(at).toLocaleDateString("en-GB", { day: "numeric", month: "short" }),
    });
  }
  return result;
}

/** Labels longer than the label column are cut; the full text is the tooltip. */
function clip(text, max = 36) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function rowText(entity, relationship) {
  const outgoing = relationship.source.entityId === entity.entityId;
  const other = outgoing ? relationship.target : relationship.source;
  const label = relationLabel(relationship.type);
  return {
    other,
    text:
      outgoing || relationship.type === "COOPERATES_WITH"
        ? `${label} ${other.name}`
        : `${other.name} ${label} ${entity.name}`,
  };
}

run(async () => {
  const options = readParams();
  const entity = await resolveEntity(options);
  if (!entity) {
    if (!options.entity && !options.name)
      showMessage("Give an entity: ?entity=country:netherlands");
    return;
  }
  setHeader(options, { title: entity.name, subtitle: "timeline", entityId: entity.entityId });
  const data = await entityTimeline(entity.id);

  const inRange = (date) =>
    date &&
    (!options.from || date.slice(0, 10) >= options.from) &&
    (!options.to || date.slice(0, 10) <= options.to);
  const articles = data.articles.edges
    .map((edge) => edge.node)
    .filter((article) => inRange(article.publishedAt));
  const rows = data.relationships.edges
    .map((edge) => edge.node)
    .filter((rel) => !options.relationTypes || options.relationTypes.includes(rel.type))
    .map((rel) => ({ rel, ...rowText(entity, rel) }))
    .filter((row) => !options.types || options.types.includes(row.other.type))
    .map((row) => ({
      ...row,
      dates: [...new Set(row.rel.evidence.map((e) => e.publishedAt).filter(inRange))].sort(),
    }))
    .filter((row) => row.dates.length > 0)
    .sort((a, b) => a.dates[0].localeCompare(b.dates[0]) || a.text.localeCompare(b.text));

  const all = [...articles.map((a) => a.publishedAt), ...rows.flatMap((row) => row.dates)];
  if (all.length === 0) {
    showMessage(`No dated articles or relationships for ${entity.name}.`);
    return;
  }
  let start = Math.min(...all.map(time));
  let end = Math.max(...all.map(time));
  // Room on both sides, and a month at least, so lone dates do not sit on the frame's edge.
  const pad = Math.max((end - start) * 0.06, 15 * DAY);
  start -= pad;
  end += pad;

  const body = document.getElementById("body");
  const container = document.createElement("div");
  container.className = "timeline";
  body.append(container);
  const width = Math.max(container.clientWidth, LABEL_WIDTH + 300);
  const plot = width - LABEL_WIDTH - 20;
  const x = (date) => LABEL_WIDTH + ((time(date) - start) / (end - start)) * plot;
  const xAt = (at) => LABEL_WIDTH + ((at - start) / (end - start)) * plot;
  const height = TOP + ROW * (rows.length + 1) + 10;

  const chart = svg("svg", {
    width,
    height,
    role: "img",
    "aria-label": `Timeline of ${entity.name}: ${articles.length} articles, ${rows.length} relationships`,
  });
  const grid = svg("g", { class: "axis" });
  for (const tick of ticks(start, end)) {
    const at = xAt(tick.at);
    grid.append(
      svg("line", { class: "grid", x1: at, x2: at, y1: TOP - 8, y2: height }),
      svg("text", { x: at + 3, y: TOP - 14 }, tick.text),
    );
  }
  chart.append(grid);

  // Articles: one dot per article, stacked when published the same day.
  const articleRow = svg("g", { class: "articles" });
  articleRow.append(
    svg(
      "text",
      { class: "row-label strong", x: 8, y: TOP + ROW / 2 + 4 },
      `Articles (${articles.length})`,
    ),
  );
  const perDay = new Map();
  for (const article of articles) {
    const day = article.publishedAt.slice(0, 10);
    const n = perDay.get(day) ?? 0;
    perDay.set(day, n + 1);
    articleRow.append(
      svg(
        "circle",
        {
          class: "article-dot hit",
          cx: x(article.publishedAt) + n * 4,
          cy: TOP + ROW / 2,
          r: 5,
          "data-article": article.articleId,
        },
        svg("title", {}, `${article.title} (${formatDate(article.publishedAt)})`),
      ),
    );
  }
  chart.append(articleRow);

  rows.forEach((row, index) => {
    const y = TOP + ROW * (index + 1) + ROW / 2;
    const color = RELATION_STYLES[row.rel.type]?.color ?? "#888";
    const first = row.dates[0];
    const last = row.dates[row.dates.length - 1];
    const group = svg("g", {
      class: "relation-row",
      "data-relationship": row.rel.relationshipId,
      cursor: "pointer",
    });
    group.append(
      svg("rect", { x: 0, y: y - ROW / 2, width, height: ROW, fill: "transparent" }),
      svg(
        "circle",
        { cx: 12, cy: y, r: 4.5, fill: ENTITY_STYLES[row.other.type]?.color ?? "#888" },
        svg("title", {}, row.other.type),
      ),
      svg("title", {}, row.text),
      svg("text", { class: "row-label", x: 22, y: y + 4 }, clip(row.text)),
      svg("line", {
        x1: x(first),
        x2: x(last),
        y1: y,
        y2: y,
        stroke: color,
        "stroke-width": 4,
        "stroke-linecap": "round",
        opacity: 0.35,
      }),
    );
    for (const date of row.dates) {
      group.append(
        svg(
          "circle",
          { class: "hit", cx: x(date), cy: y, r: 5, fill: color },
          svg("title", {}, `${row.text}: ${formatDate(date)}`),
        ),
      );
    }
    group.addEventListener("click", async () => {
      const { panel, decorate } = popup();
      await renderRelationship(panel, row.rel.id);
      decorate();
    });
    chart.append(group);
  });
  container.append(chart);

  const types = [...new Set(rows.map((row) => row.other.type))];
  const relationTypes = [...new Set(rows.map((row) => row.rel.type))];
  setLegend(options, legendElement({ entityTypes: types, relationTypes }));
  window.newsgraph = { articles: articles.length, relationships: rows.length };
  setState("ready");
});
