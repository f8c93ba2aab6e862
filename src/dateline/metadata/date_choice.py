"""Choosing the published date by comparing every date a page states.

Taking the first source that answers loses to htmldate on real pages: a JSON-LD
``datePublished`` in UTC names the next day for a US evening story, a sidebar's ``<time>``
or an evergreen page's first version is taken for the article's date.  So every source
speaks (JSON-LD, meta tags, the article's ``<time>``, timestamp lines in the text, the URL,
htmldate) and the day is settled by comparing them:

1. dates after the fetch time (or now), before 1995, or a copyright year alone are rejected;
2. a date in the URL is the site's own local day: it wins when any other source stands
   within a day of it (the day apart is a time-zone shift of the same moment);
3. otherwise the first markup source (JSON-LD, then meta, then the article's ``<time>``,
   then the text) is kept when htmldate agrees, or when htmldate only names the page's
   modified date; a UTC timestamp one day off htmldate's day is read in the page's local day;
   when htmldate sides with another of the page's own published dates, that day wins;
4. with no markup date, htmldate's answer, then a page-level ``<time>``, then the URL.

The chosen ``Dated`` keeps its own source; ``evidence`` lists every candidate as
``source=value`` so a wrong day can be traced to what the page said.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from ..types import Dated

EARLIEST_YEAR = 1995  # news pages before the web's news era are misreadings (copyright, ids)
# Languages read mostly in UTC+0..+3: a UTC timestamp there is never the previous local day.
_EAST_OF_UTC_LANGS = frozenset("nl de fr it pl cs da sv no fi hu ro bg el hr sk sl lt lv et".split())


@dataclass
class DateCandidate:
    role: str  # "published" | "modified"
    dated: Dated
    source: str  # "json-ld", "opengraph:<key>", "time-tag", "text", "url", "htmldate"
    weight: str = "markup"  # "markup": the article's own statement; "page": somewhere on the page

    @property
    def day(self) -> str:
        return self.dated.value[:10]


def _day_number(day: str) -> int | None:
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:
        return None


def fetch_limit(fetched: str | None, now: datetime | None = None) -> int:
    """The last acceptable day: the fetch day (or today) plus one for time zones ahead of UTC."""
    when = None
    if fetched:
        try:
            when = datetime.fromisoformat(fetched.replace("Z", "+00:00"))
        except ValueError:
            when = None
    when = when or now or datetime.now(timezone.utc)
    return (when.date() + timedelta(days=1)).toordinal()


def plausible(c: DateCandidate, limit: int) -> bool:
    n = _day_number(c.day)
    return n is not None and date(EARLIEST_YEAR, 1, 1).toordinal() <= n <= limit


def _utc_hour(d: Dated) -> int | None:
    """The hour of a timestamp given in UTC, else None (a local time is already the local day)."""
    v = d.value
    if len(v) < 16 or not d.timezone_known or not v.endswith(("+00:00", "Z")):
        return None
    return int(v[11:13])


def _local_shift(primary: DateCandidate, other_day: str, lang: str | None) -> bool:
    """True when ``other_day`` is ``primary``'s UTC moment read as a local day."""
    hour = _utc_hour(primary.dated)
    a, b = _day_number(primary.day), _day_number(other_day)
    if hour is None or a is None or b is None:
        return False
    if b == a - 1:  # the Americas: UTC-3..-10
        return hour < 9 and (lang or "") not in _EAST_OF_UTC_LANGS
    if b == a + 1:  # Europe and east: UTC+1 and more
        return hour >= 21
    return False


def choose_published(candidates: list[DateCandidate], lang: str | None = None,
                     fetched: str | None = None) -> tuple[Dated | None, list[str]]:
    """The published date and the evidence (every candidate as ``source=value``, rejected ones marked)."""
    limit = fetch_limit(fetched)
    evidence = []
    kept = []
    for c in candidates:
        ok = plausible(c, limit)
        page = " (page)" if c.weight == "page" else ""
        evidence.append(f"{c.role}:{c.source}{page}={c.dated.value}" + ("" if ok else " (rejected: implausible)"))
        if ok:
            kept.append(c)
    return _choose(kept, lang), evidence


def _instant(d: Dated) -> datetime | None:
    if not d.timezone_known or len(d.value) < 19:
        return None
    try:
        return datetime.fromisoformat(d.value)
    except ValueError:
        return None


def _local_offset(d: Dated) -> bool:
    """A timestamp with its own non-zero offset: the site wrote its local time, so its day stands."""
    return d.timezone_known and len(d.value) > 19 and not d.value.endswith(("+00:00", "Z"))


def _same_moment_local_day(first: DateCandidate, cands: list[DateCandidate]) -> str | None:
    """The local day of ``first``'s UTC moment when another candidate gives that moment with an offset."""
    when = _instant(first.dated) if _utc_hour(first.dated) is not None else None
    if when is None:
        return None
    for c in cands:
        other = _instant(c.dated)
        if other is not None and _local_offset(c.dated) and abs((other - when).total_seconds()) <= 120:
            return c.day
    return None


def _choose(cands: list[DateCandidate], lang: str | None) -> Dated | None:
    published = [c for c in cands if c.role == "published"]
    strong = [c for c in published if c.weight == "markup" and c.source not in ("url", "htmldate")]
    url = next((c for c in published if c.source == "url"), None)
    hd = next((c for c in published if c.source == "htmldate"), None)
    first = strong[0] if strong else None
    if first is not None:
        local = _same_moment_local_day(first, cands)
        if local and local != first.day:
            return _on_day(first.dated, local)
    others = [c for c in published if c is not url]
    # A URL's day beats a UTC timestamp a day off, not a time the site wrote with its own offset.
    if url is not None and not (first is not None and _local_offset(first.dated)):
        u = _day_number(url.day)
        if any(abs((_day_number(c.day) or 0) - u) <= 1 for c in others):
            near = next((c for c in others if c.day == url.day), None)
            return near.dated if near else url.dated
    if first is not None:
        if hd is None or hd.day == first.day:
            return first.dated
        if _local_shift(first, hd.day, lang):
            return _on_day(first.dated, hd.day)
        if hd.day in {c.day for c in strong[1:]}:
            return next(c for c in strong if c.day == hd.day).dated
        return first.dated  # htmldate names another day (often the modified one): the markup stands
    if hd is not None:
        return hd.dated
    page_level = [c for c in published if c.weight == "page" and c.source != "url"]
    if page_level:
        return page_level[0].dated
    return url.dated if url else None


def htmldate_can_change(candidates: list[DateCandidate], lang: str | None = None,
                        fetched: str | None = None) -> bool:
    """Whether an htmldate candidate, whatever day it named, could change the day ``_choose``
    picks from ``candidates``.  htmldate is the cascade's slowest source (it needs an lxml tree
    of its own on the fast path); where it cannot change the answer it is not asked:

    - the URL's day stands when another source is within a day of it (rule 2);
    - the first markup date stands when it is no UTC time near midnight (no local-day shift)
      and every other markup date names its day (nothing for htmldate to side with: rule 3).
    """
    limit = fetch_limit(fetched)
    kept = [c for c in candidates if plausible(c, limit) and c.source != "htmldate"]
    published = [c for c in kept if c.role == "published"]
    strong = [c for c in published if c.weight == "markup" and c.source != "url"]
    url = next((c for c in published if c.source == "url"), None)
    first = strong[0] if strong else None
    if first is not None:
        local = _same_moment_local_day(first, kept)
        if local and local != first.day:
            return False
    if url is not None and not (first is not None and _local_offset(first.dated)):
        u = _day_number(url.day)
        if any(abs((_day_number(c.day) or 0) - u) <= 1 for c in published if c is not url):
            return False
        return True  # an htmldate day near the URL's would make the URL's day stand
    if first is None:
        return True  # htmldate's day would be the answer
    hour = _utc_hour(first.dated)
    if hour is not None and (hour < 9 or hour >= 21):
        return True  # htmldate's day could be this UTC time's local day
    return any(c.day != first.day for c in strong[1:])


def _on_day(d: Dated, day: str) -> Dated:
    """The local day of a UTC timestamp: the day only, the time being UTC's."""
    return Dated(day, d.text, d.source, False)
