import { describe, expect, it } from "vitest";
import { foldName, normaliseName, slugify } from "../../../src/domain/text.ts";

describe("normaliseName", () => {
  // The memo and the printable-ASCII shortcut must give what the full folding gives.
  const names = [
    "NATO",
    "  Ank   Bijleveld-Schouten ",
    "tab\tand\nnewline",
    "O'Brien",
    "O\u2019Brien",
    "Ministerie van Defensie",
    "Yeşilgöz",
    "Zelensky\u00a0Volodymyr",
    "Ærø",
    "ﬁnal",
    "İstanbul",
    "Ş",
    "",
    "  ",
  ];

  it("gives the full folding for ASCII and other names, the first time and again", () => {
    for (const name of names) {
      expect(normaliseName(name), name).toBe(foldName(name));
      expect(normaliseName(name), name).toBe(foldName(name));
    }
    expect(normaliseName("  Ank   Bijleveld-Schouten ")).toBe("ank bijleveld-schouten");
    expect(normaliseName("O\u2019Brien")).toBe("o'brien");
    expect(normaliseName("Yeşilgöz")).toBe("yesilgoz");
  });

  it("slugs are the same remembered or not", () => {
    expect(slugify("Ank Bijleveld-Schouten")).toBe("ank-bijleveld-schouten");
    expect(slugify("Ank Bijleveld-Schouten")).toBe("ank-bijleveld-schouten");
    expect(slugify("O\u2019Brien")).toBe("obrien");
    expect(slugify("  Yeşilgöz! ")).toBe("yesilgoz");
  });

  it("stays correct past the memo's size (it is emptied, not grown)", () => {
    for (let i = 0; i < 25_000; i++) {
      expect(normaliseName(`Name  ${i}`)).toBe(`name ${i}`);
    }
    expect(normaliseName("NATO")).toBe("nato");
  });
});
