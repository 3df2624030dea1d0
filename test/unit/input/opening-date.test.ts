import { describe, expect, it } from "vitest";
import { dateIn, openingDate } from "../../../src/ingest/input/opening-date.ts";
import { parsePlainText } from "../../../src/ingest/input/plain-text.ts";

describe("the publication date at the top of a text", () => {
  it("reads date lines and datelines in English and Dutch", () => {
    const cases: [string, string][] = [
      ["3 December 2015", "2015-12-03"],
      ["Brussel, 17 januari 2025", "2025-01-17"],
      ["KYIV, Ukraine, Nov. 20, 2023", "2023-11-20"],
      ["Published 21 February 2022", "2022-02-21"],
      ["Nieuwsbericht | 30-10-2018 | Ministerie van Defensie", "2018-10-30"],
      ["Den Haag, 4 mrt 2025", "2025-03-04"],
      ["2024-06-27", "2024-06-27"],
      ["vrijdag 12 sept. 2025", "2025-09-12"],
    ];
    for (const [line, date] of cases) expect(dateIn(line), line).toBe(date);
  });

  it("takes the dateline before the dash that opens a long first line", () => {
    expect(
      openingDate(
        "SAN DIEGO, March 13, 2023 — U.S. President Joe Biden, Australian Prime Minister Anthony Albanese and British Prime Minister Rishi Sunak met at Point Loma.",
      ),
    ).toBe("2023-03-13");
  });

  it("leaves dates that the story itself mentions, impossible dates and slashed dates alone", () => {
    expect(dateIn("Exercise runs from 5 to 16 June 2024")).toBeUndefined();
    expect(dateIn("31 September 2024")).toBeUndefined();
    expect(dateIn("03/04/2024")).toBeUndefined();
    // A long first line without a dateline is the story: its date is not the publication's.
    expect(
      openingDate(
        "On 4 July 2022 General Christopher Cavoli took command of NATO's forces in Europe from General Tod Wolters in Mons.",
      ),
    ).toBeUndefined();
    // Only the first three non-empty lines are read.
    expect(openingDate("One.\n\nTwo.\nThree.\n4 July 2022")).toBeUndefined();
  });

  it("is the article's publishedAt when a plain text states it, the line kept in the body", () => {
    const article = parsePlainText(
      "NAVO-top in Den Haag\n\nDen Haag, 25 juni 2025\n\nDe regeringsleiders kwamen bijeen.\n",
    );
    expect(article.publishedAt).toBe("2025-06-25");
    expect(article.body.startsWith("Den Haag, 25 juni 2025\n")).toBe(true);
    expect(parsePlainText("Title\n\nNo date here.").publishedAt).toBeUndefined();
  });
});
