"""Count PolNeAR train cue lemmas, to check and extend the English reporting-verb lexicon.

    python training/claims_cue_counts.py [--min 10] [--write]

Reads ../shared/data/attribution/polnear/polnear-train-dev.tar.gz (extracted to a temporary
folder), lemmatises every single-word gold Cue of the train split with simplemma and prints
lemma counts; with --write stores them (lemma<TAB>count, counts >= --min, a word list only,
no article text) in src/dateline/lang/en/polnear_cue_counts.tsv. Lemmas frequent here that
report speech or belief were copied by hand into en/reporting_verbs.tsv.
"""

from __future__ import annotations

import argparse
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

import simplemma

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "attribution" / "polnear" / "polnear-train-dev.tar.gz"
OUT = REPO / "src" / "dateline" / "lang" / "en" / "polnear_cue_counts.tsv"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=int, default=10)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(DATA) as tar:
            tar.extractall(tmp, filter="data")
        for ann in (Path(tmp) / "data" / "train" / "attributions").glob("*.ann"):
            for line in ann.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 3 and parts[1].startswith("Cue ") and ";" not in parts[1]:
                    words = parts[2].split()
                    if len(words) == 1 and words[0].isalpha():
                        counts[simplemma.lemmatize(words[0].lower(), lang="en")] += 1
    rows = [(w, n) for w, n in counts.most_common() if n >= args.min]
    for w, n in rows:
        print(f"{n:6d}  {w}")
    if args.write:
        header = ("# Single-word cue lemmas of the PolNeAR train split with their counts (>= %d),\n"
                  "# made by training/claims_cue_counts.py (simplemma lemmas). A word list derived\n"
                  "# from the annotations; no article text. Used to choose en/reporting_verbs.tsv.\n"
                  % args.min)
        OUT.write_text(header + "".join(f"{w}\t{n}\n" for w, n in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
