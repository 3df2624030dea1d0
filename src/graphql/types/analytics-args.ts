import { badInput } from "../../domain/errors.ts";
import type { builder } from "../builder.ts";

/**
 * Argument checks shared by the analytical queries (subgraph, paths, coMentions, timeline,
 * stats): each names the argument it refuses, so a client sees what to fix.
 */

/**
 * A date bound: `2018`, `2018-02`, `2018-02-15` or a date-time. Stored dates are ISO strings
 * compared as text, so a shorter bound is a prefix: `to: "2018-02"` includes all of February.
 */
const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function checkDateBound(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  if (!DATE_BOUND.test(value) || !isCalendarDate(value.slice(0, 10))) {
    throw badInput(
      `${argument} must be an ISO 8601 date (2018, 2018-02, 2018-02-15 or a date-time), got "${value}"`,
      { argument },
    );
  }
  return value;
}

/** `2018`, `2018-02` or `2018-02-15` names a real day (Date.parse takes 2018-02-30). */
function isCalendarDate(head: string): boolean {
  const day = `${head}${"-01-01".slice(head.length - 4)}`;
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

/** `from` after `to` selects nothing; said rather than answered with an empty result. */
export function checkDateRange(from: string | null, to: string | null): void {
  if (from !== null && to !== null && from.slice(0, to.length) > to) {
    throw badInput(`from (${from}) is after to (${to})`, { argument: "from" });
  }
}

export function checkIntRange(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${argument} must be between ${min} and ${max}, got ${value}`, { argument });
  }
  return value;
}

export function checkConfidence(value: number | null | undefined, argument: string): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw badInput(`${argument} must be between 0 and 1, got ${value}`, { argument });
  }
  return value;
}

type ArgBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0]["arg"];

/** `from` / `to` on evidence publication dates, as every analytical query takes them. */
export function dateRangeArgs(arg: ArgBuilder, what: string) {
  return {
    from: arg.string({
      required: false,
      description: `Only ${what} published on or after this ISO 8601 date (\`2018\`, \`2018-02\`, \`2018-02-15\` or a date-time).`,
    }),
    to: arg.string({
      required: false,
      description: `Only ${what} published on or before this date; a shorter date includes the whole year, month or day.`,
    }),
  };
}
