"""One read-only SQLite connection per server thread, and the filters a request carries."""

from __future__ import annotations

import calendar
import threading
from collections import OrderedDict
from datetime import date
from typing import Any, Callable

from starlette.requests import Request

from ..store.browse import Filters
from ..store.read_only import generation, open_query_only

FILTER_KEYS = ("q", "site", "lang", "section", "type", "country", "date_from", "date_to")
CACHE_SIZE = 128


class ReadOnlyStore:
    """Connections opened ``mode=ro`` and ``query_only``: the server cannot write the store.

    Answers are kept in a small LRU keyed by the question and the store's generation (last
    article row and ingest run), so an ingest running beside the server is seen at once while
    the same landing page, unfiltered map or timeline is computed once per generation."""

    def __init__(self, path: str):
        self.path = path
        self._local = threading.local()
        self._cache: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        full = (key, generation(self.con()))
        with self._lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]
        value = compute()
        with self._lock:
            self._cache[full] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def con(self):
        con = getattr(self._local, "con", None)
        if con is None:
            con = self._local.con = open_query_only(self.path)
        return con


def _day(value: str | None) -> str | None:
    """A YYYY-MM-DD date or nothing (a malformed date is ignored, not an error page); a day
    past the month's end is its last day, so a month facet can ask for "-31"."""
    if not value:
        return None
    try:
        y, m, d = (int(x) for x in value.strip()[:10].split("-"))
        return date(y, m, min(d, calendar.monthrange(y, m)[1])).isoformat()
    except (ValueError, TypeError, calendar.IllegalMonthError):
        return None


def filters_from(request: Request) -> Filters:
    p = request.query_params
    raw = {k: (p.get(k) or "").strip()[:200] or None for k in FILTER_KEYS}
    raw["date_from"], raw["date_to"] = _day(raw["date_from"]), _day(raw["date_to"])
    return Filters(**raw)


def int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    try:
        return min(high, max(low, int(request.query_params.get(name, default))))
    except ValueError:
        return default


def store(request: Request) -> ReadOnlyStore:
    return request.app.state.store
