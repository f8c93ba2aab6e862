"""Time expressions for events, resolved against the publication date (``expressions``)."""

from .expressions import find_times, published_date

__all__ = ["find_times", "published_date"]
