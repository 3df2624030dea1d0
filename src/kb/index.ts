import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { entityId } from "../domain/identity.ts";
import { normaliseName } from "../domain/text.ts";
import { buildCountry, type CountryData } from "./countries.ts";
import { genericOrganisations } from "./generic.ts";
import {
  AssetKindEntrySchema,
  CountryEntrySchema,
  type DataFile,
  DataFileSchema,
  EntityEntrySchema,
  EquipmentEntrySchema,
  RelationFrameEntrySchema,
} from "./schema.ts";
import type {
  KbAssetKind,
  KbCountry,
  KbEntity,
  KbEquipment,
  KbPerson,
  KbRelationFrame,
  KnowledgeBase,
} from "./types.ts";

export type * from "./types.ts";

/** The data shipped with newsgraph. */
export const KB_DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

/** Bad knowledge-base data: names the file and, where there is one, the entry. */
export class KbDataError extends Error {
  override name = "KbDataError";
  constructor(
    readonly file: string,
    message: string,
    readonly entry?: string,
  ) {
    super(`knowledge base ${file}${entry ? `, entry ${entry}` : ""}: ${message}`);
  }
}

export interface LoadKnowledgeBaseOptions {
  /** Directories of user data, read after NEWSGRAPH_KB_DIR; later entries win. */
  extraDirs?: string[];
  /** Replaces the shipped data directory (tests). */
  dataDir?: string;
  /** Defaults to process.env; NEWSGRAPH_KB_DIR lists user directories (path.delimiter-separated). */
  env?: NodeJS.ProcessEnv;
}

interface LoadedFile {
  file: string;
  header: DataFile;
  /** A file of the shipped data directory: its entries are not validated again (shippedEntry). */
  shipped: boolean;
}

let memo: { key: string; kb: KnowledgeBase } | undefined;

/**
 * Loads the shipped knowledge base plus the user's directories (NEWSGRAPH_KB_DIR, then extraDirs).
 * Entries with the same id are merged: aliases are unioned and the later file's other fields win,
 * so a user's entry can correct or extend a shipped one. Memoised for the default directories.
 */
export function loadKnowledgeBase(options: LoadKnowledgeBaseOptions = {}): KnowledgeBase {
  const env = options.env ?? process.env;
  const userDirs = [
    ...(env.NEWSGRAPH_KB_DIR ?? "").split(path.delimiter).filter(Boolean),
    ...(options.extraDirs ?? []),
  ];
  const dirs = [options.dataDir ?? KB_DATA_DIR, ...userDirs];
  const cacheable = options.extraDirs === undefined && options.dataDir === undefined;
  const key = dirs.join("\n");
  if (cacheable && memo?.key === key) return memo.kb;
  // The shipped data is validated by a test (test/unit/kb/shipped-data.test.ts), not at every
  // start: zod over its thousands of entries cost each extraction worker 0.2–0.3 s of CPU. A
  // directory given as dataDir, and every user directory, is validated as it is read.
  const kb = buildKnowledgeBase(
    dirs.flatMap((dir, i) => readDirectory(dir, i === 0 && options.dataDir === undefined)),
  );
  if (cacheable) memo = { key, kb };
  return kb;
}

function readDirectory(dir: string, shipped = false): LoadedFile[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a directory");
    names = readdirSync(dir).filter((n) => n.endsWith(".json"));
  } catch (err) {
    throw new KbDataError(dir, `cannot read the directory (${(err as Error).message})`);
  }
  return names.sort().map((n) => readFile(path.join(dir, n), shipped));
}

function readFile(file: string, shipped: boolean): LoadedFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new KbDataError(file, `not valid JSON (${(err as Error).message})`);
  }
  const header = DataFileSchema.safeParse(raw);
  if (!header.success) throw new KbDataError(file, describeIssues(header.error));
  return { file, header: header.data, shipped };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message}`)
    .join("; ");
}

/**
 * An entry of the shipped data as its schema's parse would return it, without the checks: the
 * fields in the schema's order, the defaults of absent ones filled. The shipped data is already
 * in the parsed form (trimmed, nothing else to transform); test/unit/kb/shipped-data.test.ts
 * checks that every shipped entry validates and that this gives the parse's output exactly.
 */
export function shippedEntry<S extends z.ZodObject>(schema: S, entry: unknown): z.output<S> {
  const given = entry as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    if (given[key] !== undefined) out[key] = given[key];
    else if (field instanceof z.ZodDefault) out[key] = field.parse(undefined);
  }
  return out as z.output<S>;
}

/** Validates one entry, naming it by index and by its name if it has one. */
function parseEntry<S extends z.ZodObject>(
  schema: S,
  { file, shipped }: LoadedFile,
  index: number,
  entry: unknown,
): z.output<S> {
  if (shipped) return shippedEntry(schema, entry);
  const parsed = schema.safeParse(entry);
  if (parsed.success) return parsed.data;
  const rec = (entry ?? {}) as Record<string, unknown>;
  const label = rec.name ?? rec.model ?? rec.iso2;
  throw new KbDataError(
    file,
    describeIssues(parsed.error),
    `#${index}${typeof label === "string" ? ` "${label}"` : ""}`,
  );
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function mergeEntity(old: KbEntity | undefined, next: KbEntity): KbEntity {
  if (!old) return next;
  const merged: KbEntity & { roles?: KbPerson["roles"] } = {
    ...old,
    ...definedFields(next),
    aliases: union(old.aliases, next.aliases),
  };
  const cs = union(old.caseSensitiveAliases, next.caseSensitiveAliases);
  if (cs.length > 0) merged.caseSensitiveAliases = cs;
  const roles = [...((old as KbPerson).roles ?? []), ...((next as KbPerson).roles ?? [])];
  if (old.type === "Person" || next.type === "Person") {
    const seen = new Set<string>();
    merged.roles = roles.filter((r) => {
      const k = JSON.stringify([r.role, r.of, r.from, r.until]);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  return merged;
}

/** Short capitalised acronyms are also words ("IS", "US", "VS"); they match only as written. */
function isShortAcronym(form: string): boolean {
  const bare = form.replace(/\./g, "");
  return bare.length <= 3 && /\p{Lu}/u.test(bare) && bare === bare.toUpperCase();
}

/** Dedupes aliases, drops the name from them, and completes caseSensitiveAliases. */
function finishForms<T extends { aliases: string[]; caseSensitiveAliases?: string[] }>(
  item: T,
  name: string,
): T {
  const aliases = union(item.aliases, item.caseSensitiveAliases).filter((a) => a !== name);
  const cs = union(item.caseSensitiveAliases, [name, ...aliases].filter(isShortAcronym));
  const out = { ...item, aliases };
  if (cs.length > 0) out.caseSensitiveAliases = cs;
  else delete out.caseSensitiveAliases;
  return out;
}

function buildKnowledgeBase(files: readonly LoadedFile[]): KnowledgeBase {
  const entities = new Map<string, KbEntity>();
  const countryData = new Map<string, CountryData>();
  const equipment = new Map<string, KbEquipment>();
  const assetKinds = new Map<string, KbAssetKind>();
  const frames = new Map<string, KbRelationFrame>();

  for (const loaded of files) {
    const { file, header } = loaded;
    header.entries.forEach((raw, i) => {
      switch (header.format) {
        case "entities": {
          const e = parseEntry(EntityEntrySchema, loaded, i, raw);
          const type = e.type ?? header.type;
          if (!type) {
            throw new KbDataError(file, "no type on the entry or the file", `#${i} "${e.name}"`);
          }
          const { geonames: _hint, note: _note, type: _t, id, source, ...rest } = e;
          const entity: KbEntity & { roles?: KbPerson["roles"] } = {
            ...definedFields(rest),
            id: id ?? entityId(type, e.name),
            type,
            name: e.name,
            aliases: e.aliases,
            source: source ?? header.source,
          };
          if (type === "Person") entity.roles = e.roles ?? [];
          entities.set(entity.id, mergeEntity(entities.get(entity.id), entity));
          break;
        }
        case "countries": {
          const c = parseEntry(CountryEntrySchema, loaded, i, raw);
          const old = countryData.get(c.iso2);
          countryData.set(c.iso2, {
            iso2: c.iso2,
            name: c.name ?? old?.name,
            wikidataId: c.wikidataId ?? old?.wikidataId,
            nl: union(old?.nl, c.nl),
            en: union(old?.en, c.en),
            aliases: union(old?.aliases, c.aliases),
            dropAliases: union(old?.dropAliases, c.dropAliases),
            caseSensitiveAliases: union(old?.caseSensitiveAliases, c.caseSensitiveAliases),
            lat: c.lat ?? old?.lat,
            lon: c.lon ?? old?.lon,
            source: c.source ?? header.source,
          });
          break;
        }
        case "equipment": {
          const q = parseEntry(EquipmentEntrySchema, loaded, i, raw);
          const key = normaliseName(q.model);
          const old = equipment.get(key);
          const { note: _note, ...rest } = q;
          equipment.set(key, {
            ...old,
            ...definedFields(rest),
            aliases: union(old?.aliases, q.aliases),
            source: q.source ?? header.source,
          } as KbEquipment);
          break;
        }
        case "asset-kinds": {
          const k = parseEntry(AssetKindEntrySchema, loaded, i, raw);
          const key = normaliseName(k.name);
          const old = assetKinds.get(key);
          const { note: _note, ...rest } = k;
          assetKinds.set(key, {
            ...old,
            ...definedFields(rest),
            aliases: union(old?.aliases, k.aliases),
            source: k.source ?? header.source,
          } as KbAssetKind);
          break;
        }
        case "relation-frames": {
          const f = parseEntry(RelationFrameEntrySchema, loaded, i, raw);
          const language = f.language ?? header.language;
          if (!language) {
            throw new KbDataError(
              file,
              "no language on the entry or the file",
              `#${i} "${f.name}"`,
            );
          }
          const key = `${language}:${f.name}`;
          const old = frames.get(key);
          const { note: _note, ...rest } = f;
          frames.set(key, {
            ...old,
            ...definedFields(rest),
            language,
            triggers: union(old?.triggers, f.triggers.map(normaliseName)),
            source: f.source ?? header.source,
          } as KbRelationFrame);
          break;
        }
      }
    });
  }

  const countries: KbCountry[] = [];
  for (const data of countryData.values()) {
    let country: KbCountry;
    try {
      country = buildCountry(data);
    } catch (err) {
      throw new KbDataError("countries", (err as Error).message, data.iso2);
    }
    // A country entry in an entities file (type Country) may add aliases to a built country.
    const extra = entities.get(country.id);
    entities.delete(country.id);
    countries.push(
      finishForms(extra ? (mergeEntity(country, extra) as KbCountry) : country, country.name),
    );
  }

  const curated = new Map<string, KbEntity>();
  for (const e of entities.values()) {
    if (e.type === "Organisation" && e.country && e.portfolio)
      curated.set(`${e.country}:${e.portfolio}`, e);
  }
  // A curated ministry or force takes the generated forms no other entry uses ("Ukraine's
  // Ministry of Defence", "Ministry of Defence (Ukraine)", "het Oekraïense ministerie van
  // Defensie"), so a curated entry names its state's office at least as well as the pattern would.
  const owner = new Map<string, KbEntity>();
  for (const e of entities.values())
    for (const form of [e.name, ...e.aliases]) owner.set(normaliseName(form), e);
  for (const g of genericOrganisations(countries, new Set())) {
    const entry = curated.get(`${g.country}:${g.portfolio}`);
    if (!entry) {
      if (!entities.has(g.id)) entities.set(g.id, g);
      continue;
    }
    const free = [g.name, ...g.aliases].filter((f) => {
      const other = owner.get(normaliseName(f));
      return other === undefined || other === entry;
    });
    entities.set(entry.id, { ...entry, aliases: union(entry.aliases, free) });
  }

  const others = [...entities.values()].map((e) => finishForms(e, e.name));
  const all: KbEntity[] = [...countries, ...others];
  const index = new Map(all.map((e) => [e.id, e]));
  return Object.freeze({
    entities: Object.freeze(all),
    countries: Object.freeze(countries),
    people: Object.freeze(others.filter((e): e is KbPerson => e.type === "Person")),
    equipment: Object.freeze([...equipment.values()].map((q) => finishForms(q, q.model))),
    assetKinds: Object.freeze([...assetKinds.values()].map((k) => finishForms(k, k.name))),
    relationFrames: Object.freeze({
      nl: Object.freeze([...frames.values()].filter((f) => f.language === "nl")),
      en: Object.freeze([...frames.values()].filter((f) => f.language === "en")),
    }),
    byId: (id: string) => index.get(id),
  });
}
