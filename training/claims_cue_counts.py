"""Count PolNeAR train cue lemmas, to check and extend the English claim lexicons.

    python training/claims_cue_counts.py [--min 10] [--write]
    python training/claims_cue_counts.py --rates [--min 10]
    python training/claims_cue_counts.py --write-rates --min 3

Reads ../shared/data/attribution/polnear/polnear-train-dev.tar.gz (extracted to a temporary
folder, TRAIN split only: dev stays for reporting) and lemmatises every single-word gold Cue
with simplemma.

Default: prints lemma counts; with --write stores them (lemma<TAB>count, counts >= --min, a
word list only, no article text) in src/dateline/lang/en/entities/polnear_cue_counts.tsv.

--rates: for each lemma seen as a cue >= --min times, also counts how often the lemma occurs
in the train texts at all, and prints the cue rate (cue / occurrences). A high rate means
the word is nearly always an attribution cue in news text and is safe to add to
en/reporting_verbs.tsv; a low rate ("call", "see") means the word needs a pattern (an object,
a clause) to count. The rates were used to choose the round-2 additions (docs/claims.md).
"""

from __future__ import annotations

import argparse
import re
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

import simplemma

from dateline.lang import path as data_path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "attribution" / "polnear" / "polnear-train-dev.tar.gz"
OUT = data_path("en", "polnear_cue_counts.tsv")
RATES = data_path("en", "polnear_cue_rates.tsv")
WORD = re.compile(r"[A-Za-z]+")


def _lemma(word: str) -> str:
    return simplemma.lemmatize(word.lower(), lang="en")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=int, default=10)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--rates", action="store_true", help="also count occurrences: cue rate per lemma")
    ap.add_argument("--write-rates", action="store_true",
                    help="store lemma, cue count and occurrences (the tagger's cue check reads them)")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(DATA) as tar:
            tar.extractall(tmp, filter="data")
        base = Path(tmp) / "data" / "train"
        for ann in (base / "attributions").glob("*.ann"):
            for line in ann.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 3 and parts[1].startswith("Cue ") and ";" not in parts[1]:
                    words = parts[2].split()
                    if len(words) == 1 and words[0].isalpha():
                        counts[_lemma(words[0])] += 1
        if args.rates or args.write_rates:
            for txt in (base / "text").glob("*.txt"):
                for w in WORD.findall(txt.read_text(encoding="utf-8")):
                    seen[_lemma(w)] += 1
    rows = [(w, n) for w, n in counts.most_common() if n >= args.min]
    for w, n in rows:
        if args.rates:
            print(f"{n:6d} {seen[w]:7d}  {n / max(seen[w], 1):5.2f}  {w}")
        else:
            print(f"{n:6d}  {w}")
    if args.write:
        header = ("# Single-word cue lemmas of the PolNeAR train split with their counts (>= %d),\n"
                  "# made by training/claims_cue_counts.py (simplemma lemmas). A word list derived\n"
                  "# from the annotations; no article text. Used to choose en/reporting_verbs.tsv.\n"
                  % args.min)
        OUT.write_text(header + "".join(f"{w}\t{n}\n" for w, n in rows), encoding="utf-8")
    if args.write_rates:
        header = ("# Single-word cue lemmas of the PolNeAR train split (cue count >= %d): lemma, times a\n"
                  "# gold cue, times in the train texts at all (simplemma lemmas), made by\n"
                  "# training/claims_cue_counts.py --write-rates. A word list, no article text. The\n"
                  "# tagger's cues are kept only where a word of theirs is a cue often enough\n"
                  "# (analyse/claims/cue_check.py).\n" % args.min)
        RATES.write_text(header + "".join(f"{w}\t{n}\t{seen[w]}\n" for w, n in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
