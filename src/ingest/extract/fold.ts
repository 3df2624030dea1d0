/**
 * Length-preserving folding: every UTF-16 unit maps to exactly one unit, so an offset in the
 * folded text is the same offset in the original. Case-folded, accents stripped, typographic
 * apostrophes and dashes unified: the folding of `normaliseName`, minus whitespace collapsing.
 */
const cache = new Map<number, string>();

function foldUnit(code: number): string {
  if (code < 128) {
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  }
  const cached = cache.get(code);
  if (cached !== undefined) return cached;
  const char = String.fromCharCode(code);
  let folded: string;
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032) folded = "'";
  else if (code === 0x201c || code === 0x201d || code === 0x201e) folded = '"';
  else if (code >= 0x2010 && code <= 0x2013) folded = "-";
  else if (code === 0x00a0 || code === 0x202f) folded = " ";
  else if (code >= 0xd800 && code <= 0xdfff) folded = char;
  else {
    const lower = char.toLowerCase();
    const base = (lower.length === 1 ? lower : char).normalize("NFKD").replace(/\p{M}/gu, "");
    folded = base.length === 1 ? base : lower.length === 1 ? lower : char;
  }
  cache.set(code, folded);
  return folded;
}

/** Any unit outside ASCII: the only ones `toLowerCase` would fold differently. */
const NON_ASCII = /[\u0080-\uffff]/g;

export function foldText(text: string): string {
  // ASCII stretches are lowered natively, in one call each; only the (few) other units go
  // through the table: a string concatenation per character costs several times more.
  NON_ASCII.lastIndex = 0;
  let match = NON_ASCII.exec(text);
  if (match === null) return text.toLowerCase();
  let out = "";
  let from = 0;
  for (; match !== null; match = NON_ASCII.exec(text)) {
    out += text.slice(from, match.index).toLowerCase() + foldUnit(text.charCodeAt(match.index));
    from = match.index + 1;
  }
  return out + text.slice(from).toLowerCase();
}

/** Folding for dictionary keys: as `foldText`, with whitespace runs collapsed and trimmed. */
export function foldKey(text: string): string {
  // Most keys are ASCII names with single spaces between words, whose key is their lower case:
  // one scan instead of three regular expressions (this runs for every mention some passes read).
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 128) continue;
    if (code === 32 && i > 0 && i < last && text.charCodeAt(i - 1) !== 32) continue;
    return foldText(text).replace(/\s+/g, " ").trim();
  }
  return text.toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A letter or digit; ASCII answered without a regular expression (this runs for every hit). */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(char);
}

/** Damerau–Levenshtein (optimal string alignment) distance, bounded: returns max+1 past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** `isWordChar(text[index])` without creating a string. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[index]!);
}
