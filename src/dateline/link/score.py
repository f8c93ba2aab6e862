"""Pairwise precision / recall of a grouping against expected groups, and of links.

Grouping (copies of one text, stories, claims): every pair of items put in one group is a
predicted pair; every pair inside one expected group is a true pair.  Items outside every
expected group are expected singletons, so a wrong merge with them costs precision.
"""

from __future__ import annotations

from itertools import combinations
from typing import Hashable, Iterable


def _pairs(groups: Iterable[Iterable[Hashable]]) -> set[frozenset]:
    out = set()
    for g in groups:
        out |= {frozenset(p) for p in combinations(sorted(set(g), key=str), 2)}
    return out


def pairwise(predicted: dict[Hashable, Hashable], expected: list[list[Hashable]]) -> dict[str, float]:
    """``predicted``: item -> group label over all items scored; ``expected``: the true groups."""
    by_label: dict[Hashable, list[Hashable]] = {}
    for item, label in predicted.items():
        by_label.setdefault(label, []).append(item)
    pred, gold = _pairs(by_label.values()), _pairs(expected)
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "pairs_predicted": len(pred), "pairs_expected": len(gold)}


def link_scores(predicted: set, expected: set) -> dict[str, float]:
    """Precision / recall of links: frozensets of two items (undirected) or (source, target)
    tuples (directed)."""
    tp = len(predicted & expected)
    p = tp / len(predicted) if predicted else 1.0
    r = tp / len(expected) if expected else 1.0
    return {"precision": p, "recall": r, "links_predicted": len(predicted), "links_expected": len(expected)}


def format_table(rows: dict[str, dict[str, float]]) -> str:
    lines = [f"{'what':12} {'precision':>9} {'recall':>7}  pairs (predicted / expected)"]
    for name, s in rows.items():
        n_pred = s.get("pairs_predicted", s.get("links_predicted"))
        n_gold = s.get("pairs_expected", s.get("links_expected"))
        lines.append(f"{name:12} {s['precision']:9.3f} {s['recall']:7.3f}  {n_pred} / {n_gold}")
    return "\n".join(lines)
