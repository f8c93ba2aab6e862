"""What ``dateline fetch`` (and ``ingest``) accept: URLs (a site, a feed, a sitemap or a page),
``@list`` files or ``.txt`` files of URLs, and local feed or sitemap files whose items and
entries are then fetched."""

from __future__ import annotations

from pathlib import Path

from .crawl import Task
from .feeds import looks_like_feed
from .sitemaps import looks_like_sitemap

MAX_LIST_BYTES = 50_000_000


def is_url(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


def _url_lines(path: Path) -> list[str] | None:
    """The URLs a list file names (``#`` comments and blank lines skipped), else None."""
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            return None
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return lines if lines and all(is_url(ln) for ln in lines) else None


def is_fetch_input(item: str) -> bool:
    """True for what needs the network: a URL, or a list file of URLs (``@list`` or plain)."""
    if is_url(item):
        return True
    path = Path(item[1:] if item.startswith("@") else item)
    return path.is_file() and path.suffix.lower() in (".txt", ".lst", ".list", "") and _url_lines(path) is not None


def tasks_from_inputs(inputs: list[str]) -> tuple[list[Task], list[tuple[str, str]]]:
    """(tasks, [(input, why it is not usable)])."""
    tasks: list[Task] = []
    bad: list[tuple[str, str]] = []
    for item in inputs:
        if is_url(item):
            tasks.append(Task(item.strip()))
            continue
        path = Path(item[1:] if item.startswith("@") else item)
        if not path.is_file():
            bad.append((item, "neither a URL nor an existing file"))
            continue
        urls = _url_lines(path)
        if urls is not None:
            tasks += [Task(u) for u in urls]
            continue
        data = path.read_bytes()[:MAX_LIST_BYTES]
        if looks_like_sitemap(data):
            tasks.append(Task(path.resolve().as_uri(), "sitemap", data=data))
        elif looks_like_feed(data):
            tasks.append(Task(path.resolve().as_uri(), "feed", data=data))
        else:
            bad.append((item, "not a list of URLs, a feed or a sitemap"))
    return tasks, bad
