"""What the writer derives from a record alone, computed where the record is made.

Storing an article needs much that no database holds: the content hash, the record's JSON,
the lemmatised body of the full-text row, the MinHash signature and its LSH band keys, the
story keys (names, term counts), the agency and publication day, the words, numbers and names
of each claim, and the article's events with their report and figure rows.  ``prepare`` computes it in
an ingest worker and carries it with the record under ``PREPARED``; the one writer pops it
(``take``) and only reads and writes the store, so it keeps up with more workers.  A record
without it (``dateline ingest`` in one process, a record from elsewhere) is prepared by the
writer itself with the same function: there is one definition, and a stored article is the
same either way.  The key never reaches the store or an export.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..link import minhash
from ..link.agency import agency_of
from ..link.claims import ClaimSpan, read_claims
from ..link.events import EventReport, read_events
from ..link.features import day_of
from ..link.stories import story_keys
from .fts import fts_lemmas
from .records import dump_record

PREPARED = "_store"  # the record's key for its ``Prepared`` on the way from a worker to the writer


@dataclass
class Prepared:
    """One ok record's store-side values that depend on the record alone."""
    body: str
    content_hash: str
    n_words: int
    record_json: str  # ``articles.record``
    lemmas: str  # the full-text row's lemma column
    agency: str | None
    day: int  # ``link.features.day_of``
    sig: bytes | None  # MinHash signature (``minhash.to_blob``); None for a text without words
    bands: list[int]  # its LSH band keys
    named: set[str]  # story keys: names, places, numbers
    terms: Counter  # story keys: term counts (their order is kept: it orders the key reads)
    claims: list[ClaimSpan]  # the claim spans' words, numbers, names, speakers (``link.claims``)
    events: list[EventReport]  # the article's events and their rows (``link.events``)


def body_of(rec: dict[str, Any]) -> str:
    return rec.get("body") or "\n\n".join(rec.get("paragraphs") or [])


def derive(rec: dict[str, Any]) -> Prepared:
    """The store-side values of an ok record (one without ``PREPARED``)."""
    body = body_of(rec)
    lang = (rec.get("language") or {}).get("code")
    sig = minhash.signature(body)
    named, terms = story_keys(rec)
    return Prepared(body=body, content_hash=hashlib.sha1(body.encode("utf-8")).hexdigest()[:16],
                    n_words=len(body.split()), record_json=dump_record(rec),
                    lemmas=fts_lemmas(rec.get("title") or "", body, lang), agency=agency_of(rec), day=day_of(rec),
                    sig=None if sig is None else minhash.to_blob(sig),
                    bands=[] if sig is None else minhash.band_keys(sig), named=named, terms=terms,
                    claims=read_claims(rec), events=read_events(rec))


def prepare(rec: dict[str, Any]) -> dict[str, Any]:
    """The record with its ``Prepared`` under ``PREPARED`` (ok records only); for workers.
    A record it fails on goes without: the writer derives it and fails as it would have."""
    if rec.get("status") == "ok" and rec.get("id") and PREPARED not in rec:
        try:
            rec[PREPARED] = derive(rec)
        except Exception:
            pass
    return rec


def take(rec: dict[str, Any]) -> Prepared:
    """The record's ``Prepared``, removed from the record; derived here when it came without."""
    pre = rec.pop(PREPARED, None)
    return pre if isinstance(pre, Prepared) else derive(rec)
