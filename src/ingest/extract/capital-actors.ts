import type { KbCountry } from "../../kb/types.ts";
import { foldKey } from "./fold.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRegistry } from "./model.ts";

/**
 * Capitals that news uses for their state's government ("Moscow condemned …", "Washington backs
 * …", "Peking wil …"), by ISO code. Brussels is left out: it stands for the EU or NATO as often as
 * for Belgium.
 */
const CAPITAL_STATES: Readonly<Record<string, string>> = {
  washington: "US",
  moscow: "RU",
  moskou: "RU",
  kyiv: "UA",
  kiev: "UA",
  beijing: "CN",
  peking: "CN",
  ankara: "TR",
  tehran: "IR",
  teheran: "IR",
  pyongyang: "KP",
  seoul: "KR",
  tokyo: "JP",
  london: "GB",
  londen: "GB",
  paris: "FR",
  parijs: "FR",
  berlin: "DE",
  berlijn: "DE",
  warsaw: "PL",
  warschau: "PL",
  budapest: "HU",
  minsk: "BY",
  taipei: "TW",
  canberra: "AU",
  ottawa: "CA",
  "new delhi": "IN",
  damascus: "SY",
  riyadh: "SA",
  "the hague": "NL",
  "den haag": "NL",
  vilnius: "LT",
  riga: "LV",
  tallinn: "EE",
  helsinki: "FI",
  stockholm: "SE",
  oslo: "NO",
  copenhagen: "DK",
  kopenhagen: "DK",
  rome: "IT",
  madrid: "ES",
  athens: "GR",
  athene: "GR",
  bucharest: "RO",
  boekarest: "RO",
  prague: "CZ",
  praag: "CZ",
  bratislava: "SK",
  vienna: "AT",
  wenen: "AT",
  caracas: "VE",
  havana: "CU",
  baghdad: "IQ",
  bagdad: "IQ",
  islamabad: "PK",
  cairo: "EG",
};

/** What a government does and a city does not: the verb right after the capital. */
const ACTOR_VERB =
  /^\s+(?:(?:has|have|had|is|was|will|would|also|long|repeatedly|strongly|firmly|now|already|heeft|hebben|zal|zou|ook|al|nog|fel)\s+)*(?:said|says|condemned|condemns|criticised|criticized|criticises|criticizes|accused|accuses|backs|backed|supports|supported|opposes|opposed|warned|warns|rejected|rejects|denied|denies|insisted|insists|wants|demanded|demands|responded|welcomed|welcomes|threatened|threatens|blamed|blames|protested|vowed|zegt|zei|veroordeelde|veroordeelt|steunt|steunde|waarschuwde|waarschuwt|beschuldigt|beschuldigde|eist|eiste|verwierp|verwerpt|reageerde|dreigde|dreigt|protesteerde|bekritiseerde)(?![\p{L}])/u;

/** A preposition before the capital makes it a place ("talks in Moscow said …" is rare). */
const PLACE_PREP_BEFORE = /(?:^|\s)(?:in|at|to|from|near|naar|uit|van|bij|op|rond|via)\s+$/u;

/**
 * `capital-actors`: a capital that says, condemns, backs or opposes is its state's government: the
 * mention becomes the state ("Moscow condemned the enlargement" → Russia; "Beijing has long
 * opposed AUKUS" → China OPPOSES AUKUS). Only the capitals in the table above, only before such a
 * verb, never after a preposition of place.
 */
export function recogniseCapitalActors(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== "Location" || m.nested) continue;
    const record = registry.get(m.key);
    const iso = record && CAPITAL_STATES[foldKey(doc.text.slice(m.start, m.end))];
    if (!iso) continue;
    if (!ACTOR_VERB.test(doc.folded.slice(m.end, m.end + 60))) continue;
    if (PLACE_PREP_BEFORE.test(doc.folded.slice(Math.max(0, m.start - 8), m.start))) continue;
    const country = gazetteer.kb.countries.find((c: KbCountry) => c.iso2 === iso);
    if (!country) continue;
    const state = registry.fromKb(country);
    state.aliases.add(doc.text.slice(m.start, m.end));
    mentions.splice(i, 1, { ...m, key: state.key, type: "Country", via: "alias" });
  }
}
