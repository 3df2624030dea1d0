import type { Mention } from "./model.ts";

/** Width of the position buckets of the index, in characters. */
const BUCKET = 64;

/**
 * The mentions of one article, in the order they were found, with what every pass asks of them:
 * adding (`push`, `wrap`), overlap (`overlapping`, `overlapsOuter`, `outerContaining`) and nesting
 * (`wrap` marks what a longer name contains). It is an array, so code that reads mentions in
 * order keeps working; the queries use an index of positions, so asking "what is here?" costs the
 * few mentions near the span, not a scan of the whole article: extraction time grows linearly with
 * the text (issue 8).
 *
 * Spans and membership change only through this class (`push`, `splice`, `setEnd`); `nested`
 * may be set directly.
 */
export class MentionSet extends Array<Mention> {
  /** Derived arrays (`filter`, `map`, `slice`) are plain arrays, not indexed sets. */
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /** Mentions by the bucket of their start. */
  readonly #byBucket = new Map<number, Mention[]>();
  /** Insertion order, so queries answer in the order a scan of the array would. */
  readonly #order = new Map<Mention, number>();
  /** The longest span seen: how far before a span a mention overlapping it can start. */
  #maxSpan = 0;
  #next = 0;
  /** False once `splice` has inserted mentions, whose ranks follow the array, not the buckets. */
  #bucketsInOrder = true;

  /** A set holding `items`, in their order. */
  static fromMentions(items: Iterable<Mention>): MentionSet {
    const set = new MentionSet();
    for (const m of items) set.push(m);
    return set;
  }

  override push(...items: Mention[]): number {
    for (const m of items) {
      super.push(m);
      this.#order.set(m, this.#next++);
      const bucket = Math.floor(m.start / BUCKET);
      const list = this.#byBucket.get(bucket);
      if (list) list.push(m);
      else this.#byBucket.set(bucket, [m]);
      this.#maxSpan = Math.max(this.#maxSpan, m.end - m.start);
    }
    return this.length;
  }

  /**
   * Removes (and inserts) as Array's `splice` does, keeping the index in step. Inserted mentions
   * rank by their place in the array, so queries still answer in array order.
   */
  override splice(start: number, deleteCount?: number, ...items: Mention[]): Mention[] {
    const removed =
      deleteCount === undefined ? super.splice(start) : super.splice(start, deleteCount, ...items);
    for (const m of removed) {
      this.#order.delete(m);
      const list = this.#byBucket.get(Math.floor(m.start / BUCKET));
      const at = list?.indexOf(m) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    }
    if (items.length > 0) {
      this.#bucketsInOrder = false;
      // Ranks follow the array again: renumber (rare; passes only remove).
      this.#order.clear();
      this.forEach((m, i) => {
        this.#order.set(m, i);
      });
      this.#next = this.length;
      for (const m of items) {
        const bucket = Math.floor(m.start / BUCKET);
        const list = this.#byBucket.get(bucket);
        if (list) list.push(m);
        else this.#byBucket.set(bucket, [m]);
        this.#maxSpan = Math.max(this.#maxSpan, m.end - m.start);
      }
    }
    return removed;
  }

  /** Moves a mention's end (a phrase found to go on: "F-35 fighter jets"). */
  setEnd(m: Mention, end: number): void {
    m.end = end;
    this.#maxSpan = Math.max(this.#maxSpan, m.end - m.start);
  }

  /** Every mention that shares a character with [start, end), in the order they were added. */
  overlapping(start: number, end: number): Mention[] {
    const found: Mention[] = [];
    const first = Math.floor((start - this.#maxSpan) / BUCKET);
    const last = Math.floor((end - 1) / BUCKET);
    let buckets = 0;
    for (let b = Math.max(first, 0); b <= last; b++) {
      const list = this.#byBucket.get(b);
      if (!list) continue;
      const before = found.length;
      for (let i = 0; i < list.length; i++) {
        const m = list[i]!;
        if (m.start < end && start < m.end) found.push(m);
      }
      if (found.length > before) buckets++;
    }
    // A bucket lists its mentions in the order they were added (unless `splice` inserted some):
    // found in one bucket, they are in order already.
    if (found.length < 2 || (buckets === 1 && this.#bucketsInOrder)) return found;
    const ranks = new Map<Mention, number>();
    for (const m of found) ranks.set(m, this.#rank(m));
    return found.sort((a, b) => ranks.get(a)! - ranks.get(b)!);
  }

  /**
   * `overlapping`, in order of start (mentions with the same start in the order they were added):
   * for readers that order by position anyway, without ranking every mention found.
   */
  overlappingByStart(start: number, end: number): Mention[] {
    const found: Mention[] = [];
    const first = Math.floor((start - this.#maxSpan) / BUCKET);
    const last = Math.floor((end - 1) / BUCKET);
    for (let b = Math.max(first, 0); b <= last; b++) {
      const list = this.#byBucket.get(b);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const m = list[i]!;
        if (m.start < end && start < m.end) found.push(m);
      }
    }
    return found.sort((a, b) => a.start - b.start || this.#rank(a) - this.#rank(b));
  }

  // Array's own methods take a slow path on a subclass (species lookup, no fast-array checks);
  // the passes call these on the whole set many times per article. Same results, plain arrays.
  override filter<S extends Mention>(
    predicate: (value: Mention, index: number, array: Mention[]) => value is S,
  ): S[];
  override filter(
    predicate: (value: Mention, index: number, array: Mention[]) => unknown,
  ): Mention[];
  override filter(
    predicate: (value: Mention, index: number, array: Mention[]) => unknown,
  ): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < this.length; i++) if (predicate(this[i]!, i, this)) out.push(this[i]!);
    return out;
  }

  override map<U>(callback: (value: Mention, index: number, array: Mention[]) => U): U[] {
    const out = new Array<U>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = callback(this[i]!, i, this);
    return out;
  }

  override some(predicate: (value: Mention, index: number, array: Mention[]) => unknown): boolean {
    for (let i = 0; i < this.length; i++) if (predicate(this[i]!, i, this)) return true;
    return false;
  }

  /** A plain array of the mentions, in order. */
  toArray(): Mention[] {
    const out = new Array<Mention>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this[i]!;
    return out;
  }

  /** Every mention that starts exactly at `start`, in the order they were added. */
  startingAt(start: number): Mention[] {
    const list = this.#byBucket.get(Math.floor(start / BUCKET)) ?? [];
    return list.filter((m) => m.start === start);
  }

  /**
   * Whether an outer (not nested) mention other than `except` overlaps [start, end) without lying
   * inside it: a span that would cut across a name already found.
   */
  overlapsOuter(start: number, end: number, except: readonly Mention[] = []): boolean {
    return this.overlapping(start, end).some(
      (m) => !m.nested && !except.includes(m) && !(m.start >= start && m.end <= end),
    );
  }

  /** The first outer mention that contains [start, end) and passes `test`. */
  outerContaining(
    start: number,
    end: number,
    test: (m: Mention) => boolean = () => true,
  ): Mention | undefined {
    return this.overlapping(start, end).find(
      (m) => !m.nested && m.start <= start && end <= m.end && test(m),
    );
  }

  /** Adds `outer` and marks every mention inside its span as nested in it. */
  wrap(outer: Mention): void {
    for (const m of this.overlapping(outer.start, outer.end)) {
      if (m !== outer && m.start >= outer.start && m.end <= outer.end) m.nested = true;
    }
    this.push(outer);
  }

  #rank(m: Mention): number {
    return this.#order.get(m) ?? Number.MAX_SAFE_INTEGER;
  }
}

/**
 * The mentions that may overlap [start, end): from the index when `mentions` is a MentionSet (as
 * the extractor's always is), else all of them. Callers still test the span themselves; this only
 * spares a scan of the whole article.
 */
export function mentionsNear(
  mentions: readonly Mention[],
  start: number,
  end: number,
): readonly Mention[] {
  return mentions instanceof MentionSet ? mentions.overlapping(start, end) : mentions;
}
