"""Wire copy, reprints and page versions: near-duplicate detection and what changed.

``find_duplicates`` looks a new article's MinHash bands up in the store's LSH index and keeps
the candidates whose estimated Jaccard similarity passes ``DUP_THRESHOLD``.  ``changes``
says what one copy changed against another: headline, added / removed / edited paragraphs
(difflib over paragraphs), so a reprint's edits and a page's later version are both visible.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from typing import Any

import numpy as np

from . import minhash

# Estimated Jaccard of word 3-shingles above which two texts count as copies of one text.
# Measured on tests/link/fixtures (see docs/store.md): reprints with a changed headline, an
# added paragraph or a correction score 0.55-0.95; different reports of one event < 0.15.
DUP_THRESHOLD = 0.45


def find_duplicates(con: sqlite3.Connection, sig: np.ndarray, keys: list[int],
                    exclude: int | None = None) -> list[tuple[int, float]]:
    """(rowid, similarity) of stored articles that are near-duplicates, best first."""
    q = ",".join("?" * len(keys))
    cands = [r[0] for r in con.execute(f"SELECT DISTINCT art FROM lsh_bands WHERE key IN ({q})", keys)]
    out = []
    for art in cands:
        if art == exclude:
            continue
        row = con.execute("SELECT sig FROM minhash WHERE art=?", (art,)).fetchone()
        if row is None:
            continue
        s = minhash.similarity(sig, minhash.from_blob(row[0]))
        if s >= DUP_THRESHOLD:
            out.append((art, s))
    return sorted(out, key=lambda x: -x[1])


def index_signature(con: sqlite3.Connection, art: int, sig: np.ndarray, keys: list[int]) -> None:
    con.execute("INSERT OR REPLACE INTO minhash VALUES(?,?)", (art, minhash.to_blob(sig)))
    con.executemany("INSERT OR IGNORE INTO lsh_bands VALUES(?,?)", [(k, art) for k in keys])


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
