"""The writer: idempotent re-ingest, search by inflected Dutch words, export readable by pyarrow."""

import sqlite3
import sys
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent.parent / "link"))

from fixture_records import fixture_records, ingest_records  # noqa: E402

from dateline.export import export_store  # noqa: E402
from dateline.store import EXPORT_TABLES, StoreWriter, open_store, search  # noqa: E402

COUNTED = ["documents", "articles", "entities", "claims", "claim_sightings", "claim_links", "events",
           "event_reports", "event_figures", "links", "stories", "lsh_bands", "story_keys"]


def _counts(db):
    con = sqlite3.connect(db)
    out = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}
    out["claims.n_sightings"] = con.execute("SELECT SUM(n_sightings) FROM claims").fetchone()[0]
    out["stories.n_articles"] = con.execute("SELECT SUM(n_articles) FROM stories").fetchone()[0]
    return out


def test_reingest_changes_nothing(tmp_path):
    db = str(tmp_path / "s.db")
    recs, _ = fixture_records()
    first = ingest_records(db, recs)
    before = _counts(db)
    again = ingest_records(db, recs + recs)  # the same records, twice over
    assert first["new"] == len(recs) and again["new"] == 0 and again["skipped"] == 2 * len(recs)
    assert _counts(db) == before
    assert before["articles"] == len(recs) and before["stories.n_articles"] == len(recs)
    con = sqlite3.connect(db)
    runs = con.execute("SELECT status, n_new FROM ingest_log ORDER BY run_id").fetchall()
    assert runs == [("done", len(recs)), ("done", 0)]


def test_error_records_are_stored_once_and_not_as_articles(tmp_path):
    db = str(tmp_path / "s.db")
    err = {"schema": "1", "id": "deadbeef00000001", "status": "error", "source": {"path": "x.html"},
           "error": {"stage": "decode", "kind": "binary", "message": "not text"}}
    assert ingest_records(db, [err, err])["errors"] == 1
    con = sqlite3.connect(db)
    assert con.execute("SELECT status, error_kind FROM documents").fetchall() == [("error", "binary")]
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0


def test_search_finds_dutch_inflected_forms(tmp_path):
    db = str(tmp_path / "s.db")
    recs, ids = fixture_records()
    ingest_records(db, recs)
    con = open_store(db)
    key_of = {v: k for k, v in ids.items()}
    # "executie" (singular) is in no article; "executies" and "executie van" are.
    hits = {key_of[h["id"]] for h in search(con, "executies")}
    assert {"anp", "nu", "nos"} <= hits
    # "executeerde" never occurs; the NOS text has "geëxecuteerd" (lemma "executeren").
    assert "nos" in {key_of[h["id"]] for h in search(con, "executeerde Teheran")}
    assert search(con, "executeerde Teheran", stem=False) == []
    # Plural query, singular in the text: "demonstrant" occurs only inflected ("demonstranten").
    assert "volkskrant_followup" in {key_of[h["id"]] for h in search(con, "demonstrant sancties")}
    top = search(con, "schaakster asiel")
    assert top and key_of[top[0]["id"]] in {"chess_anp", "chess_nh"}


def test_export_parquet_jsonl_csv(tmp_path):
    db = str(tmp_path / "s.db")
    recs, _ = fixture_records()
    ingest_records(db, recs)
    files = export_store(db, tmp_path / "pq", "parquet")
    assert set(files) == set(EXPORT_TABLES)
    arts = pq.read_table(tmp_path / "pq" / "articles.parquet")
    assert arts.num_rows == len(recs)
    assert {"id", "title", "story_id", "dup_group", "record"} <= set(arts.column_names)
    figs = pq.read_table(tmp_path / "pq" / "event_figures.parquet").to_pylist()
    assert any(f["value"] == 4.0 and f["claimant"] == "Iran Human Rights" for f in figs)
    for fmt in ("jsonl", "csv"):
        files = export_store(db, tmp_path / fmt, fmt)
        n_lines = sum(1 for _ in open(files["articles"][0], encoding="utf-8"))
        assert files["articles"][1] == len(recs) and n_lines >= len(recs)


def test_a_version_1_store_gets_the_round_2_columns(tmp_path):
    # A store written before the carrier / participant columns existed: opening it for writing
    # adds them, and ingest works on it.
    from dateline.store.schema import ADDED_COLUMNS, READ_INDEX_NAMES

    db = str(tmp_path / "v1.db")
    recs, _ = fixture_records()
    ingest_records(db, recs[:3])
    con = sqlite3.connect(db)
    for index in READ_INDEX_NAMES:  # a version-1 store had none of them (one reads events.time)
        con.execute(f"DROP INDEX {index}")
    for table, cols in ADDED_COLUMNS.items():
        for col in cols:
            con.execute(f"ALTER TABLE {table} DROP COLUMN {col.split()[0]}")
    con.commit()
    con.close()
    assert ingest_records(db, recs[3:])["new"] == len(recs) - 3
    con = sqlite3.connect(db)
    have = {r[1] for r in con.execute("PRAGMA table_info(claim_sightings)")}
    assert {"agency", "publisher", "carrier"} <= have
    assert con.execute("SELECT COUNT(*) FROM claim_sightings WHERE carrier IS NOT NULL").fetchone()[0] > 0


def test_a_failed_batch_leaves_no_rows_and_the_next_batch_writes_only_its_own(tmp_path, monkeypatch):
    """Rows queued for the commit (sightings, reports, links, ...) go with a rolled-back batch."""
    import pytest

    from dateline.store import writer as writer_module

    db = str(tmp_path / "s.db")
    recs, _ = fixture_records()
    real = writer_module.link_article
    calls = {"n": 0}

    def fail_on_third(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("killed mid-batch")
        return real(*args, **kwargs)

    monkeypatch.setattr(writer_module, "link_article", fail_on_third)
    w = StoreWriter(db, batch_size=100)
    w.begin(["fixtures"])
    for r in recs[:4]:
        w.add(r)
    with pytest.raises(RuntimeError):
        w.flush()
    assert _counts(db)["documents"] == 0 and _counts(db)["claim_sightings"] == 0
    w.pending = []  # the caller gives up on the failed batch and goes on
    for r in recs:
        w.add(r)
    w.close()
    clean = str(tmp_path / "clean.db")
    ingest_records(clean, recs, batch=100)
    assert _counts(db) == _counts(clean)
