"""What the writer derives from a record alone can come with the record (``store.prepare``,
computed in an ingest worker) or be derived by the writer: the store is the same either way,
and the carried part is never stored."""

import copy
import json
import pickle
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "link"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from fixture_records import fixture_records, ingest_records  # noqa: E402
from writer import table_hashes  # noqa: E402

from dateline.export import export_store  # noqa: E402
from dateline.store.prepare import PREPARED, Prepared, derive, prepare, take  # noqa: E402


def _through_a_queue(recs):
    """As records cross from a worker: prepared there, pickled, unpickled here."""
    return pickle.loads(pickle.dumps([prepare(copy.deepcopy(r)) for r in recs]))


def test_prepared_and_plain_records_give_the_same_store(tmp_path):
    recs, _ = fixture_records()
    plain, prepared = str(tmp_path / "plain.db"), str(tmp_path / "prepared.db")
    ingest_records(plain, copy.deepcopy(recs))
    sent = _through_a_queue(recs)
    assert all(isinstance(r[PREPARED], Prepared) for r in sent)
    ingest_records(prepared, sent)
    a, b = table_hashes(plain), table_hashes(prepared)
    assert a == b
    # the fixtures exercise every part of linking: copies, stories, claims and events
    for table in ("links", "claims", "claim_sightings", "claim_links", "events", "event_reports", "event_figures",
                  "minhash", "story_keys", "articles_fts_data"):
        assert not a[table].startswith("0 rows"), table


def test_a_batch_mixing_prepared_and_plain_records_gives_the_same_store(tmp_path):
    recs, _ = fixture_records()
    sent = _through_a_queue(recs)
    mixed = [s if i % 2 else copy.deepcopy(r) for i, (r, s) in enumerate(zip(recs, sent))]
    ingest_records(str(tmp_path / "plain.db"), copy.deepcopy(recs))
    ingest_records(str(tmp_path / "mixed.db"), mixed)
    assert table_hashes(str(tmp_path / "plain.db")) == table_hashes(str(tmp_path / "mixed.db"))


def test_the_prepared_part_is_never_stored_or_exported(tmp_path):
    recs, _ = fixture_records()
    db = str(tmp_path / "s.db")
    ingest_records(db, _through_a_queue(recs))
    con = sqlite3.connect(db)
    for (record,) in con.execute("SELECT record FROM articles"):
        assert PREPARED not in json.loads(record)
    out = tmp_path / "out"
    export_store(db, str(out), "jsonl")
    assert not any(PREPARED in f.read_text(encoding="utf-8") for f in out.rglob("*.jsonl"))


def test_take_removes_the_prepared_part_or_derives_it():
    rec = copy.deepcopy(fixture_records()[0][0])
    assert take(copy.deepcopy(rec)) == derive(rec)
    prepare(rec)
    pre = rec[PREPARED]
    assert take(rec) is pre and PREPARED not in rec


def test_prepare_leaves_error_records_and_unpreparable_ones_alone():
    err = {"schema": "1", "id": "deadbeef00000001", "status": "error", "source": {"path": "x.html"},
           "error": {"stage": "decode", "kind": "binary", "message": "not text"}}
    assert PREPARED not in prepare(dict(err))
    odd = {"id": "x", "status": "ok", "title": 5}  # derive fails on it: the writer fails as before
    assert PREPARED not in prepare(odd)
