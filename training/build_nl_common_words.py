"""Build ``src/dateline/lang/nl/entities/common_words.txt``: Dutch words that are (almost) never names.

The NER model tags some capitalised common words as names when they open a sentence or
stand alone as a heading ("Algemeen", "Vermits", "Trendwatcher Carolijn Domensino"). The
hybrid recogniser drops or trims such hits with this list (see ``analyse/entities/ner``).

A word is listed when, in CoNLL-2002 ``ned.train`` (read from ``../shared/data``, never
copied), it occurs at least MIN_LOWER times in lower case outside entities and its
capitalised form is inside an entity at most MAX_NAME_SHARE of the time it is seen.
Only ``ned.train`` is read: ``ned.testa`` and ``ned.testb`` stay out of the list.

    .venv/bin/python training/build_nl_common_words.py
"""

from __future__ import annotations

from collections import Counter

from train_pipeline import NER, read_iob

from dateline.lang import path as data_path

OUT = data_path("nl", "common_words.txt")
MIN_LOWER = 2
MAX_NAME_SHARE = 0.05

HEADER = """\
# Dutch words that are (almost) never part of a name, lower case, one a line.
# Derived by training/build_nl_common_words.py from CoNLL-2002 ned.train (research-use data,
# like the ner-nl model): seen >= {min_lower} times in lower case outside entities, and inside
# an entity in at most {share:.0%} of their capitalised uses. Used by dateline entities to drop
# model hits on sentence-initial common words ("Algemeen") and trim a leading common noun
# ("Trendwatcher Carolijn Domensino" -> the person). Regenerate; do not edit by hand.
"""


def main() -> None:
    lower_o: Counter = Counter()
    cap_all: Counter = Counter()
    cap_ent: Counter = Counter()
    for doc in [read_iob(NER / "conll2002-nl" / "ned.train.iob.gz")]:
        for words, tags in doc:
            for w, t in zip(words, tags):
                if not w.isalpha():
                    continue
                if w.islower():
                    if t == "O":
                        lower_o[w] += 1
                elif w[0].isupper() and not w.isupper():
                    key = w.lower()
                    cap_all[key] += 1
                    cap_ent[key] += t != "O"
    words = sorted(w for w, n in lower_o.items()
                   if n >= MIN_LOWER and len(w) > 1
                   and cap_ent[w] <= MAX_NAME_SHARE * (cap_all[w] + n))
    OUT.write_text(HEADER.format(min_lower=MIN_LOWER, share=MAX_NAME_SHARE) + "\n".join(words) + "\n")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
