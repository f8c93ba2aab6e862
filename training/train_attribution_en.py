"""Train the English attribution tagger shipped in ``src/dateline/models/attribution-en/``.

A spaCy entity recogniser over two labels, CUE (the reporting words: *said*, *according to*,
*told reporters*, *has learned*) and SOURCE (who says it), trained on PolNeAR's *train* split
(``../shared/data/attribution/polnear/``; never copied into the repository). The dev split is
not read here: it is the shared evaluation set. Checkpoints are chosen on 10 % of the train
articles. With ``--content`` a token tagger ``content`` on the same tok2vec learns B / I / O
content tags (``training/attribution.cfg``). ``analyse/claims/model.py`` turns tagged cues the
rules missed into claims, with the speaker and content from the parse, and uses the content
tags for content edges. The shipped model:

    OMP_NUM_THREADS=1 .venv/bin/python training/train_attribution_en.py --minutes 22 --width 96 --content

PolNeAR has no licence file and its texts belong to their publishers: the model (weights over
hashed features) is for development use, as its model card says.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import json
import random
import shutil
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "benchmarks"))

from polnear_set import TAR, parse_ann  # noqa: E402
from train_pipeline import RUNS, TimeBudgetReached, register_time_budget  # noqa: E402

OUT = HERE.parent / "src" / "dateline" / "models" / "attribution-en"
LABELS = {"cue": "CUE", "source": "SOURCE"}


def articles(split: str = "train") -> list[tuple[str, str, list[dict]]]:
    out = []
    with tarfile.open(TAR) as tar:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        for name in sorted(n for n in members if f"/{split}/text/" in n and n.endswith(".txt")):
            prefix = name.replace("/text/", "/attributions/")[:-len(".txt")] + "_"
            ann = min((n for n in members if n.startswith(prefix) and n.endswith(".ann")), default=None)
            if ann is None:
                continue
            text = tar.extractfile(members[name]).read().decode("utf-8")
            atts = parse_ann(tar.extractfile(members[ann]).read().decode("utf-8"), text)
            out.append((Path(name).stem, text, atts))
    return out


def content_tags(doc, atts) -> list[str]:
    """B / I / O per token: B opens a content span (each piece of a discontinuous one), I is
    inside one, O outside all (nested contents: the outer one's I, the inner start a B)."""
    tags = ["O"] * len(doc)
    starts = set()
    for a in atts:
        for s, e in (a.get("content") or {}).get("spans", []):
            sp = doc.char_span(s, e, alignment_mode="expand")
            if sp is None:
                continue
            lo = sp.start
            while lo < sp.end and (doc[lo].is_punct or doc[lo].is_space):
                lo += 1
            for i in range(lo, sp.end):
                if not doc[i].is_space:
                    tags[i] = "I"
            if lo < sp.end:
                starts.add(lo)
    for i in starts:
        tags[i] = "B"
    return tags


def to_docs(nlp, items, content: bool = False):
    """One Doc per article with CUE / SOURCE spans (overlapping spans: the first kept), and
    with ``content`` B / I / O content tags as token tags."""
    from spacy.tokens import DocBin, Span
    from spacy.util import filter_spans

    db = DocBin(store_user_data=False)
    for _id, text, atts in items:
        doc = nlp.make_doc(text)
        spans = []
        for a in atts:
            for role, label in LABELS.items():
                for s, e in (a.get(role) or {}).get("spans", []):
                    sp = doc.char_span(s, e, label=label, alignment_mode="expand")
                    if sp is None:
                        continue
                    lo, hi = sp.start, sp.end  # no edge punctuation or space (the NER cannot learn it)
                    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
                        lo += 1
                    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
                        hi -= 1
                    if 0 < hi - lo <= 12:
                        spans.append(Span(doc, lo, hi, label=label))
        doc.ents = filter_spans(spans)
        if content:
            for tok, tag in zip(doc, content_tags(doc, atts)):
                tok.tag_ = tag
        db.add(doc)
    return db


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=20.0)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--width", type=int, default=64, help="tok2vec width")
    ap.add_argument("--content", action="store_true", help="also tag content tokens (B/I/O)")
    args = ap.parse_args()
    import spacy
    from spacy.cli.train import train

    items = articles("train")
    random.Random(11).shuffle(items)
    n_dev = max(1, len(items) // 10)
    nlp = spacy.blank("en")
    run = RUNS / ("attribution-en-content" if args.content else "attribution-en")
    shutil.rmtree(run, ignore_errors=True)
    run.mkdir(parents=True)
    to_docs(nlp, items[n_dev:], args.content).to_disk(run / "train.spacy")
    to_docs(nlp, items[:n_dev], args.content).to_disk(run / "dev.spacy")
    register_time_budget()
    overrides = {"paths.train": str(run / "train.spacy"), "paths.dev": str(run / "dev.spacy"), "nlp.lang": "en",
                 "components.tok2vec.model.embed.rows": [5000, 1000, 2500, 1000],
                 "components.tok2vec.model.encode.width": args.width,
                 "training.before_update": {"@callbacks": "dateline.time_budget.v1", "minutes": args.minutes}}
    t0 = time.time()
    try:
        train(HERE / ("attribution.cfg" if args.content else "ner.cfg"), run / "out", overrides=overrides, use_gpu=-1)
    except TimeBudgetReached as stop:
        print(f"time budget reached: {stop}")
    best = spacy.load(run / "out" / "model-best")
    best.config["training"]["before_update"] = None
    shutil.rmtree(args.out, ignore_errors=True)
    best.to_disk(args.out)
    sys.path.insert(0, str(HERE.parent / "src"))
    from dateline.analyse.layer.storage import slim

    print("slimmed (bytes):", slim(args.out))  # lossless: packed weights, no training strings
    meta = {"train_articles": len(items) - n_dev, "dev_articles": n_dev, "train_minutes": round((time.time() - t0) / 60, 1),
            "dev_scores": json.loads((run / "out" / "model-best" / "meta.json").read_text()).get("performance", {})}
    (args.out / "scores.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta, indent=1))


if __name__ == "__main__":
    main()
