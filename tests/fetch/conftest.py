import sqlite3

import pytest

from dateline.fetch import FetchOptions
from dateline.pipeline import Options
from fetch_server import NewsServer


@pytest.fixture
def server():
    with NewsServer() as s:
        yield s


@pytest.fixture
def quick():
    """Limits small enough that the hostile cases end in seconds, wide enough for a busy machine."""
    return FetchOptions(delay=0.01, timeout=2.0, total_timeout=6.0, retries=0, backoff=0.01, max_bytes=300_000)


@pytest.fixture
def extract_only():
    return Options(analyse=False)


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "news.db")


def rows(db: str, sql: str, *args):
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, args)]
    finally:
        con.close()
