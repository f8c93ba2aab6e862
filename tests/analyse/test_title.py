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
               "waaraan hij begon. Dat meldt een parlementslid.\n")
    claims = r["annotations"]["claims"]
    [head] = [c for c in claims if c["attrs"].get("part") == "title"]
    assert head["attrs"]["stance"] == "disputes" and head["text"] == "uitspraak over gesneuvelde soldaat"
    [link] = head["attrs"]["links"]
    target = next(c for c in claims if c["id"] == link["target"])
    assert link["type"] == "disputes" and target["attrs"].get("part") != "title"
    assert "gesneuvelde soldaat" in target["text"] and target["attrs"].get("stance") is None


def test_the_body_telling_of_a_headline_denial_carries_the_link():
    # one denial, told in the headline and again in the body: one link, from the body's
    # telling (its speaker is the fuller one), to the report both answer
    r = record("Kabinet ontkent akkoord over verkoop van staatsbank\n\n"
               "De regering zou een akkoord op papier hebben over de verkoop van de staatsbank aan private "
               "beleggers. Dat meldt een zakenkrant op basis van bronnen binnen de coalitie.\n\n"
               "De woordvoerder van de premier ontkent dat er sprake is van een akkoord. De gesprekken "
               "lopen nog, zegt hij.\n")
    claims = r["annotations"]["claims"]
    [head] = [c for c in claims if c["attrs"].get("part") == "title"]
    assert not head["attrs"].get("links")
    linked = [c for c in claims if c["attrs"].get("links")]
    assert len(linked) == 1 and linked[0]["attrs"]["stance"] == "disputes"
    assert linked[0]["attrs"]["speaker"]["text"] == "De woordvoerder van de premier"
    target = next(c for c in claims if c["id"] == linked[0]["attrs"]["links"][0]["target"])
    assert "staatsbank" in target["text"] and target["attrs"]["hedged"]


def test_a_headline_confirmation_links_only_to_a_report_at_one_remove():
    plain = record("Ministerie bevestigt dat de fabriek sluit\n\n"
                   "De minister van Economie heeft maandag op de radio gezegd dat de fabriek in Gent sluit.\n")
    [head] = [c for c in plain["annotations"]["claims"] if c["attrs"].get("part") == "title"]
    assert head["attrs"]["stance"] == "confirms" and not head["attrs"].get("links")  # the body tells it
    hedged = record("Ministerie bevestigt dat de fabriek sluit\n\n"
                    "De fabriek in Gent zou volgend jaar de deuren sluiten, meldde een vakbond vorige week.\n")
    claims = hedged["annotations"]["claims"]
    [head] = [c for c in claims if c["attrs"].get("part") == "title"]
    [link] = head["attrs"]["links"]
    assert link["type"] == "confirms"
    assert next(c for c in claims if c["id"] == link["target"])["attrs"]["hedged"]


def test_a_headline_stance_cue_confirms_its_noun_phrase_not_the_quote_after_the_colon():
    r = record("Oud-wereldkampioen bevestigt positieve dopingtest: Ik ben het slachtoffer van afpersing\n\n"
               "De Keniaanse atleet zou vorig jaar bij een onaangekondigde controle betrapt zijn op doping.\n")
    heads = [c for c in r["annotations"]["claims"] if c["attrs"].get("part") == "title"]
    [stance] = [c for c in heads if c["attrs"].get("stance")]
    assert stance["text"] == "positieve dopingtest" and stance["attrs"]["stance"] == "confirms"
    # the words after the colon are the speaker's own, a claim of their own
    assert [c["text"] for c in heads if c is not stance] == ["Ik ben het slachtoffer van afpersing"]
