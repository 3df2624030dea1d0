import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleInput } from "../../domain/article.ts";
import { splitSourceLine } from "./plain-text.ts";

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td";

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

type Root = {
  querySelectorAll(
    selector: string,
  ): Iterable<{ textContent: string | null; tagName: string; closest?(s: string): unknown }>;
};

function blockLines(root: Root): string[] {
  const lines: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    // A paragraph inside a list item or quote is read once, through its innermost block.
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (
      text &&
      lines[lines.length - 1] !== text &&
      !lines.some((l) => l.includes(text) && l.length > text.length)
    )
      lines.push(text);
  }
  return lines;
}

/**
 * HTML: the main text only, found by Mozilla's Readability (the Firefox reader view), so
 * navigation, teasers and footers stay out. Each block of the main text becomes a line; the
 * title is Readability's (else the first heading, else <title>).
 */
export function parseHtml(input: string): ArticleInput {
  // Text with no element at all ("", plain words, an unclosed comment) gives linkedom a
  // document without a root, which Readability cannot read: read it as the body of one.
  // (A lone "<script>" even becomes the root itself.)
  const root = parseHTML(input).document.documentElement;
  const raw =
    root?.tagName.toUpperCase() === "HTML"
      ? input
      : `<!doctype html><html><body>${input}</body></html>`;
  const { document } = parseHTML(raw);
  const metaSource =
    document.querySelector('meta[property="og:site_name"]')?.getAttribute("content") ??
    document.querySelector('meta[name="author"]')?.getAttribute("content") ??
    null;
  const metaDate =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute("content") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const docTitle =
    document.querySelector("h1")?.textContent?.trim() || document.title?.trim() || "";
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let lines: string[];
  let title = docTitle;
  if (article?.content) {
    const { document: content } = parseHTML(
      `<!doctype html><html><body>${article.content}</body></html>`,
    );
    lines = blockLines(content as unknown as Root);
    title = docTitle || article.title?.trim() || "";
  } else {
    const { document: again } = parseHTML(raw);
    const main = again.querySelector("article") ?? again.querySelector("main") ?? again.body;
    lines = main ? blockLines(main as unknown as Root) : [];
  }
  if (lines[0] === title) lines.shift();
  if (!title) title = lines.shift() ?? "";
  const { body, source } = splitSourceLine(lines.join("\n"));
  const out: ArticleInput = { title, body, source: source ?? metaSource };
  if (metaDate) out.publishedAt = metaDate;
  return out;
}
