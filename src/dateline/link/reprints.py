"""Wire copy, reprints and page versions: which articles are copies of one text, and what changed.

``near_duplicates`` keeps, of the candidates the store's LSH index found for a new article,
those whose estimated Jaccard similarity passes ``DUP_THRESHOLD``; ``copy_links`` says what
those copies decide (the new article's group and story, one link per copy, groups and stories
it bridges); ``version_links`` orders other reads of the same URL into older -> newer.
``changes`` says what one copy changed against another: headline, added / removed / edited
paragraphs (difflib over paragraphs), so a reprint's edits and a page's later version are
both visible.  Everything here is plain data in, decisions out: the store reads and writes.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

import numpy as np

from . import minhash

# Estimated Jaccard of word 3-shingles above which two texts count as copies of one text.
# Measured on tests/link/fixtures (see docs/store.md): reprints with a changed headline, an
# added paragraph or a correction score 0.55-0.95; different reports of one event < 0.15.
DUP_THRESHOLD = 0.45


@dataclass
class Link:
    """One row of the store's ``links``: ``a`` -> ``b`` ("duplicate" or "version")."""
    a: str
    b: str
    kind: str
    score: float | None = None
    diff: dict[str, Any] | None = None


@dataclass
class CopyLinks:
    """What a new article's copies decide: the group and story it joins, its links, and the
    other groups and stories it bridges (they become one with ``group`` / ``story``)."""
    group: str
    story: str | None
    links: list[Link]
    other_groups: set[str] = field(default_factory=set)
    other_stories: set[str] = field(default_factory=set)


def near_duplicates(sig: np.ndarray, candidates: Iterable[tuple[int, np.ndarray]]) -> list[tuple[int, float]]:
    """(article rowid, similarity) of the candidates that are copies, best first; ties keep
    the candidates' order (the best one decides the new article's group and story)."""
    out = []
    for art, other in candidates:
        s = minhash.similarity(sig, other)
        if s >= DUP_THRESHOLD:
            out.append((art, s))
    return sorted(out, key=lambda x: -x[1])


def copy_links(new_id: str, new_record: dict[str, Any], copies: list[dict[str, Any]],
               best_record: dict[str, Any]) -> CopyLinks:
    """``copies``: the stored copies best first (``id``, ``dup_group``, ``story_id``,
    ``score``); ``best_record``: the first one's record, the one the diff is taken against."""
    best = copies[0]
    links = [Link(best["id"], new_id, "duplicate", best["score"], changes(best_record, new_record))]
    links += [Link(c["id"], new_id, "duplicate", c["score"]) for c in copies[1:]]
    group, story = best["dup_group"], best["story_id"]
    return CopyLinks(group, story, links,
                     other_groups={c["dup_group"] for c in copies} - {group},
                     other_stories={c["story_id"] for c in copies} - {story, None})


def version_links(new_id: str, new_record: dict[str, Any], same_url: list[dict[str, Any]]) -> list[Link]:
    """Links between the new article and other reads of its URL (``id``, ``published``,
    ``modified``, ``record``), each from the older read to the newer one."""
    mine = ((new_record.get("published") or {}).get("value") or "",
            (new_record.get("modified") or {}).get("value") or "")
    out = []
    for r in same_url:
        if (r["published"] or "", r["modified"] or "") <= mine:  # older -> newer
            out.append(Link(r["id"], new_id, "version", None, changes(r["record"], new_record)))
        else:
            out.append(Link(new_id, r["id"], "version", None, changes(new_record, r["record"])))
    return out


def _norm(p: str) -> str:
    return re.sub(r"\s+", " ", p.strip().lower())


def changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What ``new`` changed against ``old``: headline, added, removed and edited paragraphs."""
    a, b = old.get("paragraphs") or [], new.get("paragraphs") or []
    sm = difflib.SequenceMatcher(a=[_norm(p) for p in a], b=[_norm(p) for p in b], autojunk=False)
    added, removed, edited = [], [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        olds, news = a[i1:i2], b[j1:j2]
        # Pair up replaced paragraphs that are mostly the same text: those are edits.
        while olds and news and difflib.SequenceMatcher(a=olds[0], b=news[0]).ratio() >= 0.6:
            edited.append({"from": olds.pop(0), "to": news.pop(0)})
        removed += olds
        added += news
    out: dict[str, Any] = {"added": added, "removed": removed, "edited": edited}
    if (old.get("title") or "") != (new.get("title") or ""):
        out["headline"] = {"from": old.get("title"), "to": new.get("title")}
    return out


def is_unchanged(diff: dict[str, Any]) -> bool:
    return not (diff["added"] or diff["removed"] or diff["edited"] or diff.get("headline"))
