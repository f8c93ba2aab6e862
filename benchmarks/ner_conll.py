"""Dutch NER on CoNLL-2002 (ned.testb by default): the trained model alone vs the hybrid.

    .venv/bin/python benchmarks/ner_conll.py [--split testa|testb] [--errors N]
    .venv/bin/python benchmarks/ner_conll.py --speed   # ms per 600-word article (no data needed)

Reads ``../shared/data/ner/conll2002-nl/`` (never copied into the repo); exits quietly with
a note when the data is absent.  Scores are exact-span CoNLL scores: an entity counts when
its tokens and label both match; P/R/F1 overall and per type.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner" / "conll2002-nl"
TYPES = ("PER", "ORG", "LOC", "MISC")


def read_sentences(path: Path) -> list[tuple[list[str], list[str], int]]:
    """Sentences as (words, tags, document number)."""
    sents, words, tags, doc = [], [], [], 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in list(fh) + [""]:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-") or not line.strip():
                if words:
                    sents.append((words, tags, doc))
                words, tags = [], []
                doc += line.startswith("-DOCSTART-")
                continue
            w, t = line.rsplit("\t", 1)
            words.append(w)
            tags.append(t)
    return sents


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, label = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and (t == "O" or t.startswith("B-") or t[2:] != label):
            out.add((start, i, label))
            start = None
        if t != "O" and start is None:
            start, label = i, t[2:]
    return out


def score(gold: list[set], pred: list[set]) -> dict[str, dict[str, float]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        for s in p:
            (tp if s in g else fp)[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    res = {}
    for t in TYPES + ("ALL",):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        res[t] = {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}
    return res


def speed(repeats: int = 20) -> None:
    """CPU ms of the entities layer on 600-word texts made of the invented gold articles."""
    from dateline.analyse.entities import entity_spans

    gold = Path(__file__).resolve().parents[1] / "tests" / "gold" / "articles"
    for lang in ("nl", "en"):
        words = " ".join(p.read_text() for p in sorted(gold.glob(f"{lang}*.txt"))).split()
        texts = [" ".join(words[i : i + 600]) for i in range(0, len(words) - 600, 600)][:5]
        entity_spans(texts[0], lang)  # load models and gazetteers once
        t0 = time.process_time()
        for _ in range(repeats // len(texts) or 1):
            for t in texts:
                entity_spans(t, lang)
        n = (repeats // len(texts) or 1) * len(texts)
        print(f"entities {lang}: {1000 * (time.process_time() - t0) / n:.1f} ms CPU per 600-word text")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--speed", action="store_true", help="time the entities layer instead")
    ap.add_argument("--split", default="testb")
    ap.add_argument("--errors", type=int, default=0, help="print this many hybrid errors")
    ap.add_argument("--model", type=Path, default=None,
                    help="score another model folder (e.g. one trained on ned.train only)")
    args = ap.parse_args()
    if args.speed:
        speed()
        return 0
    path = DATA / f"ned.{args.split}.iob.gz"
    if not path.exists():
        print(f"skipped: {path} not found (CoNLL-2002 data lives in ../shared/data)")
        return 0
    from spacy.tokens import Doc

    from dateline.analyse.ner import model, recognise_parts

    if args.model is not None:
        model.MODEL_DIRS["nl"] = args.model
    nlp = model.load("nl")
    if nlp is None:
        print("skipped: no trained model in src/dateline/models/ner-nl")
        return 0
    sents = read_sentences(path)
    gold = [spans(tags) for _, tags, _ in sents]
    docs = [Doc(nlp.vocab, words=w) for w, _, _ in sents]
    t0 = time.process_time()
    alone = [{(s, e, lab) for s, e, lab in model.annotate(d, "nl")} for d in docs]
    t1 = time.process_time()
    hybrid = []
    for d in sorted({d for _, _, d in sents}):  # one CoNLL document at a time
        part = [Doc(nlp.vocab, words=w) for w, _, dd in sents if dd == d]
        hybrid += [{(h.start, h.end, h.label) for h in hits}
                   for hits in recognise_parts(part, "nl", conll=True)]
    t2 = time.process_time()
    print(f"CoNLL-2002 Dutch ned.{args.split}: {len(sents)} sentences, "
          f"{sum(len(g) for g in gold)} entities")
    print(f"{'system':8} {'type':5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, pred in (("model", alone), ("hybrid", hybrid)):
        for t, s in score(gold, pred).items():
            print(f"{name:8} {t:5} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
    print(f"CPU seconds: model {t1 - t0:.1f}, hybrid {t2 - t1:.1f}")
    shown = 0
    for (words, _, _), g, p in zip(sents, gold, hybrid):
        if shown >= args.errors:
            break
        if g != p:
            shown += 1
            fmt = lambda ss: sorted((" ".join(words[a:b]), lab) for a, b, lab in ss)
            print("--", " ".join(words)[:200])
            print("   missed:", fmt(g - p), "\n   wrong: ", fmt(p - g))
    return 0


if __name__ == "__main__":
    sys.exit(main())
