"""The linguistic layer on Universal Dependencies test splits: UPOS, features, lemma, UAS, LAS.

    .venv/bin/python benchmarks/ud.py [--lang nl --lang en ...]

Scores the shipped pipelines (``src/dateline/models/pipeline-<lang>``) on gold tokenisation
with spaCy's scorer. Test splits (never trained on; see training/train_pipeline.py for what
each language trained on, since some upstream train files are missing from ../shared/data):

    en  UD English-EWT test        (trained on EWT train)
    nl  UD Dutch-Alpino test       (trained on LassySmall dev + test and Alpino dev)
    de  UD German-GSD test         (trained on GSD dev and PUD)
    fr  UD French-GSD test         (trained on Sequoia train + test and GSD dev)

Reads ``../shared/data/ud/``; a language whose test file is absent is reported as skipped.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from train_pipeline import DATA, read_conllu, ud_docbin  # noqa: E402  (one CoNLL-U reader)


def run(lang: str) -> None:
    from spacy.tokens import Doc
    from spacy.training import Example

    from dateline.analyse.layer import load

    nlp = load(lang)
    for name, path in DATA[lang]["syntax"]["test"].items():
        if not path.exists():
            print(f"{lang:3} {name:16} skipped: {path} not found")
            continue
        db = ud_docbin(read_conllu(path), nlp.vocab)
        gold = list(db.get_docs(nlp.vocab))
        examples = [Example(Doc(nlp.vocab, words=[t.text for t in d],
                                spaces=[bool(t.whitespace_) for t in d]), d) for d in gold]
        t0 = time.process_time()
        s = nlp.evaluate(examples)
        cpu = time.process_time() - t0
        words = sum(len(d) for d in gold)
        print(f"{lang:3} {name:16} {s['pos_acc']:6.3f} {s['morph_acc']:6.3f} {s['lemma_acc']:6.3f} "
              f"{s['dep_uas']:6.3f} {s['dep_las']:6.3f} {words / cpu:8.0f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", action="append", choices=sorted(DATA))
    args = ap.parse_args()
    print(f"{'':3} {'test split':16} {'UPOS':>6} {'feats':>6} {'lemma':>6} {'UAS':>6} {'LAS':>6} {'words/CPU-s':>8}")
    for lang in args.lang or ("en", "nl", "de", "fr"):
        run(lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
