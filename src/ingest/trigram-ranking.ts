import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";

/**
 * franc's `francAll(value, { minLength })` (franc-min 6), computed with the same models, the same
 * arithmetic and the same order, so every score is the one franc gives; only cheaper. franc looks
 * each of the text's trigrams up in each language's model, a property read on a dictionary-mode
 * object of 300 keys, once per trigram per language (about 25,000 for a thousand characters of
 * news, 1.7 ms, a fifth of preparing a plain article in the ingest worker). Here a trigram is
 * looked up once, in one table that holds its rank in every model of the script.
 * test/unit/extract/language.test.ts compares both on texts in many languages and scripts.
 */

/** franc's constants (franc-min/index.js). */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptModels {
  /** The languages in franc's order (its models' key order): ties keep it. */
  languages: string[];
  /**
   * trigram → the models that hold it, as pairs (language index as in `languages`, rank). A
   * trigram is in 3 of the 44 Latin models on average: the distances are summed over those
   * alone, and every other model's "absent" term is added once per trigram at the end.
   */
  ranks: Map<string, number[]>;
}

let models: Map<string, ScriptModels> | undefined;

function loadModels(): Map<string, ScriptModels> {
  const out = new Map<string, ScriptModels>();
  for (const script of Object.keys(data)) {
    const byLanguage = data[script]!;
    const languages = Object.keys(byLanguage);
    const ranks = new Map<string, number[]>();
    languages.forEach((language, l) => {
      const model = byLanguage[language]!.split("|");
      // franc assigns from the last trigram to the first: a repeated trigram keeps its first rank.
      for (let weight = model.length - 1; weight >= 0; weight--) {
        const trigram = model[weight]!;
        let pairs = ranks.get(trigram);
        if (!pairs) {
          pairs = [];
          ranks.set(trigram, pairs);
        }
        if (pairs[pairs.length - 2] === l) pairs[pairs.length - 1] = weight;
        else pairs.push(l, weight);
      }
    });
    out.set(script, { languages, ranks });
  }
  return out;
}

const und = (): [string, number][] => [["und", 1]];

/** The script whose characters occur most (franc's `getTopScript`), and that share. */
function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** How often each trigram of trigram-utils' cleaned text occurs (`asDictionary`). */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** Languages ranked as franc's `francAll(value, { minLength })` ranks them, with its scores. */
export function rankLanguages(value: string, minLength = 10): [string, number][] {
  if (!value || value.length < minLength) return und();
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  models ??= loadModels();
  const scriptModels = script === undefined ? undefined : models.get(script);
  if (!scriptModels) {
    if (!script || share === 0) return und();
    return [[script, 1]];
  }
  const { languages, ranks } = scriptModels;
  // Integer sums: the order of the terms changes nothing.
  const totals = new Array<number>(languages.length).fill(0);
  let unknown = 0;
  let known = 0;
  for (const [trigram, count] of trigramCounts(sample)) {
    const pairs = ranks.get(trigram);
    if (!pairs) {
      unknown++;
      continue;
    }
    // Every model counts MAX_DIFFERENCE for the trigram (added below); those that hold it count
    // their distance instead.
    known++;
    for (let k = 0; k < pairs.length; k += 2) {
      totals[pairs[k]!]! += Math.abs(count - pairs[k + 1]! - 1) - MAX_DIFFERENCE;
    }
  }
  // Array.prototype.sort is stable: equal distances keep the models' order, as in franc.
  const distances: [string, number][] = languages.map((language, l) => [
    language,
    totals[l]! + (known + unknown) * MAX_DIFFERENCE,
  ]);
  distances.sort((a, b) => a[1] - b[1]);
  // franc's `normalize`.
  const min = distances[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
  return distances;
}
