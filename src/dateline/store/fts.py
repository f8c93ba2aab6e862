"""Language-aware full-text search on SQLite FTS5.

The index holds the title and body as written (``unicode61 remove_diacritics 2``: case and
accents folded) and a third column with every word's lemma in the article's language
(simplemma).  A query word is searched as itself OR its lemma in each supported language, so
"executie" finds "executies", "geëxecuteerd" finds "executeerde" (both lemma "executeren"),
and an English query still finds English text.  Measured on the fixtures: see docs/store.md.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..link.text import LEMMA_LANGS, lemma, stopwords, tokens


def fts_lemmas(title: str, body: str, lang: str | None) -> str:
    """The ``lemmas`` column: every word of title and body as its lemma in ``lang``."""
    return " ".join(lemma(w, lang) for w in tokens(title + "\n" + body))


def _quote(w: str) -> str:
    return '"' + w.replace('"', '""') + '"'


def _content_words(query: str) -> list[str]:
    """The query's words without function words ("de", "the"), unless that leaves nothing:
    a function word matches nearly every article and only costs time."""
    words = tokens(query)
    content = [w for w in words if not any(w in stopwords(lang) for lang in LEMMA_LANGS)]
    return content or words


def match_expression(query: str, stem: bool = True) -> str:
    """FTS5 MATCH text: every query word must match, as itself or as one of its lemmas."""
    parts = []
    for w in _content_words(query):
        forms = {w}
        if stem:
            forms |= {lemma(w, lang) for lang in LEMMA_LANGS}
        parts.append("(" + " OR ".join(_quote(f) for f in sorted(forms)) + ")")
    return " AND ".join(parts)


def search(con: sqlite3.Connection, query: str, limit: int = 20, stem: bool = True) -> list[dict[str, Any]]:
    expr = match_expression(query, stem)
    if not expr:
        return []
    # Rank inside FTS first and join only the top rows: joining every match to ``articles``
    # before sorting reads each matching record and was 2-3x slower on 100k articles.
    rows = con.execute(
        "SELECT a.id, a.title, a.site, a.published, a.language, a.story_id, a.record, s.score FROM "
        "(SELECT rowid, bm25(articles_fts, 4.0, 1.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ? "
        " ORDER BY score LIMIT ?) s JOIN articles a ON a.rowid = s.rowid ORDER BY s.score", (expr, limit)).fetchall()
    out = []
    words = set(tokens(query))
    for r in rows:
        d = dict(r)
        d["snippet"] = _snippet(d.pop("record"), words)
        out.append(d)
    return out


def _snippet(record_json: str, words: set[str], width: int = 160) -> str:
    """A piece of the body around the first query word (the FTS table is contentless)."""
    from .records import load_record

    body = (load_record(record_json).get("body") or "").replace("\n\n", " ")
    low = body.lower()
    pos = min([i for i in (low.find(w[:max(4, len(w) - 3)]) for w in words) if i >= 0] or [0])
    start = max(0, pos - width // 3)
    return ("…" if start else "") + body[start:start + width].strip() + ("…" if start + width < len(body) else "")
