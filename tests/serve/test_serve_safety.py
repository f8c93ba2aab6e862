"""Hostile text never runs: titles, bodies, speakers, places, sites and URLs holding
``<script>``, ``"><img onerror=…>`` and ``javascript:`` are shown as text on every page; every
response carries a Content-Security-Policy; the server cannot write the store; the store's
read queries are constant SQL."""

from __future__ import annotations

import ast
import hashlib
import json
import sqlite3
import urllib.request
from pathlib import Path

import pytest

from serve_hostile import IMG, PAYLOADS, SCRIPT

SRC = Path(__file__).resolve().parents[2] / "src" / "dateline"
RAW = ("<script>window.__pwned", "<img src=x onerror", 'href="javascript:', "href='javascript:")


def fetch(server, path: str):
    with urllib.request.urlopen(server.url + path, timeout=30) as r:
        return dict(r.headers), r.read().decode("utf-8")


def hostile_paths(db: Path) -> list[str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    arts = [r[0] for r in con.execute("SELECT id FROM articles")]
    stories = [r[0] for r in con.execute("SELECT id FROM stories")]
    claims = [r[0] for r in con.execute("SELECT id FROM claims")]
    con.close()
    return (["/", "/search?q=bridge", "/search?q=harbour", "/search?q=pwned", "/map", "/timeline", "/api"]
            + [f"/article/{a}" for a in arts] + [f"/story/{s}" for s in stories] + [f"/claim/{c}" for c in claims])


def test_the_store_really_holds_the_payloads(hostile_db):
    con = sqlite3.connect(f"file:{hostile_db}?mode=ro", uri=True)
    titles = " ".join(r[0] or "" for r in con.execute("SELECT title FROM articles"))
    speakers = " ".join(r[0] or "" for r in con.execute("SELECT speaker FROM claim_sightings"))
    urls = [r[0] for r in con.execute("SELECT url FROM articles")]
    con.close()
    assert SCRIPT in titles and IMG in titles
    assert SCRIPT in speakers and IMG in speakers
    assert any(u.startswith("javascript:") for u in urls)


def test_pages_escape_every_payload(hostile_server, hostile_db):
    shown = 0
    for path in hostile_paths(hostile_db):
        _, html = fetch(hostile_server, path)
        for raw in RAW:
            assert raw not in html, f"{raw!r} unescaped on {path}"
        shown += html.count("&lt;script&gt;window.__pwned")
    assert shown > 10  # the payloads are displayed as text, not silently dropped


def test_every_response_has_a_csp(hostile_server):
    for path in ("/", "/map.json", "/static/app.css", "/article/nope", "/export/events.csv"):
        try:
            headers, _ = fetch(hostile_server, path)
        except urllib.error.HTTPError as e:
            headers = dict(e.headers)
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy and "unsafe-inline" not in policy
        assert headers["x-content-type-options"] == "nosniff"


def test_nothing_runs_in_the_browser(hostile_server, hostile_db, page, shots):
    for path in hostile_paths(hostile_db):
        page.goto(hostile_server.url + path)
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("img[onerror]").count() == 0, path
        assert page.locator("a[href^='javascript:']").count() == 0, path
        srcs = page.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src'))")
        assert all(s and s.startswith("/static/") for s in srcs), (path, srcs)
        if path.startswith("/article/hostile"):  # shown to the reader as the text it is
            assert any(p in page.inner_text("body") for p in PAYLOADS), path
    # The map's popups are built from text nodes: open one and look.
    page.goto(hostile_server.url + "/map")
    page.wait_for_selector("#map[data-markers]", state="attached")
    page.wait_for_timeout(400)
    page.locator(".event-marker, .marker-cluster").first.click()
    page.wait_for_timeout(400)
    if page.locator(".event-marker").count():
        page.locator(".event-marker").first.click()
        page.locator(".leaflet-popup-content").wait_for()
        assert "pwned" in page.inner_text(".leaflet-popup-content")
    assert page.evaluate("window.__pwned") is None
    page.goto(hostile_server.url + "/article/hostile000000000")
    page.screenshot(path=str(shots / "safety-article.png"), full_page=True)
    assert page.errors == []


def test_exports_carry_the_text_but_no_formula(hostile_server):
    _, body = fetch(hostile_server, "/export/events.csv")
    assert "pwned" in body
    assert not any(cell.startswith(("=", "+", "@")) for line in body.splitlines() for cell in line.split(","))
    _, gj = fetch(hostile_server, "/export/events.geojson")
    assert any("pwned" in json.dumps(f["properties"]) for f in json.loads(gj)["features"])


def test_server_never_writes_the_store(hostile_db, tmp_path):
    from dateline.serve.store_access import ReadOnlyStore

    before = hashlib.sha256(hostile_db.read_bytes()).hexdigest()
    from serve_server import Server
    s = Server(hostile_db)
    try:
        for path in ("/", "/search?q=bridge", "/map.json", "/timeline.json", "/export/events.csv"):
            fetch(s, path)
    finally:
        s.stop()
    assert hashlib.sha256(hostile_db.read_bytes()).hexdigest() == before
    con = ReadOnlyStore(str(hostile_db)).con()
    with pytest.raises(sqlite3.OperationalError):
        con.execute("DELETE FROM articles")


def _execute_args(path: Path) -> list[ast.expr]:
    tree = ast.parse(path.read_text())
    return [n.args[0] for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and n.func.attr == "execute" and n.args]


@pytest.mark.parametrize("module", ["store/browse.py", "store/events_read.py"])
def test_read_queries_are_constant_sql(module):
    """What reaches ``execute`` is a module constant or a literal: never an f-string, a
    concatenation or a format call with request data in it."""
    tree = ast.parse((SRC / module).read_text())
    constants = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    args = _execute_args(SRC / module)
    assert args
    for a in args:
        ok = (isinstance(a, ast.Constant) and isinstance(a.value, str)) or \
             (isinstance(a, ast.Name) and a.id in constants) or \
             (isinstance(a, ast.Subscript) and isinstance(a.value, ast.Name) and a.value.id in constants)
        assert ok, f"{module}: execute({ast.unparse(a)}) is not constant SQL"
