"""Time expressions for events, resolved against the publication date (``expressions``), and
the single words that name a day or a month (``day_words``: never a speaker or an actor)."""

from functools import lru_cache

from ...lang import load_table
from .expressions import find_times, published_date

__all__ = ["day_words", "find_times", "published_date"]

DAY_KINDS = {"weekday", "month", "rel-day", "day-part"}


@lru_cache(maxsize=None)
def day_words(lang: str) -> frozenset[str]:
    """Single words naming a day or a month (*jeudi*, *gisteren*, *Monday*), and a weekday
    glued to a part of the day (*maandagavond*, *Dienstagabend*). The parser can make them a
    subject (*a déclaré jeudi le ministre*, *Zondag protesteerden honderden mensen*)."""
    rows = [r for r in load_table(lang, "time_words.tsv") if len(r) > 1 and " " not in r[0]]
    words = {r[0].lower() for r in rows if r[1] in DAY_KINDS}
    parts = {r[0].lower() for r in rows if r[1] == "day-part"}
    days = {r[0].lower() for r in rows if r[1] == "weekday"}
    return frozenset(words | {d + p for d in days for p in parts})
