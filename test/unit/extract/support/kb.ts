import { entityId } from "../../../../src/domain/identity.ts";
import type { EntityType } from "../../../../src/domain/vocabulary.ts";
import type {
  KbAssetKind,
  KbCountry,
  KbEntity,
  KbEquipment,
  KbPerson,
  KnowledgeBase,
} from "../../../../src/kb/types.ts";

/** A small hand-made knowledge base, so stage tests do not depend on the shipped data. */
export function createTestKnowledgeBase(): KnowledgeBase {
  const entity = (
    type: EntityType,
    name: string,
    aliases: string[],
    extra: Partial<KbEntity> = {},
  ): KbEntity => ({ id: entityId(type, name), type, name, aliases, source: "test", ...extra });
  const country = (
    name: string,
    iso2: string,
    aliases: string[],
    adjectives: string[],
    wikidataId?: string,
  ): KbCountry => ({
    ...entity("Country", name, aliases, wikidataId ? { wikidataId } : {}),
    type: "Country",
    iso2,
    iso3: iso2,
    adjectives,
  });
  const countries: KbCountry[] = [
    country(
      "Netherlands",
      "NL",
      ["Nederland", "the Netherlands"],
      ["Nederlandse", "Nederlands", "Dutch"],
      "Q55",
    ),
    country("Canada", "CA", [], ["Canadese", "Canadees", "Canadian", "Canadians"], "Q16"),
    country(
      "United States",
      "US",
      ["Verenigde Staten", "U.S.", "US", "USA", "Amerika"],
      ["Amerikaanse", "Amerikaans", "American", "Americans"],
      "Q30",
    ),
    country("Iraq", "IQ", ["Irak"], ["Iraakse", "Iraaks", "Iraqi", "Iraqis"], "Q796"),
    country("Syria", "SY", ["Syrië"], ["Syrische", "Syrian"], "Q858"),
    country("Jordan", "JO", ["Jordanië"], ["Jordaanse", "Jordanian"]),
    country("Belgium", "BE", ["België"], ["Belgische", "Belgian"]),
    country("Germany", "DE", ["Duitsland"], ["Duitse", "German"]),
    country("Lithuania", "LT", ["Litouwen"], ["Litouwse", "Lithuanian"]),
    country("Mali", "ML", [], ["Malinese", "Malian"]),
    country("United Kingdom", "GB", ["Verenigd Koninkrijk", "UK"], ["Britse", "British"]),
  ];
  const entities: KbEntity[] = [
    entity("Event", "Northern Anvil", ["Exercise Northern Anvil"], { kind: "exercise" }),
    entity("Organisation", "NATO", ["NAVO", "North Atlantic Treaty Organization"], {
      kind: "alliance",
      wikidataId: "Q7184",
    }),
    entity("Organisation", "ISIS", ["IS", "ISIL", "Islamic State", "Islamitische Staat", "Daesh"], {
      kind: "armed-group",
    }),
    entity(
      "Organisation",
      "anti-ISIS coalition",
      ["anti-ISIS-coalitie", "Global Coalition to Defeat ISIS", "counter-ISIS coalition"],
      { kind: "coalition" },
    ),
    entity("Organisation", "United Nations", ["UN", "VN", "Verenigde Naties"], {
      kind: "organisation",
    }),
    entity("Organisation", "European Union", ["EU", "Europese Unie"], { kind: "union" }),
    entity("Organisation", "Tweede Kamer", ["Kamer", "House of Representatives"], {
      kind: "parliament",
      country: "NL",
    }),
    entity("Organisation", "SP", ["Socialistische Partij"], { kind: "party", country: "NL" }),
    entity("Organisation", "PVV", ["Partij voor de Vrijheid"], { kind: "party", country: "NL" }),
    entity("Organisation", "DENK", [], { kind: "party", country: "NL" }),
    entity("Organisation", "NORAD", ["North American Aerospace Defense Command"], {
      kind: "command",
    }),
    entity("Mission", "NATO Mission Iraq", ["NMI", "NAVO-missie in Irak"], {
      kind: "mission",
      ledBy: "NATO",
      country: "IQ",
    }),
    entity("Mission", "Capacity Building Mission Iraq", ["CBMI"], {
      kind: "mission",
      ledBy: "anti-ISIS coalition",
      country: "IQ",
    }),
    entity("Mission", "Enhanced Forward Presence", ["eFP"], { kind: "mission", ledBy: "NATO" }),
    entity("Mission", "MINUSMA", [], { kind: "mission", ledBy: "United Nations", country: "ML" }),
    entity("Location", "Ottawa", [], { kind: "city", country: "CA" }),
    entity("Location", "Erbil", ["Arbil", "Irbil"], { kind: "city", country: "IQ" }),
    entity("Location", "Baghdad", ["Bagdad"], { kind: "city", country: "IQ" }),
    entity("Location", "Basmaya", ["Besmaya"], { kind: "base", country: "IQ" }),
    entity("Location", "Taji", [], { kind: "base", country: "IQ" }),
    entity("Location", "Kurdistan Region", ["Koerdistan Autonome Regio", "Iraqi Kurdistan"], {
      kind: "region",
      country: "IQ",
    }),
    entity("Location", "Pentagon", ["The Pentagon"], { kind: "building", country: "US" }),
    entity("Location", "Washington, D.C.", ["Washington", "Washington D.C."], {
      kind: "city",
      country: "US",
    }),
    entity("Location", "Rukla", [], { kind: "base", country: "LT" }),
    entity("Location", "Vilnius", [], { kind: "city", country: "LT" }),
    entity("Location", "Gao", [], { kind: "city", country: "ML" }),
    entity("Location", "Brussels", ["Brussel"], { kind: "city", country: "BE" }),
    entity("Organisation", "Royal Netherlands Navy", ["Koninklijke Marine", "Marine"], {
      kind: "armed-forces",
      country: "NL",
      caseSensitiveAliases: ["Marine"],
    }),
    entity("Organisation", "Helix Aerospace", ["Helix"], { kind: "company", country: "US" }),
    entity("Organisation", "Dutch Ministry of Defence", ["ministerie van Defensie", "Defensie"], {
      kind: "ministry",
      portfolio: "defence",
      country: "NL",
      caseSensitiveAliases: ["Defensie"],
    }),
  ];
  const person = (name: string, aliases: string[], role: string, of: string): KbPerson => ({
    ...entity("Person", name, aliases),
    type: "Person",
    roles: [{ role, of }],
  });
  const people: KbPerson[] = [
    person("Ank Bijleveld", ["Ank Bijleveld-Schouten"], "Minister of Defence", "Netherlands"),
    person(
      "James Mattis",
      ["Jim Mattis", "James N. Mattis"],
      "Secretary of Defense",
      "United States",
    ),
    person("Harjit Sajjan", ["Harjit Singh Sajjan"], "Minister of National Defence", "Canada"),
    // Office holders who share a surname: told apart by portfolio and by term.
    person("Joost Verbeek", [], "Minister of Defence", "Netherlands"),
    person("Marit Verbeek", [], "Minister of Foreign Affairs", "Netherlands"),
    {
      ...person("Anna Holt", [], "Secretary of Defense", "United States"),
      roles: [{ role: "Secretary of Defense", of: "United States", from: "2003", until: "2006" }],
    },
    {
      ...person("Brian Holt", [], "Secretary of Defense", "United States"),
      roles: [
        { role: "Secretary of Defense", of: "United States", from: "2016-01", until: "2019-06" },
      ],
    },
  ];
  const equipment: KbEquipment[] = [
    { model: "F-16", aliases: ["F-16s", "F16"], category: "AIRCRAFT", source: "test" },
    {
      model: "HNLMS Tromp",
      class: "De Zeven Provinciën-class frigate",
      aliases: ["Zr.Ms. Tromp", "Zr. Ms. Tromp"],
      category: "SHIP",
      source: "test",
    },
    { model: "F-35", aliases: ["F-35s", "F35"], category: "AIRCRAFT", source: "test" },
    {
      model: "CH-47 Chinook",
      aliases: ["Chinook", "Chinooks"],
      category: "HELICOPTER",
      source: "test",
    },
    {
      model: "Patriot",
      aliases: ["Patriot-systemen", "Patriot systems"],
      category: "AIR_DEFENCE",
      source: "test",
    },
  ];
  const assetKinds: KbAssetKind[] = [
    {
      name: "military advisers",
      aliases: [
        "militaire adviseurs",
        "militair adviseur",
        "military adviser",
        "military advisors",
      ],
      category: "PERSONNEL",
      source: "test",
    },
    {
      name: "trainers",
      aliases: ["trainer", "instructeurs", "instructors"],
      category: "PERSONNEL",
      source: "test",
    },
    {
      name: "civilian experts",
      aliases: ["civiele experts", "civiel expert", "civilian expert"],
      category: "PERSONNEL",
      source: "test",
    },
    {
      name: "transport helicopters",
      aliases: ["transporthelikopters", "transporthelikopter", "transport helicopter"],
      category: "HELICOPTER",
      source: "test",
    },
    { name: "detachment", aliases: ["detachement"], category: "UNIT", source: "test" },
    {
      name: "personnel",
      aliases: ["militairen", "troops", "soldiers", "soldaten"],
      category: "PERSONNEL",
      source: "test",
    },
    {
      name: "frigate",
      aliases: ["fregat", "fregatten", "frigates"],
      category: "SHIP",
      source: "test",
    },
  ];
  const all = new Map<string, KbEntity>();
  for (const e of [...entities, ...countries, ...people]) all.set(e.id, e);
  return { entities, countries, people, equipment, assetKinds, byId: (id) => all.get(id) };
}
