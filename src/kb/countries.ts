import { createRequire } from "node:module";
import isoCountries from "i18n-iso-countries";
import { entityId } from "../domain/identity.ts";
import type { KbCountry } from "./types.ts";

/** Merged curated data for one ISO code, from every countries file that names it. */
export interface CountryData {
  iso2: string;
  name?: string;
  wikidataId?: string;
  nl: string[];
  en: string[];
  aliases: string[];
  dropAliases: string[];
  caseSensitiveAliases: string[];
  lat?: number;
  lon?: number;
  source: string;
}

const ISO_SOURCE = "i18n-iso-countries";
let localesRegistered = false;

function registerLocales(): void {
  if (localesRegistered) return;
  // The locale files are plain JSON inside the package; require keeps them out of the type checker.
  const require = createRequire(import.meta.url);
  isoCountries.registerLocale(require("i18n-iso-countries/langs/en.json"));
  isoCountries.registerLocale(require("i18n-iso-countries/langs/nl.json"));
  localesRegistered = true;
}

function namesIn(iso2: string, lang: "en" | "nl"): string[] {
  const names = isoCountries.getName(iso2, lang, { select: "all" });
  return Array.isArray(names) ? names : [];
}

/**
 * A sovereign state as the extractor sees it: English canonical name, every Dutch and English name
 * i18n-iso-countries knows (minus the ones the curated table drops as wrong or ambiguous), and the
 * curated adjectives. Only ISO codes listed in a countries file become countries, so territories
 * (Aruba, Greenland…) are left to locations.
 */
export function buildCountry(data: CountryData): KbCountry {
  registerLocales();
  const en = namesIn(data.iso2, "en");
  const nl = namesIn(data.iso2, "nl");
  if (en.length === 0) {
    throw new Error(`unknown ISO 3166-1 alpha-2 code ${data.iso2} (not in i18n-iso-countries)`);
  }
  const name = data.name ?? en[0]!;
  const dropped = new Set(data.dropAliases);
  const aliases = [...en, ...nl, ...data.aliases].filter((a) => a !== name && !dropped.has(a));
  const country: KbCountry = {
    id: entityId("Country", name),
    type: "Country",
    name,
    aliases: [...new Set(aliases)],
    iso2: data.iso2,
    iso3: isoCountries.alpha2ToAlpha3(data.iso2) ?? "",
    adjectives: [...new Set([...data.nl, ...data.en])],
    adjectivesByLanguage: { nl: data.nl, en: data.en },
    namesByLanguage: { nl, en },
    country: data.iso2,
    kind: "sovereign-state",
    source: data.source.includes(ISO_SOURCE)
      ? data.source
      : `${ISO_SOURCE} (names); ${data.source}`,
  };
  if (data.wikidataId) country.wikidataId = data.wikidataId;
  if (data.caseSensitiveAliases.length > 0)
    country.caseSensitiveAliases = data.caseSensitiveAliases;
  if (data.lat !== undefined && data.lon !== undefined) {
    country.lat = data.lat;
    country.lon = data.lon;
  }
  return country;
}
