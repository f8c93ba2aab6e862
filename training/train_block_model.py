"""Train the body-block classifier of the scraped-text path, cross-validated by site.

    python training/train_block_model.py [--data ../shared/data/scraped_text] [--config training/block_model.cfg]
        [--out DIR] [--english-only] [--no-lexicon] [--no-offsets] [--no-final]

Settings come from ``training/block_model.cfg``.  Blocks of every page in the full-gold sets
(``scraped_text/{scrapinghub,naeb,multilingual}``) are labelled body when their normalised text
equals a paragraph of the gold body (or is a long piece of it).  The pages of
``scraped_text/trafilatura-eval-dev`` (mostly German, with English, Spanish, French, Polish)
have snippet gold only: a block holding a ``with`` snippet is body, one holding a ``without``
snippet is not (a heading-shaped ``with`` block only between two body blocks: a subheading),
and the other blocks of those pages are left out of the loss (their rows still feed the
neighbours' stage-2 inputs); their labelled rows count ``snippet_weight`` times, as a page gives
about six of them against a full page's hundred.

Per page language with enough pages (en, de) the model also learns a word lexicon (log-odds of
a word in body vs chrome blocks, only words seen on many sites) and a logit shift chosen on
held-out halves of the training sites (see ``train``).  Pages are grouped by URL host and the
host decides the fold (a stable hash), so no figure printed here or by
``benchmarks/scraped_text.py`` / ``benchmarks/scraped_snippets.py`` comes from a page whose
site was seen in training.

Writes ``src/dateline/models/blocks/body_lr.json`` (trained on all pages: the shipped model)
and ``src/dateline/models/blocks/cv.json`` (one model per fold, for the benchmarks).
``--english-only`` trains on scrapinghub + naeb alone (the model shipped before issue 15).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dateline.extract.block_features import FEATURES, page_features  # noqa: E402
from dateline.extract.block_model import (MODEL_DIR, BlockModel, _stage,  # noqa: E402
                                          hand_scores, lexicon_columns, lexicon_tokens,
                                          prob_features, stage_features)
import oblivious_gbdt as gbdt  # noqa: E402
from dateline.extract.blocks import page_language, split_blocks  # noqa: E402
from dateline.evaluation.bodies import word_prf  # noqa: E402

SETS = ("scrapinghub", "naeb")  # English, full gold bodies: the figures printed per set
MORE_SETS = ("multilingual",)  # full gold bodies, pt/ru/de/fr/es/it/cs
SNIPPET_SETS = ("trafilatura-eval-dev",)  # snippet gold, mostly German
SNIPPET_WEIGHT = 5
INSIDE_HEADINGS = True


def host_of(url: str) -> str:
    h = (urlsplit(url).hostname or "").lower()
    return h[4:] if h.startswith("www.") else h


def fold_of(host: str, k: int) -> int:
    return int(hashlib.sha1(host.encode()).hexdigest(), 16) % k


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def label_blocks(blocks: list[str], gold_body: str) -> list[int]:
    paras = {_norm(p) for p in gold_body.split("\n") if p.strip()}
    whole = _norm(gold_body)
    out = []
    for b in blocks:
        nb = _norm(b)
        out.append(int(nb in paras or (len(nb) >= 40 and nb in whole)))
    return out


def _snippet_norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))


def label_blocks_by_snippets(blocks: list[str], with_: list[str], without: list[str],
                             inside_headings: bool = False) -> list[int]:
    """1 for a block holding a ``with`` snippet, 0 for one holding a ``without`` snippet, -1 else.

    The gold's `with` snippets include headlines and subheadings; the body must not take the
    headline (the segmenter makes it the title), so heading-shaped `with` blocks are left out
    -- unless ``inside_headings`` and they stand between two labelled body blocks (a
    subheading inside the article)."""
    normed = [_snippet_norm(b) for b in blocks]
    out = [-1] * len(blocks)
    heading = -2
    for snippets, value in ((without, 0), (with_, 1)):
        for snip in snippets:
            key = _snippet_norm(snip)[:80]
            if len(key) < 12:
                continue
            for i, nb in enumerate(normed):
                if key in nb:
                    out[i] = heading if value and _heading_shaped(blocks[i]) else value
    body = [i for i, v in enumerate(out) if v == 1]
    for i, v in enumerate(out):
        if v == heading:
            out[i] = 1 if inside_headings and body and body[0] < i < body[-1] else -1
    return out


def _heading_shaped(block: str) -> bool:
    return len(block.split()) < 20 and not re.search(r"[.!?…:;][\"'”’»)]*$", block)


def load_pages(data: Path, with_more: bool = True) -> list[dict]:
    pages = []
    for name in SNIPPET_SETS if with_more else ():
        for line in open(data / name / "gold.jsonl", encoding="utf-8"):
            g = json.loads(line)
            text = (data / name / "pages" / f"{g['id']}.txt").read_text(encoding="utf-8")
            blocks = split_blocks(text)
            lang, _ = page_language(blocks)
            y = label_blocks_by_snippets(blocks, g.get("with") or [], g.get("without") or [],
                                         inside_headings=INSIDE_HEADINGS)
            pages.append({"set": name, "id": g["id"], "host": host_of(g["url"]), "blocks": blocks,
                          "lang": lang, "rows": page_features(blocks, lang), "y": y, "gold": None})
    for name in SETS + (MORE_SETS if with_more else ()):
        for line in open(data / name / "gold.jsonl", encoding="utf-8"):
            g = json.loads(line)
            text = (data / name / "pages" / f"{g['id']}.txt").read_text(encoding="utf-8")
            blocks = split_blocks(text)
            lang, _ = page_language(blocks)
            pages.append({"set": name, "id": g["id"], "host": host_of(g["url"]), "blocks": blocks,
                          "lang": lang, "rows": page_features(blocks, lang), "y": label_blocks(blocks, g["body"]),
                          "gold": g["body"]})
    return pages


def fit_lr(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 25) -> dict:
    """L2-regularised logistic regression by Newton's method on standardised columns."""
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0  # bias column stays 1
    scale[scale < 1e-9] = 1.0
    Z = (X - mean) / scale
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(Z @ w, -30, 30)))
        g = Z.T @ (p - y) + reg * w
        H = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg + 1e-6)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return {"mean": mean.tolist(), "scale": scale.tolist(), "w": w.tolist()}


LEXICON_MIN_PAGES = 100  # a language needs this many training pages for a lexicon of its own
LEXICON_MIN_SITES = 8  # a word seen on fewer sites' labelled blocks says more about a site than a language
LEXICON_SITE_SHARE = 0.03  # ... or on fewer than this share of the language's sites
LEXICON_MAX_WORDS = 2000
LEXICON_CLIP = 3.0


def _lexicon_of(pages: list[dict]) -> dict[str, float]:
    from collections import Counter, defaultdict

    pos, neg = Counter(), Counter()
    sites: dict[str, set] = defaultdict(set)
    for p in pages:
        weight = SNIPPET_WEIGHT if p["gold"] is None else 1
        for block, label in zip(p["blocks"], p["y"]):
            if label < 0:
                continue
            toks = lexicon_tokens(block)
            (pos if label else neg).update({t: weight * c for t, c in Counter(toks).items()})
            for t in set(toks):
                sites[t].add(p["host"])
    n_pos, n_neg = sum(pos.values()), sum(neg.values())
    min_sites = max(LEXICON_MIN_SITES, LEXICON_SITE_SHARE * len({p["host"] for p in pages}))
    vocab = [t for t, where in sites.items() if len(where) >= min_sites]
    v = len(vocab) or 1
    odds = {}
    for t in vocab:
        r = np.log((pos[t] + 1) / (n_pos + v)) - np.log((neg[t] + 1) / (n_neg + v))
        odds[t] = float(np.clip(r, -LEXICON_CLIP, LEXICON_CLIP))
    best = sorted(vocab, key=lambda t: -abs(odds[t]) * np.log1p(pos[t] + neg[t]))[:LEXICON_MAX_WORDS]
    return {t: round(odds[t], 2) for t in sorted(best)}


def page_lang(p: dict) -> str | None:
    return p.get("lang")


def build_lexicon(pages: list[dict]) -> dict[str, dict[str, float]]:
    """Per page language with enough training pages: word -> log-odds of standing in a body
    block rather than a chrome block of that language's pages (multinomial, add-one smoothed;
    labelled blocks only, snippet pages weighted as in training).  Only words found on many of
    the language's sites (>= LEXICON_MIN_SITES and >= LEXICON_SITE_SHARE of them), the
    LEXICON_MAX_WORDS most telling (|log-odds| x log count), rounded: a small table of the
    language's chrome and prose vocabulary that no single site can shape.  Per language, so
    that German words are weighed against German chrome, not against English pages."""
    by_lang: dict[str, list[dict]] = {}
    for p in pages:
        by_lang.setdefault(page_lang(p) or "", []).append(p)
    return {lang: _lexicon_of(ps) for lang, ps in sorted(by_lang.items())
            if lang and len(ps) >= LEXICON_MIN_PAGES}


USE_LEXICON = True
USE_OFFSETS = True
SEEDS = (7,)


def train(pages: list[dict], kind: str = "gbdt", lexicon: bool | None = None, offsets: bool | None = None,
          seeds: tuple[int, ...] | None = None) -> dict:
    """The model spec: the lexicon of ``pages`` and one member per seed (``train_member``)."""
    lexicon = USE_LEXICON if lexicon is None else lexicon
    members = [train_member(pages, kind, lexicon, offsets, seed) for seed in (seeds or SEEDS)]
    first, second = stage_features(lexicon)
    spec = {"features": first, "stage2_features": second, "members": members, "threshold": 0.5}
    if lexicon:
        spec["lexicon"] = build_lexicon(pages)
    return spec


def train_member(pages: list[dict], kind: str, lexicon: bool, offsets: bool | None, seed: int) -> dict:
    """Stage 1 on block features; stage 2 on those plus stage 1's scores around each block.

    Stage 2 learns from stage-1 scores cross-fitted over two halves of the training sites,
    so it sees scores as noisy as those on unseen sites.  The word lexicon's columns are
    cross-fitted over the same halves: a page's columns come from the lexicon of the other
    half's sites, so the trees learn to trust it as much as it deserves on unseen sites."""
    offsets = USE_OFFSETS if offsets is None else offsets
    base_fit = (lambda X, y: gbdt.fit(X, y, seed=seed)) if kind == "gbdt" else fit_lr

    def fitter(X: np.ndarray, y: np.ndarray, weight: np.ndarray) -> dict:
        # unlabelled rows (-1) out; snippet rows repeated (the trees' sample weight)
        keep = y >= 0
        reps = weight[keep].astype(int)
        return base_fit(np.repeat(X[keep], reps, axis=0), np.repeat(y[keep], reps))

    def labels(ps: list[dict]) -> tuple[np.ndarray, np.ndarray]:
        y = np.array([v for p in ps for v in p["y"]], dtype=float)
        w = np.array([SNIPPET_WEIGHT if p["gold"] is None else 1 for p in ps for _ in p["y"]])
        return y, w

    # the halves differ by seed too: members of an ensemble see different cross-fits
    salt = "#" if seed == SEEDS[0] else f"#{seed}"
    halves = [[p for p in pages if fold_of(p["host"] + salt, 2) == h] for h in (0, 1)]
    rows = {}
    for h in (0, 1):
        words = build_lexicon(halves[1 - h]) if lexicon else None
        for p in halves[h]:
            rows[id(p)] = np.hstack([p["rows"], lexicon_columns(p["blocks"], words.get(page_lang(p), {}))]) \
                if lexicon else p["rows"]
    X = np.vstack([rows[id(p)] for p in pages])
    y, w = labels(pages)
    stage1 = fitter(X, y, w)
    cross = {}
    for h in (0, 1):
        model = _stage(fitter(np.vstack([rows[id(p)] for p in halves[1 - h]]), *labels(halves[1 - h])))
        for p in halves[h]:
            cross[id(p)] = model.probs(rows[id(p)])
    second_rows = {id(p): np.hstack([rows[id(p)], prob_features(cross[id(p)], rows[id(p)])]) for p in pages}
    stage2 = fitter(np.vstack([second_rows[id(p)] for p in pages]), y, w)
    spec = {"stage1": _rounded(stage1), "stage2": _rounded(stage2)}
    if offsets:
        # scores no training page's own site shaped: stage 2 fitted on one half, applied to the other
        honest = {}
        for h in (0, 1):
            model = _stage(fitter(np.vstack([second_rows[id(p)] for p in halves[1 - h]]), *labels(halves[1 - h])))
            for p in halves[h]:
                honest[id(p)] = np.asarray(model.probs(second_rows[id(p)]))
        spec["offsets"] = choose_offsets(pages, honest)
    return spec


def _rounded(stage: dict) -> dict:
    """Leaf values to 6 significant digits (the JSON shrinks by half; thresholds stay exact)."""
    if "leaf" in stage:
        stage = dict(stage, leaf=[[float(f"{v:.6g}") for v in tree] for tree in stage["leaf"]])
    return stage


OFFSET_GRID = np.round(np.arange(-1.0, 1.01, 0.1), 2)


def _offset_objective(pages: list[dict], scores: dict, shift: float) -> float:
    """How good the blocks at >= .5 after ``shift`` are, on the labelled blocks of ``pages``.

    Pages with a full gold body (English here): the benchmark's target, P >= .90 and F1 >= .90,
    so the lower of word precision and word F1, macro over pages.  Pages with snippet gold: F1
    over labelled blocks, as the snippet scorer counts snippets."""
    full = [p for p in pages if p["gold"] is not None]
    snip = [p for p in pages if p["gold"] is None]
    if len(full) >= len(snip):
        ps, fs = [], []
        for p in full:
            y = np.asarray(p["y"])
            n = np.array([len(b.split()) for b in p["blocks"]], dtype=float)
            keep = scores[id(p)] >= 1 / (1 + np.exp(shift))  # sigmoid(logit(s) + shift) >= .5
            tp, fp, fn = n[keep & (y == 1)].sum(), n[keep & (y == 0)].sum(), n[~keep & (y == 1)].sum()
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            ps.append(prec)
            fs.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        return min(float(np.mean(ps)), float(np.mean(fs))) if ps else 0.0
    tp = fp = fn = 0
    for p in snip:
        y = np.asarray(p["y"])
        keep = scores[id(p)] >= 1 / (1 + np.exp(shift))
        tp += int((keep & (y == 1)).sum())
        fp += int((keep & (y == 0)).sum())
        fn += int((~keep & (y == 1)).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_offsets(pages: list[dict], scores: dict) -> dict[str, float]:
    """A logit shift per page language with enough training pages, chosen on scores of sites
    the model did not see; the smallest shift among those within .001 of the best."""
    by_lang: dict[str, list[dict]] = {}
    for p in pages:
        by_lang.setdefault(page_lang(p) or "", []).append(p)
    out = {}
    for lang, ps in sorted(by_lang.items()):
        if not lang or len(ps) < LEXICON_MIN_PAGES:
            continue
        got = {float(o): _offset_objective(ps, scores, float(o)) for o in OFFSET_GRID}
        top = max(got.values())
        shift = min((o for o, v in got.items() if v >= top - 0.001), key=abs)
        if shift:
            out[lang] = shift
    return out


prf = word_prf  # the benchmark's body score (dateline.evaluation.bodies)


def report(pages: list[dict], scores_of, label: str) -> None:
    for name in SNIPPET_SETS:
        pairs = [(v, s >= 0.5) for p in pages if p["set"] == name
                 for v, s in zip(p["y"], scores_of(p)) if v >= 0]
        if pairs:
            kept = sum(s for v, s in pairs if v == 1) / max(1, sum(v == 1 for v, _ in pairs))
            dropped = sum(not s for v, s in pairs if v == 0) / max(1, sum(v == 0 for v, _ in pairs))
            print(f"  {label:<22} {name:<12} snippet blocks: with kept {kept:.3f}, without dropped {dropped:.3f}")
    for name in SETS + MORE_SETS:
        res = []
        for p in (q for q in pages if q["set"] == name):
            s = scores_of(p)
            body = "\n".join(b for b, v in zip(p["blocks"], s) if v >= 0.5)
            res.append(prf(body, p["gold"]))
        if not res:
            continue
        P, R, F = (sum(x[i] for x in res) / len(res) for i in range(3))
        print(f"  {label:<22} {name:<12} P {P:.3f} R {R:.3f} F1 {F:.3f}  ({len(res)} pages)")


def configure(path: Path) -> dict:
    """Read ``block_model.cfg`` into the module's settings; returns them for the model card."""
    import configparser
    import functools

    global SETS, MORE_SETS, SNIPPET_SETS, SNIPPET_WEIGHT, INSIDE_HEADINGS, USE_LEXICON, USE_OFFSETS, SEEDS
    global LEXICON_MIN_PAGES, LEXICON_MIN_SITES, LEXICON_SITE_SHARE, LEXICON_MAX_WORDS, LEXICON_CLIP
    cfg = configparser.ConfigParser(inline_comment_prefixes=("#",))
    cfg.read(path, encoding="utf-8")
    d, lx = cfg["data"], cfg["lexicon"]
    full = tuple(x.strip() for x in d["full_sets"].split(",") if x.strip())
    SETS = tuple(x for x in full if x in ("scrapinghub", "naeb"))
    MORE_SETS = tuple(x for x in full if x not in SETS)
    SNIPPET_SETS = tuple(x.strip() for x in d["snippet_sets"].split(",") if x.strip())
    SNIPPET_WEIGHT = d.getint("snippet_weight")
    INSIDE_HEADINGS = d.getboolean("inside_headings")
    USE_LEXICON, USE_OFFSETS = lx.getboolean("use"), cfg["offsets"].getboolean("use")
    LEXICON_MIN_PAGES, LEXICON_MIN_SITES = lx.getint("min_pages"), lx.getint("min_sites")
    LEXICON_SITE_SHARE, LEXICON_MAX_WORDS = lx.getfloat("site_share"), lx.getint("max_words")
    LEXICON_CLIP = lx.getfloat("clip")
    t = cfg["trees"]
    gbdt.fit = functools.partial(_GBDT_FIT, n_trees=t.getint("n_trees"), depth=t.getint("depth"),
                                 rate=t.getfloat("rate"), subsample=t.getfloat("subsample"))
    SEEDS = tuple(int(x) for x in t["seeds"].split(","))
    return {section: dict(cfg[section]) for section in cfg.sections()}


_GBDT_FIT = gbdt.fit


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "scraped_text"))
    ap.add_argument("--config", default=str(ROOT / "training" / "block_model.cfg"))
    ap.add_argument("--english-only", action="store_true", help="scrapinghub + naeb only (the pre-issue-15 model)")
    ap.add_argument("--no-lexicon", action="store_true")
    ap.add_argument("--no-offsets", action="store_true")
    ap.add_argument("--no-final", action="store_true", help="fold models only (cv.json), no shipped model")
    ap.add_argument("--out", default=str(MODEL_DIR), help="folder for body_lr.json and cv.json")
    args = ap.parse_args()
    global USE_LEXICON, USE_OFFSETS
    settings = configure(Path(args.config))
    USE_LEXICON = USE_LEXICON and not args.no_lexicon
    USE_OFFSETS = USE_OFFSETS and not args.no_offsets
    folds_k = int(settings["folds"]["folds"])
    t0 = time.time()
    pages = load_pages(Path(args.data), with_more=not args.english_only)
    print(f"{len(pages)} pages, {sum(len(p['y']) for p in pages)} blocks "
          f"({sum(v >= 0 for p in pages for v in p['y'])} labelled), "
          f"{len({p['host'] for p in pages})} sites ({time.time() - t0:.0f}s)", flush=True)
    folds = []
    for k in range(folds_k):
        train_pages = [p for p in pages if fold_of(p["host"], folds_k) != k]
        folds.append(train(train_pages))
        for p in pages:
            if fold_of(p["host"], folds_k) == k:
                p["cv"] = BlockModel(folds[-1]).scores(p["rows"], p["lang"], p["blocks"])
        print(f"fold {k}: offsets {[m.get('offsets') for m in folds[-1]['members']]} ({time.time() - t0:.0f}s)",
              flush=True)
    print("site-held-out figures (blocks scored >= .5, no role assignment):")
    report(pages, lambda p: p["cv"], "model (cv by site)")
    report(pages, lambda p: hand_scores(p["rows"]), "hand rule")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cv = {"folds": folds_k, "fold_of": "sha1(host without www.) % folds", "models": folds}
    (out / "cv.json").write_text(json.dumps(cv, separators=(",", ":")))
    if not args.no_final:
        final = train(pages)
        final["trained_on"] = ", ".join(sorted({p["set"] for p in pages})) + f" ({len(pages)} pages, all)"
        final["settings"] = settings
        (out / "body_lr.json").write_text(json.dumps(final, separators=(",", ":")))
    print(f"wrote {out} ({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
