import type { MentionSet } from "../mention-set.ts";
import type { EntityRegistry, Mention } from "../model.ts";
import { sentenceIndexAt } from "../model.ts";
import type { RuleContext } from "./engine.ts";

/**
 * "Dilan Yeşilgöz (VVD)", "Ruben Brekelmans (Defensie, VVD)", "Hilary Benn (Labour, Leeds
 * Central)": the party in the parenthesis right after the name, first or after the portfolio.
 */
const OPEN_BEFORE = /\(\s*(?:\p{Lu}[\p{L} ]{2,40},\s*)?$/u;
const CLOSE_AFTER = /^\s*[),]/u;
/** "mevrouw Belhaj van D66", "de heer Van den Bosch van de VVD": the party after "van (de)". */
const OF_PARTY = /,?\s+(?:van|namens)\s+(?:de\s+|het\s+)?$/u;
/** "VVD-Kamerlid Ruben Brekelmans", "CDA-leider Henri Bontenbal": the party joined to a title. */
const JOINED_TITLE = /^-\p{Ll}[\p{L}-]{2,30}\s+$/u;

/**
 * `party-members`: the party a news report writes beside a politician's name — "minister Dilan
 * Yeşilgöz (VVD)", "VVD-Kamerlid Ruben Brekelmans", "mevrouw Belhaj van D66" — is the party the
 * person is a MEMBER_OF.
 * Only a political party of the knowledge base counts, and only written right against the name:
 * "(NATO)" after a name is no membership, nor is a party named elsewhere in the sentence.
 */
export function partyMembers(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  const text = ctx.doc.text;
  for (const party of mentions) {
    if (party.type !== "Organisation" || party.nested) continue;
    if (registry.get(party.key)?.kb?.kind !== "party") continue;
    let person: Mention | undefined;
    const before = text.slice(Math.max(0, party.start - 48), party.start);
    const of = OF_PARTY.exec(text.slice(Math.max(0, party.start - 16), party.start));
    if (OPEN_BEFORE.test(before) && CLOSE_AFTER.test(text.slice(party.end, party.end + 3))) {
      const open = party.start - before.length + before.lastIndexOf("(");
      person = mentions
        .overlapping(Math.max(0, open - 2), open)
        .find((m) => m.type === "Person" && !m.nested && /^\s?$/u.test(text.slice(m.end, open)));
    } else if (of) {
      const at = party.start - of[0].length;
      person = mentions
        .overlapping(Math.max(0, at - 1), at)
        .find((m) => m.type === "Person" && !m.nested && m.end === at);
    } else {
      const gap = /^-\p{L}[\p{L}-]*\s+/u.exec(text.slice(party.end, party.end + 40));
      if (gap && JOINED_TITLE.test(gap[0]))
        person = mentions
          .startingAt(party.end + gap[0].length)
          .find((m) => m.type === "Person" && !m.nested);
    }
    if (!person) continue;
    ctx.findings.push({
      type: "MEMBER_OF",
      source: person.key,
      target: party.key,
      rule: "member.party",
      confidence: 0.8,
      sentence: sentenceIndexAt(ctx.doc, party.start),
    });
  }
}
