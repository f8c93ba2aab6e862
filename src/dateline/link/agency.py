"""Which news agency a text came from: the record's dateline, its byline, or agency marks.

Agency copy announces itself: "DEN HAAG (ANP) -", "(Reuters) -", a closing "(ANP)" or
"© AFP", or the agency as author.  Names and spellings come from ``lang/xx/agencies.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lang import load_table


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    out = []
    for row in load_table(None, "agencies.tsv"):
        name, aliases = row[0], (row[1] if len(row) > 1 else row[0])
        alt = "|".join(re.escape(a) for a in sorted(aliases.split("|"), key=len, reverse=True))
        # A mark, not a mention: in brackets, before a dash, or after a copyright sign.
        out.append((name, re.compile(rf"\((?:{alt})(?:/[^)]*)?\)|(?:^|\s)(?:{alt})\s*[-–—]\s|©\s*(?:{alt})\b")))
    return out


def agency_of(record: dict[str, Any]) -> str | None:
    dl = record.get("dateline") or {}
    if dl.get("agency"):
        return dl["agency"]
    paragraphs = record.get("paragraphs") or []
    places = [" ".join(record.get("authors") or [])]
    if paragraphs:
        places += [paragraphs[0][:200], paragraphs[-1][-120:]]
    for name, pat in _patterns():
        for text in places:
            if text and pat.search(text if text.startswith(" ") else " " + text):
                return name
    for name, _ in _patterns():  # an author field that is just the agency name
        if name in (record.get("authors") or []):
            return name
    return None
