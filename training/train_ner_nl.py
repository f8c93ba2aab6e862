"""Train the Dutch NER shipped in ``src/dateline/models/ner-nl/``.

Data: CoNLL-2002 Dutch (``ned.train`` to train, ``ned.testa`` as dev; ``ned.testb`` is only
scored at the end), read from ``../shared/data/ner/conll2002-nl/`` and never copied into
the repository. The config is ``training/ner_nl.cfg`` (blank nl, CNN tok2vec + NER).

    OMP_NUM_THREADS=1 nice .venv/bin/python training/train_ner_nl.py [--max-steps N]

Runs on one thread so other work on the machine keeps its core; writes the best model (by
dev F1) to the model folder plus ``scores.json`` with dev and test scores per type.
"""

from __future__ import annotations

import os

# One core: set before numpy / thinc load their BLAS.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import gzip
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "ner" / "conll2002-nl"
CONFIG = Path(__file__).with_name("ner_nl.cfg")
MODEL_DIR = REPO / "src" / "dateline" / "models" / "ner-nl"
SENTS_PER_DOC = 10  # spaCy learns from docs; a few sentences each gives it some context

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_pipeline import TimeBudgetReached, iob2, register_time_budget  # noqa: E402  (shared helpers)


def find(name: str, data: Path = DATA) -> Path:
    for candidate in (data / name, data / f"{name}.iob.gz", data / f"{name}.gz"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} not found in {data}")


def read_conll(path: Path) -> list[list[tuple[list[str], list[str]]]]:
    """Documents (split at -DOCSTART-) as lists of sentences of (words, IOB2 tags)."""
    opener = gzip.open if path.suffix == ".gz" else open
    docs: list[list[tuple[list[str], list[str]]]] = [[]]
    words: list[str] = []
    tags: list[str] = []

    def close_sentence() -> None:
        if words:
            docs[-1].append((list(words), iob2(tags)))
        words.clear()
        tags.clear()

    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                close_sentence()
                if docs[-1]:
                    docs.append([])
                continue
            if not line.strip():
                close_sentence()
                continue
            word, tag = line.rsplit("\t", 1) if "\t" in line else line.rsplit(" ", 1)
            words.append(word)
            tags.append(tag)
    close_sentence()
    return [d for d in docs if d]


def to_docbin(conll_docs, vocab):
    from spacy.tokens import Doc, DocBin

    db = DocBin(store_user_data=False)
    for sents in conll_docs:
        for i in range(0, len(sents), SENTS_PER_DOC):
            chunk = sents[i : i + SENTS_PER_DOC]
            words = [w for ws, _ in chunk for w in ws]
            tags = [t for _, ts in chunk for t in ts]
            starts = [False] * len(words)
            k = 0
            for ws, _ in chunk:
                starts[k] = True
                k += len(ws)
            doc = Doc(vocab, words=words, ents=tags, sent_starts=starts)
            db.add(doc)
    return db


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--minutes", type=float, default=22.0, help="training time budget (one core)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="config override, e.g. components.tok2vec.model.encode.width=64")
    ap.add_argument("--train-on-dev", action="store_true",
                    help="also train on ned.testa; keep the last model (fixed --max-steps) instead "
                         "of the best on dev, since dev is then seen in training")
    args = ap.parse_args()

    import spacy
    from spacy.cli.train import train
    from spacy.training import Example

    vocab = spacy.blank("nl").vocab
    t0 = time.time()
    with tempfile.TemporaryDirectory(prefix="ner-nl-") as tmp:
        tmp_path = Path(tmp)
        train_docs = read_conll(find("ned.train", args.data))
        dev_docs = read_conll(find("ned.testa", args.data))
        to_docbin(train_docs + (dev_docs if args.train_on_dev else []), vocab).to_disk(tmp_path / "train.spacy")
        to_docbin(dev_docs, vocab).to_disk(tmp_path / "dev.spacy")
        overrides = {"paths.train": str(tmp_path / "train.spacy"), "paths.dev": str(tmp_path / "dev.spacy")}
        if args.max_steps:
            overrides["training.max_steps"] = args.max_steps
        for item in args.set:
            key, value = item.split("=", 1)
            overrides[key] = json.loads(value) if value[:1].isdigit() or value[:1] in "[{" else value
        register_time_budget()
        overrides["training.before_update"] = {"@callbacks": "dateline.time_budget.v1",
                                               "minutes": args.minutes}
        try:
            train(CONFIG, tmp_path / "out", overrides=overrides, use_gpu=-1)
        except TimeBudgetReached as stop:
            print(f"time budget reached: {stop}")
        minutes = (time.time() - t0) / 60

        nlp = spacy.load(tmp_path / "out" / ("model-last" if args.train_on_dev else "model-best"))
        nlp.config["training"]["before_update"] = None  # the shipped model must load without it
        scores = {"train_minutes": round(minutes, 1), "trained_on": "ned.train" + (
            " + ned.testa" if args.train_on_dev else ""), "config": CONFIG.name, "overrides": args.set}
        for split, name in (("dev", "ned.testa"), ("test", "ned.testb")):
            db = to_docbin(read_conll(find(name, args.data)), nlp.vocab)
            examples = [Example(nlp.make_doc(d.text), d) for d in db.get_docs(nlp.vocab)]
            s = nlp.evaluate(examples)
            scores[split] = {"p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"],
                             "per_type": s["ents_per_type"]}
        if args.out.exists():
            for child in args.out.iterdir():  # keep MODEL_CARD.md, replace the model files
                if child.name != "MODEL_CARD.md":
                    shutil.rmtree(child) if child.is_dir() else child.unlink()
        args.out.mkdir(parents=True, exist_ok=True)
        nlp.to_disk(args.out)
        (args.out / "scores.json").write_text(json.dumps(scores, indent=2) + "\n")
        print(json.dumps({"train_minutes": scores["train_minutes"], "dev_f": scores["dev"]["f"],
                          "test_f": scores["test"]["f"]}))


if __name__ == "__main__":
    main()
