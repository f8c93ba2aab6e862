"""Filters before parsing: by site and by the WARC record's fetch date, counted, in both the
sequential and the parallel ingest."""

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from invented_warcs import write_warc  # noqa: E402

from dateline.executors.filters import PageFilter, normalise_hosts
from dateline.pipeline import Options
from dateline.readers import page_from_bytes
from dateline.store.ingest import ingest, ingest_parallel


def _sites(db):
    con = sqlite3.connect(db)
    try:
        return sorted({r[0] for r in con.execute("SELECT site FROM articles")})
    finally:
        con.close()


def test_filter_reasons():
    f = PageFilter(normalise_hosts(["www.Site1.invalid"]), since="2026-03-01", until="2026-03-31")
    page = page_from_bytes(b"x", "a.warc#1", url="http://news.site1.invalid/a")
    page.fetched = "2026-03-05T10:00:00Z"
    assert f.reason(page) is None
    page.fetched = "2026-02-27T10:00:00Z"
    assert f.reason(page) == "date"
    other = page_from_bytes(b"x", "a.warc#2", url="http://site2.invalid/a")
    assert f.reason(other) == "host"
    undated = page_from_bytes(b"x", "a.warc#3", url="http://site1.invalid/b")
    assert f.reason(undated) is None
    assert not PageFilter()


def test_sequential_and_parallel_ingest_leave_out_the_same_pages(tmp_path):
    march = write_warc(tmp_path / "march.warc.gz", range(0, 8), host_count=4, warc_date="2026-03-02T09:00:00Z")
    april = write_warc(tmp_path / "april.warc.gz", range(8, 16), host_count=4, warc_date="2026-04-02T09:00:00Z")
    only = PageFilter(normalise_hosts(["site1.invalid"]), since="2026-03-01", until="2026-03-31")
    seq = ingest([str(march), str(april)], str(tmp_path / "seq.db"), Options(analyse=False), page_filter=only)
    par = ingest_parallel([str(march), str(april)], str(tmp_path / "par.db"), Options(analyse=False), workers=2,
                          page_filter=only)
    for counts, db in ((seq, tmp_path / "seq.db"), (par, tmp_path / "par.db")):
        assert counts["new"] == 2  # pages 1 and 5: site1, fetched in March
        assert counts["filtered.host"] == 12 and counts["filtered.date"] == 2
        assert _sites(str(db)) == ["site1.invalid"]
