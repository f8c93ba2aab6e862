"""Train the document-level event-type filter (``analyse/events/doc_filter.py``) on EventDNA train.

    DATELINE_NO_DOC_FILTER=1 PYTHONPATH=src .venv/bin/python benchmarks/eventdna_shared.py --part train --keep /tmp/ed-train
    PYTHONPATH=src .venv/bin/python training/eventdna_doc_filter.py /tmp/ed-train [--out FILE] [--cv]

Reads the records of the train part of our document split (``benchmarks/eventdna.py:
split_of``) kept by the benchmark, run WITHOUT the filter (DATELINE_NO_DOC_FILTER=1), and
the scorer's gold (``../shared/eval/eventdna``). Each (article, PLOVER type) the rules
predicted is one example: 1 when the type is among the article's core gold types (a doc-level
true positive), 0 when the scorer would count it wrong even leniently (a false positive);
the others (neutral for the scorer) are left out. Features: ``doc_filter.features`` plus the
trigger words' reliability (how often the type was right in the training articles that had
that TYPE:lemma, smoothed; for the training rows themselves computed out-of-fold, so the model
does not learn from its own labels), one indicator per type. An L2 logistic regression (numpy,
Newton steps) on standardised features; the one threshold under which a type is dropped is
chosen on out-of-fold probabilities (5 folds by document, 3 seeds) to maximise the
document-level lenient F1 while keeping recall within ``--max-recall-loss`` of the rules'.
The figures printed (and stored in the model file) are nested: outer 5 folds by document,
everything (reliability table, weights, threshold) chosen on the outer training folds only.
``--cv`` prints the cross-validated figures of every variant tried. Seeded, deterministic.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from dateline.analyse.events.doc_filter import (FEATURE_NAMES, MODEL_DIR, MODEL_FILE, TYPES, design, features,  # noqa: E402
                                                reliability, trigger_keys)

EVAL = ROOT.parent / "shared" / "eval" / "eventdna"


def scorer():
    spec = importlib.util.spec_from_file_location("eventdna_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_sets():
    s = scorer()
    cw = s.Crosswalk(str(EVAL / "crosswalk.json"))
    gold = {}
    for line in (EVAL / "dev" / "gold.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        info = [cw.event_info(ev) for ev in d["events"]]
        core = {p for p, c, _, _ in info if c}
        ok = {p for p, _, _, _ in info if p} | set().union(*[a for _, _, a, w in info if not w])
        gold[d["id"]] = (core, ok)
    return gold, set(cw.scored)


def examples(records: Path):
    """Rows (reliability column 0 until ``with_reliability``), types, labels (1, 0 or -1 =
    neutral), doc ids, trigger keys, and the rules' missed types (fn)."""
    gold, scored = gold_sets()
    rows, types, labels, docs, keys, fn = [], [], [], [], [], 0
    for line in records.open(encoding="utf-8"):
        r = json.loads(line)
        did = Path(r["source"]["path"]).stem
        core, ok = gold[did]
        evs = r["annotations"].get("events") or []
        by_type: dict[str, list] = {}
        for e in evs:
            by_type.setdefault(e["label"], []).append(e)
        lead_len = len(r["paragraphs"][0]) if r["paragraphs"] else 0
        for t in sorted(by_type):
            if t not in scored or t not in TYPES:
                continue
            rows.append(features(by_type[t], r["body"], r.get("title"), lead_len, len(by_type) - 1))
            keys.append(trigger_keys(t, by_type[t]))
            types.append(t)
            labels.append(1 if t in core else (0 if t not in ok else -1))
            docs.append(did)
        fn += len(core - {t for t in by_type if t in scored})
    return design(rows, types), np.array(types), np.array(labels), np.array(docs), keys, fn


def fit(x, y, l2=1.0, iters=30):
    """L2 logistic regression by Newton's method on standardised x; returns mean, scale, w, b."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1
    z = (x - mean) / scale
    a = np.hstack([z, np.ones((len(z), 1))])
    w = np.zeros(a.shape[1])
    reg = np.full(a.shape[1], l2)
    reg[-1] = 0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-a @ w))
        g = a.T @ (p - y) + reg * w
        h = (a * (p * (1 - p))[:, None]).T @ a + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[:-1], w[-1]


def proba(model, x):
    mean, scale, w, b = model
    return 1 / (1 + np.exp(-(((x - mean) / scale) @ w + b)))


def doc_f1(keep, labels, fn0):
    tp = int(((labels == 1) & keep).sum())
    fp = int(((labels == 0) & keep).sum())
    fn = fn0 + int(((labels == 1) & ~keep).sum())
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return (2 * p * r / (p + r) if p + r else 0), p, r, tp, fp, fn


def folds_of(docs, k, seed):
    uniq = np.array(sorted(set(docs)))
    rng = np.random.default_rng(seed)
    rng.shuffle(uniq)
    fold = {d: i % k for i, d in enumerate(uniq)}
    return np.array([fold[d] for d in docs])


REL = len(FEATURE_NAMES)  # the reliability column


def word_table(idx, y, keys):
    """TYPE:lemma -> [right, seen] over the labelled examples ``idx``, and the prior."""
    table: dict[str, list[float]] = {}
    for i in idx:
        if y[i] < 0:
            continue
        for k in keys[i]:
            c = table.setdefault(k, [0, 0])
            c[0] += int(y[i])
            c[1] += 1
    lab = [i for i in idx if y[i] >= 0]
    prior = float(np.mean([y[i] for i in lab])) if lab else 0.5
    return table, prior


def encode(x, rows, table, prior, keys, smooth):
    x[rows, REL] = [reliability(keys[i], table, prior, smooth) for i in rows]


def oof_encode(x, y, keys, docs, idx, smooth, seed, k=4):
    """The reliability of rows ``idx`` from tables built without their own documents."""
    f = folds_of(docs[idx], k, seed)
    for j in range(k):
        table, prior = word_table(idx[f != j], y, keys)
        encode(x, idx[f == j], table, prior, keys, smooth)


def oof_proba(x, y, keys, docs, idx, cols, l2, smooth, seed, k=4):
    """Out-of-fold probabilities of rows ``idx`` (by document), the reliability of each fold's
    training rows itself out-of-fold and that of its held-out rows from all its training rows."""
    x = x.copy()
    f = folds_of(docs[idx], k, seed)
    out = np.zeros(len(idx))
    for j in range(k):
        tr, te = idx[f != j], idx[f == j]
        fit_model_ = train(x, y, keys, docs, tr, cols, l2, smooth, seed)
        out[f == j] = predict(fit_model_, x, keys, te, cols)
    return out


def train(x, y, keys, docs, idx, cols, l2, smooth, seed):
    x = x.copy()
    if smooth is not None:
        oof_encode(x, y, keys, docs, idx, smooth, seed + 1)
    lab = idx[y[idx] >= 0]
    model = fit(x[lab][:, cols], y[lab].astype(float), l2)
    table, prior = word_table(idx, y, keys)
    return model, table, prior, smooth


def predict(m, x, keys, idx, cols):
    model, table, prior, smooth = m
    x = x.copy()
    if smooth is not None:
        encode(x, idx, table, prior, keys, smooth)
    return proba(model, x[idx][:, cols])


def choose_threshold(p, y, types, fn0, per_type=False, max_recall_loss=0.02, grid=None):
    """Threshold(s) maximising doc lenient F1 on (p, y), recall kept within max_recall_loss."""
    grid = grid if grid is not None else np.round(np.arange(0.0, 0.71, 0.025), 3)
    base = doc_f1(np.ones(len(y), bool), y, fn0)
    best = {"*": 0.0}
    if not per_type:
        cands = []
        for t in grid:
            f1, _, r, *_ = doc_f1(p >= t, y, fn0)
            if r >= base[2] - max_recall_loss:
                cands.append((round(f1, 6), -t, t))
        best["*"] = max(cands)[2] if cands else 0.0
        return best
    th = {u: 0.0 for u in TYPES}
    for u in TYPES:  # coordinate ascent, one type at a time
        cands = []
        for t in grid:
            keep = np.array([p[i] >= (t if types[i] == u else th[types[i]]) for i in range(len(y))])
            f1, _, r, *_ = doc_f1(keep, y, fn0)
            if r >= base[2] - max_recall_loss:
                cands.append((round(f1, 6), -t, t))
        th[u] = max(cands)[2] if cands else 0.0
    return th


def keep_of(p, types, th):
    return np.array([p[i] >= th.get(types[i], th.get("*", 0.0)) for i in range(len(p))])


def nested_cv(x, y, types, docs, keys, fn0, cols, l2, smooth, per_type, max_recall_loss, seeds=(0, 1, 2), k=5):
    """Outer folds by document: the threshold is chosen on inner out-of-fold probabilities of
    the outer training documents only, then applied to the outer test fold."""
    res = []
    for seed in seeds:
        f = folds_of(docs, k, seed)
        keep = np.ones(len(y), bool)
        for i in range(k):
            tr, te = np.where(f != i)[0], np.where(f == i)[0]
            inner = oof_proba(x, y, keys, docs, tr, cols, l2, smooth, seed + 100)
            th = choose_threshold(inner, y[tr], types[tr], int(round(fn0 * len(tr) / len(y))), per_type, max_recall_loss)
            m = train(x, y, keys, docs, tr, cols, l2, smooth, seed)
            keep[te] = keep_of(predict(m, x, keys, te, cols), types[te], th)
        res.append(doc_f1(keep, y, fn0))
    return res


def summary(res):
    f1, p, r = (np.mean([q[k] for q in res]) for k in range(3))
    return f"F1 {f1:.3f} P {p:.3f} R {r:.3f}  (seeds F1 {' '.join(f'{q[0]:.3f}' for q in res)})"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("keep_dir", type=Path, help="folder with records.jsonl of the train part")
    ap.add_argument("--out", type=Path, default=MODEL_DIR / MODEL_FILE)
    ap.add_argument("--cv", action="store_true", help="print cross-validated figures of the variants")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--smooth", type=float, default=3.0, help="reliability smoothing (pseudo-articles)")
    ap.add_argument("--per-type", action="store_true")
    ap.add_argument("--max-recall-loss", type=float, default=0.05)
    args = ap.parse_args()
    t0 = time.time()
    x, types, y, docs, keys, fn0 = examples(args.keep_dir / "records.jsonl")
    n_base = len(FEATURE_NAMES)
    all_cols = np.arange(x.shape[1])
    base = doc_f1(np.ones(len(y), bool), y, fn0)
    print(f"examples {len(y)} (tp {int((y == 1).sum())}, fp {int((y == 0).sum())}, neutral {int((y == -1).sum())}),"
          f" documents {len(set(docs))}, rules' misses {fn0}")
    print(f"rules alone: F1 {base[0]:.3f} P {base[1]:.3f} R {base[2]:.3f} tp {base[3]} fp {base[4]} fn {base[5]}")
    if args.cv:
        variants = [
            ("features, no word reliability", all_cols, None),
            ("features + reliability s1", all_cols, 1.0),
            ("features + reliability s3", all_cols, 3.0),
            ("reliability + counts + types", np.array([0, 1, REL] + list(range(REL + 1, x.shape[1]))), 2.0),
            ("reliability alone", np.array([REL]), 2.0),
        ]
        for name, cols, smooth in variants:
            for l2 in (1.0, 10.0):
                for per_type in (False, True):
                    for mrl in (0.02, 0.05, 1.0):
                        res = nested_cv(x, y, types, docs, keys, fn0, cols, l2, smooth, per_type, mrl)
                        print(f"{name:<32} l2 {l2:<5} {'per-type' if per_type else 'global  '} recall-loss<= {mrl:.2f}: "
                              + summary(res), flush=True)
        return 0
    res = nested_cv(x, y, types, docs, keys, fn0, all_cols, args.l2, args.smooth, args.per_type, args.max_recall_loss)
    idx = np.arange(len(y))
    oof = np.mean([oof_proba(x, y, keys, docs, idx, all_cols, args.l2, args.smooth, s, k=5) for s in (0, 1, 2)], axis=0)
    th = choose_threshold(oof, y, types, fn0, args.per_type, args.max_recall_loss)
    (mean, scale, w, b), table, prior, smooth = train(x, y, keys, docs, idx, all_cols, args.l2, args.smooth, 0)
    lab = y >= 0
    names = list(FEATURE_NAMES) + ["word_reliability"] + [f"type={t}" for t in TYPES]
    spec = {
        "about": "EventDNA-nl train part: per (article, PLOVER type) found by the rules, is the type reported?"
                 " training/eventdna_doc_filter.py",
        "features": names,
        "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in w], "bias": round(float(b), 6),
        "threshold": {k: float(v) for k, v in th.items()}, "l2": args.l2, "max_recall_loss": args.max_recall_loss,
        "prior": round(prior, 6), "smooth": smooth,
        "words": {k: table[k] for k in sorted(table)},
        "train": {"examples": int(lab.sum()), "tp": int((y == 1).sum()), "fp": int((y == 0).sum()),
                  "documents": len(set(docs)),
                  "rules_doc_lenient_f1_p_r": [round(v, 4) for v in base[:3]],
                  "nested_cv_doc_lenient_f1": [round(r[0], 4) for r in res],
                  "nested_cv_doc_lenient_p": [round(r[1], 4) for r in res],
                  "nested_cv_doc_lenient_r": [round(r[2], 4) for r in res]},
    }
    args.out.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"threshold {th}; nested CV {summary(res)}")
    for name, wv in zip(names, w):
        print(f"  {name:<16} {wv:+.3f}")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) in {time.time() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
