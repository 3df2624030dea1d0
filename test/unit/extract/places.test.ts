import { describe, expect, it } from "vitest";
import { extract } from "./support/extract.ts";

const places = (names: string[]) => names.filter((n) => n.startsWith("Location:"));

describe("places introduced by a typing word", () => {
  it("'the town of X', 'de havenstad X' and 'een basis in X' name places", () => {
    const en = extract("The soldiers arrived in the town of Brenzk on Monday.", "en");
    expect(places(en.names)).toEqual(["Location:Brenzk"]);
    const nl = extract("De havenstad Merovo en een militaire basis in Talka werden bezocht.", "nl");
    expect(places(nl.names)).toEqual(["Location:Merovo", "Location:Talka"]);
  });

  it("a known name stays the dictionary's, and months or function words are no places", () => {
    const r = extract(
      "They met in the city of Brussels. The camp in March was cold. A base in The open.",
      "en",
    );
    expect(places(r.names)).toEqual(["Location:Brussels"]);
  });
});
