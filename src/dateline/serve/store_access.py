"""One read-only SQLite connection per server thread, and the filters a request carries."""

from __future__ import annotations

import threading
from datetime import date

from starlette.requests import Request

from ..store import open_store
from ..store.browse import Filters

FILTER_KEYS = ("q", "site", "lang", "section", "type", "country", "date_from", "date_to")


class ReadOnlyStore:
    """Connections opened ``mode=ro`` and ``query_only``: the server cannot write the store."""

    def __init__(self, path: str):
        self.path = path
        self._local = threading.local()

    def con(self):
        con = getattr(self._local, "con", None)
        if con is None:
            con = open_store(self.path)
            con.execute("PRAGMA query_only = 1")
            self._local.con = con
        return con


def _day(value: str | None) -> str | None:
    """A YYYY-MM-DD date or nothing (a malformed date is ignored, not an error page)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
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
