"""One polite, bounded GET: redirects followed by hand (each hop checked against robots.txt
and counted), retries with backoff, a deadline for the whole response, the body read raw up
to a cap and then decoded up to the same cap, the content type checked from the headers
before the body is read, and every response written to WARC.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from .decompress import decode_content
from .errors import FetchError
from .options import FetchOptions
from .politeness import Politeness

REDIRECTS = {301, 302, 303, 307, 308}
RETRY_STATUS = {429, 500, 502, 503, 504}
NON_2XX_BODY_CAP = 65_536  # bytes kept of an error page or redirect body


@dataclass
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-cased names
    body: bytes = b""  # decoded (Content-Encoding undone)
    fetched: str = ""  # ISO 8601, UTC
    warc: tuple[str, int] | None = None  # (file, offset) of the response record
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else (parts.hostname or "")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _retry_after(value: str | None, cap: float) -> float | None:
    if not value:
        return None
    try:
        return min(cap, max(0.0, float(value)))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
        return min(cap, max(0.0, when.timestamp() - time.time()))
    except (TypeError, ValueError):
        return None


def type_allowed(media_type: str, allowed: tuple[str, ...] | None) -> bool:
    if allowed is None or not media_type:
        return True  # no declared type: the body is sniffed by whoever reads it
    return media_type in allowed or media_type.endswith("+xml") and "application/xml" in allowed


class HttpClient:
    """Shared by every fetch of a run: the connection pool, host gates, robots and WARC sink."""

    def __init__(self, options: FetchOptions, warc=None):
        import httpx

        self.httpx = httpx
        self.options = options
        self.warc = warc
        self.politeness = Politeness(options.per_host, options.delay)
        self.in_flight = asyncio.Semaphore(options.concurrency)
        headers = {"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate",
                   **options.extra_headers}
        self.client = httpx.AsyncClient(
            follow_redirects=False, headers=headers, trust_env=False,
            timeout=httpx.Timeout(options.timeout), http2=False,
            limits=httpx.Limits(max_connections=options.concurrency, max_keepalive_connections=options.concurrency))
        from .robots import RobotsCache

        self.robots = RobotsCache(self)

    async def close(self) -> None:
        await self.client.aclose()

    async def get(self, url: str, allowed: tuple[str, ...] | None = None,
                  conditional: tuple[str | None, str | None] | None = None,
                  check_robots: bool = True) -> Fetched:
        """GET ``url`` politely; a 304 comes back as ``Fetched.not_modified``; failures raise FetchError."""
        hops: list[str] = []
        current = url
        for _ in range(self.options.max_redirects + 1):
            scheme = urlsplit(current).scheme.lower()
            if scheme not in ("http", "https"):
                raise FetchError("scheme", f"not an http(s) URL: {current[:200]}")
            if check_robots and self.options.robots:
                await self.robots.check(current)
            headers = {}
            if conditional and not hops:
                etag, last_modified = conditional
                if etag:
                    headers["If-None-Match"] = etag
                if last_modified:
                    headers["If-Modified-Since"] = last_modified
            result = await self._with_retries(current, headers, allowed)
            if result.status in REDIRECTS:
                location = result.headers.get("location")
                if not location:
                    raise FetchError("redirect", f"HTTP {result.status} without a Location", result.status)
                hops.append(current)
                current = urljoin(current, location.strip())
                continue
            result.url, result.redirects = url, hops
            if result.status == 304 or 200 <= result.status < 300:
                return result
            raise FetchError(f"http-{result.status}", f"HTTP {result.status} from {current[:200]}", result.status)
        raise FetchError("redirects", f"more than {self.options.max_redirects} redirects from {url[:200]}")

    async def _with_retries(self, url: str, headers: dict, allowed) -> Fetched:
        opts = self.options
        httpx = self.httpx
        for attempt in range(opts.retries + 1):
            last = attempt == opts.retries
            wait = opts.backoff * (2 ** attempt)
            try:
                result = await self._once(url, headers, allowed)
            except (asyncio.TimeoutError, httpx.TimeoutException):
                if last:
                    raise FetchError("timeout", f"no complete answer within the time limits from {url[:200]}") from None
            except httpx.TransportError as e:  # refused, reset, dropped, protocol garbage
                if last:
                    raise FetchError("connect", f"{type(e).__name__}: {e}"[:300]) from None
            except (httpx.HTTPError, httpx.InvalidURL) as e:  # a request that cannot be made at all
                raise FetchError("request", f"{type(e).__name__}: {e}"[:300]) from None
            else:
                if result.status not in RETRY_STATUS or last:
                    return result
                wait = _retry_after(result.headers.get("retry-after"), opts.max_retry_after) or wait
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")  # the loop returns or raises on its last attempt

    async def _once(self, url: str, headers: dict, allowed) -> Fetched:
        # The host's gate first (waiting there holds no global slot), then a global slot; the
        # deadline covers only the exchange itself, not the wait for a turn.
        async with self.politeness.gate(host_of(url)).turn(), self.in_flight:
            request, response, fetched, raw, truncated, problem = await asyncio.wait_for(
                self._exchange(url, headers, allowed), self.options.total_timeout)
        if self.warc is not None:
            fetched.warc = self.warc.write(
                url, "GET", list(request.headers.items()), response.status_code, response.reason_phrase,
                response.http_version or "HTTP/1.1", list(response.headers.items()), raw, truncated)
        if problem:
            raise problem
        if 200 <= fetched.status < 300:
            fetched.body = decode_content(raw, fetched.headers.get("content-encoding"), self.options.max_bytes)
        return fetched

    async def _exchange(self, url: str, headers: dict, allowed):
        request = self.client.build_request("GET", url, headers=headers)
        response = await self.client.send(request, stream=True)
        try:
            fetched = Fetched(url=url, final_url=url, status=response.status_code,
                              headers={k.lower(): v for k, v in response.headers.items()}, fetched=_now())
            raw, truncated, problem = await self._read_raw(response, fetched, allowed, self.options.max_bytes)
        finally:
            await response.aclose()
        return request, response, fetched, raw, truncated, problem

    async def _read_raw(self, response, fetched: Fetched, allowed, cap: int):
        """(raw bytes, WARC-Truncated reason or None, FetchError to raise after WARC or None)."""
        if not 200 <= fetched.status < 300:  # an error page or a redirect: keep a little of it
            raw = bytearray()
            async for chunk in response.aiter_raw():
                raw += chunk
                if len(raw) > NON_2XX_BODY_CAP:
                    return bytes(raw[:NON_2XX_BODY_CAP]), "length", None
            return bytes(raw), None, None
        if not type_allowed(fetched.media_type, allowed):
            return b"", "unspecified", FetchError(
                "content-type", f"content type {fetched.media_type!r} is not one of {', '.join(allowed)}")
        declared = fetched.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            return b"", "length", FetchError("too-large", f"Content-Length {declared} is over the cap of {cap} bytes")
        raw = bytearray()
        async for chunk in response.aiter_raw():
            raw += chunk
            if len(raw) > cap:
                return bytes(raw[:cap]), "length", FetchError("too-large", f"body is larger than {cap} bytes")
        return bytes(raw), None, None
