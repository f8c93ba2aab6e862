"""The crawl: inputs (sites, feeds, sitemaps, pages) become fetched pages, error records and
fetch-log rows, handed to ``emit`` as they come.

Tasks wait in one queue per host, each drained by at most ``per_host`` loops, so a host with a
thousand pages queued never holds up the other hosts.  An input URL is fetched once and classified from
what came back: a feed queues its items' links, a sitemap its pages (or, for an index, its
sitemaps), a site's home page the feeds it announces (else the sitemaps its robots.txt names),
anything else is a page.  Each URL is handled once per run; a page already fetched and stored
by an earlier run is not fetched again; feeds and sitemaps are asked for conditionally (ETag,
Last-Modified), so an unchanged feed costs one 304.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections import deque
from dataclasses import dataclass, field
from html import escape
from typing import Any, Awaitable, Callable
from urllib.parse import urldefrag, urlsplit

from ..pipeline import Stats
from ..types import ErrorRecord, RawPage, stable_id
from .errors import FetchError
from .feeds import FeedItem, discover_feeds, looks_like_feed, parse_feed
from .http import Fetched, HttpClient, host_of
from .options import FEED_TYPES, PAGE_TYPES, SITEMAP_TYPES, FetchOptions
from .sitemaps import looks_like_sitemap, parse_sitemap

log = logging.getLogger("dateline.fetch")
ALLOWED = {"page": PAGE_TYPES, "feed": FEED_TYPES, "sitemap": SITEMAP_TYPES, "auto": None}
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Task:
    url: str
    kind: str = "auto"  # auto | page | feed | sitemap
    meta: dict[str, Any] = field(default_factory=dict)  # what a feed or sitemap said about the page
    depth: int = 0  # sitemap nesting
    data: bytes | None = None  # a local feed or sitemap file's bytes (nothing to fetch)


@dataclass
class LogRow:
    """One row of the store's fetch log (written by the caller, in its own thread)."""

    url: str
    kind: str
    status: str  # ok | not-modified | error
    http_status: int | None = None
    final_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    page_id: str | None = None
    error_kind: str | None = None
    error_message: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    meta: dict[str, Any] | None = None
    fetched: str | None = None


def inline_page(item: FeedItem, source: str) -> RawPage:
    """A feed item that carries its whole text and no link becomes a page of its own."""
    body = item.content or ""
    title = escape(item.title or "")
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body if '<' in body else '<p>' + escape(body) + '</p>'}</article></body></html>")
    return RawPage(source=source, content=html.encode("utf-8"), url=None, kind="html", meta=item.meta())


class Crawler:
    def __init__(self, options: FetchOptions, emit: Callable[[Any], Awaitable[None]],
                 previous: dict[str, dict] | None = None, done_pages: set[str] | None = None, warc=None):
        self.options = options
        self.emit = emit
        self.previous = previous or {}  # url -> last fetch-log row
        self.done_pages = done_pages or set()
        self.warc = warc
        self.stats = Stats()
        self.seen: set[str] = set()
        self.n_pages = 0

    async def run(self, tasks: list[Task]) -> Stats:
        self.http = HttpClient(self.options, self.warc)
        self.frontier: dict[str, deque[Task]] = {}  # per host, so one busy host never holds up the others
        self.draining: dict[str, int] = {}  # host -> drain loops running (at most per_host)
        self.loops: set[asyncio.Task] = set()
        self.outstanding = 0
        self.all_done = asyncio.Event()
        try:
            for task in tasks:
                await self.enqueue(task)
            if self.outstanding:
                await self.all_done.wait()
        finally:
            for loop in self.loops:
                loop.cancel()
            await asyncio.gather(*self.loops, return_exceptions=True)
            await self.http.close()
        return self.stats

    async def enqueue(self, task: Task) -> None:
        task.url = urldefrag(task.url)[0] if task.data is None else task.url
        if task.url in self.seen:
            return
        self.seen.add(task.url)
        if task.kind == "page":
            if task.url in self.done_pages:
                self.stats.add("pages.already-fetched")
                return
            if self.n_pages >= self.options.max_urls:
                self.stats.add("pages.over-limit")
                return
            self.n_pages += 1
        host = host_of(task.url) if task.data is None else ""
        self.frontier.setdefault(host, deque()).append(task)
        self.outstanding += 1
        if self.draining.get(host, 0) < max(1, self.options.per_host):
            self.draining[host] = self.draining.get(host, 0) + 1
            loop = asyncio.create_task(self._drain(host))
            self.loops.add(loop)
            loop.add_done_callback(self.loops.discard)

    async def _drain(self, host: str) -> None:
        """Work through one host's queue; the host's gate paces the requests."""
        queue = self.frontier[host]
        try:
            while queue:
                task = queue.popleft()
                try:
                    await self._handle(task)
                except Exception as e:  # a bug on one URL must not stop the crawl: that URL's error
                    self.stats.add("errors.exception")
                    log.debug("fetching %s failed:\n%s", task.url, traceback.format_exc())
                    await self._error(task, FetchError("exception", f"{type(e).__name__}: {e}"))
                finally:
                    self.outstanding -= 1
                    if self.outstanding == 0:
                        self.all_done.set()
        finally:
            self.draining[host] -= 1

    # -- one task ------------------------------------------------------------------------
    async def _handle(self, task: Task) -> None:
        if task.data is not None:
            return await self._dispatch(task, task.kind, None, task.data)
        previous = self.previous.get(task.url) or {}
        conditional = None
        if task.kind != "page" and previous.get("kind") in ("feed", "sitemap", "home"):
            conditional = (previous.get("etag"), previous.get("last_modified"))
        try:
            got = await self.http.get(task.url, ALLOWED[task.kind], conditional)
        except FetchError as e:
            return await self._error(task, e)
        if got.not_modified:
            self.stats.add(f"{previous.get('kind', task.kind)}.not-modified")
            return await self.emit(self._row(task, previous.get("kind", task.kind), got, "not-modified"))
        try:
            kind = task.kind if task.kind != "auto" else self._classify(got)
        except FetchError as e:
            return await self._error(task, e, got)
        await self._dispatch(task, kind, got, got.body)

    def _classify(self, got: Fetched) -> str:
        """What an input URL turned out to be, from its body first and its declared type second."""
        body, media = got.body, got.media_type
        if looks_like_sitemap(body):
            return "sitemap"
        if looks_like_feed(body) or media in ("application/rss+xml", "application/atom+xml", "application/feed+json"):
            return "feed"
        if media and media not in PAGE_TYPES:
            raise FetchError("content-type", f"content type {media!r} is not a page, feed or sitemap")
        path = urlsplit(got.final_url).path
        if self.options.discover and media in HTML_TYPES + ("",) and path in ("", "/"):
            return "home"
        return "page"

    async def _dispatch(self, task: Task, kind: str, got: Fetched | None, body: bytes) -> None:
        if kind == "feed":
            try:
                items = parse_feed(body, got.final_url if got else task.url)
            except ValueError as e:
                return await self._error(task, FetchError("feed", str(e)), got)
            self.stats.add("feeds")
            for i, item in enumerate(items, 1):
                if item.link:
                    await self.enqueue(Task(item.link, "page", item.meta()))
                elif item.content:
                    self.stats.add("pages.inline")
                    await self.emit(inline_page(item, f"{task.url}#{i}"))
                else:
                    await self._error(Task(f"{task.url}#{i}"), FetchError("feed-item", "feed item has no link and no content"))
            return await self.emit(self._row(task, "feed", got, "ok"))
        if kind == "sitemap":
            try:
                sitemap = parse_sitemap(body, got.final_url if got else task.url, self.options.max_bytes)
            except (ValueError, FetchError) as e:
                return await self._error(task, e if isinstance(e, FetchError) else FetchError("sitemap", str(e)), got)
            self.stats.add("sitemaps")
            for entry in sitemap.entries:
                if sitemap.kind == "index":
                    if task.depth < self.options.max_sitemap_depth:
                        await self.enqueue(Task(entry.url, "sitemap", depth=task.depth + 1))
                    else:
                        self.stats.add("sitemaps.too-deep")
                else:
                    await self.enqueue(Task(entry.url, "page", entry.meta()))
            return await self.emit(self._row(task, "sitemap", got, "ok"))
        if kind == "home":
            feeds = discover_feeds(body, got.final_url)
            sitemaps = [] if feeds else await self.http.robots.sitemaps_of(got.final_url)
            if feeds or sitemaps:
                self.stats.add("sites")
                for url in feeds:
                    await self.enqueue(Task(url, "feed"))
                for url in sitemaps:
                    await self.enqueue(Task(url, "sitemap"))
                return await self.emit(self._row(task, "home", got, "ok", meta={"feeds": feeds, "sitemaps": sitemaps}))
        await self._page(task, got)

    async def _page(self, task: Task, got: Fetched) -> None:
        media = got.media_type
        kind = "html" if media in HTML_TYPES else "text" if media == "text/plain" else "auto"
        meta = dict(task.meta)
        if got.warc:
            meta.update(warc_file=got.warc[0], warc_offset=got.warc[1])
        page = RawPage(source=task.url, content=got.body, url=got.final_url, kind=kind, encoding=got.charset,
                       fetched=got.fetched, meta=meta)
        self.stats.add("pages.fetched")
        await self.emit(self._row(task, "page", got, "ok", page_id=page.id, meta=task.meta))
        await self.emit(page)

    async def _error(self, task: Task, error: FetchError, got: Fetched | None = None) -> None:
        self.stats.add(f"errors.{error.kind}")
        row = self._row(task, task.kind, got, "error")
        row.error_kind, row.error_message, row.http_status = error.kind, str(error)[:500], error.status
        row.meta = task.meta or None
        await self.emit(row)
        await self.emit(ErrorRecord(stable_id(task.url), task.url, "fetch", error.kind, str(error)[:500]))

    def _row(self, task: Task, kind: str, got: Fetched | None, status: str, page_id: str | None = None,
             meta: dict | None = None) -> LogRow:
        row = LogRow(task.url, kind, status, page_id=page_id, meta=meta or None)
        if got is not None:
            row.http_status, row.final_url, row.fetched = got.status, got.final_url, got.fetched
            row.etag, row.last_modified = got.headers.get("etag"), got.headers.get("last-modified")
            row.content_type = got.headers.get("content-type")
            if got.warc:
                row.warc_file, row.warc_offset = got.warc
        return row
