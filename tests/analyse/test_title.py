"""The headline's claims and events (analyse/title.py), on invented articles."""

from __future__ import annotations

from dateline import Options
from dateline.executors.local import LocalExecutor
from dateline.types import RawPage


def record(text: str, lang: str = "nl") -> dict:
    raw = RawPage(source="t.txt", content=text.encode(), kind="text")
    return next(LocalExecutor(Options(language=lang, learn_templates=False)).run([raw]))


def test_a_headline_claim_is_read_with_offsets_into_the_title():
    r = record("Minister Jansen ontkent betrokkenheid bij fraude met subsidies\n\n"
               "De Rekenkamer meldde dinsdag dat er miljoenen euro aan subsidies zijn verdwenen. "
               "Het ministerie onderzoekt de zaak.\n")
    title_claims = [c for c in r["annotations"]["claims"] if c["attrs"].get("part") == "title"]
    assert len(title_claims) == 1
    c = title_claims[0]
    # offsets into the title, under their own keys: start/end are body offsets everywhere else
    assert c["start"] is None and r["title"][c["title_start"]:c["title_end"]] == c["text"]
    sp = c["attrs"]["speaker"]
    assert sp["start"] is None and r["title"][sp["title_start"]:sp["title_end"]] == sp["text"]
    assert c["attrs"]["speaker"]["text"] == "Minister Jansen"
    assert c["attrs"]["cue"]["text"] == "ontkent"
    body_ids = [x["id"] for x in r["annotations"]["claims"] if x["attrs"].get("part") != "title"]
    assert c["id"] not in body_ids and body_ids  # ids follow the body's


def test_a_headline_event_is_a_mention_of_the_body_event_and_a_place_is_no_participant():
    r = record("Aanslag op konvooi bij Kandahar\n\n"
               "Rebellen hebben dinsdag een legerkonvooi aangevallen in de provincie Kandahar, "
               "meldt het leger.\n")
    events = r["annotations"]["events"]
    body = [e for e in events if e["attrs"].get("part") != "title"]
    title = [e for e in events if e["attrs"].get("part") == "title"]
    assert body and body[0]["label"] == "ASSAULT" and title
    for e in title:
        assert e["attrs"]["same_as"] == body[0]["id"]
        assert (e["attrs"]["target"] or {}).get("text") != "Kandahar"


def test_a_headline_the_body_repeats_is_not_read_twice():
    r = record("Rebellen vallen konvooi aan\n\nRebellen vallen konvooi aan. Het leger bevestigt de aanval.\n")
    assert not [e for e in r["annotations"]["events"] if e["attrs"].get("part") == "title"]


def test_a_headline_denial_disputes_the_body_report_it_answers():
    r = record("Minister ontkent uitspraak over gesneuvelde soldaat\n\n"
               "Minister Jansen zou tegen de weduwe van een gesneuvelde soldaat hebben gezegd dat hij wist "
               "waaraan hij begon. Dat meldt een parlementslid.\n\n"
               "De minister ontkent dat hij dat heeft gezegd.\n")
    claims = r["annotations"]["claims"]
    [head] = [c for c in claims if c["attrs"].get("part") == "title"]
    assert head["attrs"]["stance"] == "disputes" and head["text"] == "uitspraak over gesneuvelde soldaat"
    [link] = head["attrs"]["links"]
    target = next(c for c in claims if c["id"] == link["target"])
    assert link["type"] == "disputes" and target["attrs"].get("part") != "title"
    assert "gesneuvelde soldaat" in target["text"] and target["attrs"].get("stance") is None
