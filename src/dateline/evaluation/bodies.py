"""Scoring an extracted article body against a gold body, the way the scraped-text benchmark
does: lower-cased ``\\w+`` tokens, multiset overlap; a side with no tokens scores 0."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"\w+")


def word_prf(pred: str, gold: str) -> tuple[float, float, float]:
    a, b = Counter(_WORD.findall(pred.lower())), Counter(_WORD.findall(gold.lower()))
    common = sum((a & b).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return p, r, 2 * p * r / (p + r)
