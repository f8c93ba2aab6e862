"""News agencies: canonical names and their spellings, from ``lang/xx/metadata/agencies.tsv``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load_table


@lru_cache(maxsize=1)
def alias_map() -> dict[str, str]:
    """Every listed spelling -> canonical name (case-sensitive: "AP" is not "ap")."""
    out: dict[str, str] = {}
    for row in load_table("xx", "agencies.tsv"):
        canon = row[0]
        out[canon] = canon
        for alias in (row[1].split("|") if len(row) > 1 else []):
            if alias.strip():
                out[alias.strip()] = canon
    return out


@lru_cache(maxsize=1)
def alias_pattern() -> str:
    """Regex alternation of all spellings, longest first, as whole words."""
    names = sorted(alias_map(), key=lambda a: (-len(a), a))
    return "(?:" + "|".join(re.escape(a) for a in names) + r")(?![\w-])"


def canonical(name: str) -> str | None:
    """Canonical agency for a credit like "ANP", "Reuters/ANP", "AFP, AP"; None when unknown.

    A joint credit keeps every known agency in the order given, joined by "/".
    """
    table = alias_map()
    name = name.strip().strip(".")
    if name in table:
        return table[name]
    parts = [p.strip() for p in re.split(r"\s*(?:/|,|&|\+|\band\b|\ben\b|\bund\b|\bet\b)\s*", name) if p.strip()]
    if len(parts) > 1 and all(p in table for p in parts):
        seen: list[str] = []
        for p in parts:
            if table[p] not in seen:
                seen.append(table[p])
        return "/".join(seen)
    return None
