import { beforeAll, describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/domain/vocabulary.ts";
import type { Finding, Mention } from "../../../src/ingest/extract/model.ts";
import { EntityRegistry } from "../../../src/ingest/extract/model.ts";
import type { Arg, RuleContext } from "../../../src/ingest/extract/relations/engine.ts";
import { listMembers } from "../../../src/ingest/extract/relations/list-members.ts";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

describe("ships in a list that gives the prefix once (tenth round)", () => {
  it("a prefix before three names names three ships of its navy", () => {
    const r = extractShipped(
      "HMS Kent, Lancaster and Iron Duke sailed from Portsmouth on Tuesday.",
      "en",
    );
    for (const ship of ["HMS Kent", "HMS Lancaster", "HMS Iron Duke"]) {
      expect(r.names).toContain(`Asset:${ship} (United Kingdom)`);
      expect(r.entity(`${ship} (United Kingdom)`)?.properties?.owner).toBe("United Kingdom");
      expect(r.has(`${ship} (United Kingdom)`, "LOCATED_IN", "Portsmouth")).toBe(true);
    }
  });

  it("a plural class noun, or a plural verb, makes two names two ships", () => {
    const en = extractShipped("The destroyers USS Mason and Gravely escorted the convoy.", "en");
    expect(en.names).toContain("Asset:USS Gravely (United States)");
    const nl = extractShipped("Zr.Ms. Tromp en Evertsen varen morgen uit.", "nl");
    expect(nl.names).toContain("Asset:HNLMS Evertsen");
  });

  it("a class noun and a list of names after a prefixed ship share its prefix", () => {
    const r = extractShipped(
      "HMS Kent led minehunters Bangor, Penzance and Shoreham through the Channel.",
      "en",
    );
    for (const ship of ["Bangor", "Penzance", "Shoreham"])
      expect(r.names).toContain(`Asset:HMS ${ship} (United Kingdom)`);
  });

  it("a name after 'and' without a plural is no ship; a state or a comma-only run ends it", () => {
    const one = extractShipped("HMS Kent and Portsmouth City Council signed a charter.", "en");
    expect(one.names.some((n) => n.startsWith("Asset:HMS Portsmouth"))).toBe(false);
    const state = extractShipped("HMS Kent, Spain and Italy exercised together.", "en");
    expect(state.names).toContain("Country:Spain");
    expect(state.names.some((n) => n.startsWith("Asset:HMS Spain"))).toBe(false);
    const named = extractShipped("HMS Kent and Operation Atalanta were both mentioned.", "en");
    expect(named.names.some((n) => n.startsWith("Asset:HMS Operation"))).toBe(false);
    const open = extractShipped("HMS Kent, Captain Smith said, is ready.", "en");
    expect(open.names.filter((n) => n.startsWith("Asset:"))).toEqual([
      "Asset:HMS Kent (United Kingdom)",
    ]);
  });
});

describe("numbered units that share their head noun (tenth round)", () => {
  it("'the 31st and 56th Fighter Wings' are two wings, as each alone would be", () => {
    const r = extractShipped(
      "Pilots from the 31st and 56th Fighter Wings flew over the range.",
      "en",
    );
    expect(r.names).toContain("Organisation:31st Fighter Wing");
    expect(r.names).toContain("Organisation:56th Fighter Wing");
    const single = extractShipped("Pilots from the 56th Fighter Wing flew over the range.", "en");
    expect(single.names).toContain("Organisation:56th Fighter Wing");
  });

  it("three numbers and a Dutch singular head", () => {
    const en = extractShipped("The 2nd, 3rd and 5th Armoured Brigades moved north.", "en");
    for (const n of ["2nd", "3rd", "5th"])
      expect(en.names).toContain(`Organisation:${n} Armoured Brigade`);
    const nl = extractShipped(
      "Militairen van de 12e en 14e Gemechaniseerde Brigade oefenen.",
      "nl",
    );
    expect(nl.names).toContain("Organisation:12e Gemechaniseerde Brigade");
    expect(nl.names).toContain("Organisation:14e Gemechaniseerde Brigade");
  });

  it("a member the knowledge base knows by its single form is the known unit", () => {
    const single = extractShipped("Militairen van de 11 Luchtmobiele Brigade oefenen.", "nl");
    const known = single.names.find((n) => n.startsWith("Organisation:"));
    expect(known).toBeDefined();
    const r = extractShipped("Militairen van de 11e en 12e Luchtmobiele Brigade oefenen.", "nl");
    expect(r.names).toContain(known);
    expect(r.names).toContain("Organisation:12e Luchtmobiele Brigade");
  });

  it("numbered battalions share the regiment named after them", () => {
    const r = extractShipped("Soldiers of the 1st and 4th Battalions, The Rifles, arrived.", "en");
    expect(r.names).toContain("Organisation:1st Battalion, The Rifles");
    expect(r.names).toContain("Organisation:4th Battalion, The Rifles");
  });

  it("dates and counts are no units; a bare head needs the regiment", () => {
    const date = extractShipped("The talks ran on the 3rd and 4th of June.", "en");
    expect(date.names.some((n) => n.startsWith("Organisation:"))).toBe(false);
    const bare = extractShipped("Between the 1st and 2nd Battalions there was a gap.", "en");
    expect(bare.names.some((n) => /Battalion/u.test(n))).toBe(false);
    const one = extractShipped("The 3rd and 4th Brigade exercises were cancelled.", "en");
    expect(one.names.some((n) => /3rd/u.test(n))).toBe(false);
  });
});

/** Whether the list-members pass added a relation (its rules are named `lists.*`). */
function listed(r: ReturnType<typeof extractShipped>): boolean {
  return r.relations.some((x) => x.evidence?.some((e) => e.rule?.startsWith("lists.")));
}

describe("what a sentence states once for a coordinated list (tenth round, list-members)", () => {
  it("a place closing a list of places holds each (EN and NL)", () => {
    const en = extractShipped("The jets will fly from Rota and Moron, Spain, next month.", "en");
    expect(en.has("Rota", "LOCATED_IN", "Spain")).toBe(true);
    const nl = extractShipped("De militairen zijn gelegerd in Gao en Kidal, Mali.", "nl");
    expect(nl.has("Gao", "LOCATED_IN", "Mali")).toBe(true);
    expect(nl.has("Kidal", "LOCATED_IN", "Mali")).toBe(true);
  });

  it("a description after a list of ships holds for each ship", () => {
    const r = extractShipped(
      "The destroyers USS Mason and Gravely, based at Norfolk, Virginia, left port.",
      "en",
    );
    expect(r.has("USS Mason (United States)", "LOCATED_IN", "Norfolk")).toBe(true);
    expect(r.has("USS Gravely (United States)", "LOCATED_IN", "Norfolk")).toBe(true);
  });

  it("a comma and a conjunction between two names start a new clause, not a list", () => {
    const list = extractShipped(
      "De jets vliegen vanuit Gao en Kidal, Mali, naar het noorden.",
      "nl",
    );
    expect(listed(list)).toBe(true);
    const r = extractShipped("De jets vliegen vanuit Gao, en Kidal, Mali, is het doel.", "nl");
    expect(listed(r)).toBe(false);
  });

  it("a name after 'together with' is no member of the list before it", () => {
    const r = extractShipped(
      "The jets fly from Rota, together with Moron, Spain, next month.",
      "en",
    );
    expect(listed(r)).toBe(false);
  });

  it("offices are each person's own: a list of people shares no REPRESENTS", () => {
    const r = extractShipped(
      "Secretary Austin and Minister Marles of Australia met in Brisbane.",
      "en",
    );
    expect(listed(r)).toBe(false);
  });
});

describe("a nationality before a nominal trigger after a preposition (tenth round)", () => {
  it("'waardering voor de Nederlandse inzet in A, B en C': the state works in each", () => {
    const r = extractShipped(
      "De minister sprak lof uit over de Nederlandse inzet in Irak, Litouwen en Mali.",
      "nl",
    );
    for (const place of ["Iraq", "Lithuania", "Mali"])
      expect(r.has("Netherlands", "OPERATES_IN", place)).toBe(true);
  });

  it("a nationality qualifying another noun before the trigger is no subject", () => {
    const r = extractShipped(
      "De minister sprak lof uit over de Nederlandse bijdrage en de inzet in Irak.",
      "nl",
    );
    expect(r.has("Netherlands", "OPERATES_IN", "Iraq")).toBe(false);
  });
});

describe("list members and their own state (tenth round)", () => {
  /** One sentence's view over `text`, its arguments at the given names, as the engine builds it. */
  function context(text: string, names: [string, EntityType, string][]) {
    const registry = new EntityRegistry();
    const args: Arg[] = names.map(([surface, type, name], i) => {
      const record = registry.fromName(type, name, type === "Asset" ? { owner: "Norway" } : {});
      const start = text.indexOf(surface);
      const mention: Mention = {
        start,
        end: start + surface.length,
        key: record.key,
        type,
        nested: false,
        via: type === "Asset" ? "ship" : "alias",
      };
      return { mention, clause: 0, aside: false, group: i };
    });
    const folded = text.toLowerCase();
    const view = { index: 0, start: 0, end: text.length, folded, text, args, clauseStarts: [0] };
    const key = (name: string) => [...registry.records.values()].find((r) => r.name === name)!.key;
    return { registry, view, key };
  }

  it("a ship listed with another flag's ship does not cooperate with its own state", () => {
    const text = "HNoMS Nansen and USS Mason trained with Norway today.";
    const { registry, view, key } = context(text, [
      ["HNoMS Nansen", "Asset", "HNoMS Nansen (Norway)"],
      ["USS Mason", "Asset", "USS Mason (United States)"],
      ["Norway", "Country", "Norway"],
    ]);
    registry.get(key("USS Mason (United States)"))!.properties.owner = "United States";
    const findings: Finding[] = [
      {
        type: "COOPERATES_WITH",
        source: key("USS Mason (United States)"),
        target: key("Norway"),
        rule: "cooperates.with",
        confidence: 0.7,
        sentence: 0,
      },
      {
        type: "LOCATED_IN",
        source: key("USS Mason (United States)"),
        target: key("Norway"),
        rule: "located.in",
        confidence: 0.7,
        sentence: 0,
      },
    ];
    const doc = { text, folded: text.toLowerCase() } as unknown as RuleContext["doc"];
    listMembers({ doc, views: [view], findings }, registry);
    const added = findings.slice(2).map((f) => `${f.type} ${f.source}`);
    expect(added).toEqual([]);
    // Without the owner, the ship would take what the list states.
    registry.get(key("HNoMS Nansen (Norway)"))!.properties.owner = "Denmark";
    listMembers({ doc, views: [view], findings }, registry);
    expect(findings.slice(2).map((f) => `${f.type} ${f.rule}`)).toEqual([
      "COOPERATES_WITH lists.cooperates",
      "LOCATED_IN lists.located",
    ]);
  });
});
