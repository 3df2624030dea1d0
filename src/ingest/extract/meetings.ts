import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRegistry, Mention } from "./model.ts";

/**
 * "the eighth meeting of the Ukraine Defense Contact Group", "een bijeenkomst van de Ukraine
 * Defense Contact Group": a meeting named by the body that meets is an Event, "[ordinal] meeting
 * of the <body>" (English, whatever the article's language); the body stays named inside it.
 */
const MEETING_OF =
  /(?:^|[^\p{L}])((?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\s+)?(?:meeting|bijeenkomst|vergadering)\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+)?)$/u;
const MEETING_HINT = /meeting|bijeenkomst|vergadering/u;

/** Per text, the body each meeting names, by the start of the meeting's mention. */
const bodies = new WeakMap<Doc, Map<number, Mention>>();

/**
 * The body a meeting mention names ("the next meeting of the Ukraine Defense Contact Group": the
 * contact group, nested in the event's mention), for rules about the body: who chairs its meeting
 * leads it, and "de contactgroep" later refers to it.
 */
export function bodyOfMeeting(doc: Doc, meeting: Mention): Mention | undefined {
  return meeting.type === "Event" ? bodies.get(doc)?.get(meeting.start) : undefined;
}

export function recogniseMeetingsOf(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  if (!MEETING_HINT.test(doc.folded)) return;
  for (const body of mentions.filter((m) => m.type === "Organisation" && !m.nested)) {
    const before = MEETING_OF.exec(doc.folded.slice(Math.max(0, body.start - 60), body.start));
    if (!before) continue;
    const start = body.start - before[1]!.length;
    if (mentions.overlapping(start, body.start).some((x) => !x.nested)) continue;
    const ordinal = before[2] ? `${before[2]} ` : "";
    const record = registry.fromName(
      "Event",
      `${ordinal}meeting of the ${registry.get(body.key)!.name}`,
      { kind: "meeting-of" },
    );
    mentions.wrap({
      start,
      end: body.end,
      key: record.key,
      type: "Event",
      nested: false,
      via: "compound",
    });
    const named = bodies.get(doc) ?? new Map<number, Mention>();
    bodies.set(doc, named);
    named.set(start, body);
  }
}
