import { Lexer, type Token } from "marked";
import type { ArticleInput } from "../../domain/article.ts";
import { decodeEntities } from "./html.ts";
import { splitSourceLine } from "./plain-text.ts";

function inlineText(tokens: readonly Token[] | undefined, fallback: string): string {
  if (!tokens) return decodeEntities(fallback);
  let out = "";
  for (const token of tokens) {
    if (token.type === "br") out += "\n";
    else if ("tokens" in token && Array.isArray(token.tokens) && token.tokens.length > 0)
      out += inlineText(token.tokens, "");
    else if (token.type === "image") out += "";
    else if ("text" in token && typeof token.text === "string") out += decodeEntities(token.text);
  }
  return out || decodeEntities(fallback);
}

function blocks(tokens: readonly Token[], out: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case "heading":
      case "paragraph":
        out.push(
          inlineText(token.tokens, token.text)
            .replace(/\s*\n\s*/g, " ")
            .trim(),
        );
        break;
      case "list":
        for (const item of token.items) blocks(item.tokens, out);
        break;
      case "blockquote":
        blocks(token.tokens ?? [], out);
        break;
      case "text":
        out.push(inlineText((token as { tokens?: Token[] }).tokens, token.text).trim());
        break;
      default:
        break;
    }
  }
}

/**
 * Markdown: the first heading is the title (else the first block); every other heading,
 * paragraph, list item and quote becomes one line of the body, its inline markup removed.
 * Code, tables and images carry no article prose and are left out.
 */
export function parseMarkdown(raw: string): ArticleInput {
  const tokens = new Lexer().lex(raw.replace(/^\uFEFF/, ""));
  const lines: string[] = [];
  const firstHeading = tokens.findIndex((t) => t.type === "heading");
  let title = "";
  if (firstHeading >= 0) {
    const heading = tokens[firstHeading] as Token & { tokens?: Token[]; text: string };
    title = inlineText(heading.tokens, heading.text).trim();
    blocks(
      tokens.filter((_, i) => i !== firstHeading),
      lines,
    );
  } else {
    blocks(tokens, lines);
    title = lines.shift() ?? "";
  }
  const { body, source } = splitSourceLine(lines.filter(Boolean).join("\n"));
  return { title, body, source };
}
