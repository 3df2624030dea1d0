import { describe, expect, it } from "vitest";
import { extract } from "./support/extract.ts";

const events = (names: string[]) => names.filter((n) => n.startsWith("Event:"));

describe("exercises", () => {
  it("an edition of a known series is one event, whatever spelling of the year", () => {
    const r = extract(
      "Troops from ten nations joined Northern Anvil 19 in May. Northern Anvil is held yearly.",
      "en",
      "Northern Anvil 2019 Begins",
    );
    expect(events(r.names)).toEqual(["Event:Northern Anvil 19"]);
    expect(r.entity("Northern Anvil 19")?.mentions).toHaveLength(3);
  });

  it("a known series without an edition is the series", () => {
    const r = extract("The Netherlands takes part in Northern Anvil every year.", "en");
    expect(events(r.names)).toEqual(["Event:Northern Anvil"]);
  });

  it("unknown exercises are named by 'Exercise', 'oefening' or a following exercise noun", () => {
    const en = extract(
      "Exercise Iron Harbour 2021 started and the Sand Viper 21 exercise ended.",
      "en",
    );
    expect(events(en.names)).toEqual(["Event:Iron Harbour 2021", "Event:Sand Viper 21"]);
    const nl = extract("Nederland doet mee aan de oefening Groene Valk.", "nl");
    expect(events(nl.names)).toEqual(["Event:Groene Valk"]);
  });

  it("a nationality or sentence word after 'exercise' is no exercise name", () => {
    const r = extract("During the exercise Dutch soldiers trained. Exercise The best.", "en");
    expect(events(r.names)).toEqual([]);
  });

  it("an exercise takes part in relations like any event", () => {
    const r = extract("Nederland neemt deel aan de oefening Groene Valk.", "nl");
    expect(r.triples).toContain("Netherlands -PARTICIPATES_IN-> Groene Valk");
  });
});
