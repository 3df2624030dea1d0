import type { MentionSet } from "./mention-set.ts";
import type { Doc } from "./model.ts";

/**
 * Press agencies, as their credits write them: "DEN HAAG (ANP) –", "KYIV, Nov 20 (Reuters) –",
 * "Bron: ANP / NOS", "zei hij tegen het ANP". A credit names who wrote or was told, not something
 * the report is about: "ANP" there is the Dutch agency, not the Afghan National Police.
 */
const AGENCIES = [
  "ANP",
  "Reuters",
  "AP",
  "AFP",
  "dpa",
  "DPA",
  "Belga",
  "Novum",
  "EFE",
  "PA",
  "Xinhua",
  "TASS",
  "Ukrinform",
  "UNIAN",
  "Yonhap",
  "Kyodo",
  "Anadolu",
  "ANSA",
  "PAP",
  "BNS",
  "ERR",
  "LETA",
  "TT",
  "NTB",
  "Ritzau",
  "STT",
  "CTK",
  "APA",
  "NOS",
];
const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));
const AGENCY = AGENCIES.join("|");

/** Whether a parenthesis's words are agencies only: "ANP", "Reuters/AFP". */
export function isPressCredit(words: string): boolean {
  return words.split(/\s*[/,]\s*/u).every((a) => AGENCY_SET.has(a.toLowerCase()));
}

/** Nothing inside a credit's span [start, end) is a mention of the report. */
export function dropCredit(start: number, end: number, mentions: MentionSet): void {
  for (const m of mentions.overlapping(start, end)) {
    const at = mentions.indexOf(m);
    if (at >= 0 && m.start >= start && m.end <= end) mentions.splice(at, 1);
  }
}

/**
 * Credits in the body: a source line ("Bron: ANP / NOS", "Source: Reuters"), an agency in
 * parentheses closing a line ("… aldus de minister. (ANP)"), and the Dutch neuter article that
 * only the agency takes ("tegen het ANP", "meldt het ANP"; the Afghan police would be "de ANP").
 * Written with the agency's own capitals. A parenthesis inside a line is left alone: "Afghan
 * National Police (ANP)" defines a short form.
 */
const BODY_CREDIT = new RegExp(
  `(?:(?:Bron|Bronnen|Source|Sources)\\s*:\\s*|\\(|(?<![\\p{L}])het\\s+)((?:${AGENCY})(?:\\s*[/,]\\s*(?:${AGENCY}))*)(?![\\p{L}\\p{N}])`,
  "gu",
);

/** Drops the mentions that press credits in the body spell. */
export function dropPressCredits(doc: Doc, mentions: MentionSet): void {
  BODY_CREDIT.lastIndex = 0;
  for (let m = BODY_CREDIT.exec(doc.text); m !== null; m = BODY_CREDIT.exec(doc.text)) {
    const start = m.index + m[0].length - m[1]!.length;
    // "(ANP)" must close the line: "(ANP-politie)" or "Police (ANP) said" is no credit.
    if (m[0].startsWith("(") && !/^\s*\)[ \t]*(?:\n|$)/u.test(doc.text.slice(start + m[1]!.length)))
      continue;
    dropCredit(start, start + m[1]!.length, mentions);
  }
}
