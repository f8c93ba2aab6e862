"""Prove that two pipeline folders label text identically (e.g. before and after
``storage.slim``): both are loaded as the layer loads them (``pipelines.load_dir``) and run
over the raw sentences of the language's UD and NER test files in ``../shared/data``, one
sentence per doc and again 20 sentences per doc; every token's text, offset, tag, UPOS,
morphology, lemma, head, dependency, entity (IOB + type) and sentence start is compared.

    python training/check_lossless.py en /tmp/orig/pipeline-en src/dateline/models/pipeline-en
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_pipeline import DATA, _open, read_iob  # noqa: E402


def sentences(lang: str, limit: int) -> list[str]:
    texts: list[str] = []
    for path in DATA[lang]["syntax"]["test"].values():
        with _open(path) as fh:
            texts += [line[len("# text = "):].strip() for line in fh if line.startswith("# text = ")]
    for path in DATA[lang]["ner"]["test"].values():
        texts += [" ".join(words) for words, _ in read_iob(path)]
    if not DATA[lang]["ner"]["test"]:  # fr: no NER test split; its training files are text all the same
        for path in DATA[lang]["ner"]["train"]:
            texts += [" ".join(words) for words, _ in read_iob(path)]
    return [t for t in texts if t][:limit]


def labels(doc) -> list[tuple]:
    return [(t.text, t.idx, t.tag_, t.pos_, str(t.morph), t.lemma_, t.head.i, t.dep_, t.ent_iob_,
             t.ent_type_, t.is_sent_start) for t in doc]


def run(nlp, texts: list[str]) -> list[list[tuple]]:
    docs = texts + [" ".join(texts[i:i + 20]) for i in range(0, len(texts), 20)]
    return [labels(d) for d in nlp.pipe(docs, batch_size=64)]


def main() -> None:
    from dateline.analyse.layer.pipelines import load_dir

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lang")
    ap.add_argument("reference", type=Path)
    ap.add_argument("candidate", type=Path)
    ap.add_argument("--limit", type=int, default=5000)
    args = ap.parse_args()
    texts = sentences(args.lang, args.limit)
    ref = run(load_dir(args.reference, args.lang), texts)
    cand = run(load_dir(args.candidate, args.lang), texts)
    tokens = sum(len(d) for d in ref)
    diff_docs = [i for i, (a, b) in enumerate(zip(ref, cand)) if a != b]
    diff_tokens = sum(x != y for i in diff_docs for x, y in zip(ref[i], cand[i])) + sum(
        abs(len(ref[i]) - len(cand[i])) for i in diff_docs)
    print(f"{args.lang}: {len(texts)} sentences (+ {len(ref) - len(texts)} docs of 20), {tokens} tokens "
          f"compared: {len(diff_docs)} docs and {diff_tokens} tokens differ")
    for i in diff_docs[:5]:
        for x, y in zip(ref[i], cand[i]):
            if x != y:
                print("  ", x, "\n  ", y)
                break
    sys.exit(1 if diff_docs else 0)


if __name__ == "__main__":
    main()
