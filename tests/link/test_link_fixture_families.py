"""Grouping, claim linking and figures on the invented story families (fixtures/)."""

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fixture_records import load_expected  # noqa: E402
from score_fixtures import build_store, scores  # noqa: E402

from dateline.store import open_store, story  # noqa: E402


@pytest.fixture(scope="module", params=["as-written", "reversed"])
def store(request, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("fam") / "f.db")
    return db, build_store(db, request.param)


def test_copies_and_stories_group_as_expected(store):
    s = scores(*store)
    for what in ("duplicates", "stories"):
        assert s[what]["precision"] == 1.0 and s[what]["recall"] == 1.0, (what, s[what])


def test_claims_merge_across_outlets_without_false_merges(store):
    s = scores(*store)
    assert s["claims"]["precision"] == 1.0
    # Includes the English wording of two Dutch claims (same speaker, numbers and names).
    assert s["claims"]["recall"] >= 0.9
    assert s["disputes"]["recall"] == 1.0 and s["disputes"]["precision"] == 1.0


def test_story_view_earliest_agency_edits_versions_disputes_figures(store):
    db, ids = store
    exp = load_expected()
    key_of = {v: k for k, v in ids.items()}
    s = story(open_store(db), ids["nu"])  # any article id resolves to its story
    assert {key_of[a["id"]] for a in s["articles"]} == set(exp["stories"][0])
    (group,) = s["copies"]
    assert key_of[group["earliest"]] == "anp" and group["agency"] == "ANP"
    by_key = {key_of[c["id"]]: c["changes"] for c in group["copies"]}
    assert by_key["nu"]["headline"]["to"].startswith("Nederland bestelt")
    assert any("24-jarige" in e["to"] for e in by_key["ad"]["edited"])
    assert any(p.startswith("Correctie") for p in by_key["ad"]["added"])
    (version,) = s["versions"]
    assert (key_of[version["a"]], key_of[version["b"]]) == ("anp", "anp_v2")
    assert any(p.startswith("Update 15.00") for p in version["attrs"]["added"])
    amnesty = next(c for c in s["claims"] if c["speaker"] == "Amnesty International" and c["n_sightings"] >= 5)
    assert {x["site"] for x in amnesty["sightings"]} >= {"anp.nl", "nu.nl", "ad.nl", "telegraaf.nl"}
    assert any(ln["type"] == "disputes" for ln in amnesty["linked_by"])
    (event,) = [e for e in s["events"] if e["type"] == "ASSAULT"]
    f = event["summary"]["fatalities"]
    assert (f["low"], f["best"], f["high"]) == (3, 3, 4)
    assert event["n_reports"] == 7  # anp, nu, ad, telegraaf, anp_v2, nos, en_report


def test_distractor_apart_and_english_report_joins_dutch_story(store):
    db, ids = store
    con = sqlite3.connect(db)
    st = dict(con.execute("SELECT id, story_id FROM articles"))
    assert st[ids["chess_anp"]] != st[ids["anp"]]  # shares Teheran and Nederland, not the event
    assert st[ids["en_report"]] == st[ids["anp"]]
    langs = con.execute("SELECT languages FROM stories WHERE id=?", (st[ids["anp"]],)).fetchone()[0]
    assert langs.split(",") == ["en", "nl"]
