"""Dates and times in running text: a fast regex parser driven by per-language data files.

Why not dateparser: it is called on every block of every page and is two orders of magnitude
slower than one compiled regex.  Month names, weekday names, cue words ("Gepubliceerd",
"Updated", "Mis à jour le") and time-zone abbreviations come from ``lang/<code>/`` files.

Handles glued timestamps as scraped text gives them ("3 March 2019 09:12Gewijzigd op 4 May
2021 10:03"): each date gets the role of the nearest cue before it; when a block holds a
modified date, an earlier date without a cue is taken as the published one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import load_list, load_table

LANGS = ("nl", "en", "de", "fr")


@dataclass
class FoundDate:
    start: int
    end: int
    value: str  # ISO 8601; date only when no time was given; offset when a zone was given
    text: str
    role: str | None  # "published" | "modified" | None
    timezone_known: bool


def _alt(words) -> str:
    """A regex alternation, longest first so "september" wins over "sep"."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in uniq)


def _langs(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang in LANGS else LANGS


@dataclass
class _Grammar:
    months: dict[str, int]
    date_res: list[tuple[str, re.Pattern]]
    time_re: re.Pattern
    weekday_re: re.Pattern
    cues: list[tuple[str, str]]  # (lower-cased cue, role)
    cue_re: re.Pattern
    filler_re: re.Pattern
    zones: dict[str, str]


@lru_cache(maxsize=8)
def _grammar(lang: str | None) -> _Grammar:
    langs = _langs(lang)
    months: dict[str, int] = {}
    weekdays: list[str] = []
    cues: list[tuple[str, str]] = []
    filler: list[str] = []
    for code in langs:
        for name, num in load_table(code, "months.txt"):
            months.setdefault(name.lower(), int(num))
        weekdays += [w.lower() for w in load_list(code, "dates_weekdays.txt")]
        cues += [(c.lower(), "published") for c in load_list(code, "published_cues.txt")]
        cues += [(c.lower(), "modified") for c in load_list(code, "modified_cues.txt")]
        filler += [w.lower() for w in load_list(code, "dates_filler.txt")]
    zones = {abbr: off for abbr, off in load_table("xx", "dates_timezones.tsv")}
    mon = rf"(?P<mon>{_alt(months)})\.?"
    # Day: "3", "03", "3.", "1er", "3rd"; year four digits (two-digit years are too ambiguous).
    day = r"(?P<day>[0-3]?\d)(?:\.|er|st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    date_res = [
        ("iso", re.compile(r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<day>[0-3]?\d)"
                           r"(?:[T ](?P<h>[012]?\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?)?"
                           rf"(?P<zone>Z|[+-][01]\d:?[0-5]\d|\s?(?:{_alt(zones)})(?![A-Za-z]))?(?![\d])")),
        ("dmy_name", re.compile(rf"(?<![\w.]){day}\s*(?:de\s+)?{mon}(?![^\W\d_])(?:,?\s*{year})?(?!\d)",
                                re.I)),
        ("mdy_name", re.compile(rf"(?<![\w]){mon}(?![^\W\d_])\s*{day},?\s+{year}(?!\d)", re.I)),
        ("numeric", re.compile(r"(?<![\d.,/-])(?P<a>[0-3]?\d)(?P<sep>[-./])(?P<b>[01]?\d)(?P=sep)"
                               r"(?P<year>(?:19|20)\d\d)(?![\d])")),
        # Two-digit years ("12/22/23", "22.12.23"): slash or dot only, never inside a longer number.
        # A dotted one needs two-digit day and month ("22.12.23"), so "2.1.23" stays a version.
        ("numeric2", re.compile(r"(?<![\d.,/-])(?:(?P<a>[0-3]?\d)(?P<sep>/)(?P<b>[0-3]?\d)/"
                                r"|(?P<a2>[0-3]\d)(?P<sep2>\.)(?P<b2>[01]\d)\.)"
                                r"(?P<year>\d\d)(?![\d]|[.,/]\d)")),
    ]
    zone_alt = _alt(zones)
    time_re = re.compile(
        r"(?P<h>[012]?\d)(?:(?P<colon>:)|(?P<dot>\.)|(?P<hsep>h))(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
        r"(?!\d)\s*(?P<ampm>(?i:[ap]\.?\s?m\b\.?))?\s*(?P<unit>(?i:uur\b|u\b\.?|uhr\b))?"
        rf"(?:\s*\(?\s*(?P<zone>(?:{zone_alt})(?:\s*[+-]\d{{1,2}}(?::?\d\d)?)?|[+-][01]\d:?[0-5]\d)(?![A-Za-z])\)?)?",
    )
    weekday_re = re.compile(rf"(?:{_alt(weekdays)})\.?,?\s*$", re.I)
    cue_re = re.compile(rf"(?<![^\W\d_])(?:{_alt(c for c, _ in cues)})(?![^\W\d_])", re.I)
    filler_re = re.compile(rf"(?<![^\W\d_])(?:{_alt(filler + weekdays)})(?![^\W\d_])", re.I)
    return _Grammar(months, date_res, time_re, weekday_re, cues, cue_re, filler_re, zones)


def _full_year(yy: int) -> int | None:
    """A two-digit year in the web's news era: 95-99 -> 1990s, 00 up to next year -> 2000s."""
    from datetime import date

    if yy <= date.today().year % 100 + 1:
        return 2000 + yy
    return 1900 + yy if yy >= 95 else None


def _us_offset(off: str | None, y: int, mo: int, d: int) -> str | None:
    """Resolve "us:-05:00" (ET/CT/MT/PT) to standard or daylight time for that date."""
    if not off or not off.startswith("us:"):
        return off
    from datetime import date, timedelta

    def nth_sunday(month: int, n: int) -> date:
        first = date(y, month, 1)
        return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))

    std = off[3:]
    hours = int(std[:3])
    if nth_sunday(3, 2) <= date(y, mo, d) < nth_sunday(11, 1):
        hours += 1
    return f"{'-' if hours < 0 else '+'}{abs(hours):02d}:{std[4:]}"


def _valid(y: int, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return False
    return d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


def _numeric_order(a: int, b: int, sep: str, lang: str | None) -> tuple[int, int] | None:
    """(month, day) for a numeric date, or None when it cannot be told apart.

    Dashes and dots are day-month-year everywhere we read; a slash is ambiguous between the
    US (month/day) and the rest, so it is read only when the numbers settle it or the
    language does (nl/de/fr write day/month)."""
    if sep != "/" or a == b:
        return (b, a)
    if a > 12:
        return (b, a)
    if b > 12:
        return (a, b)
    if lang in ("nl", "de", "fr"):
        return (b, a)
    return None


def _zone_offset(zone: str | None, zones: dict[str, str]) -> str | None:
    if not zone:
        return None
    zone = zone.strip()
    m = re.fullmatch(r"([+-])(\d\d):?(\d\d)", zone)
    if m:
        return f"{m.group(1)}{m.group(2)}:{m.group(3)}"
    m = re.fullmatch(r"([A-Z]+)\s*(?:([+-])(\d{1,2})(?::?(\d\d))?)?", zone)
    if m and m.group(1) in zones:
        if m.group(2):  # "UTC+1", "GMT-05:00"
            return f"{m.group(2)}{int(m.group(3)):02d}:{m.group(4) or '00'}"
        return zones[m.group(1)]
    return None


def _read_time(m: re.Match, g: _Grammar, attached: bool) -> tuple[str, str | None] | None:
    """'HH:MM[:SS]' and the UTC offset, or None when this is not a time.

    "9.12" is a time only with "uur"/"Uhr" after it or right after a date (else it is a number).
    """
    if m.group("dot") and not (m.group("unit") or attached):
        return None
    h, mi = int(m.group("h")), int(m.group("mi"))
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = (h % 12) + (12 if ampm.startswith("p") else 0)
    if h > 23:
        return None
    s = m.group("s")
    hms = f"{h:02d}:{mi:02d}:{int(s) if s else 0:02d}"
    return hms, _zone_offset(m.group("zone"), g.zones)


_JOIN_AFTER = re.compile(r"\s*(?:,|\||-|–|—|/|·|•|T|om|at|um|à|a las|alle)?\s*", re.I)
_JOIN_BEFORE = re.compile(r"\s*(?:,|\||-|–|—|·|•|on|op|am|le)?\s*$", re.I)


def _date_matches(text: str, g: _Grammar, lang: str | None):
    """Yield (start, end, y, m, d, time, offset) for every date, longest match first at a place."""
    for kind, rx in g.date_res:
        for m in rx.finditer(text):
            time = off = None
            if kind == "iso":
                y, mo, d = int(m.group("year")), int(m.group("m")), int(m.group("day"))
                if m.group("h"):
                    time = f"{int(m.group('h')):02d}:{m.group('mi')}:{m.group('s') or '00'}"
                off = _zone_offset(m.group("zone"), g.zones)
            elif kind in ("numeric", "numeric2"):
                a, b, sep = (m.group("a"), m.group("b"), m.group("sep")) if m.group("a") else \
                    (m.group("a2"), m.group("b2"), m.group("sep2"))
                order = _numeric_order(int(a), int(b), sep, lang)
                if order is None:
                    continue
                y, (mo, d) = int(m.group("year")), order
                if kind == "numeric2":
                    y = _full_year(y)
                    if y is None:
                        continue
            else:
                if not m.group("year"):
                    continue  # "3 maart" without a year: not a full date
                y, mo, d = int(m.group("year")), g.months[m.group("mon").lower()], int(m.group("day"))
            if _valid(y, mo, d):
                yield m.start(), m.end(), y, mo, d, time, off


def _attach_time(text: str, start: int, end: int, g: _Grammar, limit: int):
    """A time right after the date ("3 maart 2019, 09:12 uur") or right before it."""
    j = _JOIN_AFTER.match(text, end, min(limit, end + 12))
    if j:
        tm = g.time_re.match(text, j.end(), limit)
        if tm:
            t = _read_time(tm, g, attached=True)
            if t:
                return start, tm.end(), t
    before = text[max(0, start - 40):start]
    jb = _JOIN_BEFORE.search(before)
    if jb is not None:
        cut = start - (len(before) - jb.start())
        head = text[max(0, cut - 28):cut]
        for tm in g.time_re.finditer(head):
            if tm.end() == len(head):
                t = _read_time(tm, g, attached=False)
                if t:
                    return cut - len(head) + tm.start(), end, t
    return None


def find_dates(text: str, lang: str | None = None) -> list[FoundDate]:
    """Every full date (day, month, year) in the text, with its time, zone and role."""
    if not text or not any(c.isdigit() for c in text):
        return []
    g = _grammar(lang)
    raw = sorted(_date_matches(text, g, lang), key=lambda r: (r[0], -(r[1] - r[0])))
    picked = []
    last_end = -1
    for r in raw:
        if r[0] >= last_end:
            picked.append(r)
            last_end = r[1]
    out: list[FoundDate] = []
    for i, (s, e, y, mo, d, time, off) in enumerate(picked):
        limit = picked[i + 1][0] if i + 1 < len(picked) else len(text)
        if time is None:
            got = _attach_time(text, s, e, g, limit)
            if got and (not out or got[0] >= out[-1].end):
                s, e, (time, off) = got[0], got[1], got[2]
        # A weekday name right before the date belongs to it ("Sunday, March 3, 2019").
        prev_end = out[-1].end if out else 0
        wm = g.weekday_re.search(text, max(prev_end, s - 14), s)
        if wm and (wm.start() == 0 or not text[wm.start() - 1].isalpha()):
            s = wm.start()
        while e > s and text[e - 1].isspace():
            e -= 1
        off = _us_offset(off, y, mo, d)
        value = f"{y:04d}-{mo:02d}-{d:02d}" + (f"T{time}" if time else "") + (off or "" if time else "")
        role = _cue_role(text[prev_end:s], g)
        out.append(FoundDate(s, e, value, text[s:e], role, bool(time and off)))
    # Glued "published ... modified" pairs: the first date without a cue is the published one.
    if any(f.role == "modified" for f in out):
        for f in out:
            if f.role is None:
                f.role = "published"
                break
            if f.role == "modified":
                break
    return out


def _cue_role(before: str, g: _Grammar) -> str | None:
    """The role of the cue nearest before a date, when one stands within reach of it."""
    before = before[-48:]
    best = None
    for m in g.cue_re.finditer(before):
        best = m
    if best is None:
        return None
    cue = best.group(0).lower()
    for c, role in g.cues:
        if c == cue:
            return role
    return None


_WORDCHARS = re.compile(r"[^\W_]+")


def is_timestamp_block(text: str, lang: str | None = None) -> bool:
    """True when the block is (mostly) a date/time line, with or without cue words."""
    if not text or len(text) > 220:
        return False
    dates = find_dates(text, lang)
    if not dates:
        return False
    g = _grammar(lang)
    rest = []
    pos = 0
    for f in dates:
        rest.append(text[pos:f.start])
        pos = f.end
    rest.append(text[pos:])
    left = " ".join(rest)
    left = g.cue_re.sub(" ", left)
    left = g.filler_re.sub(" ", left)
    left = g.time_re.sub(" ", left)
    total = sum(len(w) for w in _WORDCHARS.findall(text))
    remaining = _WORDCHARS.findall(left)
    chars = sum(len(w) for w in remaining)
    return len(remaining) <= 4 and chars <= 0.35 * total
