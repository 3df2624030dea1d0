/**
 * Extraction scoring against gold annotations: the matching rules of docs/ONTOLOGY.md ("Gold
 * annotations"), written to give exactly the figures of the shared `score-extraction` tool, so
 * the project can measure itself without it.
 */

export interface GoldEntity {
  type: string;
  name: string;
  aliases?: string[] | null;
  optional?: boolean;
}

export interface GoldRelation {
  type: string;
  source: string;
  target: string;
  optional?: boolean;
  alternatives?: { type: string; source: string; target: string }[] | null;
}

export interface Annotation {
  entities?: GoldEntity[] | null;
  relations?: GoldRelation[] | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  entities: Counts;
  relations: Counts;
  missedEntities: string[];
  wrongEntities: string[];
  missedRelations: string[];
  wrongRelations: string[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

const SYMMETRIC = new Set(["COOPERATES_WITH"]);

/** The gold tool's folding: typographic quotes, NFKD without marks, case-folded, whitespace folded. */
export function goldNorm(value: string): string {
  return String(value)
    .replace(/[\u2018\u2019]/g, "'")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

function names(entity: GoldEntity): Set<string> {
  return new Set([goldNorm(entity.name), ...(entity.aliases ?? []).map(goldNorm)]);
}

function triples(relation: GoldRelation): Set<string> {
  const out = new Set<string>();
  for (const alt of [relation, ...(relation.alternatives ?? [])]) {
    const s = goldNorm(alt.source);
    const t = goldNorm(alt.target);
    out.add(`${alt.type}\u0000${s}\u0000${t}`);
    if (SYMMETRIC.has(alt.type)) out.add(`${alt.type}\u0000${t}\u0000${s}`);
  }
  return out;
}

export function scoreArticle(gold: Annotation, pred: Annotation): ArticleScore {
  const gents = gold.entities ?? [];
  const pents = pred.entities ?? [];
  const gnames = gents.map(names);
  const pnames = pents.map(names);
  // Each predicted entity maps to at most one gold entity; each gold entity is taken once.
  const taken = new Set<number>();
  const pmap = new Map<number, number>();
  pents.forEach((p, pi) => {
    for (let gi = 0; gi < gents.length; gi++) {
      if (taken.has(gi) || gents[gi]!.type !== p.type) continue;
      if ([...pnames[pi]!].some((n) => gnames[gi]!.has(n))) {
        taken.add(gi);
        pmap.set(pi, gi);
        break;
      }
    }
  });
  const byName = new Map<string, number>();
  gents.forEach((g, gi) => {
    for (const n of gnames[gi]!) {
      const key = `${g.type}\u0000${n}`;
      if (!byName.has(key)) byName.set(key, gi);
    }
  });
  const entities: Counts = { tp: 0, fp: 0, fn: 0 };
  const missedEntities: string[] = [];
  gents.forEach((g, gi) => {
    if (g.optional) return;
    if (taken.has(gi)) entities.tp++;
    else {
      entities.fn++;
      missedEntities.push(g.name);
    }
  });
  const wrongEntities: string[] = [];
  pents.forEach((p, pi) => {
    if (!pmap.has(pi)) {
      entities.fp++;
      wrongEntities.push(`${p.type}:${p.name}`);
    }
  });
  const resolve = (name: string): string | undefined => {
    const n = goldNorm(name);
    for (let pi = 0; pi < pents.length; pi++) {
      if (pnames[pi]!.has(n)) {
        const gi = pmap.get(pi);
        return gi === undefined ? undefined : goldNorm(gents[gi]!.name);
      }
    }
    // As the shared tool does: any gold entity of that name, whatever its type.
    for (const [key, gi] of byName) {
      if (key.slice(key.indexOf("\u0000") + 1) === n) return goldNorm(gents[gi]!.name);
    }
    return undefined;
  };
  const predTriples = new Set<string>();
  for (const r of pred.relations ?? []) {
    const s = resolve(r.source);
    const t = resolve(r.target);
    if (s === undefined || t === undefined) continue;
    predTriples.add(`${r.type}\u0000${s}\u0000${t}`);
  }
  const relations: Counts = { tp: 0, fp: 0, fn: 0 };
  const matched = new Set<string>();
  const missedRelations: string[] = [];
  for (const g of gold.relations ?? []) {
    const hit = [...triples(g)].filter((t) => predTriples.has(t));
    for (const t of hit) matched.add(t);
    if (g.optional) continue;
    if (hit.length > 0) relations.tp++;
    else {
      relations.fn++;
      missedRelations.push(`${g.source} -${g.type}-> ${g.target}`);
    }
  }
  const wrongRelations: string[] = [];
  for (const t of predTriples) {
    if (matched.has(t)) continue;
    const [type, s, o] = t.split("\u0000") as [string, string, string];
    if (SYMMETRIC.has(type) && matched.has(`${type}\u0000${o}\u0000${s}`)) continue;
    relations.fp++;
    wrongRelations.push(`${s} -${type}-> ${o}`);
  }
  return { entities, relations, missedEntities, wrongEntities, missedRelations, wrongRelations };
}

export function prf(c: Counts): Score {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface SetScore {
  entities: Score & Counts;
  relations: Score & Counts;
  articles: Record<string, ArticleScore>;
}

/** Micro-averaged scores over a set of articles: gold and prediction keyed by file name. */
export function scoreSet(
  pairs: Iterable<{ name: string; gold: Annotation; pred: Annotation | undefined }>,
): SetScore {
  const E: Counts = { tp: 0, fp: 0, fn: 0 };
  const R: Counts = { tp: 0, fp: 0, fn: 0 };
  const articles: Record<string, ArticleScore> = {};
  for (const { name, gold, pred } of pairs) {
    const score = scoreArticle(gold, pred ?? { entities: [], relations: [] });
    for (const k of ["tp", "fp", "fn"] as const) {
      E[k] += score.entities[k];
      R[k] += score.relations[k];
    }
    articles[name] = score;
  }
  return { entities: { ...E, ...prf(E) }, relations: { ...R, ...prf(R) }, articles };
}

/** The shared tool's last line: "entities F1=0.950 relations F1=0.850". */
export function formatScore(score: SetScore): string {
  const f = (n: number) => n.toFixed(3);
  const { entities: e, relations: r } = score;
  return [
    `entities:  P=${f(e.precision)} R=${f(e.recall)} F1=${f(e.f1)}  (tp=${e.tp} fp=${e.fp} fn=${e.fn})`,
    `relations: P=${f(r.precision)} R=${f(r.recall)} F1=${f(r.f1)}  (tp=${r.tp} fp=${r.fp} fn=${r.fn})`,
    `entities F1=${f(e.f1)} relations F1=${f(r.f1)}`,
  ].join("\n");
}
