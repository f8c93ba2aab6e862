"""Shards stay balanced when pages have no URL; whole WARC files ingest on a real local Ray cluster."""

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from invented_warcs import write_warcs  # noqa: E402

from dateline.executors import ProcessExecutor
from dateline.pipeline import Options
from dateline.readers import page_from_bytes


def test_pages_without_url_are_dealt_over_every_bucket():
    pages = [page_from_bytes(b"<p>x</p>", f"dir/{i}.html") for i in range(80)]
    shards = list(ProcessExecutor(workers=2, shard_size=10)._shards(pages))
    assert sum(len(s) for s in shards) == 80
    assert len(shards) == 8 and {len(s) for s in shards} == {10}


def test_pages_of_one_site_stay_together():
    pages = [page_from_bytes(b"<p>x</p>", f"{i}.html", url=f"http://site{i % 3}.invalid/{i}") for i in range(30)]
    shards = list(ProcessExecutor(workers=2, shard_size=100)._shards(pages))
    sites = [{p.site for p in s} for s in shards]
    assert all(len(s) == 1 for s in sites) and len(shards) == 3


def test_ingest_whole_files_on_ray(tmp_path):
    ray = pytest.importorskip("ray")
    from dateline.store.ingest import ingest_parallel

    write_warcs(tmp_path / "warc", n_files=3, per_file=4)
    db = str(tmp_path / "news.db")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        counts = ingest_parallel([str(tmp_path / "warc")], db, Options(analyse=False), workers=2, ray_address="local")
    finally:
        ray.shutdown()
    assert counts["new"] == 12 and counts["files.done"] == 3 and counts["workers.cpu_ms"] > 0
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == 12
    # the Ray tasks prepared each record for the writer (store.prepare): linked, indexed, not stored
    assert con.execute("SELECT count(*) FROM minhash").fetchone()[0] == 12
    assert con.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0] == 12
    assert not any('"_store"' in r for (r,) in con.execute("SELECT record FROM articles"))
