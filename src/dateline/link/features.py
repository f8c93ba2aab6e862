"""What an article is about, as weighted keys: named entities, places, numbers, terms.

Story linking compares these keys.  Entities and places carry across languages (an nl and an
en report of one event share "Salah Abdeslam", "Brussel"/"Brussels" via the gazetteer id, and
the death toll), terms (lemmas) only within a language.  When a record has no entity layer,
capitalised words inside sentences stand in for names.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from .text import content_lemmas

CAPITALISED = re.compile(r"(?<=[a-z0-9,;:] )([A-ZÀ-Ý][\w'-]+(?: [A-ZÀ-Ý][\w'-]+)*)")


def day_of(record: dict[str, Any]) -> int:
    """Days since 1970-01-01 of the published date; -1 when unknown."""
    pub = (record.get("published") or {}).get("value") or ""
    try:
        return (date.fromisoformat(pub[:10]) - date(1970, 1, 1)).days
    except ValueError:
        return -1


def named_keys(record: dict[str, Any]) -> set[str]:
    """e:<norm> for entities, p:<geonames id> for located places, n:<value> for counts."""
    ann = record.get("annotations") or {}
    keys: set[str] = set()
    ents = ann.get("entities")
    if ents:
        for s in ents:
            attrs = s.get("attrs") or {}
            if attrs.get("kind") == "role":
                continue
            geo = attrs.get("geo") or {}
            if geo.get("geonames_id"):
                keys.add(f"p:{geo['geonames_id']}")
            else:
                name = (attrs.get("norm") or s.get("text") or "").strip().lower()
                if name:
                    keys.add(f"e:{name}")
    else:
        text = " ".join([record.get("title") or ""] + list(record.get("paragraphs") or []))
        keys.update(f"e:{m.lower()}" for m in CAPITALISED.findall(text) if len(m) > 2)
    for q in ann.get("quantities") or []:
        v = (q.get("attrs") or {}).get("value")
        if isinstance(v, (int, float)) and v >= 2 and float(v).is_integer():
            keys.add(f"n:{int(v)}")
    return keys


def term_counts(record: dict[str, Any]) -> Counter:
    lang = (record.get("language") or {}).get("code")
    text = (record.get("title") or "") + "\n" + (record.get("body") or "\n".join(record.get("paragraphs") or []))
    return Counter(content_lemmas(text, lang))
