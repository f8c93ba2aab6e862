"""Train the body-block classifier of the scraped-text path, cross-validated by site.

    python training/train_block_model.py [--data ../shared/data/scraped_text] [--folds 5]
        [--more-languages --out /tmp/blocks-multilingual]

Blocks of every page in ``scraped_text/{scrapinghub,naeb}`` (and, with ``--more-languages``,
``multilingual``) are labelled body when their normalised text equals a paragraph of the gold
body (or is a long piece of it).  With ``--more-languages`` the pages of
``scraped_text/trafilatura-eval-dev`` (mostly German, with French, Spanish, Polish)
have snippet gold only: a block holding a ``with`` snippet is body, one holding a ``without``
snippet is not, and the other blocks of those pages are left out of the loss (their rows
still feed the neighbours' stage-2 inputs); their labelled rows count ``SNIPPET_WEIGHT`` times,
as a page gives about six of them against a full page's hundred.  Pages are grouped by URL
host and the host decides the fold (a stable hash), so no figure printed here or by
``benchmarks/scraped_text.py`` / ``benchmarks/scraped_snippets.py`` comes from a page whose
site was seen in training.

Writes ``src/dateline/models/blocks/body_lr.json`` (trained on all pages: the shipped model)
and ``src/dateline/models/blocks/cv.json`` (one model per fold, for the benchmark).
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
from dateline.extract.block_model import (MODEL_DIR, STAGE2, BlockModel,  # noqa: E402
                                          _stage, hand_scores, prob_features)
import oblivious_gbdt as gbdt  # noqa: E402
from dateline.extract.blocks import page_language, split_blocks  # noqa: E402
from dateline.evaluation.bodies import word_prf  # noqa: E402

SETS = ("scrapinghub", "naeb")  # English, full gold bodies: the figures printed per set
MORE_SETS = ("multilingual",)  # full gold bodies, pt/ru/de/fr/es/it/cs
SNIPPET_SETS = ("trafilatura-eval-dev",)  # snippet gold, mostly German
SNIPPET_WEIGHT = 5


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


def label_blocks_by_snippets(blocks: list[str], with_: list[str], without: list[str]) -> list[int]:
    """1 for a block holding a ``with`` snippet, 0 for one holding a ``without`` snippet, -1 else."""
    normed = [_snippet_norm(b) for b in blocks]
    out = [-1] * len(blocks)
    for snippets, value in ((without, 0), (with_, 1)):
        for snip in snippets:
            key = _snippet_norm(snip)[:80]
            if len(key) < 12:
                continue
            for i, nb in enumerate(normed):
                if key in nb:
                    # the gold's `with` snippets include headlines and subheadings, which the
                    # body must not take (the segmenter makes them the title): left out
                    out[i] = -1 if value and _heading_shaped(blocks[i]) else value
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
            y = label_blocks_by_snippets(blocks, g.get("with") or [], g.get("without") or [])
            pages.append({"set": name, "id": g["id"], "host": host_of(g["url"]), "blocks": blocks,
                          "rows": page_features(blocks, lang), "y": y, "gold": None})
    for name in SETS + (MORE_SETS if with_more else ()):
        for line in open(data / name / "gold.jsonl", encoding="utf-8"):
            g = json.loads(line)
            text = (data / name / "pages" / f"{g['id']}.txt").read_text(encoding="utf-8")
            blocks = split_blocks(text)
            lang, _ = page_language(blocks)
            pages.append({"set": name, "id": g["id"], "host": host_of(g["url"]), "blocks": blocks,
                          "rows": page_features(blocks, lang), "y": label_blocks(blocks, g["body"]),
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


def train(pages: list[dict], kind: str = "gbdt") -> dict:
    """Stage 1 on block features; stage 2 on those plus stage 1's scores around each block.

    Stage 2 learns from stage-1 scores cross-fitted over two halves of the training sites,
    so it sees scores as noisy as those on unseen sites."""
    base_fit = (lambda X, y: gbdt.fit(X, y)) if kind == "gbdt" else fit_lr

    def fitter(X: np.ndarray, y: np.ndarray, weight: np.ndarray) -> dict:
        # unlabelled rows (-1) out; snippet rows repeated (the trees' sample weight)
        keep = y >= 0
        reps = weight[keep].astype(int)
        return base_fit(np.repeat(X[keep], reps, axis=0), np.repeat(y[keep], reps))

    def labels(ps: list[dict]) -> tuple[np.ndarray, np.ndarray]:
        y = np.array([v for p in ps for v in p["y"]], dtype=float)
        w = np.array([SNIPPET_WEIGHT if p["gold"] is None else 1 for p in ps for _ in p["y"]])
        return y, w

    X = np.vstack([p["rows"] for p in pages])
    y, w = labels(pages)
    stage1 = fitter(X, y, w)
    halves = [[p for p in pages if fold_of(p["host"] + "#", 2) == h] for h in (0, 1)]
    cross = {}
    for h in (0, 1):
        model = _stage(fitter(np.vstack([p["rows"] for p in halves[1 - h]]), *labels(halves[1 - h])))
        for p in halves[h]:
            cross[id(p)] = model.probs(p["rows"])
    X2 = np.vstack([np.hstack([p["rows"], prob_features(cross[id(p)], p["rows"])]) for p in pages])
    stage2 = fitter(X2, y, w)
    return {"features": FEATURES, "stage2_features": STAGE2, "stage1": stage1, "stage2": stage2,
            "threshold": 0.5}


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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "scraped_text"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--more-languages", action="store_true",
                    help="also learn from multilingual and trafilatura-eval-dev (not the shipped model: "
                         "see docs/scraped-text.md)")
    ap.add_argument("--out", default=str(MODEL_DIR), help="folder for body_lr.json and cv.json")
    args = ap.parse_args()
    t0 = time.time()
    pages = load_pages(Path(args.data), with_more=args.more_languages)
    print(f"{len(pages)} pages, {sum(len(p['y']) for p in pages)} blocks "
          f"({sum(v >= 0 for p in pages for v in p['y'])} labelled), "
          f"{len({p['host'] for p in pages})} sites ({time.time() - t0:.0f}s)")
    folds = []
    for k in range(args.folds):
        train_pages = [p for p in pages if fold_of(p["host"], args.folds) != k]
        folds.append(train(train_pages))
        for p in pages:
            if fold_of(p["host"], args.folds) == k:
                p["cv"] = BlockModel(folds[-1]).scores(p["rows"])
    print("site-held-out figures (blocks scored >= .5, no role assignment):")
    report(pages, lambda p: p["cv"], "model (cv by site)")
    report(pages, lambda p: hand_scores(p["rows"]), "hand rule")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    final = train(pages)
    final["trained_on"] = ("scraped_text scrapinghub+naeb+multilingual (full bodies) and "
                           "trafilatura-eval-dev (snippet labels), all pages" if args.more_languages
                           else "scraped_text scrapinghub+naeb, all pages")
    (out / "body_lr.json").write_text(json.dumps(final, separators=(",", ":")))
    cv = {"folds": args.folds, "fold_of": "sha1(host without www.) % folds", "models": folds}
    (out / "cv.json").write_text(json.dumps(cv, separators=(",", ":")))
    print(f"wrote {out}/body_lr.json and cv.json ({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
