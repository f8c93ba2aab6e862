"""``dateline ingest / search / story / export`` end to end on the invented HTML pages.

The pages go through the real pipeline (extraction and whatever analysers are installed), so
this checks the store against real records, not only hand-built ones.
"""

import json
import sqlite3
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from pages import write_pages  # noqa: E402

from dateline.cli import _load_commands, app  # noqa: E402

_load_commands()
runner = CliRunner()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    pages = write_pages(root / "pages")
    # Half the pages by directory, the rest through a list file (one path a line, relative ok).
    keys = sorted(pages)
    (root / "more").mkdir()
    listed = root / "more" / "feeds.txt"
    listed.write_text("# pages to ingest\n" + "\n".join(f"../pages/{k}.html" for k in keys[7:]) + "\n")
    db = str(root / "news.db")
    first = runner.invoke(app, ["ingest", *[str(pages[k]) for k in keys[:7]], str(listed), "--db", db])
    assert first.exit_code == 0, first.output
    return db, pages, root


def test_ingest_stores_every_page_once_and_rerun_adds_nothing(ingested):
    db, pages, root = ingested
    con = sqlite3.connect(db)
    n = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert n == len(pages)
    again = runner.invoke(app, ["ingest", str(root / "pages"), "--db", db])
    assert again.exit_code == 0 and "0 new" in again.output
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == n


def test_real_records_group_copies_and_story(ingested):
    db, _, _ = ingested
    con = sqlite3.connect(db)
    rows = {Path(p).stem: (g, s) for p, g, s in con.execute(
        "SELECT d.source, a.dup_group, a.story_id FROM articles a JOIN documents d ON d.id=a.id")}
    wire = {"anp", "nu", "ad", "telegraaf", "anp_v2"}
    assert len({rows[k][0] for k in wire}) == 1
    assert rows["nos"][0] != rows["anp"][0]  # own report: same story, not a copy
    assert rows["nos"][1] == rows["anp"][1] == rows["nrc_denial"][1]
    assert rows["chess_anp"][1] != rows["anp"][1]
    assert rows["port_reuters"][0] == rows["port_reprint"][0]
    # Claims the claim analyser finds in the wire text are one claim carried by every copy.
    most = con.execute("SELECT MAX(n_sightings) FROM claims").fetchone()[0]
    assert most >= len(wire) - 1


def test_search_command_finds_inflected_word(ingested):
    db, _, _ = ingested
    res = runner.invoke(app, ["search", "executie Salaheddin", "--db", db, "--json"])
    assert res.exit_code == 0
    assert "Kabinet ontbiedt Iraanse ambassadeur" in res.output


def test_story_command_shows_copies_agency_and_edits(ingested):
    db, _, _ = ingested
    con = sqlite3.connect(db)
    (aid,) = con.execute("SELECT a.id FROM articles a JOIN documents d ON d.id=a.id "
                         "WHERE d.source LIKE '%/nos.html'").fetchone()
    res = runner.invoke(app, ["story", aid, "--db", db])
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    assert "Copies of one text" in out and "agency=ANP" in out
    assert "24-jarige" in out and "Correctie" in out  # the AD correction shows as an edit
    js = json.loads(runner.invoke(app, ["story", aid, "--db", db, "--json"]).output)
    assert len(js["articles"]) == 9 and js["languages"] == "en,nl"
    assert runner.invoke(app, ["story", "nosuchid", "--db", db]).exit_code == 1


def test_export_command_writes_parquet_per_table(ingested):
    db, _, root = ingested
    res = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--out", str(root / "pq")])
    assert res.exit_code == 0, res.output
    t = pq.read_table(root / "pq" / "articles.parquet")
    assert t.num_rows == 14 and len(set(t.column("id").to_pylist())) == 14
    assert pq.read_table(root / "pq" / "links.parquet").num_rows >= 5
