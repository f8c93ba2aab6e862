"""Derive extra Dutch trigger lemmas from the train part of our EventDNA split.

For every lemma (simplemma) we count in how many core, PLOVER-mapped event clauses of each
type it occurs, and how often it occurs in train text at all. A lemma becomes a trigger for
a type when it is inside that type's clauses at least MIN_COUNT times and at least MIN_PREC of
its occurrences are inside such clauses. Only lemmas and counts are written (data, not text);
words already in lang/nl/events/event_triggers.tsv are left out. Output:
src/dateline/lang/nl/events/event_triggers_eventdna.tsv. The held-out part (benchmarks/eventdna.py,
split_of == "test") is never read.

    .venv/bin/python training/eventdna_lexicon.py [--min-count 3] [--min-prec 0.5]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from eventdna import load  # noqa: E402

from dateline.analyse.events.lexicon import lemma, lexicon  # noqa: E402
from dateline.analyse.quantities.parse import tokenize  # noqa: E402
from dateline.lang import path as data_path  # noqa: E402

OUT = data_path("nl", "event_triggers_eventdna.tsv")
MODES = {"ASSAULT": "-", "ACCUSE": "-", "COERCE": "arrest", "CONSULT": "-", "PROTEST": "demo",
         "SANCTION": "convict", "CONCEDE": "-", "RETREAT": "release"}
ROLES = {"COERCE": "arrested"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-prec", type=float, default=0.5)
    args = ap.parse_args()
    docs = load("train")
    in_type: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    for d in docs:
        text = d["text"]
        for t in tokenize(text):
            if t.is_word and len(t.low) > 2 and t.text.islower():
                total[lemma(t.low, "nl")] += 1
        for ev in d["events"]:
            if not ev["core"]:
                continue
            a, b = ev["span"]
            seen = {lemma(t.low, "nl") for t in tokenize(text[a:b]) if t.is_word and len(t.low) > 2 and t.text.islower()}
            for lem in seen:
                in_type[lem][ev["plover_type"]] += 1
    known = set(lexicon("nl").words)
    rows = []
    for lem, per in in_type.items():
        typ, n = per.most_common(1)[0]
        if lem in known or n < args.min_count or n / total[lem] < args.min_prec:
            continue
        rows.append((lem, typ, n, n / total[lem]))
    rows.sort(key=lambda r: (r[1], -r[2]))
    head = [
        "# Dutch trigger lemmas derived by training/eventdna_lexicon.py from the train part of our",
        "# document split of EventDNA's development data (Colruyt et al. 2023, LRE 57:189-221;",
        "# github Zatteliet/eventdna-2021 @ ba59717; no licence stated: development use).",
        f"# Rule: in >= {args.min_count} core clauses of the type and >= {args.min_prec:.0%} of the lemma's",
        "# occurrences inside such clauses. Columns as event_triggers.tsv; count and precision in",
        "# the comment column. Lemmas only: no article text.",
    ]
    lines = [f"{lem}\t{typ}\t{MODES[typ]}\t{ROLES.get(typ, '-')}\ttrigger\t# n={n} p={p:.2f}"
             for lem, typ, n, p in rows]
    OUT.write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} lemmas -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
