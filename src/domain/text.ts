/**
 * Name normalisation shared by linking, identity and search: the same folding the gold scorer
 * uses (NFKD, accents stripped, case-folded, typographic apostrophes unified, whitespace folded).
 */
export function normaliseName(value: string): string {
  return value
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

/** A readable, stable slug: "Ank Bijleveld-Schouten" → "ank-bijleveld-schouten". */
export function slugify(value: string): string {
  return normaliseName(value)
    .replace(/['"]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
