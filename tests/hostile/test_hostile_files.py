"""Hostile files in an input folder: special files, undecodable names, gzip bombs."""

import json
import os
import resource
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from hostile_inputs import gzip_bomb, run_cli, story_html  # noqa: E402

from dateline.readers import iter_pages  # noqa: E402
from dateline.types import ErrorRecord  # noqa: E402


def _folder_with_good_pages(tmp_path: Path, n: int = 3) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(n):
        (folder / f"bericht-{i}.html").write_bytes(story_html(f"Bericht {i}"))
    return folder


def test_fifo_in_the_input_folder_is_an_error_record_not_a_hang(tmp_path):
    folder = _folder_with_good_pages(tmp_path)
    os.mkfifo(folder / "pijp.html")
    out = tmp_path / "out.jsonl"
    # Nothing writes to the FIFO: opening it would block forever; the timeout catches a hang.
    res = run_cli(["read", str(folder), "--out", str(out), "--no-analyse"], timeout=180)
    assert res.returncode == 1, res.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 4
    fifo = [r for r in records if r["source"]["path"].endswith("pijp.html")]
    assert fifo[0]["status"] == "error" and fifo[0]["error"]["kind"] == "special-file"
    assert "Traceback" not in res.stderr


def test_name_that_is_not_utf8_is_an_error_record_and_ingest_reruns(tmp_path):
    folder = _folder_with_good_pages(tmp_path)
    with open(os.fsencode(folder) + b"/caf\xe9-bericht.html", "wb") as f:
        f.write(story_html("Bericht met vreemde naam"))
    items = list(iter_pages([str(folder)]))
    assert len(items) == 4
    bad = [i for i in items if isinstance(i, ErrorRecord)]
    assert [b.kind for b in bad] == ["bad-name"] and bad[0].source.endswith("caf\\xe9-bericht.html")
    json.dumps(bad[0].to_record()).encode("utf-8")  # printable and storable

    db = tmp_path / "news.db"
    first = run_cli(["ingest", str(folder), "--db", str(db), "--no-analyse"])
    assert first.returncode == 1, first.stderr  # one input failed, with its reason
    assert "1 bad-name" in first.stderr and "Traceback" not in first.stderr
    again = run_cli(["ingest", str(folder), "--db", str(db), "--no-analyse"])
    assert again.returncode == 0, again.stderr
    assert "0 new, 4 already stored" in again.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 4


def test_gzip_bomb_under_a_memory_limit_costs_one_error_record(tmp_path):
    folder = _folder_with_good_pages(tmp_path)
    gzip_bomb(folder / "bom.html.gz", mib=2048)  # 2 GiB once decompressed, 2 MB on disk
    assert (folder / "bom.html.gz").stat().st_size < 4 << 20
    limit = 1 << 30  # 1 GiB of address space: the bomb does not fit, the pages do

    def cap_memory():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    out = tmp_path / "out.jsonl"
    res = run_cli(["read", str(folder), "--out", str(out), "--no-analyse"], timeout=300, preexec_fn=cap_memory)
    assert res.returncode == 1, res.stderr
    records = {Path(r["source"]["path"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert len(records) == 4
    assert records["bom.html.gz"]["error"]["kind"] == "too-large"
    assert all(records[f"bericht-{i}.html"]["status"] == "ok" for i in range(3))

