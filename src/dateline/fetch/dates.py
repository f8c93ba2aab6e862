"""Dates as feeds and sitemaps write them (RFC 822 in RSS, ISO 8601 in Atom, JSON Feed and
sitemaps), as ISO 8601; ``None`` for anything unreadable."""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime


def iso_date(text: str | None) -> tuple[str, bool] | None:
    """(ISO 8601 value, whether the time zone was given), or None."""
    if not text or not text.strip():
        return None
    text = text.strip()
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        date_only = len(text) <= 10
        if date_only:
            return when.date().isoformat(), False
        return when.isoformat(), when.tzinfo is not None
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return when.isoformat(), when.tzinfo is not None
