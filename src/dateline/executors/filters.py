"""Filters before parsing: pages left out by host or by fetch date (the WARC-Date of the
record) before any decoding or extraction is spent on them.

A page left out is counted with its reason (``filtered.host``, ``filtered.date``): it is left
out on purpose, not lost.  Pages without a fetch date are kept (there is nothing to judge).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..types import ErrorRecord, RawPage


@dataclass(frozen=True)
class PageFilter:
    hosts: tuple[str, ...] = ()  # keep only these sites and their subdomains ("example.org")
    since: str | None = None  # ISO date: pages fetched before it are left out
    until: str | None = None  # ISO date: pages fetched after it are left out

    def __bool__(self) -> bool:
        return bool(self.hosts or self.since or self.until)

    def reason(self, page: RawPage | ErrorRecord) -> str | None:
        """Why the page is left out, or None to keep it. Reader errors are always kept."""
        if isinstance(page, ErrorRecord):
            return None
        if self.hosts:
            site = (page.site or "").lower()
            if not any(site == h or site.endswith("." + h) for h in self.hosts):
                return "host"
        day = (page.fetched or "")[:10]
        if day and ((self.since and day < self.since[:10]) or (self.until and day > self.until[:10])):
            return "date"
        return None


def normalise_hosts(hosts: list[str] | None) -> tuple[str, ...]:
    out = []
    for h in hosts or []:
        h = h.strip().lower()
        h = h[4:] if h.startswith("www.") else h
        if h:
            out.append(h)
    return tuple(out)
