"""Which news agency a text came from: the record's dateline, its byline, or agency marks.

Agency copy announces itself: "DEN HAAG (ANP) -", "(Reuters) -", a closing "(ANP)" or
"© AFP", or the agency as author.  Names and spellings come from ``lang/xx/metadata/agencies.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..lang import load_table


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    """One regex for every agency mark; the matched alias maps back to the agency's name."""
    names: dict[str, str] = {}
    for row in load_table(None, "agencies.tsv"):
        for alias in (row[1] if len(row) > 1 else row[0]).split("|"):
            names.setdefault(alias, row[0])
    alt = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    # A mark, not a mention: in brackets, before a dash, or after a copyright sign.
    pat = re.compile(rf"\((?P<a>{alt})(?:/[^)]*)?\)|(?:^|\s)(?P<b>{alt})\s*[-–—]\s|©\s*(?P<c>{alt})\b")
    return pat, names


def agency_of(record: dict[str, Any]) -> str | None:
    dl = record.get("dateline") or {}
    if dl.get("agency"):
        return dl["agency"]
    pat, names = _pattern()
    paragraphs = record.get("paragraphs") or []
    authors = record.get("authors") or []
    texts = [" ".join(authors)] + ([paragraphs[0][:200], paragraphs[-1][-120:]] if paragraphs else [])
    for text in texts:
        m = pat.search(" " + text) if text else None
        if m:
            return names[m.group("a") or m.group("b") or m.group("c")]
    for a in authors:  # an author field that is just the agency's name
        if a in names:
            return names[a]
    return None
