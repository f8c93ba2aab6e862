"""Bylines: "Door Jan de Vries", "By Jane Doe and John Roe", "Von Anna Schmidt", "Par Marie Dupont".

A block is a byline only when it opens with a byline cue (``lang/<code>/metadata/byline_cues.txt``) and
everything after the cue is names, roles ("correspondent"), agencies or a date: "Door de politie
werd..." is a sentence, not a byline, because "politie werd" is no name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load_list
from .agencies import canonical
from .dates import LANGS, find_dates

_CUT = re.compile(r"\s(?:\||·|•|-|–|—)\s|\n|\s\|\s*|\|")
_SPLIT = re.compile(r"\s*(?:,|;|&|\+|\b(?:and|en|und|et|with|met|mit|avec)\b)\s*")
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*$")


@lru_cache(maxsize=8)
def _cue_re(lang: str | None) -> re.Pattern:
    langs = (lang,) if lang in LANGS else LANGS
    cues = sorted({c.lower() for code in langs for c in load_list(code, "byline_cues.txt")},
                  key=lambda c: (-len(c), c))
    return re.compile(r"^\s*(?:" + "|".join(re.escape(c) for c in cues) + r")\s*:?\s+", re.I)


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(w.lower() for w in load_list("xx", "byline_roles.txt"))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(load_list("xx", "name_particles.txt"))


def _name(tokens: list[str]) -> str | None:
    """A person's name from its tokens, or None when they are not one."""
    if not 2 <= len(tokens) <= 5:
        return None
    particles = _particles()
    for i, tok in enumerate(tokens):
        if not _NAME_TOKEN.match(tok):
            return None
        if not tok[:1].isupper() and not (0 < i < len(tokens) - 1 and tok.lower() in particles):
            return None
    if all(t.isupper() and len(t) > 1 for t in tokens):  # "JANE DOE" -> "Jane Doe"
        tokens = [t.lower() if t.lower() in particles and i else t.capitalize()
                  for i, t in enumerate(tokens)]
    return " ".join(tokens)


def parse_byline(text: str, lang: str | None = None) -> list[str] | None:
    """The authors named by a byline block, or None when the block is not a byline."""
    if not text or len(text) > 200:
        return None
    m = _cue_re(lang).match(text)
    if not m:
        return None
    rest = text[m.end():]
    # Drop a date that follows the names ("Door Jan de Vries | 3 maart 2019, 09:12").
    for found in reversed(find_dates(rest, lang)):
        rest = rest[:found.start] + " | " + rest[found.end:]
    rest = _CUT.split(rest, maxsplit=1)[0].strip(" ,:;")
    if not rest:
        return None
    roles = _roles()
    names: list[str] = []
    for part in _SPLIT.split(rest):
        tokens = part.strip().split()
        if tokens and tokens[-1].endswith(".") and len(tokens[-1]) > 4:
            tokens[-1] = tokens[-1].rstrip(".")  # a full stop, not an abbreviation ("Jr.")
        if not tokens:
            continue
        if canonical(" ".join(tokens)):
            continue  # "By Jane Doe, Reuters": the agency is not an author
        role_at = [i for i, t in enumerate(tokens) if t.lower().strip(".,") in roles]
        if role_at:
            # "onze correspondent Jan de Vries" -> the name after the role; a bare role is skipped
            after = tokens[role_at[-1] + 1:]
            name = _name(after) if after else None
            if after and name is None:
                return None
            if name:
                names.append(name)
            continue
        name = _name(tokens)
        if name is None:
            return None
        names.append(name)
    return names or None
