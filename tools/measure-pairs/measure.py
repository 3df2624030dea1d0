#!/usr/bin/env python3
"""Labels the candidate pairs of candidates.ts by the gold and measures "predict relation R for
this group of pairs", leaving one set out.

usage: measure.py CANDIDATES.jsonl [--scheme NAME] [--min-prec 0.7] [--rows]
Groups (schemes): typed kinds of the two names in order, plus one cue (preposition of the second,
last word between, words between, gap). For each held set: groups and decisions chosen on the
other sets (precision >= min-prec, support in >= 3 articles of >= 2 sets), scored on the held set
as the scorer would (a pair whose ends map to no gold entity counts nothing; a gold relation marked
optional counts nothing). Prints per-set and pooled tp/fp, and in-sample figures for comparison.
"""
import collections, importlib.machinery, importlib.util, json, os, sys

GOLD = "test/fixtures/gold"
# The shared scorer (score-extraction), beside the repository as ../shared/tools, or named by
# SCORE_EXTRACTION.
SCORER = os.environ.get("SCORE_EXTRACTION") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools", "score-extraction")
loader = importlib.machinery.SourceFileLoader("score", SCORER)
spec = importlib.util.spec_from_loader("score", loader)
score = importlib.util.module_from_spec(spec); loader.exec_module(score)
norm, names, triples = score.norm, score.names, score.triples

REAL = {"real8-tune", "real9-tune", "real8-blind", "real9-blind", "real10", "real11", "real12", "real13", "real14", "real15"}

def mapper(gold, pents):
    gents = gold["entities"]
    taken, pmap = set(), {}
    for pi, p in enumerate(pents):
        pn = names(p)
        for gi, g in enumerate(gents):
            if gi in taken or g["type"] != p.get("type"):
                continue
            if pn & names(g):
                taken.add(gi); pmap[pi] = gi; break
    gi_by_name = {}
    for gi, g in enumerate(gents):
        for n in names(g):
            gi_by_name.setdefault((g["type"], n), gi)
    def resolve(name):
        n = norm(name)
        for pi, p in enumerate(pents):
            if n in names(p):
                return norm(gents[pmap[pi]]["name"]) if pi in pmap else None
        for (typ, gn), gi in gi_by_name.items():
            if gn == n:
                return norm(gents[gi]["name"])
        return None
    return resolve

def load(path):
    arts, pairs, sig = {}, [], {}
    for line in open(path, encoding="utf-8"):
        if not line.strip(): continue
        r = json.loads(line)
        if r["kind"] == "signatures":
            sig = r["signatures"]
        elif r["kind"] == "article":
            arts[(r["set"], r["file"])] = r
        else:
            pairs.append(r)
    golds = {}
    for (s, f), a in arts.items():
        gp = os.path.join(GOLD, s, f)
        if not os.path.exists(gp): continue
        gold = json.load(open(gp, encoding="utf-8"))
        req, opt = set(), set()
        for g in gold["relations"]:
            (opt if g.get("optional") else req).update(triples(g))
        golds[(s, f)] = (mapper(gold, a["entities"]), req, opt)
    out = []
    for p in pairs:
        k = (p["set"], p["file"])
        if k not in golds: continue
        resolve, req, opt = golds[k]
        ga, gb = resolve(p["a"]), resolve(p["b"])
        p["mapped"] = ga is not None and gb is not None
        labels, optl = set(), set()
        if p["mapped"]:
            for (t, s, o) in req:
                if (s, o) == (ga, gb): labels.add((t, False))
                if (s, o) == (gb, ga): labels.add((t, True))
            for (t, s, o) in opt:
                if (s, o) == (ga, gb): optl.add((t, False))
                if (s, o) == (gb, ga): optl.add((t, True))
        # Only what the extractor may state between these types (rule-extractor.ts SIGNATURES).
        def allowed(l):
            if not sig: return True
            subj, obj = (p["tb"], p["ta"]) if l[1] else (p["ta"], p["tb"])
            s_types, o_types = sig[l[0]]
            return subj.split(":")[0] in s_types and obj.split(":")[0] in o_types
        labels = {l for l in labels if allowed(l)}
        optl = {l for l in optl if allowed(l)}
        p["labels"], p["opt"], p["ga"], p["gb"] = labels, optl, ga, gb
        out.append(p)
    return out

def coarse(t): return t.split(":")[0]

SCHEMES = {
    "kind-prep": lambda p: (p["ta"], p["tb"], p["prep"]),
    "kind-last": lambda p: (p["ta"], p["tb"], p["last"]),
    "kind-between": lambda p: (p["ta"], p["tb"], p["between"]),
    "kind-gap": lambda p: (p["ta"], p["tb"], p["gap"]),
    "type-prep": lambda p: (coarse(p["ta"]), coarse(p["tb"]), p["prep"]),
    "type-last": lambda p: (coarse(p["ta"]), coarse(p["tb"]), p["last"]),
    "type-between": lambda p: (coarse(p["ta"]), coarse(p["tb"]), p["between"]),
    "kind-only": lambda p: (p["ta"], p["tb"]),
    "kind-comma-gap": lambda p: (p["ta"], p["tb"], p["comma"], p["gap"]),
}

def eligible(p):
    return p["sameClause"] and not p["aside"]

def units(pairs, key):
    """Per group: unique (set, file, a, b) with their labels (a pair named in two sentences counts once per group)."""
    g = collections.defaultdict(dict)
    for p in pairs:
        if not eligible(p): continue
        u = (p["set"], p["file"], p["a"], p["b"])
        g[key(p)][u] = p
    return g

def decide(groups, min_prec, min_articles=3, min_sets=2):
    rows = {}
    for k, us in groups.items():
        mapped = [p for p in us.values() if p["mapped"]]
        if len(mapped) < 3: continue
        cands = collections.Counter(l for p in mapped for l in p["labels"])
        # Ties broken by the label, so the choice does not depend on hash order.
        for (lab, c) in sorted(cands.items(), key=lambda x: (-x[1], x[0]))[:1]:
            denom = sum(1 for p in mapped if not (lab in p["opt"] and lab not in p["labels"]))
            prec = c / denom if denom else 0
            arts = {(p["set"], p["file"]) for p in mapped if lab in p["labels"]}
            sets = {s for s, _ in arts}
            if prec >= min_prec and len(arts) >= min_articles and len(sets) >= min_sets:
                rows[k] = (lab, prec, c, denom, len(arts), len(sets))
    return rows

def apply(pairs, key, rows):
    """Predicted triples per article → tp/fp/opt as the scorer counts them (unmapped: nothing)."""
    pred = {}
    for p in pairs:
        if not eligible(p) or not p["mapped"]: continue
        r = rows.get(key(p))
        if not r: continue
        (t, rev) = r[0]
        tr = (t, p["gb"], p["ga"]) if rev else (t, p["ga"], p["gb"])
        pred[(p["set"], p["file"], tr)] = (tr[0], rev) in p["labels"] or (tr[0], rev) in p["labels"], p
    tp = fp = 0
    for (s, f, tr), (ok, p) in pred.items():
        lab = (tr[0], tr[1] == p["gb"] and tr[1] != p["ga"])
        if lab in p["labels"]: tp += 1
        elif lab in p["opt"]: pass
        else: fp += 1
    return tp, fp

def main():
    args = sys.argv[1:]
    path = args[0]
    min_prec = float(args[args.index("--min-prec") + 1]) if "--min-prec" in args else 0.7
    schemes = [args[args.index("--scheme") + 1]] if "--scheme" in args else list(SCHEMES)
    pairs = load(path)
    sets = sorted({p["set"] for p in pairs})
    print(f"{len(pairs)} candidate pairs, {sum(p['mapped'] for p in pairs)} with both ends in gold, "
          f"{sum(bool(p['labels']) for p in pairs)} with a required gold relation")
    for name in schemes:
        key = SCHEMES[name]
        tot = {"real": [0, 0], "written": [0, 0]}
        per = []
        for held in sets:
            train = [p for p in pairs if p["set"] != held]
            test = [p for p in pairs if p["set"] == held]
            rows = decide(units(train, key), min_prec)
            tp, fp = apply(test, key, rows)
            per.append(f"{held}:{tp}/{fp}")
            tot["real" if held in REAL else "written"][0] += tp
            tot["real" if held in REAL else "written"][1] += fp
        rows = decide(units(pairs, key), min_prec)
        itp, ifp = apply(pairs, key, rows)
        rt, rf = tot["real"]; wt, wf = tot["written"]
        print(f"\n== {name}: LOSO real +{rt} tp +{rf} fp (P={rt/max(1,rt+rf):.2f}); written +{wt}/+{wf}; "
              f"in-sample all +{itp}/+{ifp}; {len(rows)} rows")
        print("   " + " ".join(per))
        if "--rows" in args:
            for k, (lab, prec, c, d, na, ns) in sorted(rows.items(), key=lambda x: -x[1][2]):
                print(f"   {k} -> {lab[0]}{' (rev)' if lab[1] else ''}: {c}/{d} P={prec:.2f} arts={na} sets={ns}")

if __name__ == "__main__":
    main()

def backoff(pairs, names, min_prec):
    """Rows of several schemes, the first scheme whose group has a row deciding."""
    keys = [SCHEMES[n] for n in names]
    def run(train, test):
        rowsets = [decide(units(train, k), min_prec) for k in keys]
        pred = {}
        for p in test:
            if not eligible(p) or not p["mapped"]: continue
            for k, rows in zip(keys, rowsets):
                r = rows.get(k(p))
                if r: break
            else: continue
            (t, rev) = r[0]
            tr = (t, p["gb"], p["ga"]) if rev else (t, p["ga"], p["gb"])
            pred[(p["set"], p["file"], tr)] = ((t, rev), p)
        tp = fp = 0
        for (lab, p) in pred.values():
            if lab in p["labels"]: tp += 1
            elif lab in p["opt"]: pass
            else: fp += 1
        return tp, fp
    return run
