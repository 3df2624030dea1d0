import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRecord, EntityRegistry, Mention } from "./model.ts";

/**
 * U.S. Army names a unit by its parent: "2nd Battalion, 7th Infantry Regiment", "1st Brigade, 3rd
 * Infantry Division", "Delta Company, 2nd Battalion". A unit followed by ", " and a unit of a
 * larger echelon is one unit with both in its name; the parent stays an entity of its own. In a chain ("2nd Battalion, 7th Infantry Regiment, 1st Armor Brigade Combat
 * Team, 3rd Infantry Division") each unit joins its next larger one once, left to right.
 */
const ECHELONS: readonly (readonly [RegExp, number])[] = [
  [/(?:^|\s)(?:Company|Battery|Troop|Compagnie|Batterij)$/u, 1],
  [/(?:^|\s)(?:Battalion|Squadron|Bataljon)$/u, 2],
  [/(?:^|\s)(?:Regiment|Brigade|Brigade Combat Team|Group|Wing)$/u, 3],
  [/(?:^|\s)(?:Division|Divisie)$/u, 4],
  [/(?:^|\s)Corps$/u, 5],
];

/** The echelon of a unit's name by its head noun (a trailing number aside), or 0. */
export function echelonOf(name: string): number {
  const head = name.replace(/\s+\d{1,3}$/u, "");
  for (const [pattern, rank] of ECHELONS) if (pattern.test(head)) return rank;
  return 0;
}

function isUnit(record: EntityRecord | undefined): record is EntityRecord {
  return (
    record !== undefined &&
    record.type === "Organisation" &&
    (record.kb ? record.kb.kind === "unit" : record.properties.kind === "unit")
  );
}

export function joinParentUnits(doc: Doc, registry: EntityRegistry, mentions: MentionSet): void {
  if (!doc.text.includes(", ")) return;
  const units = mentions
    .filter((m) => !m.nested && m.type === "Organisation" && isUnit(registry.get(m.key)))
    .sort((a, b) => a.start - b.start);
  let previous: Mention | undefined;
  const joined = new Map<string, string>();
  for (const unit of units) {
    const sub = previous;
    previous = unit;
    if (!sub || unit.start !== sub.end + 2 || doc.text.slice(sub.end, unit.start) !== ", ")
      continue;
    const subName = registry.get(sub.key)!.name;
    const parentName = registry.get(unit.key)!.name;
    const subRank = echelonOf(subName);
    if (subRank === 0 || subRank >= echelonOf(parentName)) continue;
    const record = registry.fromName("Organisation", `${subName}, ${parentName}`, { kind: "unit" });
    mentions.wrap({
      start: sub.start,
      end: unit.end,
      key: record.key,
      type: "Organisation",
      nested: false,
      via: "pattern",
    });
    // The sub-unit is no entity of its own here ("1st Brigade" is not a unit without its
    // division); the parent is (the division exists whichever brigade is named).
    mentions.splice(mentions.indexOf(sub), 1);
    joined.set(sub.key, record.key);
    // The parent joined its sub-unit: it does not join the next one as its sub-unit.
    previous = undefined;
  }
  // "the 1st Brigade" named alone later is the unit named in full before.
  if (joined.size === 0) return;
  for (const m of mentions) {
    const whole = m.nested ? undefined : joined.get(m.key);
    if (whole) m.key = whole;
  }
}
