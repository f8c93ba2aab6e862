"""Named entities on held-out real text, every language: the layer's model alone vs the hybrid.

    .venv/bin/python benchmarks/ner.py                 # nl, en, de, fr
    .venv/bin/python benchmarks/ner.py --lang de --errors 20
    .venv/bin/python benchmarks/ner.py --speed         # ms CPU per 600-word text (no data needed)

Test sets (read from ``../shared/data/ner/``, never copied into the repo; none was trained on):

    nl  CoNLL-2002 ned.testb                 PER ORG LOC MISC
    en  UNER English-EWT test                PER ORG LOC (no MISC in the gold: MISC output dropped)
    de  GermEval 2014 test (outer layer)     PER ORG LOC MISC (OTH, *deriv -> MISC)
    fr  Europeana newspapers fr, the 10 % dev part carved out by training/train_pipeline.py
        (OCR'd historical papers; selected the checkpoint, so optimistic: a report, not a target)

Scoring is exact-span: an entity counts when its tokens and label both match (conlleval).
Gold tokens are kept; the hybrid runs in ``conll`` mode (proper names only, as these sets
annotate), a CoNLL document (or a run of 10 sentences where a set has no documents) at a time.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "ner"
TYPES = ("PER", "ORG", "LOC", "MISC")
SETS = {
    "nl": ("CoNLL-2002 ned.testb", NER / "conll2002-nl" / "ned.testb.iob.gz", TYPES),
    "en": ("UNER EWT test", NER / "uner-en-ewt" / "en_ewt.test.iob", ("PER", "ORG", "LOC")),
    "de": ("GermEval 2014 test", NER / "germeval2014-de" / "germeval2014.test.iob", TYPES),
    "fr": ("Europeana fr, dev part", NER / "europeana-newspapers" / "enp_fr_bnf.iob", ("PER", "ORG", "LOC")),
}


def read_sentences(path: Path) -> list[tuple[list[str], list[str], int]]:
    """Sentences as (words, IOB2 tags, document number)."""
    sys.path.insert(0, str(ROOT / "training"))
    from train_pipeline import iob2

    opener = gzip.open if path.suffix == ".gz" else open
    sents, words, tags, doc = [], [], [], 0
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in list(fh) + [""]:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-") or not line.strip():
                if words:
                    sents.append((words, iob2(tags), doc))
                words, tags = [], []
                doc += line.startswith("-DOCSTART-")
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            if not parts[0]:
                continue
            words.append(parts[0])
            tags.append(parts[-1] if parts[-1][:2] in ("B-", "I-") else "O")
    if not any(d for _, _, d in sents):  # no documents: runs of 10 sentences
        sents = [(w, t, k // 10) for k, (w, t, _) in enumerate(sents)]
    return sents


def fr_dev_part(sents):
    """The sentences train_pipeline.py held out of the French NER training (same seed)."""
    sys.path.insert(0, str(ROOT / "training"))
    from train_pipeline import split_dev

    _, dev = split_dev([(w, t) for w, t, _ in sents])
    return [(w, t, k // 10) for k, (w, t) in enumerate(dev)]


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, label = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if start is not None and (t == "O" or t.startswith("B-") or t[2:] != label):
            out.add((start, i, label))
            start = None
        if t != "O" and start is None:
            start, label = i, t[2:]
    return out


def score(gold: list[set], pred: list[set], types) -> dict[str, dict[str, float]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        p = {s for s in p if s[2] in types}
        for s in p:
            (tp if s in g else fp)[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    res = {}
    for t in types + ("ALL",):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        res[t] = {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}
    return res


def run(lang: str, errors: int) -> None:
    name, path, types = SETS[lang]
    if not path.exists():
        print(f"{lang}: skipped, {path} not found (the data lives in ../shared/data)")
        return
    from spacy.tokens import Doc

    from dateline.analyse.layer import load
    from dateline.analyse.entities.ner import model, recognise_parts

    nlp = load(lang)
    sents = read_sentences(path)
    if lang == "fr":
        sents = fr_dev_part(sents)
    gold = [spans(tags) for _, tags, _ in sents]
    def layer(words):  # the whole layer on gold tokens: tags and parse for the hybrid's rules
        doc = Doc(nlp.vocab, words=words)
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        return doc

    t0 = time.process_time()
    docs = [layer(w) for w, _, _ in sents]
    alone = [{(s, e, lab) for s, e, lab in model.annotate(doc, lang)} for doc in docs]
    t1 = time.process_time()
    hybrid = []
    by_doc: dict[int, list] = {}
    for doc, (_, _, d) in zip(docs, sents):
        by_doc.setdefault(d, []).append(doc)
    for d in sorted(by_doc):
        hybrid += [{(h.start, h.end, h.label) for h in hits}
                   for hits in recognise_parts(by_doc[d], lang, conll=True)]
    t2 = time.process_time()
    print(f"\n{lang} {name}: {len(sents)} sentences, {sum(len(g) for g in gold)} entities")
    print(f"{'system':8} {'type':5} {'P':>6} {'R':>6} {'F1':>6}")
    for system, pred in (("model", alone), ("hybrid", hybrid)):
        for t, s in score(gold, pred, types).items():
            print(f"{system:8} {t:5} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f}")
    print(f"CPU seconds: layer + model {t1 - t0:.1f}, hybrid rules {t2 - t1:.1f}")
    shown = 0
    for (words, _, _), g, p in zip(sents, gold, hybrid):
        if shown >= errors:
            break
        p = {s for s in p if s[2] in types}
        if g != p:
            shown += 1
            fmt = lambda ss: sorted((" ".join(words[a:b]), lab) for a, b, lab in ss)
            print("--", " ".join(words)[:200])
            print("   missed:", fmt(g - p), "\n   wrong: ", fmt(p - g))


def speed(repeats: int = 20) -> None:
    """CPU ms of layer + entities on 600-word texts made of the invented gold articles."""
    from dateline.analyse.entities import entity_spans

    gold = ROOT / "tests" / "gold" / "articles"
    for lang in ("nl", "en", "de", "fr"):
        words = " ".join(p.read_text() for p in sorted(gold.glob(f"{lang}*.txt"))).split()
        texts = [" ".join(words[i : i + 600]) for i in range(0, len(words) - 600, 600)][:5]
        if not texts:
            continue
        entity_spans(texts[0], lang)  # load models and gazetteers once
        t0 = time.process_time()
        for _ in range(repeats // len(texts) or 1):
            for t in texts:
                entity_spans(t, lang)
        n = (repeats // len(texts) or 1) * len(texts)
        print(f"layer + entities {lang}: {1000 * (time.process_time() - t0) / n:.1f} ms CPU per 600-word text")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", action="append", choices=sorted(SETS))
    ap.add_argument("--speed", action="store_true", help="time layer + entities instead")
    ap.add_argument("--errors", type=int, default=0, help="print this many hybrid errors")
    args = ap.parse_args()
    if args.speed:
        speed()
        return 0
    for lang in args.lang or ("nl", "en", "de", "fr"):
        run(lang, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
