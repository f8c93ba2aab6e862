"""Telling the user: exit codes, reasons, one-line errors, and the small promises of the CLI
and the API (not-found, empty folder, pages that are not lists, unknown languages)."""

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from hostile_inputs import run_cli, story_html, warc_records  # noqa: E402

import dateline  # noqa: E402
from dateline.cli import _load_commands, app  # noqa: E402
from dateline.store.ingest import expand_inputs, ingest  # noqa: E402

_load_commands()
runner = CliRunner()
QUICK = ["--no-analyse"]


def _pages(tmp_path: Path, good: int = 2, bad: int = 0) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(good):
        (folder / f"bericht-{i}.html").write_bytes(story_html(f"Bericht {i}"))
    for i in range(bad):
        (folder / f"leeg-{i}.txt").write_bytes(b"")
    return folder


def test_exit_codes_say_whether_everything_was_read(tmp_path):
    folder = _pages(tmp_path, good=2, bad=1)
    all_good = runner.invoke(app, ["read", str(folder / "bericht-0.html"), "--json", *QUICK])
    assert all_good.exit_code == 0
    some_failed = runner.invoke(app, ["read", str(folder), "--out", str(tmp_path / "o.jsonl"), *QUICK])
    assert some_failed.exit_code == 1
    assert "1 errors (1 empty)" in " ".join(some_failed.output.split())
    all_failed = runner.invoke(app, ["read", str(folder / "leeg-0.txt"), *QUICK])
    assert all_failed.exit_code == 1
    usage = runner.invoke(app, ["read", str(folder), "--no-such-option"])
    assert usage.exit_code == 2


def test_ingest_summary_gives_reasons_and_errors_lists_them(tmp_path):
    folder = _pages(tmp_path, good=2, bad=2)
    db = str(tmp_path / "news.db")
    res = runner.invoke(app, ["ingest", str(folder), "--db", db, *QUICK])
    assert res.exit_code == 1
    text = " ".join(res.output.split())
    assert "2 errors (2 empty; list them with: dateline errors --db" in text
    listed = runner.invoke(app, ["errors", "--db", db])
    assert listed.exit_code == 0
    assert "empty 2" in listed.output and "leeg-0.txt" in listed.output and "leeg-1.txt" in listed.output
    rows = [json.loads(line) for line in runner.invoke(app, ["errors", "--db", db, "--json"]).output.splitlines()]
    assert sorted(Path(r["source"]).name for r in rows) == ["leeg-0.txt", "leeg-1.txt"]
    assert {r["kind"] for r in rows} == {"empty"} and all(r["message"] for r in rows)


def test_ingest_takes_no_templates_and_a_time_budget(tmp_path):
    folder = _pages(tmp_path)
    db = str(tmp_path / "news.db")
    res = runner.invoke(app, ["ingest", str(folder), "--db", db, "--no-templates", "--time-budget", "30", *QUICK])
    assert res.exit_code == 0, res.output
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2


def test_ingest_reports_progress_per_document(tmp_path):
    folder = _pages(tmp_path, good=2, bad=1)
    seen = []
    counts = ingest([str(folder)], str(tmp_path / "news.db"), options=dateline.Options(analyse=False),
                    progress=lambda c: seen.append(c["read"]))
    assert seen == [1, 2, 3]
    assert counts["new"] == 2 and counts["errors"] == 1 and counts["error_kinds"] == {"empty": 1}


def test_user_mistakes_print_one_line_and_debug_prints_the_trace(tmp_path):
    missing = str(tmp_path / "nowhere.db")
    res = run_cli(["search", "brug", "--db", missing])
    assert res.returncode == 1
    assert res.stderr.strip().startswith("error: no store at") and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("this is not a database\n" * 50)
    res = run_cli(["story", "abc", "--db", str(not_a_db)])
    assert res.returncode == 1 and "Traceback" not in res.stderr and res.stderr.startswith("error:")
    debug = run_cli(["search", "brug", "--db", missing, "--debug"])
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def test_unknown_export_format_and_language_are_usage_errors(tmp_path):
    res = runner.invoke(app, ["export", "--db", str(tmp_path / "x.db"), "-f", "xml", "--out", str(tmp_path / "o")])
    assert res.exit_code == 2 and "unknown format 'xml'" in res.output
    page = _pages(tmp_path) / "bericht-0.html"
    for command in (["read", str(page)], ["ingest", str(page), "--db", str(tmp_path / "n.db")]):
        res = runner.invoke(app, [*command, "--lang", "xx"])
        assert res.exit_code == 2 and "unknown language 'xx'" in res.output
    with pytest.raises(ValueError, match="unknown language"):
        dateline.Options(language="xx")


def test_version():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.output.strip() == f"dateline {dateline.__version__}"


def test_read_of_a_missing_path_says_not_found(tmp_path):
    rec = dateline.read("typo.html")
    assert rec["status"] == "error" and rec["error"]["kind"] == "not-found"
    assert dateline.read(str(tmp_path / "sub" / "page.txt"))["error"]["kind"] == "not-found"
    text = dateline.read("De raad besloot dinsdag de brug te sluiten, meldt de gemeente in een verklaring.",
                         options=dateline.Options(analyse=False))
    assert text["source"]["path"] == "<memory>"  # one line of prose is still read as a page


def test_read_of_an_empty_folder_is_an_error_record(tmp_path):
    (tmp_path / "leeg").mkdir()
    rec = dateline.read(str(tmp_path / "leeg"))
    assert rec["status"] == "error" and rec["error"]["kind"] == "no-documents"


def test_a_page_with_a_long_line_is_a_page_not_a_list_of_paths(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Binnenland\n\nBrug dicht\n\n" + "De raad besloot de brug te sluiten. " * 20 + "\n")
    assert expand_inputs([str(page)]) == [str(page.resolve())]
    res = runner.invoke(app, ["ingest", str(page), "--db", str(tmp_path / "n.db"), *QUICK])
    assert res.exit_code == 0, res.output
    assert "1 new" in res.output


def test_summary_table_names_archive_records_by_file(tmp_path):
    data, _ = warc_records(2)
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    res = runner.invoke(app, ["read", str(tmp_path / "crawl.warc.gz"), "--out", str(tmp_path / "o.jsonl"), *QUICK])
    assert res.exit_code == 0, res.output
    assert "crawl.warc.gz#1" in res.output and "crawl.warc.gz#2" in res.output
