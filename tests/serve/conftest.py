"""A real ``dateline serve`` over stores built from the examples and from hostile pages.

Browser tests use Debian's chromium through Playwright; they skip (with the reason) only
when chromium or the playwright package is absent. ``.ci/run`` installs chromium, so in CI
they run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.store import StoreWriter

# tests/serve is on sys.path (no __init__); helper modules carry a serve_ prefix to stay unique
from serve_hostile import HTML_PAGE, hostile_records
from serve_server import Server

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _dateline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline.cli", *args], capture_output=True, text=True,
                          check=True, timeout=600)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The store `make demo` builds: every page in examples/, through `dateline ingest`."""
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    _dateline("ingest", str(REPO / "examples"), "--db", str(db))
    return db


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    page = folder / "pages" / "harbour-fire.html"
    page.parent.mkdir()
    page.write_text(HTML_PAGE, encoding="utf-8")
    db = folder / "hostile.db"
    _dateline("ingest", str(page.parent), "--db", str(db))
    w = StoreWriter(str(db))
    for rec in hostile_records():
        w.add(rec)
    w.close()
    return db


@pytest.fixture(scope="session")
def demo_server(demo_db):
    s = Server(demo_db)
    yield s
    s.stop()


@pytest.fixture(scope="session")
def hostile_server(hostile_db):
    s = Server(hostile_db)
    yield s
    s.stop()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []  # uncaught page errors, so a test can assert there were none
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: docs/serve/ when DATELINE_SCREENSHOTS=1, else a temporary folder."""
    if os.environ.get("DATELINE_SCREENSHOTS") == "1":
        out = REPO / "docs" / "serve"
        out.mkdir(parents=True, exist_ok=True)
        return out
    return tmp_path_factory.mktemp("shots")
