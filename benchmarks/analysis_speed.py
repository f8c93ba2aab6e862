"""Speed of the whole analysis (layer, entities, quantities, claims, events), per language.

    .venv/bin/python benchmarks/analysis_speed.py [--lang nl ...] [--runs 10]

CPU time of the process (the machine is shared: wall time measures the neighbours) for:
- one 600-word article made of the invented gold articles of that language (tests/gold/), after
  a warm-up run that loads the models and lexicons: median ms per article;
- growth: the same analysis on 10x the text (must cost at most 12x) and on a 250 KB page;
- where the 600 words' time goes: the median per step (``layer`` is the spaCy parse).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from dateline.analyse import analysis_steps
from dateline.pipeline import Options
from dateline.types import Article, Doc, RawPage

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "articles"


def article_of(words: list[str], lang: str) -> Article:
    paragraphs, para = [], []
    for w in words:
        para.append(w)
        if len(para) >= 60 and w.endswith("."):
            paragraphs.append(" ".join(para))
            para = []
    if para:
        paragraphs.append(" ".join(para))
    return Article(page_id="bench", source="bench", language=lang, paragraphs=paragraphs)


def analyse(art: Article, steps, per_step: dict | None = None) -> float:
    doc = Doc(RawPage("bench", b""), article=art)
    t0 = time.process_time()
    for step in steps:
        t = time.process_time()
        doc = step.guarded(doc)
        if per_step is not None:
            per_step.setdefault(step.name, []).append(time.process_time() - t)
    assert doc.ok, doc.error
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", action="append")
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    print(f"{'lang':4} {'600 words ms':>12} {'6,000 words ms':>14} {'x10 ratio':>9} {'250 KB s':>9}")
    for lang in args.lang or ("nl", "en", "de", "fr"):
        words = " ".join(p.read_text() for p in sorted(GOLD.glob(f"{lang}*.txt"))).split()
        while len(words) < 40_000:
            words = words + words
        steps = analysis_steps(Options(language=lang))
        analyse(article_of(words[:600], lang), steps)  # warm-up: models, lexicons
        per_step: dict[str, list[float]] = {}
        one = statistics.median(analyse(article_of(words[k * 600:(k + 1) * 600], lang), steps, per_step)
                                for k in range(args.runs))
        ten = statistics.median(analyse(article_of(words[k * 6000:(k + 1) * 6000], lang), steps)
                                for k in range(3))
        big_words, size = [], 0
        for w in words:
            big_words.append(w)
            size += len(w) + 1
            if size >= 250_000:
                break
        big = analyse(article_of(big_words, lang), steps)
        print(f"{lang:4} {1000 * one:12.1f} {1000 * ten:14.1f} {ten / one:9.1f} {big:9.2f}")
        print("     600 words, median ms per step: " + ", ".join(
            f"{name} {1000 * statistics.median(ts):.1f}" for name, ts in per_step.items()))


if __name__ == "__main__":
    main()
