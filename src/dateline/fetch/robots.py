"""robots.txt, fetched once per host and honoured for every URL (redirect hops included).

As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be
read because the server fails (5xx) disallows everything for now.  A host that cannot be
reached at all gives its pages that connection error.  A Crawl-delay slows the host's gate.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from .errors import FetchError

ROBOTS_TYPES = None  # robots.txt is read whatever type it is served as
MAX_ROBOTS_BYTES = 512_000  # Google reads the first 500 KiB


class RobotsCache:
    def __init__(self, http):
        self.http = http
        self.rules: dict[str, RobotFileParser | FetchError] = {}
        self.locks: dict[str, asyncio.Lock] = {}
        self.sitemaps: dict[str, list[str]] = {}

    @staticmethod
    def origin(url: str) -> str:
        p = urlsplit(url)
        return f"{p.scheme.lower()}://{p.netloc.lower()}"

    async def rules_for(self, url: str) -> RobotFileParser | FetchError:
        origin = self.origin(url)
        lock = self.locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if origin not in self.rules:
                self.rules[origin] = await self._load(origin)
        return self.rules[origin]

    async def _load(self, origin: str) -> RobotFileParser | FetchError:
        parser = RobotFileParser()
        try:
            got = await self.http.get(origin + "/robots.txt", allowed=ROBOTS_TYPES, check_robots=False)
        except FetchError as e:
            if e.status is not None and 400 <= e.status < 500:
                parser.parse([])  # no robots.txt: everything allowed
                return parser
            if e.status is not None:  # 5xx: the server fails, so assume it forbids
                return FetchError("robots", f"robots.txt answered HTTP {e.status}: treated as disallow-all "
                                            "(RFC 9309)", e.status)
            return e  # unreachable host: its pages get this same error
        text = got.body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        self.sitemaps[origin] = list(parser.site_maps() or [])
        delay = crawl_delay(text, self.http.options.user_agent)
        if delay:
            from .http import host_of

            self.http.politeness.slow_down(host_of(origin), min(float(delay), self.http.options.max_crawl_delay))
        return parser

    async def check(self, url: str) -> None:
        rules = await self.rules_for(url)
        if isinstance(rules, FetchError):
            raise FetchError(rules.kind, str(rules), rules.status)
        if not rules.can_fetch(self.http.options.user_agent, url):
            raise FetchError("robots", f"robots.txt of {self.origin(url)} forbids {url[:200]}")

    async def sitemaps_of(self, url: str) -> list[str]:
        await self.rules_for(url)
        return self.sitemaps.get(self.origin(url), [])


def crawl_delay(text: str, user_agent: str) -> float | None:
    """The Crawl-delay of the group for our agent (else of ``*``); fractions allowed, unlike
    urllib's parser, which reads whole seconds only."""
    name = user_agent.split("/")[0].strip().lower()
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for line in text.splitlines():
        key, _, value = line.split("#", 1)[0].partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif key:
            in_rules = True
            if key == "crawl-delay":
                try:
                    for agent in agents:
                        delays.setdefault(agent, float(value))
                except ValueError:
                    continue
    for agent, delay in delays.items():
        if agent != "*" and agent in name:
            return delay
    return delays.get("*")
