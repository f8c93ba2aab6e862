"""Relative timestamps ("2 uur geleden", "vor 3 Stunden", "gestern", "3 hours ago") as dates.

A relative timestamp only means something against the moment the page was fetched, so it is
read only when that moment is known (a WARC record's date, a feed's fetch time).  It is read
only from a short block that is nothing but the timestamp (and a cue like "Updated"):
"Gestern sagte der Minister ..." is a sentence, not a timestamp.  Forms per language are
data (``lang/<code>/metadata/dates_relative.tsv``).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from ..lang import load_table
from ..types import Dated
from .dates import LANGS

_NUMBER = r"(?P<n>\d{1,3}|een|één|an?|one|ein(?:e|er)?|un(?:e)?)"
_WORD_NUMBERS = {"een": 1, "één": 1, "a": 1, "an": 1, "one": 1, "ein": 1, "eine": 1, "einer": 1,
                 "un": 1, "une": 1}
_UNITS = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1)}
_CUE = re.compile(r"^(?:published|updated|posted|gepubliceerd|bijgewerkt|aktualisiert|"
                  r"veröffentlicht|publié|mis à jour|stand)?\s*:?\s*", re.I)


@lru_cache(maxsize=8)
def _forms(lang: str | None) -> list[tuple[re.Pattern, str, str]]:
    out = []
    for code in (lang,) if lang in LANGS else LANGS:
        for form, unit, offset in load_table(code, "dates_relative.tsv"):
            pattern = re.escape(form).replace(re.escape("{n}"), _NUMBER)
            out.append((re.compile(rf"^{pattern}$", re.I), unit, offset))
    return out


def _moment(fetched: str) -> datetime | None:
    try:
        return datetime.fromisoformat(fetched.replace("Z", "+00:00"))
    except ValueError:
        return None


def relative_timestamp(text: str, fetched: str | None, lang: str | None = None) -> Dated | None:
    """The date a short relative timestamp block stands for, or None."""
    if not fetched or not text or len(text) > 40:
        return None
    now = _moment(fetched)
    if now is None:
        return None
    core = _CUE.sub("", text.strip()).strip(" .·|")
    for rx, unit, offset in _forms(lang):
        m = rx.match(core)
        if not m:
            continue
        if offset == "{n}":
            raw = m.group("n").lower()
            count = int(raw) if raw.isdigit() else _WORD_NUMBERS.get(raw, 1)
        else:
            count = int(offset)
        when = now - count * _UNITS[unit]
        # A day-sized offset names a day; minutes and hours name a moment, kept to the day
        # (the fetch time's own zone is what the page was read in).
        return Dated(when.date().isoformat(), text.strip(), "text-relative", False)
    return None
