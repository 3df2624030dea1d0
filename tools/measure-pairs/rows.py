#!/usr/bin/env python3
"""The rows `measured-pairs` would take (schemes kind-prep, then type-between; precision >= 0.8),
each with its in-sample support and its leave-one-set-out figures (tp/fp on the sets it was not
chosen from, summed over the folds that chose it).
usage: rows.py CANDIDATES.jsonl [MIN_PREC [SCHEME,SCHEME…]]"""
import collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import measure as M

pairs = M.load(sys.argv[1])
mp = float(sys.argv[2]) if len(sys.argv) > 2 else 0.8
names = sys.argv[3].split(",") if len(sys.argv) > 3 else ["kind-prep", "type-between"]
keys = [M.SCHEMES[n] for n in names]
sets = sorted({p["set"] for p in pairs})
loso = collections.defaultdict(lambda: [0, 0, 0, set()])  # tp fp folds sets-fired

def predict(test, rowsets):
    pred = {}
    for p in test:
        if not M.eligible(p) or not p["mapped"]: continue
        for n, k, rows in zip(names, keys, rowsets):
            r = rows.get(k(p))
            if r: break
        else: continue
        lab = r[0]
        tr = (lab[0], p["gb"], p["ga"]) if lab[1] else (lab[0], p["ga"], p["gb"])
        pred[(p["set"], p["file"], tr)] = (n, k(p), lab, p)
    return pred

tot = {"real": [0, 0], "written": [0, 0]}
for h in sets:
    train = [p for p in pairs if p["set"] != h]
    rowsets = [M.decide(M.units(train, k), mp) for k in keys]
    for n, rows in zip(names, rowsets):
        for k in rows: loso[(n, k, rows[k][0])][2] += 1
    for (n, k, lab, p) in predict([p for p in pairs if p["set"] == h], rowsets).values():
        e = loso[(n, k, lab)]
        kind = "real" if h in M.REAL else "written"
        if lab in p["labels"]: e[0] += 1; tot[kind][0] += 1; e[3].add(h)
        elif lab not in p["opt"]: e[1] += 1; tot[kind][1] += 1
rowsets = [M.decide(M.units(pairs, k), mp) for k in keys]
for n, rows in zip(names, rowsets):
    for k, (lab, prec, c, d, na, ns) in sorted(rows.items(), key=lambda x: -x[1][2]):
        e = loso[(n, k, lab)]
        print(f"{n} {k} -> {lab[0]}{' (reversed)' if lab[1] else ''}: in-sample {c}/{d} P={prec:.2f} "
              f"in {na} articles of {ns} sets; LOSO chosen in {e[2]}/{len(sets)} folds, held-out tp {e[0]} fp {e[1]}")
print(f"pooled LOSO: real +{tot['real'][0]} tp +{tot['real'][1]} fp; written+dev +{tot['written'][0]} tp +{tot['written'][1]} fp")
