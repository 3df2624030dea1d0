import { describe, expect, it } from "vitest";
import { extractShipped } from "./support/extract.ts";

const extract = (body: string, title = "Bericht") => extractShipped(body, "nl", title);

// Fourteenth round, "Dutch clauses": sentences written for these tests, with other states,
// missions and people than the real articles the constructions were found in.

describe("Dutch passives with the agent before the participle", () => {
  it("'wordt door X gesteund': X supports the subject", () => {
    const r = extract("Georgië wordt al jaren door Denemarken gesteund.");
    expect(r.has("Denmark", "SUPPORTS", "Georgia")).toBe(true);
  });

  it("'werd door X geleid': X leads the mission", () => {
    const r = extract("De missie EUFOR Althea werd in 2010 door Oostenrijk geleid.");
    expect(r.has("Austria", "LEADS", "EUFOR Althea")).toBe(true);
  });

  it("a relative clause: 'die door X georganiseerd wordt'", () => {
    const r = extract(
      "Noorwegen neemt deel aan BALTOPS, dat door de Verenigde Staten georganiseerd wordt.",
    );
    expect(r.has("United States", "LEADS", "BALTOPS")).toBe(true);
  });

  it("a list of agents: 'door X en Y ondersteund'", () => {
    const r = extract("Moldavië wordt door Roemenië en Polen ondersteund.");
    expect(r.has("Romania", "SUPPORTS", "Moldova")).toBe(true);
    expect(r.has("Poland", "SUPPORTS", "Moldova")).toBe(true);
  });

  it("no relation when denied, when 'door' is a cause, or without a passive auxiliary", () => {
    expect(
      extract("Georgië is niet door Denemarken gesteund.").has("Denmark", "SUPPORTS", "Georgia"),
    ).toBe(false);
    const cause = extract("Georgië kreeg door de oorlog met Rusland minder steun.");
    expect(cause.triples.filter((t) => t.includes("SUPPORTS"))).toEqual([]);
    const active = extract("Georgië reisde door Denemarken, gesteund.");
    expect(active.has("Denmark", "SUPPORTS", "Georgia")).toBe(false);
  });

  it("a deploying body is no provider: 'worden door de VN ingezet' adds no PROVIDES from the VN", () => {
    const r = extract("De Zweedse militairen worden door de Verenigde Naties ingezet in Mali.");
    expect(r.has("United Nations", "PROVIDES", "military personnel (Sweden)")).toBe(false);
  });
});

describe("Dutch infinitive 'om deel uit te maken van'", () => {
  it("a ship that leaves to form part of a mission is assigned to it", () => {
    const r = extract(
      "Zr.Ms. Van Speijk vertrekt volgende week om deel uit te maken van Operation Atalanta.",
    );
    expect(r.has("HNLMS Van Speijk", "ASSIGNED_TO", "Operation Atalanta")).toBe(true);
  });
});

describe("Dutch office titles without a nationality", () => {
  it("'Minister X' in a Dutch article represents the Netherlands, not the state of the headline", () => {
    const r = extract(
      "Minister Karin Hoekstra bezocht gisteren de Nederlandse militairen in Estland.",
      "Minister naar Estland",
    );
    expect(r.has("Karin Hoekstra", "REPRESENTS", "Netherlands")).toBe(true);
    expect(r.has("Karin Hoekstra", "REPRESENTS", "Estonia")).toBe(false);
  });

  it("'de minister van Justitie X' and 'Staatssecretaris X' likewise", () => {
    const r = extract(
      "De minister van Justitie Pieter de Graaf en staatssecretaris Anna Vermeulen bezochten de Nederlandse mariniers op Curaçao.",
    );
    expect(r.has("Pieter de Graaf", "REPRESENTS", "Netherlands")).toBe(true);
    expect(r.has("Anna Vermeulen", "REPRESENTS", "Netherlands")).toBe(true);
  });

  it("a nationality still wins: 'de Estse minister X' represents Estonia", () => {
    const r = extract("De Estse minister Mart Tamm sprak met de Nederlandse militairen.");
    expect(r.has("Mart Tamm", "REPRESENTS", "Estonia")).toBe(true);
    expect(r.has("Mart Tamm", "REPRESENTS", "Netherlands")).toBe(false);
  });

  it("in an English article a bare 'Minister X' gets no state", () => {
    const r = extractShipped(
      "Minister Karin Hoekstra visited the Dutch troops in Estonia.",
      "en",
      "Minister to Estonia",
    );
    expect(r.has("Karin Hoekstra", "REPRESENTS", "Netherlands")).toBe(false);
    expect(r.has("Karin Hoekstra", "REPRESENTS", "Estonia")).toBe(false);
  });
});
