"""``dateline fetch``: follow sites, feeds and sitemaps over HTTP into the store."""

from __future__ import annotations

import re
import time
from typing import Optional

import typer
from rich.console import Console

from . import app
from ..pipeline import Options

err = Console(stderr=True)
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """'15m' -> 900.0; '30' and '30s' are seconds."""
    m = _INTERVAL.match(text or "")
    if not m:
        raise typer.BadParameter(f"not an interval: {text!r} (use e.g. 90s, 15m, 2h)", param_hint="--every")
    return float(m.group(1)) * _UNIT[m.group(2)]


@app.command()
def fetch(
    inputs: list[str] = typer.Argument(..., help="URLs of sites, feeds, sitemaps or pages; @list.txt or a .txt "
                                                 "of URLs; local feed or sitemap files."),
    db: str = typer.Option("news.db", "--db", help="The store (one SQLite file)."),
    warc_dir: Optional[str] = typer.Option(None, "--warc-dir", help="Folder for the WARC files (default: "
                                                                    "<db name>-warc/ beside the store)."),
    no_warc: bool = typer.Option(False, "--no-warc", help="Do not keep responses in WARC files."),
    every: Optional[str] = typer.Option(None, "--every", help="Keep watching: fetch again after this long "
                                                              "(90s, 15m, 2h)."),
    rounds: int = typer.Option(0, "--rounds", help="With --every: stop after this many rounds (0: never)."),
    delay: float = typer.Option(1.0, "--delay", help="Seconds between two requests to one host."),
    per_host: int = typer.Option(2, "--per-host", help="Requests in flight to one host."),
    concurrency: int = typer.Option(16, "--concurrency", help="Requests in flight over all hosts."),
    timeout: float = typer.Option(20.0, "--timeout", help="Seconds to connect and between reads."),
    max_bytes: int = typer.Option(20_000_000, "--max-bytes", help="Largest body kept, after decompression."),
    max_redirects: int = typer.Option(5, "--max-redirects", help="Redirects followed per URL."),
    retries: int = typer.Option(2, "--retries", help="Retries after a timeout, 429 or 5xx (backoff doubles)."),
    max_urls: int = typer.Option(100_000, "--max-urls", help="Pages queued per round."),
    user_agent: Optional[str] = typer.Option(None, "--user-agent", help="User-Agent header (default names dateline)."),
    ignore_robots: bool = typer.Option(False, "--ignore-robots", help="Do not honour robots.txt (only for "
                                                                     "your own sites)."),
    no_discover: bool = typer.Option(False, "--no-discover", help="Read a home page as a page, not as a site."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Force the language instead of detecting it."),
    no_analyse: bool = typer.Option(False, "--no-analyse", help="Store articles without entities, claims, events."),
):
    """Fetch what is new from sites, feeds and sitemaps; read, analyse and store every page."""
    from ..fetch import FetchOptions, fetch_to_store

    fopts = FetchOptions(delay=delay, per_host=per_host, concurrency=concurrency, timeout=timeout,
                         total_timeout=max(timeout * 3, timeout + 10), max_bytes=max_bytes,
                         max_redirects=max_redirects, retries=retries, max_urls=max_urls,
                         robots=not ignore_robots, discover=not no_discover, warc=not no_warc)
    if user_agent:
        fopts.user_agent = user_agent
    options = Options(language=lang, analyse=not no_analyse)
    interval = parse_interval(every) if every else None
    n = 0
    while True:
        n += 1
        counts = fetch_to_store(inputs, db, fopts, options, warc_dir=warc_dir)
        report(counts, db)
        if interval is None or (rounds and n >= rounds):
            return
        time.sleep(interval)


def report(counts: dict, db: str) -> None:
    fetch_errors = {k.split(".", 1)[1]: v for k, v in counts.items() if k.startswith("errors.")}
    err.print(f"[green]{counts.get('new', 0)} new[/green], {counts.get('skipped', 0)} already stored, "
              f"[red]{counts.get('errors', 0)} errors[/red] -> {db}; fetched {counts.get('pages.fetched', 0)} pages, "
              f"{counts.get('pages.already-fetched', 0)} known, {counts.get('feeds', 0)} feeds, "
              f"{counts.get('sitemaps', 0)} sitemaps"
              + (f", not modified: {sum(v for k, v in counts.items() if k.endswith('.not-modified'))}"
                 if any(k.endswith(".not-modified") for k in counts) else "")
              + (f"; fetch errors {fetch_errors}" if fetch_errors else ""), highlight=False)
