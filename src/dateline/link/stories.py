"""Stories: articles about the same events over days, clustered incrementally.

Each new article is compared only with stored articles that share one of its keys (entity,
place, number, salient term) and were published within ``WINDOW_DAYS``; very common keys are
skipped.  So each insert costs about the same however large the store grows (near-linear
ingest).  Similarity is the cosine of IDF-weighted key vectors; names weigh double because
they also carry across languages.  The article joins the story of its best match when the
cosine passes ``JOIN_COSINE``, or when several specific keys (people, organisations,
numbers; places are too common) are shared and the cosine passes ``JOIN_COSINE_NAMED``
(cross-language reports share names and numbers but no terms).

Everything here is plain data in, decisions out: the store keeps the key index (``story_keys``,
``key_df``), hands these functions document frequencies and candidate rows, and writes the result.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Any, Iterable, Mapping

from .features import named_keys, term_counts

WINDOW_DAYS = 10
TOP_TERMS = 15
NAME_WEIGHT = 2.0
NUMBER_WEIGHT = 1.0
JOIN_COSINE = 0.30
JOIN_COSINE_NAMED = 0.16
MIN_SHARED_NAMES = 2
MAX_DF_SHARE = 0.05  # keys in more than 5 % of articles (and > 50) say nothing about a story


def story_keys(record: dict[str, Any]) -> tuple[set[str], Counter]:
    """An article's named keys and its term counts: what its story vector is made of."""
    return named_keys(record), term_counts(record)


def keys_to_weigh(named: set[str], terms: Counter) -> list[str]:
    """Every key whose document frequency ``story_vector`` needs."""
    return [*named, *("t:" + t for t in terms)]


def idf(n: int, df: int) -> float:
    """Inverse document frequency of a key found in ``df`` of ``n`` stored articles."""
    return math.log((n + 1) / (df + 1)) + 1.0


def story_vector(named: set[str], terms: Counter, n: int, df: Mapping[str, int]) -> dict[str, float]:
    """Unit-length weighted key vector of one article; ``df`` holds every key of
    ``keys_to_weigh``, ``n`` is the number of stored articles."""
    vec: dict[str, float] = {}
    for k in named:
        vec[k] = idf(n, df[k]) * (NUMBER_WEIGHT if k.startswith("n:") else NAME_WEIGHT)
    scored = sorted(((1 + math.log(c)) * idf(n, df["t:" + t]), t) for t, c in terms.items())
    for w, t in scored[-TOP_TERMS:]:
        vec["t:" + t] = w
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {k: w / norm for k, w in vec.items()}


def informative_keys(vec: dict[str, float], n: int, df: Mapping[str, int]) -> list[str]:
    """The vector's keys rare enough to find candidates by (a key in most articles finds all)."""
    limit = max(50, MAX_DF_SHARE * n)
    return [k for k in vec if df[k] <= limit]


def day_window(day: int) -> tuple[int, int] | None:
    """Publication days a candidate may have (undated ones always qualify); None: any day."""
    return (day - WINDOW_DAYS, day + WINDOW_DAYS) if day >= 0 else None


def score_candidates(vec: dict[str, float], rows: Iterable[tuple[str, int, float]],
                     exclude: int) -> dict[int, tuple[float, int]]:
    """rowid -> (cosine, shared names) from the stored (key, article rowid, weight) rows that
    share a key with ``vec``."""
    score: dict[int, float] = defaultdict(float)
    names: dict[int, int] = defaultdict(int)
    for key, art, w in rows:
        if art == exclude:
            continue
        score[art] += vec[key] * w
        if key[0] in "en":  # persons, organisations, numbers: specific to one story
            names[art] += 1
    return {a: (s, names[a]) for a, s in score.items()}


def best_match(cands: dict[int, tuple[float, int]]) -> tuple[int, float] | None:
    """The best-matching candidate that passes the join rule, with its cosine: the article
    whose story the new one joins."""
    ok = [(s, a) for a, (s, n) in cands.items()
          if s >= JOIN_COSINE or (n >= MIN_SHARED_NAMES and s >= JOIN_COSINE_NAMED)]
    if not ok:
        return None
    s, art = max(ok)
    return art, s
