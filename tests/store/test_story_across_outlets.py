"""One story told by two outlets, end to end: real pipeline records -> store -> story view.

Pages (invented, ``fixtures/``): Dagblad Oost prints ANP copy ("KANDAHAR (ANP) -") in which
rebels claim an attack on an army convoy, The Times and the BBC are cited, officials question
the claim, the government claims ~120 fighters killed, and the governor speaks as "zei hij".
Westerpost's own report the same afternoon quotes the governor by name in other words, has
the government deny the attack, and repeats the government's figure.

Checked: (1) every sighting's carrier chain outlet -> agency -> publisher; (2) events grouped
by ``same_as`` and participants, figures per event; (3) dispute links stored and shown the way
the record's ``links`` point; (4) a resolved pronoun speaker names the claim and matches it
across articles.  Both ingest orders.
"""

import io
import sqlite3
from pathlib import Path

import pytest
from rich.console import Console

import dateline
from dateline.store import StoreWriter, open_store, story
from dateline.store.view import show_story

FIXTURES = Path(__file__).parent / "fixtures"
# A wire story with one attack restated three times and one figure (its own fixture, so the
# bundled examples can change without moving this test).
WIRE_COPY = Path(__file__).parent / "fixtures" / "konvooi-wire-copy.txt"


@pytest.fixture(scope="module")
def records():
    recs = {p.stem.split("-")[0]: dateline.read(p) for p in sorted(FIXTURES.glob("*-konvooi.html"))}
    assert set(recs) == {"oost", "westerpost"} and all(r["status"] == "ok" for r in recs.values())
    return recs


def _store(db: Path, recs: list[dict]) -> sqlite3.Connection:
    w = StoreWriter(str(db), batch_size=10)
    w.begin(["test"])
    for r in recs:
        w.add(r)
    w.close()
    return open_store(str(db))


@pytest.fixture(scope="module", params=["oost-first", "westerpost-first"])
def stored(request, records, tmp_path_factory):
    order = ["oost", "westerpost"] if request.param == "oost-first" else ["westerpost", "oost"]
    con = _store(tmp_path_factory.mktemp("outlets") / "s.db", [records[k] for k in order])
    return con, records


def _view(s: dict) -> str:
    buf = io.StringIO()
    show_story(s, Console(file=buf, width=400, color_system=None))
    return buf.getvalue()


def _claim(s: dict, words: str) -> dict:
    return next(c for c in s["claims"] if words in c["text"])


def test_carrier_chain_outlet_via_agency_via_publisher(stored):
    con, recs = stored
    s = story(con, recs["oost"]["id"])
    times = _claim(s, "heeft plaatsgevonden")["sightings"]
    assert [(x["outlet"], x["agency"], x["publisher"], x["site"]) for x in times] == \
        [("The Times", "ANP", "Dagblad Oost", "dagblad-oost.example")]
    assert times[0]["carrier"] == "The Times via ANP via Dagblad Oost"
    view = _view(s)
    assert "carried by: BBC via ANP via Dagblad Oost" in view
    # Westerpost's own report: no outlet cited, no agency; the governor's claim is carried twice.
    assert "carried by: ANP via Dagblad Oost; Westerpost" in view
    assert "carried by: ?" not in view


def test_events_follow_same_as_and_participants(stored):
    con, recs = stored
    s = story(con, recs["oost"]["id"])
    assert {a["id"] for a in s["articles"]} == {recs["oost"]["id"], recs["westerpost"]["id"]}
    assaults = [e for e in s["events"] if e["type"] == "ASSAULT"]
    by_actor = {e["actor_key"]: e for e in assaults if e["actor_key"]}
    rebels, government = by_actor["opstandeling"], by_actor["regering"]
    # The rebels' attack: "aangevallen" + "de aanval" (same_as) in Oost, the attack and its
    # restatement in the denial in Westerpost; one event, one report per article.
    assert rebels["n_reports"] == 2 and rebels["n_mentions"] >= 3
    assert rebels["summary"] == {}  # nobody gave a figure for the convoy attack
    # The government's claimed kills are another event, with its figure from both outlets.
    assert government["n_reports"] == 2 and government["target_key"] == "strijder"
    figs = government["figures"]["fatalities"]
    assert {f["site"] for f in figs} == {"Dagblad Oost", "Westerpost"}
    assert {f["claimant"] for f in figs} == {"regering"}
    assert government["summary"]["fatalities"]["n_sources"] == 2


def test_dispute_links_point_the_way_the_record_says(stored):
    con, recs = stored
    s = story(con, recs["oost"]["id"])
    ids = {c["text"]: c["id"] for c in s["claims"]}
    # In the record, c3 ("de claim", functionarissen) has links [{disputes, target c2}].
    oost = recs["oost"]["annotations"]["claims"]
    src = next(c for c in oost if c["attrs"]["links"])
    tgt = next(c for c in oost if c["id"] == src["attrs"]["links"][0]["target"])
    rows = {tuple(r) for r in con.execute("SELECT source_claim, target_claim, type FROM claim_links "
                                          "WHERE cross_article=0")}
    assert (ids[src["text"]], ids[tgt["text"]], "disputes") in rows
    assert (ids[tgt["text"]], ids[src["text"]], "disputes") not in rows
    # Across articles: Westerpost's "regering ontkent dat ..." disputes Oost's rebel claim,
    # whichever article was stored first.
    denial, attack = _claim(s, "opstandelingen dinsdag"), _claim(s, "zij dinsdag een legerkonvooi")
    assert [(ln["type"], ln["target"]) for ln in denial["links"]] == [("disputes", attack["id"])]
    assert [(ln["type"], ln["source"]) for ln in attack["linked_by"]] == [("disputes", denial["id"])]
    assert attack["links"] == [] and denial["linked_by"] == []
    lines = _view(s).splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith('"de claim"'))
    assert 'disputes "de aanval wel heeft plaatsgevonden"' in lines[at + 2]
    at = next(i for i, ln in enumerate(lines) if ln.lstrip().startswith('"de aanval wel'))
    assert 'disputed by "de claim" (functionarissen)' in lines[at + 2]


def test_resolved_pronoun_names_the_speaker_and_matches_across_articles(stored, records, tmp_path):
    con, recs = stored
    s = story(con, recs["oost"]["id"])
    governor = _claim(s, "daders")
    assert governor["speaker"] == "Ahmad Karimi" and governor["n_sightings"] == 2
    assert {x["speaker"] for x in governor["sightings"]} == {"Ahmad Karimi"}
    # Without the resolution the speaker is "hij", and the two wordings stay two claims:
    # the resolution is what matched them.
    import copy

    bare = copy.deepcopy(records["oost"])
    for c in bare["annotations"]["claims"]:
        (c["attrs"].get("speaker") or {}).pop("resolved", None)
    con2 = _store(tmp_path / "bare.db", [bare, records["westerpost"]])
    speakers = [r[0] for r in con2.execute("SELECT speaker FROM claims WHERE text LIKE '%daders%'")]
    assert sorted(speakers) == ["Ahmad Karimi", "hij"]


def test_restated_attack_gives_three_events_not_one(tmp_path):
    rec = dateline.read(WIRE_COPY)
    con = _store(tmp_path / "ex.db", [rec])
    s = story(con, rec["id"])
    assaults = [e for e in s["events"] if e["type"] == "ASSAULT"]
    spans = [v for v in rec["annotations"]["events"] if v["label"] == "ASSAULT"]
    heads = [v for v in spans if not v["attrs"].get("same_as")]
    assert len(assaults) == len(heads) >= 2  # one event per same_as chain
    assert sum(e["n_mentions"] for e in assaults) == len(spans)
    with_figures = [e for e in assaults if e["figures"]]
    assert len(with_figures) == 1 and with_figures[0]["actor_key"] == "regering"
    view = _view(s)
    assert "carried by: The Times via ANP via unknown outlet" in view
