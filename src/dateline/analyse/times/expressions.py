"""Event time expressions with a precision, resolved against the article's publication date.

"dinsdag" -> the latest Tuesday on or before publication (precision day); "vorige week" ->
the ISO week before (week); "in maart" -> the latest March not after publication (month);
"3 maart 2024" -> day; "in 2023" -> year; "binnen 24 uur" -> a window ending at publication
(value = publication day, precision day, ``duration`` "PT24H"). Without a publication date the
value is null (or only what the text itself fixes, like "3 maart 2024"), precision stays.
Words come from ``lang/<code>/quantities/time_words.tsv``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from ...lang import load_table
from ..quantities.parse import PhraseTable, Token, lang_data, parse_digits, phrase_tokens, tokenize

@dataclass
class TimeWords:
    table: PhraseTable  # data: (kind, value)
    weekdays: dict[str, int]
    day_parts: tuple[str, ...]
    months: dict[str, int]


@lru_cache(maxsize=None)
def time_words(lang: str) -> TimeWords:
    rows, weekdays, parts, months = [], {}, [], {}
    for r in load_table(lang, "time_words.tsv"):
        kind, value = r[1], (r[2] if len(r) > 2 else "")
        if kind == "day-part":
            parts.append(r[0].lower())
            continue
        if kind == "weekday":
            weekdays[r[0].lower()] = int(value)
        if kind == "month":
            months[r[0].lower()] = int(value)
        rows.append((phrase_tokens(r[0], lang), (kind, value)))
    return TimeWords(PhraseTable(rows), weekdays, tuple(parts), months)


def _unit_of(word: str, lang: str) -> str | None:
    """'uur' -> 'H', 'dagen' -> 'D': the duration code column of quantity_units.tsv."""
    for r in load_table(lang, "quantity_units.tsv"):
        if r[1] == "duration" and len(r) > 3 and r[0].lower() == word:
            return r[3]
    return None


def _weekday_of(tok: Token, tw: TimeWords) -> int | None:
    if not tok.is_word:
        return None
    if tok.low in tw.weekdays:
        return tw.weekdays[tok.low]
    if tw.day_parts and tok.low.endswith(tw.day_parts):  # "dinsdagavond", "zondagochtend"
        for name, n in tw.weekdays.items():
            if tok.low.startswith(name) and tok.low[len(name):] in tw.day_parts:
                return n
    return None


def _latest_month(month: int, pub: dt.date) -> int:
    return pub.year if month <= pub.month else pub.year - 1


def find_times(body: str, lang: str, published: dt.date | None,
               tokens: list[Token] | None = None) -> list[dict]:
    tw = time_words(lang)
    tokens = tokens if tokens is not None else tokenize(body, lang)
    out: list[dict] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        found = None  # (start_tok, end_tok, value, precision, extra)
        wd = _weekday_of(t, tw)
        if wd is not None:
            value = None
            if published:
                back = (published.isoweekday() - wd) % 7
                value = (published - dt.timedelta(days=back)).isoformat()
            found = (i, i + 1, value, "day", {})
        elif t.is_digit and i + 1 < len(tokens) and tokens[i + 1].low in tw.months:
            found = _date(tokens, i, i + 1, int(parse_digits(t.text, lang) or 0), tw, published)
        elif t.low in tw.months and i + 1 < len(tokens) and tokens[i + 1].is_digit and \
                len(tokens[i + 1].text) <= 2:
            found = _date(tokens, i + 1, i, int(tokens[i + 1].text), tw, published)
        elif t.low in tw.months and i > 0 and tokens[i - 1].low in ("in", "im", "en", "au", "sinds", "since"):
            month = tw.months[t.low]
            end, year = i + 1, None
            if end < len(tokens) and tokens[end].is_digit and len(tokens[end].text) == 4:
                year, end = int(tokens[end].text), end + 1
            if year is None and published:
                year = _latest_month(month, published)
            found = (i - 1, end, f"{year:04d}-{month:02d}" if year else None, "month", {})
        elif t.is_digit and len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100 and i > 0 \
                and tokens[i - 1].low in ("in", "im", "en", "since", "sinds", "seit", "depuis"):
            found = (i - 1, i + 1, t.text, "year", {})
        else:
            hit = tw.table.match_at(tokens, i) if t.low in tw.table.by_first else None
            if hit:
                n, (kind, value) = hit
                if kind == "within":
                    found = _within(tokens, i, n, lang, published)
                elif kind.startswith("rel-"):
                    found = (i, i + n, _relative(kind, int(value), published), kind[4:], {})
        if found:
            a, b, value, precision, extra = found
            start, end = tokens[a].start, tokens[b - 1].end
            out.append({"text": body[start:end], "start": start, "end": end, "value": value,
                        "precision": precision, **extra})
            i = max(b, i + 1)
        else:
            i += 1
    return out


def _date(tokens, day_i, month_i, day, tw, published):
    month = tw.months[tokens[month_i].low]
    last = max(day_i, month_i)
    year = None
    k = last + 1
    if k < len(tokens) and tokens[k].text == "," and k + 1 < len(tokens):
        k += 1
    if k < len(tokens) and tokens[k].is_digit and len(tokens[k].text) == 4:
        year, last = int(tokens[k].text), k
    if year is None and published:
        year = _latest_month(month, published)
    if not 1 <= day <= 31:
        return None
    value = None
    if year:
        try:
            value = dt.date(year, month, day).isoformat()
        except ValueError:
            value = None
    return (min(day_i, month_i), last + 1, value, "day", {})


def _within(tokens, i, n, lang, published):
    """'binnen 24 uur' / 'in the past three days': a window that ends at publication."""
    j = i + n
    d = lang_data(lang)
    if j >= len(tokens):
        return None
    from ..quantities.step import _read_number

    read = _read_number(tokens, j, lang, d)
    if not read:
        return None
    amount, k = read
    if k >= len(tokens):
        return None
    code = _unit_of(tokens[k].low, lang)
    if code is None:
        return None
    hours = amount * {"S": 1 / 3600, "M": 1 / 60, "H": 1, "D": 24, "W": 168, "MO": 720, "Y": 8760,
                      "C": 876000, "DEC": 87600}[code]
    precision = "day" if hours <= 48 else "week" if hours <= 168 else "month" if hours <= 1440 else "year"
    n = int(amount) if amount == int(amount) else amount
    iso = {"MO": f"P{n}M", "C": f"P{n * 100}Y", "DEC": f"P{n * 10}Y"}.get(
        code, f"PT{n}{code}" if code in ("H", "M", "S") else f"P{n}{code}")
    value = _truncate(published, precision) if published else None
    return (i, k + 1, value, precision, {"duration": iso})


def _relative(kind: str, offset: int, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    if kind == "rel-day":
        return (pub + dt.timedelta(days=offset)).isoformat()
    if kind == "rel-week":
        y, w, _ = (pub + dt.timedelta(weeks=offset)).isocalendar()
        return f"{y}-W{w:02d}"
    if kind == "rel-month":
        m = pub.month + offset
        y = pub.year + (m - 1) // 12
        return f"{y:04d}-{(m - 1) % 12 + 1:02d}"
    if kind == "rel-year":
        return f"{pub.year + offset:04d}"
    return None


def _truncate(pub: dt.date, precision: str) -> str:
    if precision == "day":
        return pub.isoformat()
    if precision == "week":
        y, w, _ = pub.isocalendar()
        return f"{y}-W{w:02d}"
    if precision == "month":
        return f"{pub.year:04d}-{pub.month:02d}"
    return f"{pub.year:04d}"


def published_date(article) -> dt.date | None:
    """The article's publication day, if its metadata has one."""
    pub = getattr(article, "published", None)
    if not pub or not getattr(pub, "value", None):
        return None
    try:
        return dt.date.fromisoformat(pub.value[:10])
    except ValueError:
        return None
