/**
 * Name normalisation shared by linking, identity and search: the same folding the gold scorer
 * uses (NFKD, accents stripped, case-folded, typographic apostrophes unified, whitespace folded).
 * Pure and called for the same few names over and over (every entity reference of every relation
 * of an article, every id): answers are remembered (a bounded memo), and a name of printable ASCII
 * only, which NFKD, the accent strip and the apostrophes leave as it is, skips those steps.
 */
export function normaliseName(value: string): string {
  let folded = normalised.get(value);
  if (folded === undefined) {
    folded = PRINTABLE_ASCII.test(value) ? foldWhitespace(value) : foldName(value);
    remember(normalised, value, folded);
  }
  return folded;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function foldWhitespace(value: string): string {
  return value.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
}

/** normaliseName without the memo or the ASCII shortcut (tests compare the two). */
export function foldName(value: string): string {
  return foldWhitespace(
    value
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .normalize("NFKD")
      .replace(/\p{M}/gu, ""),
  );
}

/** Names remembered per function: emptied when full, so memory stays bounded. */
const MEMO_SIZE = 20_000;
const normalised = new Map<string, string>();
const slugs = new Map<string, string>();

function remember(memo: Map<string, string>, key: string, value: string): void {
  // Very long values (a whole text by mistake) are not kept.
  if (key.length > 200) return;
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, value);
}

/** A readable, stable slug: "Ank Bijleveld-Schouten" → "ank-bijleveld-schouten". */
export function slugify(value: string): string {
  let slug = slugs.get(value);
  if (slug === undefined) {
    slug = normaliseName(value)
      .replace(/['"]/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "");
    remember(slugs, value, slug);
  }
  return slug;
}
