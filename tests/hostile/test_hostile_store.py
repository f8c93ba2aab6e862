"""Two writers at once, linking against the store's current state, and export into a folder
with a planted link."""

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "store"))

from hostile_inputs import DATELINE, REPO, run_cli  # noqa: E402
from pages import write_pages  # noqa: E402

from dateline.store.ingest import ingest  # noqa: E402


def _split_pages(root: Path) -> tuple[Path, Path]:
    pages = write_pages(root / "all")
    a, b = root / "a", root / "b"
    a.mkdir()
    b.mkdir()
    for i, key in enumerate(sorted(pages)):
        target = (a if i % 2 == 0 else b) / pages[key].name
        target.write_bytes(pages[key].read_bytes())
    return a, b


def _stories(db: Path) -> set[frozenset[str]]:
    con = sqlite3.connect(db)
    groups: dict[str, set[str]] = {}
    for source, story in con.execute("SELECT d.source, a.story_id FROM articles a JOIN documents d ON d.id=a.id"):
        groups.setdefault(story, set()).add(Path(source).name)
    return {frozenset(g) for g in groups.values()}


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _start_slow_ingest(folder: Path, db: Path, analyse: bool = False) -> subprocess.Popen:
    cmd = DATELINE + ["ingest", str(folder), "--db", str(db), "--batch", "1", "--pause-after-commit", "0.5"]
    cmd += [] if analyse else ["--no-analyse"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 240
    while _count(db) == 0 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the first ingest should still be running"
    return proc


def test_second_ingest_waits_its_turn_and_links_as_if_run_after(tmp_path):
    # With analysis: story linking uses the entities, and it is linking that used to differ
    # (the second ingest cached the story index before the first had finished).
    a, b = _split_pages(tmp_path)
    one_after_other = tmp_path / "sequential.db"
    for folder in (a, b):
        assert ingest([str(folder)], str(one_after_other))["errors"] == 0

    together = tmp_path / "together.db"
    first = _start_slow_ingest(a, together, analyse=True)
    second = run_cli(["ingest", str(b), "--db", str(together)])
    first_out, first_err = first.communicate(timeout=240)
    assert first.returncode == 0, first_err
    assert second.returncode == 0, second.stderr
    n = len(list(a.iterdir())) + len(list(b.iterdir()))
    assert _count(together) == n
    assert _stories(together) == _stories(one_after_other)
    assert "is writing to" in second.stderr and "waiting" in second.stderr


def test_same_inputs_twice_at_once_store_each_page_once(tmp_path):
    a, _ = _split_pages(tmp_path)
    db = tmp_path / "news.db"
    first = _start_slow_ingest(a, db)
    second = run_cli(["ingest", str(a), "--db", str(db), "--no-analyse"])
    first.communicate(timeout=240)
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert "UNIQUE" not in second.stderr and "Traceback" not in second.stderr
    n = len(list(a.iterdir()))
    assert "0 new" in second.stderr and f"{n} already stored" in second.stderr
    assert _count(db) == n


def test_no_wait_stops_before_changing_anything(tmp_path):
    a, b = _split_pages(tmp_path)
    db = tmp_path / "news.db"
    first = _start_slow_ingest(a, db)
    runs_before = sqlite3.connect(db).execute("SELECT COUNT(*) FROM ingest_log").fetchone()[0]
    second = run_cli(["ingest", str(b), "--db", str(db), "--no-analyse", "--no-wait"])
    assert second.returncode == 1
    assert "nothing was done" in second.stderr and "Traceback" not in second.stderr
    first.communicate(timeout=240)
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM ingest_log").fetchone()[0] == runs_before
    assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == len(list(a.iterdir()))


def _small_store(tmp_path: Path) -> Path:
    a, _ = _split_pages(tmp_path)
    db = tmp_path / "news.db"
    assert run_cli(["ingest", str(a), "--db", str(db), "--no-analyse"]).returncode == 0
    return db


def test_export_refuses_a_planted_symlink_and_writes_nothing(tmp_path):
    db = _small_store(tmp_path)
    outside = tmp_path / "precious.txt"
    outside.write_text("do not touch")
    out = tmp_path / "export"
    out.mkdir()
    os.symlink(outside, out / "articles.jsonl")
    res = run_cli(["export", "--db", str(db), "--format", "jsonl", "--out", str(out)])
    assert res.returncode == 1
    assert "symbolic link" in res.stderr and "Traceback" not in res.stderr
    assert outside.read_text() == "do not touch"
    assert sorted(p.name for p in out.iterdir()) == ["articles.jsonl"]


def test_export_over_an_earlier_export_makes_new_files_never_writing_through_hard_links(tmp_path):
    db = _small_store(tmp_path)
    out = tmp_path / "export"
    assert run_cli(["export", "--db", str(db), "--format", "csv", "--out", str(out)]).returncode == 0
    outside = tmp_path / "precious.csv"
    os.replace(out / "documents.csv", outside)
    os.link(outside, out / "documents.csv")  # the old file's name now shares an inode with outside
    before = outside.read_bytes()
    res = run_cli(["export", "--db", str(db), "--format", "csv", "--out", str(out)])
    assert res.returncode == 0, res.stderr
    assert outside.read_bytes() == before and os.stat(outside).st_nlink == 1
    assert (out / "documents.csv").read_bytes().startswith(b"id,source")
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
