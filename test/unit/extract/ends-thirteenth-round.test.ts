import { beforeAll, describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

// The shipped knowledge base is built once, outside the timed tests.
beforeAll(() => {
  extractShipped("Warmup.", "en");
}, 60_000);

describe("a compass word before a continent or an ocean names a region (thirteenth round)", () => {
  it("'the western Pacific', 'South Atlantic', 'southeast Europe' are regions of their own", () => {
    const r = extractShipped(
      "The destroyer patrolled the western Pacific before a tour of the South Atlantic. Ministers spoke about southeast Europe.",
      "en",
    );
    expect(r.names).toContain("Location:western Pacific");
    expect(r.names).toContain("Location:South Atlantic");
    expect(r.names).toContain("Location:southeast Europe");
    // The continent or ocean inside is part of the region's name, no entity of its own.
    expect(r.names).not.toContain("Location:Pacific Ocean");
    expect(r.names).not.toContain("Location:Europe");
  });

  it("a ship works over such a region: OPERATES_IN, not LOCATED_IN", () => {
    const r = extractShipped(
      "HMS Grafton will deploy to northern Europe with the task group.",
      "en",
    );
    expect(r.has("HMS Grafton (United Kingdom)", "OPERATES_IN", "northern Europe")).toBe(true);
    expect(r.has("HMS Grafton (United Kingdom)", "LOCATED_IN", "northern Europe")).toBe(false);
  });

  it("a sea keeps its name: the compass word there is a modifier", () => {
    const r = extractShipped(
      "The frigates exercised in the northern Arabian Sea and the southern Red Sea.",
      "en",
    );
    expect(r.names).toContain("Location:Arabian Sea");
    expect(r.names).toContain("Location:Red Sea");
    expect(r.names.some((n) => /northern|southern/u.test(n))).toBe(false);
  });

  it("a compass word before a plain noun or a town is no region", () => {
    const r = extractShipped("Troops moved to the northern sector near Warsaw.", "en");
    expect(r.names.some((n) => n.startsWith("Location:northern"))).toBe(false);
  });
});

describe("regions, services and partnerships of the knowledge base (thirteenth round)", () => {
  it("'Asia-Pacific' and 'Asia Pacific region' are one region, not Asia and the Pacific", () => {
    const r = extractShipped(
      "They discussed security in the Asia-Pacific region. The Asia Pacific remains a priority.",
      "en",
    );
    expect(r.names).toContain("Location:Asia-Pacific");
    expect(r.names).not.toContain("Location:Asia");
    expect(r.names).not.toContain("Location:Pacific Ocean");
  });

  it("'the Western Balkans' is its own region; 'the Balkans' stays the Balkans", () => {
    const r = extractShipped("Austria supports reform in western Balkan countries.", "en");
    expect(r.names).toContain("Location:Western Balkans");
    const s = extractShipped("Nederlandse militairen gaan naar de Balkan.", "nl");
    expect(s.names).toContain("Location:Balkans");
    expect(s.names).not.toContain("Location:Western Balkans");
  });

  it("NATO's Mediterranean Dialogue is a partnership of NATO; its sea word names no sea", () => {
    const r = extractShipped("The frigate also joined NATO's Mediterranean Dialogue.", "en");
    expect(r.names).toContain("Organisation:Mediterranean Dialogue");
    expect(r.has("Mediterranean Dialogue", "PART_OF", "NATO")).toBe(true);
    expect(r.names).not.toContain("Location:Mediterranean Sea");
    // The sea named on its own is still the sea.
    const s = extractShipped("The frigate sailed into the Mediterranean.", "en");
    expect(s.names).toContain("Location:Mediterranean Sea");
  });

  it("Dutch police and justice bodies: Nationale Politie, DSI, Openbaar Ministerie", () => {
    const r = extractShipped(
      "Aan de oefening deden de Nationale Politie en de Dienst Speciale Interventies mee. Een delegatie van het Openbaar Ministerie keek toe.",
      "nl",
    );
    expect(r.names).toContain("Organisation:Dutch National Police");
    expect(r.names).toContain("Organisation:Dienst Speciale Interventies");
    expect(r.names).toContain("Organisation:Public Prosecution Service (Netherlands)");
    // A lower-case "politie" alone is no body of the knowledge base.
    const s = extractShipped("De politie was ook aanwezig bij de oefening.", "nl");
    expect(s.names).not.toContain("Organisation:Dutch National Police");
  });

  it("the Fleet Air Arm is part of the Royal Navy", () => {
    const r = extractShipped(
      "The Fleet Air Arm flew its last Lynx from the frigate, the Royal Navy said.",
      "en",
    );
    expect(r.names).toContain("Organisation:Fleet Air Arm");
    expect(r.has("Fleet Air Arm", "PART_OF", "Royal Navy")).toBe(true);
    // A fleet's air wing in lower case is no service.
    const s = extractShipped("The fleet air arm of the carrier was small.", "en");
    expect(s.names).not.toContain("Organisation:Fleet Air Arm");
  });
});
