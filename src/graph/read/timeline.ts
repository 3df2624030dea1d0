import { badInput } from "../../domain/errors.ts";
import { cypher } from "../cypher.ts";
import type { GraphExecutor } from "../executor.ts";

export const TIMELINE_INTERVALS = ["DAY", "WEEK", "MONTH"] as const;
export type TimelineInterval = (typeof TIMELINE_INTERVALS)[number];

/** More periods than this is a request for a longer interval or a shorter range. */
export const MAX_TIMELINE_BUCKETS = 1000;

export interface TimelineArgs {
  /** One entity's timeline, or null for the whole graph. */
  entityId: string | null;
  interval: TimelineInterval;
  /** ISO 8601 date bounds (`2018`, `2018-02`, `2018-02-15`, or a date-time); null: open. */
  from: string | null;
  to: string | null;
}

/** One period. Counts of distinct relationships are per period: they do not add up over periods. */
export interface TimelineBucket {
  /** First day of the period (ISO date; weeks start on Monday). */
  start: string;
  /** Last day of the period. */
  end: string;
  articleCount: number;
  mentionCount: number;
  relationshipCount: number;
  evidenceCount: number;
}

export interface TimelineReads {
  /**
   * Periods from `from` to `to` (or from the first to the last dated article when a bound is
   * open), every period present, empty ones with zeros, so a chart needs no gap-filling.
   */
  findTimeline(args: TimelineArgs): Promise<TimelineBucket[]>;
}

const UNIT: Record<TimelineInterval, string> = { DAY: "day", WEEK: "week", MONTH: "month" };

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The first day of the period holding `day`. */
export function periodStart(day: string, interval: TimelineInterval): string {
  if (interval === "MONTH") return `${day.slice(0, 7)}-01`;
  if (interval === "DAY") return day;
  const ms = dayMs(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return isoDay(ms - weekday * DAY_MS);
}

function nextPeriod(start: string, interval: TimelineInterval): string {
  if (interval === "DAY") return isoDay(dayMs(start) + DAY_MS);
  if (interval === "WEEK") return isoDay(dayMs(start) + 7 * DAY_MS);
  const [year = 0, month = 1] = start.split("-").map(Number);
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** The first day a lower bound admits: `2018` → 2018-01-01, `2018-02` → 2018-02-01. */
function firstDay(bound: string): string {
  const head = bound.slice(0, 10);
  return `${head}${"-01-01".slice(head.length - 4)}`;
}

/** The last day an upper bound admits: `2018` → 2018-12-31, `2018-02` → 2018-02-28. */
function lastDay(bound: string): string {
  const head = bound.slice(0, 10);
  if (head.length === 10) return head;
  if (head.length === 4) return `${head}-12-31`;
  return isoDay(dayMs(nextPeriod(`${head}-01`, "MONTH")) - DAY_MS);
}

export function createTimelineReads(executor: GraphExecutor): TimelineReads {
  return {
    async findTimeline({ entityId, interval, from, to }) {
      const params = { unit: UNIT[interval], from, to };
      const rows =
        entityId === null
          ? await executor.read(cypher("read/timeline-graph"), params)
          : await executor.read(cypher("read/timeline-entity"), { ...params, id: entityId });
      const counted = new Map(
        rows.map((row) => [
          String(row.bucket),
          {
            articleCount: Number(row.articles),
            mentionCount: Number(row.mentions),
            relationshipCount: Number(row.relationships),
            evidenceCount: Number(row.evidence),
          },
        ]),
      );
      const days = [...counted.keys()].sort();
      const first = from !== null ? periodStart(firstDay(from), interval) : days[0];
      const last = to !== null ? periodStart(lastDay(to), interval) : days.at(-1);
      if (first === undefined || last === undefined) return [];
      const buckets: TimelineBucket[] = [];
      for (let start = first; start <= last; start = nextPeriod(start, interval)) {
        if (buckets.length === MAX_TIMELINE_BUCKETS) {
          throw badInput(
            `the timeline would have more than ${MAX_TIMELINE_BUCKETS} periods: use a longer interval or a shorter from–to range`,
            { argument: "interval" },
          );
        }
        const next = nextPeriod(start, interval);
        buckets.push({
          start,
          end: isoDay(dayMs(next) - DAY_MS),
          ...(counted.get(start) ?? {
            articleCount: 0,
            mentionCount: 0,
            relationshipCount: 0,
            evidenceCount: 0,
          }),
        });
      }
      return buckets;
    },
  };
}
