"""Fetching news over HTTP: sites, feeds (RSS, Atom, JSON Feed), sitemaps (indexes, gzip,
Google News) and pages, politely (robots.txt, per-host concurrency and delay), incrementally
(a fetch log in the store; conditional requests) and safely (timeouts, size caps after
decompression, a redirect limit, content-type checks), with every response kept in WARC.

>>> from dateline.fetch import fetch_to_store, FetchOptions
>>> counts = fetch_to_store(["https://example.org/feed.xml"], "news.db", FetchOptions(delay=2))

httpx is imported when a crawl starts, so ``import dateline.fetch`` stays cheap.
"""

from .errors import FetchError
from .options import FetchOptions
from .run import default_warc_dir, fetch_to_store

__all__ = ["FetchError", "FetchOptions", "fetch_to_store", "default_warc_dir"]
