import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseName } from "../../../src/domain/text.ts";
import type { KbEntity, KnowledgeBase } from "../../../src/kb/index.ts";
import { KbDataError, loadKnowledgeBase } from "../../../src/kb/index.ts";

const kb = loadKnowledgeBase({ env: {} });

function tempDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "newsgraph-kb-"));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(
      path.join(dir, name),
      typeof content === "string" ? content : JSON.stringify(content),
    );
  }
  return dir;
}

function named(base: KnowledgeBase, name: string): KbEntity | undefined {
  const n = normaliseName(name);
  return base.entities.find((e) => normaliseName(e.name) === n);
}

/** Every surface form that resolves references (partOf, ledBy, roles.of …) to an entity. */
function formIndex(base: KnowledgeBase): Set<string> {
  return new Set(base.entities.flatMap((e) => [e.name, ...e.aliases]).map(normaliseName));
}

describe("shipped knowledge base", () => {
  it("has every sovereign state, with Dutch and English names, ISO codes and a Wikidata id", () => {
    expect(kb.countries.length).toBeGreaterThanOrEqual(195);
    for (const c of kb.countries) {
      expect(c.iso2, c.name).toMatch(/^[A-Z]{2}$/);
      expect(c.iso3, c.name).toMatch(/^[A-Z]{3}$/);
      expect(c.namesByLanguage?.nl.length, `${c.name} nl names`).toBeGreaterThan(0);
      expect(c.namesByLanguage?.en.length, `${c.name} en names`).toBeGreaterThan(0);
      expect(c.wikidataId, c.name).toMatch(/^Q\d+$/);
      expect(c.lat, `${c.name} coordinates`).toBeTypeOf("number");
    }
    const iso = new Set(kb.countries.map((c) => c.iso2));
    expect(iso.size).toBe(kb.countries.length);
    // Territories are locations, not countries.
    for (const territory of ["AW", "GL", "PR", "HK", "CW"]) expect(iso.has(territory)).toBe(false);
  });

  it("gives every country Dutch and English nationality adjectives, except two that share theirs", () => {
    // Congo's and Dominica's adjectives (Congolese, Dominican) are those of DR Congo and the
    // Dominican Republic; the table leaves them out rather than make them ambiguous.
    const shared = new Set(["CG", "DM"]);
    for (const c of kb.countries.filter((c) => !shared.has(c.iso2))) {
      expect(c.adjectivesByLanguage?.nl.length, `${c.name} nl adjectives`).toBeGreaterThan(0);
      expect(c.adjectivesByLanguage?.en.length, `${c.name} en adjectives`).toBeGreaterThan(0);
    }
  });

  it("uses the well-known English canonical names and knows the Dutch forms", () => {
    const us = kb.byId("country:united-states");
    expect(us?.aliases).toEqual(expect.arrayContaining(["Verenigde Staten", "VS", "USA", "U.S."]));
    expect(kb.byId("country:netherlands")?.aliases).toEqual(
      expect.arrayContaining(["Nederland", "Holland"]),
    );
    expect(kb.byId("country:united-kingdom")?.aliases).toEqual(
      expect.arrayContaining(["Verenigd Koninkrijk", "UK", "Groot-Brittannië", "Britain"]),
    );
    const iraq = kb.countries.find((c) => c.iso2 === "IQ");
    expect(iraq?.adjectives).toEqual(expect.arrayContaining(["Iraaks", "Iraakse", "Iraqi"]));
    for (const name of ["Russia", "Syria", "Iran", "Turkey", "South Korea", "Moldova"]) {
      expect(named(kb, name)?.type, name).toBe("Country");
    }
  });

  it("marks short acronyms that are also words as case-sensitive", () => {
    expect(named(kb, "ISIS")?.caseSensitiveAliases).toContain("IS");
    expect(kb.byId("country:united-states")?.caseSensitiveAliases).toEqual(
      expect.arrayContaining(["US", "VS"]),
    );
    expect(named(kb, "DENK")?.caseSensitiveAliases).toContain("DENK");
    expect(named(kb, "European Union")?.caseSensitiveAliases).toContain("EU");
    // Long names stay case-insensitive.
    expect(named(kb, "NATO")?.caseSensitiveAliases ?? []).not.toContain(
      "Noord-Atlantische Verdragsorganisatie",
    );
  });

  it("states a source for every entry", () => {
    for (const e of kb.entities) expect(e.source, e.id).toMatch(/\S/);
    for (const q of kb.equipment) expect(q.source, q.model).toMatch(/\S/);
    for (const k of kb.assetKinds) expect(k.source, k.name).toMatch(/\S/);
  });

  it("covers each domain of the base", () => {
    const count = (type: string) => kb.entities.filter((e) => e.type === type).length;
    expect(count("Organisation")).toBeGreaterThan(250);
    expect(count("Mission")).toBeGreaterThan(50);
    expect(count("Location")).toBeGreaterThan(250);
    expect(kb.people.length).toBeGreaterThan(100);
    expect(kb.equipment.length).toBeGreaterThan(100);
    expect(kb.assetKinds.length).toBeGreaterThan(40);
    const parties = kb.entities.filter((e) => e.kind === "party" && e.country === "NL");
    expect(parties.map((p) => p.name)).toEqual(
      expect.arrayContaining(["VVD", "CDA", "D66", "PvdA", "GroenLinks", "SP", "PVV", "DENK"]),
    );
  });

  it("generates each country's defence ministry unless a curated one exists", () => {
    const iraqi = kb.byId("organisation:iraqi-ministry-of-defence");
    expect(iraqi?.aliases).toContain("Iraakse ministerie van Defensie");
    expect(iraqi?.partOf).toBe("Iraq");
    const usDefence = kb.entities.filter(
      (e) => e.country === "US" && e.portfolio === "defence" && e.type === "Organisation",
    );
    expect(usDefence.map((e) => e.name)).toEqual(["U.S. Department of Defense"]);
  });

  it("gives a curated ministry or force the generated forms that no other entry uses", () => {
    const ukraine = named(kb, "Ukrainian Ministry of Defence");
    expect(ukraine?.aliases).toEqual(
      expect.arrayContaining(["Ukraine's Ministry of Defence", "Ministry of Defence (Ukraine)"]),
    );
    expect(named(kb, "Kenya Defence Forces")?.aliases).toEqual(
      expect.arrayContaining(["Kenyan military", "Keniaanse strijdkrachten"]),
    );
    // "Italian army" names the Italian Army, a curated entry of its own, not the armed forces.
    expect(named(kb, "Italian Armed Forces")?.aliases.map(normaliseName)).not.toContain(
      normaliseName("Italian army"),
    );
    expect(named(kb, "Italian army")?.name).toBe("Italian Army");
  });

  it("resolves every reference between entries", () => {
    const forms = formIndex(kb);
    const missing: string[] = [];
    const check = (from: string, ref: string | undefined) => {
      if (ref && !forms.has(normaliseName(ref))) missing.push(`${from} → ${ref}`);
    };
    for (const e of kb.entities) {
      check(e.id, e.partOf);
      check(e.id, e.ledBy);
      check(e.id, e.headquarteredIn);
      for (const place of e.operatesIn ?? []) check(e.id, place);
    }
    for (const p of kb.people) for (const r of p.roles) check(p.id, r.of);
    const models = new Set(kb.equipment.map((q) => q.model));
    for (const q of kb.equipment) {
      if (q.class && !models.has(q.class)) missing.push(`${q.model} → ${q.class}`);
    }
    expect(missing).toEqual([]);
  });

  it("gives people's roles and every date a valid order", () => {
    for (const p of kb.people) {
      expect(p.roles.length, p.name).toBeGreaterThan(0);
      for (const r of p.roles) {
        if (r.from && r.until) expect(r.from <= r.until, `${p.name} ${r.role}`).toBe(true);
      }
    }
  });

  it("keeps surface forms unambiguous apart from a reviewed allow-list", () => {
    // A form naming several things makes linking guess. Each pair here was reviewed: both readings
    // are real and the extractor must decide from context.
    const allowed = new Set<string>([]);
    const owners = new Map<string, Set<string>>();
    const add = (form: string, owner: string) => {
      const key = normaliseName(form);
      const set = owners.get(key) ?? new Set<string>();
      set.add(owner);
      owners.set(key, set);
    };
    for (const e of kb.entities) {
      for (const f of [e.name, ...e.aliases, ...(e.adjectives ?? [])]) add(f, e.id);
    }
    for (const c of kb.countries) for (const a of c.adjectives) add(a, c.id);
    for (const q of kb.equipment)
      for (const f of [q.model, ...q.aliases]) add(f, `equipment:${q.model}`);
    for (const k of kb.assetKinds) for (const f of [k.name, ...k.aliases]) add(f, `kind:${k.name}`);
    const collisions = [...owners]
      .filter(([form, set]) => set.size > 1 && !allowed.has(form))
      .map(([form, set]) => `${form}: ${[...set].join(", ")}`);
    expect(collisions).toEqual([]);
  });

  it("is memoised for the default directories", () => {
    expect(loadKnowledgeBase()).toBe(loadKnowledgeBase());
  });
});

describe("data validation", () => {
  const entities = (entries: unknown[], extra: Record<string, unknown> = {}) => ({
    format: "entities",
    type: "Organisation",
    source: "test",
    entries,
    ...extra,
  });

  it("names the file and the entry of a bad entry", () => {
    const dir = tempDir({
      "mine.json": entities([{ name: "Ok" }, { name: "Bad", country: "Netherlands" }]),
    });
    expect(() => loadKnowledgeBase({ extraDirs: [dir], env: {} })).toThrowError(
      /mine\.json, entry #1 "Bad": country: expected an ISO 3166-1 alpha-2 code/,
    );
  });

  it("rejects a misspelt field instead of ignoring it", () => {
    const dir = tempDir({ "typo.json": entities([{ name: "X", alias: ["Y"] }]) });
    expect(() => loadKnowledgeBase({ extraDirs: [dir], env: {} })).toThrowError(
      /typo\.json, entry #0 "X":.*alias/,
    );
  });

  it("rejects an unknown asset category and names the model", () => {
    const dir = tempDir({
      "eq.json": {
        format: "equipment",
        source: "t",
        entries: [{ model: "Z-1", category: "PLANE" }],
      },
    });
    expect(() => loadKnowledgeBase({ extraDirs: [dir], env: {} })).toThrowError(
      /eq\.json, entry #0 "Z-1": category/,
    );
  });

  it("rejects invalid JSON, a file without a source and an entity without a type", () => {
    const broken = tempDir({ "broken.json": "{ not json" });
    expect(() => loadKnowledgeBase({ extraDirs: [broken], env: {} })).toThrowError(
      /broken\.json: not valid JSON/,
    );
    const noSource = tempDir({ "s.json": { format: "entities", type: "Person", entries: [] } });
    expect(() => loadKnowledgeBase({ extraDirs: [noSource], env: {} })).toThrowError(
      /s\.json: source/,
    );
    const noType = tempDir({
      "t.json": { format: "entities", source: "t", entries: [{ name: "A" }] },
    });
    expect(() => loadKnowledgeBase({ extraDirs: [noType], env: {} })).toThrowError(KbDataError);
  });

  it("rejects an ISO code that is not a country", () => {
    const dir = tempDir({
      "c.json": { format: "countries", source: "t", entries: [{ iso2: "QQ" }] },
    });
    expect(() => loadKnowledgeBase({ extraDirs: [dir], env: {} })).toThrowError(/QQ/);
  });

  it("names a user directory that does not exist", () => {
    const missing = path.join(tmpdir(), "newsgraph-kb-does-not-exist");
    expect(() => loadKnowledgeBase({ env: { NEWSGRAPH_KB_DIR: missing } })).toThrowError(
      /newsgraph-kb-does-not-exist: cannot read the directory/,
    );
  });
});

describe("user extension", () => {
  it("merges a user directory: aliases are unioned and the user's fields win", () => {
    const dir = tempDir({
      "extra.json": entities2([
        { name: "NATO", aliases: ["Bondgenootschap"], kind: "military-alliance" },
        { name: "Frisian Defence League", aliases: ["FDL"], country: "NL", kind: "party" },
      ]),
    });
    const merged = loadKnowledgeBase({ extraDirs: [dir], env: {} });
    const nato = named(merged, "NATO");
    expect(nato?.aliases).toEqual(expect.arrayContaining(["NAVO", "Bondgenootschap"]));
    expect(nato?.kind).toBe("military-alliance");
    expect(nato?.wikidataId).toBe("Q7184");
    expect(named(merged, "Frisian Defence League")?.source).toBe("my notes");
    // The shipped base is untouched.
    expect(named(kb, "NATO")?.kind).toBe("alliance");
  });

  it("reads NEWSGRAPH_KB_DIR and adds country adjectives, people and equipment", () => {
    const root = mkdtempSync(path.join(tmpdir(), "newsgraph-kb-env-"));
    const dir = path.join(root, "kb");
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, "countries.json"),
      JSON.stringify({
        format: "countries",
        source: "mine",
        entries: [{ iso2: "CG", nl: ["Congolees (Brazzaville)"] }],
      }),
    );
    writeFileSync(
      path.join(dir, "people.json"),
      JSON.stringify({
        format: "entities",
        type: "Person",
        source: "mine",
        entries: [
          {
            name: "Jan Jansen",
            roles: [{ role: "Minister of Defence", of: "Netherlands", from: "2031" }],
          },
        ],
      }),
    );
    writeFileSync(
      path.join(dir, "equipment.json"),
      JSON.stringify({
        format: "equipment",
        source: "mine",
        entries: [{ model: "F-16", aliases: ["Viper"], category: "AIRCRAFT" }],
      }),
    );
    const merged = loadKnowledgeBase({ env: { NEWSGRAPH_KB_DIR: dir } });
    expect(merged.countries.find((c) => c.iso2 === "CG")?.adjectives).toContain(
      "Congolees (Brazzaville)",
    );
    expect(merged.people.find((p) => p.name === "Jan Jansen")?.roles[0]?.of).toBe("Netherlands");
    const f16 = merged.equipment.find((q) => q.model === "F-16");
    expect(f16?.aliases).toEqual(expect.arrayContaining(["F16", "Viper"]));
    expect(f16?.source).toBe("mine");
  });
});

function entities2(entries: unknown[]) {
  return { format: "entities", type: "Organisation", source: "my notes", entries };
}
