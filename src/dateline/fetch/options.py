"""One options object for fetching: limits, politeness and identity, with safe defaults."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import __version__

USER_AGENT = (f"dateline/{__version__} (news reader; +https://github.com/dateline-news/dateline; "
              "honours robots.txt)")

# What each kind of fetch may come back as.  A page that arrives as a PDF or an image is an
# error for that URL, found from the headers before its body is read.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json", "application/json", "text/plain")
SITEMAP_TYPES = ("application/xml", "text/xml", "application/gzip", "application/x-gzip",
                 "application/octet-stream", "text/plain")


@dataclass
class FetchOptions:
    user_agent: str = USER_AGENT
    timeout: float = 20.0  # seconds to connect, and between two reads of the body
    total_timeout: float = 60.0  # seconds for a whole response: a trickling server cannot hold a slot
    max_bytes: int = 20_000_000  # cap on a body, counted after decompression (gzip bombs stop here)
    max_redirects: int = 5
    retries: int = 2  # extra attempts after a timeout, a dropped connection, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry; doubles on each next one
    max_retry_after: float = 60.0  # a server's Retry-After is honoured up to this
    concurrency: int = 16  # requests in flight over all hosts
    per_host: int = 2  # requests in flight to one host
    delay: float = 1.0  # seconds between the starts of two requests to one host
    max_crawl_delay: float = 30.0  # a robots.txt Crawl-delay is honoured up to this
    robots: bool = True  # honour robots.txt
    discover: bool = True  # a site's home page is searched for feeds (then robots.txt sitemaps)
    max_sitemap_depth: int = 3  # sitemap index -> sitemap -> ... nesting
    max_urls: int = 100_000  # pages queued in one run, over all feeds and sitemaps
    warc: bool = True  # write every response to WARC files
    extra_headers: dict[str, str] = field(default_factory=dict)
