"""A document-level check of the event types the rules found (Dutch).

For each PLOVER type that has mentions in an article, a small logistic regression trained on
the EventDNA train part (``training/eventdna_doc_filter.py``) asks whether the article really
reports an event of that type, from what the mentions show: how many there are, where the
first one is, whether one is in the lead or its word in the headline, how many are hedged,
negated, modal or inside a reported claim, whether they have actors, targets and figures, the
article's length and its other types. A type it rejects loses all its mentions in that article,
and the article's ``notes`` say which and why (as the page gate does).
"""

from __future__ import annotations

import json
import math
import os
from functools import lru_cache

import numpy as np

from ..base import AnalysisStep

from ...models import locate

MODEL_DIR = locate("events-nl", must_exist=False)
MODEL_FILE = "doc_filter.json"
TYPES = ("ACCUSE", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "PROTEST", "RETREAT", "SANCTION")


def _stem(word: str) -> str:
    return word.lower()[:5]


def features(mentions: list[dict], body: str, title: str | None, lead_len: int,
             other_types: int) -> list[float]:
    """Features of one (article, type). ``mentions``: dicts with start, end, text and attrs
    (as in records: hedged, negated, modality, actor, target, fatalities, injured, arrested,
    claims, same_as), all of one type; ``other_types``: how many other types the article has."""
    n = len(mentions)
    heads = sum(1 for m in mentions if not m["attrs"].get("same_as"))
    in_body = [m["start"] for m in mentions if m["attrs"].get("part") != "title" and m.get("start") is not None]
    first = min(in_body, default=0)
    title_words = {_stem(w) for w in (title or "").replace("-", " ").split() if len(w) > 2}
    words = {(m.get("text") or "").lower() for m in mentions}
    in_title = any(m["attrs"].get("part") == "title" for m in mentions) or any(
        _stem(w) in title_words for w in words if len(w) > 2)

    def share(pred) -> float:
        return sum(1 for m in mentions if pred(m["attrs"])) / n

    def irrealis(a) -> bool:
        return bool(a.get("hedged") or a.get("negated") or a.get("modality"))
    row = [
        math.log1p(n),
        math.log1p(heads),
        first / max(len(body), 1),
        float(any(k < lead_len for k in in_body)),
        float(in_title),
        share(lambda a: a.get("hedged")),
        share(lambda a: a.get("negated")),
        share(lambda a: a.get("modality")),
        float(all(irrealis(m["attrs"]) for m in mentions)),
        float(any(m["attrs"].get("actor") for m in mentions)),
        float(any(m["attrs"].get("target") for m in mentions)),
        float(any(m["attrs"].get(r) for m in mentions for r in ("fatalities", "injured", "arrested"))),
        share(lambda a: a.get("claims")),
        math.log(max(len(body), 50) / 1000),
        float(other_types),
        math.log1p(len(words)),
    ]
    return row


FEATURE_NAMES = ("log_mentions", "log_heads", "first_pos", "in_lead", "word_in_title", "hedged", "negated",
                 "modal", "all_irrealis", "any_actor", "any_target", "any_figure", "in_claim", "log_length",
                 "other_types", "log_words")


def trigger_keys(etype: str, mentions: list[dict]) -> set[str]:
    """``TYPE:lemma`` of each mention's trigger word (the reliability table's keys)."""
    from ..layer.lemmas import lemma

    return {f"{etype}:{lemma((m.get('text') or '').lower(), 'nl')}" for m in mentions}


def reliability(keys: set[str], table: dict[str, list[float]], prior: float, smooth: float) -> float:
    """How often, in the training articles, a type found through these trigger words was
    really reported (smoothed towards ``prior``); the least reliable word counts."""
    vals = [(table.get(k, (0, 0))[0] + smooth * prior) / (table.get(k, (0, 0))[1] + smooth) for k in keys]
    return min(vals, default=prior)


def design(rows: list[list[float]], types: list[str], rel: list[float] | None = None) -> np.ndarray:
    """Feature rows, the trigger words' reliability, one indicator per type."""
    x = np.asarray(rows, dtype=float).reshape(len(rows), len(FEATURE_NAMES))
    r = np.asarray(rel if rel is not None else [0.0] * len(rows), dtype=float).reshape(len(rows), 1)
    onehot = np.array([[float(t == u) for u in TYPES] for t in types]).reshape(len(types), len(TYPES))
    return np.hstack([x, r, onehot])


class DocFilter:
    def __init__(self, spec: dict):
        self.mean = np.asarray(spec["mean"])
        self.scale = np.asarray(spec["scale"])
        self.w = np.asarray(spec["weights"])
        self.b = float(spec["bias"])
        self.threshold = spec["threshold"]  # type -> probability below which the type goes
        self.table = spec["words"]  # TYPE:lemma -> [articles where the type was right, articles]
        self.prior, self.smooth = spec["prior"], spec["smooth"]
        self.spec = spec

    def proba(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.w + self.b
        return 1 / (1 + np.exp(-z))

    def rejected(self, by_type: dict[str, list[dict]], body: str, title: str | None,
                 lead_len: int) -> dict[str, float]:
        """Types to drop, with the probability the model gave each."""
        types = [t for t in sorted(by_type) if t in TYPES]
        if not types:
            return {}
        rows = [features(by_type[t], body, title, lead_len, len(by_type) - 1) for t in types]
        rel = [reliability(trigger_keys(t, by_type[t]), self.table, self.prior, self.smooth) for t in types]
        p = self.proba(design(rows, types, rel))
        return {t: float(q) for t, q in zip(types, p) if q < self.threshold.get(t, self.threshold.get("*", 0.0))}


@lru_cache(maxsize=4)
def load_filter(lang: str) -> DocFilter | None:
    path = locate(f"events-{lang}", must_exist=False) / MODEL_FILE
    if not path.exists():
        return None
    return DocFilter(json.loads(path.read_text(encoding="utf-8")))


def _mention(span, body: str, title: str) -> dict:
    text = title if span.attrs.get("part") == "title" else body
    return {"start": span.start, "end": span.end, "text": text[span.start:span.end], "attrs": span.attrs}


def check_article(article, lang: str) -> list[str]:
    """Drop the mentions of each type the filter rejects; return the notes written."""
    events = article.layers.get("events")
    if not events or os.environ.get("DATELINE_NO_DOC_FILTER"):
        return []
    model = load_filter(lang)
    if model is None:
        return []
    body, title = article.body, article.title or ""
    by_type: dict[str, list[dict]] = {}
    for span in events:
        by_type.setdefault(span.label, []).append(_mention(span, body, title))
    lead_len = len(article.paragraphs[0]) if article.paragraphs else 0
    gone = model.rejected(by_type, body, title, lead_len)
    if not gone:
        return []
    article.layers["events"] = [s for s in events if s.label not in gone]
    notes = [f"events-dropped: {t} ({len(by_type[t])} mention{'s' if len(by_type[t]) > 1 else ''}: the document"
             f" check gives the type p={p:.2f} < {model.threshold.get(t, model.threshold.get('*', 0.0)):.2f})"
             for t, p in sorted(gone.items())]
    article.notes.extend(notes)
    return notes


class EventCheckStep(AnalysisStep):
    """After the body's and the headline's events: the document-level check (Dutch only, where
    ``models/events-<lang>/doc_filter.json`` exists)."""

    name = "event-check"
    adds = "event-check"
    needs = ("parsed",)

    def analyse(self, article, lang: str) -> None:
        if article.page_type == "article" and "events" in article.layers:
            check_article(article, lang)
