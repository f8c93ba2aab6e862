"""Counts that add up across articles, and one-to-one matching of gold with predicted items.

Precision, recall and F1 are computed from summed counts (micro-averaged), so a part's
figure over the gold set is the figure over all its items, not an average of articles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

G = TypeVar("G")
P = TypeVar("P")


@dataclass
class PRF:
    """tp_gold: gold items found; tp_pred: predicted items that are right; pred/gold: totals.

    With one-to-one matching tp_gold == tp_pred; they differ only where a scorer lets
    several predictions share one gold item.
    """

    tp_gold: int = 0
    tp_pred: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "PRF") -> "PRF":
        self.tp_gold += other.tp_gold
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float | None:
        return self.tp_pred / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.tp_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1),
                "tp": self.tp_gold, "pred": self.pred, "gold": self.gold}


@dataclass
class Acc:
    """Accuracy of an attribute among matched pairs."""

    correct: int = 0
    total: int = 0

    def add(self, other: "Acc") -> "Acc":
        self.correct += other.correct
        self.total += other.total
        return self

    def count(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"accuracy": _round(self.accuracy), "correct": self.correct, "total": self.total}


def prf(tp: int, pred: int, gold: int) -> PRF:
    return PRF(tp, tp, pred, gold)


def match_one_to_one(gold: Sequence[G], pred: Sequence[P],
                     score: Callable[[G, P], float]) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index), each item used at most once, best-scoring pairs first.

    ``score`` returns a positive number for a pair that may match and 0 (or less) for one that
    may not. Greedy on the score is enough here: candidate pairs in one article are few, and
    ties are broken by document order so the result is deterministic.
    """
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                cands.append((-s, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


@dataclass
class Count:
    """A plain tally shown for information (e.g. predictions left out of scoring)."""

    n: int = 0

    def add(self, other: "Count") -> "Count":
        self.n += other.n
        return self

    def as_dict(self) -> dict:
        return {"count": self.n}
