"""`dateline serve` speed: a real HTTP client against the running server, p50 / p95 per page.

Starts `dateline serve` on 127.0.0.1 over a store (the one ``benchmarks/ingest.py`` builds:
pass its file with --db, or --n to build one here first), then asks, one request at a time
over a kept-alive connection, for pages a person would ask for: searches of 1-3 words taken
from stored titles (some with a facet filter), stories, claims, articles, the map and the
timeline of a search or a story, each as JSON and as HTML.  Every query is different, so the
server's answer cache is not what is measured; the unfiltered landing page, map and timeline
are timed apart, cold (first request) and warm.

    .venv/bin/python benchmarks/ingest.py --n 100000 --db /tmp/bench.db   # build the store (minutes)
    .venv/bin/python benchmarks/serve.py --db /tmp/bench.db
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode

from dateline.store.fts import match_expression

BROAD = 0.05  # a query matching more than this share of the store is "broad"
# Targets from issue 12: JSON of search, story and map p95 < 200 ms; page HTML p95 < 300 ms.
JSON_TARGET_MS, HTML_TARGET_MS = 200.0, 300.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"dateline serve exited: {proc.stderr.read()}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/openapi.json")
            c.getresponse().read()
            return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("dateline serve did not start within 120 s")


class Client:
    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def get(self, path: str) -> tuple[float, int, bytes]:
        t0 = time.perf_counter()
        self.conn.request("GET", path)
        r = self.conn.getresponse()
        body = r.read()
        return (time.perf_counter() - t0) * 1000, r.status, body


def sample(db: str, n: int, seed: int) -> dict[str, list]:
    """Words, stories, claims and articles to ask for, drawn from the store itself."""
    rng = random.Random(seed)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n_art = con.execute("SELECT MAX(rowid) FROM articles").fetchone()[0]
    rows = [con.execute("SELECT id, title, story_id, site FROM articles WHERE rowid = ?",
                        (rng.randint(1, n_art),)).fetchone() for _ in range(n)]
    rows = [r for r in rows if r]
    claims = [r[0] for r in con.execute("SELECT id FROM claims WHERE story_id IN (SELECT value FROM json_each(?))",
                                        (json.dumps([r[2] for r in rows]),))][:n]
    types = [r[0] for r in con.execute("SELECT DISTINCT type FROM events LIMIT 20")]
    con.close()
    selective, broad = [], []
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    for _, title, _, site in rows:
        ws = [w for w in (title or "").replace(".", "").split() if len(w) > 3] or ["nieuws"]
        q = " ".join(rng.sample(ws, min(len(ws), rng.randint(1, 3))))
        extra = rng.choice([{}, {}, {"site": site}, {"sort": "date"}, {"type": rng.choice(types)} if types else {}])
        # A query that matches most of the store (the synthetic corpus's commonest words are
        # in nearly every article) is timed apart, as benchmarks/ingest.py times function words.
        expr = match_expression(q)
        n_match = con.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", (expr,)).fetchone()[0]
        (broad if n_match > BROAD * n_art else selective).append(urlencode({"q": q, **extra}))
    con.close()
    return {"queries": selective, "broad": broad, "stories": [r[2] for r in rows], "articles": [r[0] for r in rows],
            "claims": claims or [None]}


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="A store built by benchmarks/ingest.py (or any dateline store).")
    ap.add_argument("--n", type=int, default=0, help="Build a store of N synthetic articles first (with --db: there).")
    ap.add_argument("--requests", type=int, default=150, help="Requests per kind of page.")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    tmp = None
    db = args.db
    if args.n:
        sys.path.insert(0, str(Path(__file__).parent))
        from ingest import Corpus, run_ingest  # the same synthetic store as the ingest benchmark

        if db is None:
            tmp = tempfile.TemporaryDirectory()
            db = str(Path(tmp.name) / "serve-bench.db")
        run_ingest(Corpus(args.n), db, 500)
    if not db or not Path(db).is_file():
        raise SystemExit("give --db STORE (built by benchmarks/ingest.py) or --n N to build one")
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n_articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    n_events = con.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    con.close()
    port = free_port()
    t0 = time.perf_counter()
    proc = start_server(db, port)
    startup = time.perf_counter() - t0
    try:
        cli = Client(port)
        s = sample(db, args.requests, args.seed)
        h = sample(db, args.requests, args.seed + 1)  # other questions for the HTML pages: no cache hits
        one_off = {}
        for name, path in (("landing page /", "/"), ("map.json, no filter", "/map.json"),
                           ("timeline.json, no filter", "/timeline.json")):
            cold = cli.get(path)[0]
            warm = min(cli.get(path)[0] for _ in range(3))
            one_off[name] = (cold, warm)
        kinds = {
            "search JSON": ("json", [f"/search.json?{q}" for q in s["queries"]]),
            "search HTML": ("html", [f"/search?{q}" for q in h["queries"]]),
            "search JSON, broad words": ("json", [f"/search.json?{q}" for q in s["broad"]]),
            "story JSON": ("json", [f"/story/{quote(x)}.json" for x in s["stories"]]),
            "story HTML": ("html", [f"/story/{quote(x)}" for x in h["stories"]]),
            "map JSON (search)": ("json", [f"/map.json?{q}" for q in s["queries"]]),
            "map JSON (story)": ("json", [f"/map.json?story={quote(x)}" for x in s["stories"]]),
            "map HTML (search)": ("html", [f"/map?{q}" for q in h["queries"]]),
            "article HTML": ("html", [f"/article/{quote(x)}" for x in h["articles"]]),
            "claim JSON": ("json", [f"/claim/{quote(x)}.json" for x in s["claims"] if x]),
            "timeline HTML (story)": ("html", [f"/timeline?story={quote(x)}" for x in h["stories"]]),
        }
        results = {}
        for name, (kind, paths) in kinds.items():
            times, bad = [], 0
            for p in paths:
                ms, status, _ = cli.get(p)
                times.append(ms)
                bad += status != 200
            if times:
                results[name] = (kind, times, bad)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if tmp:
            tmp.cleanup()
    print(f"store: {db}  ({n_articles} articles, {n_events} events); server start {startup:.1f} s")
    print(f"client: http.client, one kept-alive connection, requests one after another")
    print(f"queries: 1-3 words from stored titles, a third with a filter or date order; 'broad' = matching "
          f"> {BROAD:.0%} of the store\n")
    print(f"| request | n | p50 ms | p95 ms | max ms | target p95 | ok |")
    print(f"|---|---|---|---|---|---|---|")
    for name, (kind, times, bad) in results.items():
        target = JSON_TARGET_MS if kind == "json" else HTML_TARGET_MS
        p95 = pct(times, 95)
        mark = "yes" if p95 < target and not bad else "NO"
        print(f"| {name} | {len(times)} | {statistics.median(times):.1f} | {p95:.1f} | {max(times):.1f} | "
              f"< {target:.0f} | {mark}{f' ({bad} non-200)' if bad else ''} |")
    print()
    for name, (cold, warm) in one_off.items():
        print(f"{name:28} first request {cold:7.1f} ms, then {warm:6.1f} ms (same answer, cached per store generation)")


if __name__ == "__main__":
    main()
