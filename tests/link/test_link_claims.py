"""Claim linking on plain data (no store): which claim a span sights, and which claims it answers."""

from dateline.link.claims import ClaimDecisions, link_claims
from dateline.types import stable_id


def _record(aid, text, speaker="Karin van Dijk", cue="zegt", published="2031-03-11", span_id="c1", lang="nl"):
    return {"id": aid, "language": {"code": lang}, "published": {"value": published},
            "source": {"site": f"{aid}.example", "publisher": None},
            "annotations": {"claims": [{"id": span_id, "start": 0, "end": len(text), "text": text,
                                        "attrs": {"speaker": {"text": speaker}, "cue": {"text": cue}}}]}}


def _as_stored(d: ClaimDecisions) -> list[dict]:
    """New claims as the store hands them back: term, number and name lists as sets."""
    return [{**c, "terms": set(c["terms"]), "nums": set(c["nums"]), "names": set(c["names"])} for c in d.new_claims]


CLAIM = "het kabinet veroordeelt de executies van drie demonstranten in de krachtigste bewoordingen"


def test_a_first_claim_is_new_with_one_sighting():
    d = link_claims(_record("a1", CLAIM), "s1", [], "2031-03-11", agency="ANP")
    cid = stable_id("a1", "c1")
    assert [c["id"] for c in d.new_claims] == [cid] and d.seen_again == [] and d.links == []
    assert d.new_claims[0]["story_id"] == "s1" and d.new_claims[0]["speaker"] == "Karin van Dijk"
    (s,) = d.sightings
    assert (s["claim_id"], s["article_id"], s["span_id"], s["cue"], s["agency"]) == (cid, "a1", "c1", "zegt", "ANP")
    assert s["carrier"] == "ANP via a1.example"
    assert d.claim_of_span() == {"c1": cid}


def test_the_same_claim_in_another_article_is_seen_again_not_new():
    first = link_claims(_record("a1", CLAIM), "s1", [], "2031-03-11")
    stored = _as_stored(first)
    again = link_claims(_record("a2", CLAIM + " vandaag", published="2031-03-10"), "s1", stored, "2031-03-10")
    assert again.new_claims == [] and again.seen_again == [stored[0]["id"]]
    assert again.sightings[0]["claim_id"] == stored[0]["id"]
    assert stored[0].get("neg") is None  # the caller's claims are left as they were


def test_a_denial_is_its_own_claim_that_disputes_the_stored_one():
    stored = _as_stored(link_claims(_record("a1", CLAIM), "s1", [], "2031-03-11"))
    denial = link_claims(_record("a2", CLAIM, speaker="Iraanse regering", cue="ontkent"), "s1", stored, "2031-03-12")
    new = stable_id("a2", "c1")
    assert [c["id"] for c in denial.new_claims] == [new] and denial.new_claims[0]["stance"] == "disputes"
    assert denial.links == [(new, stored[0]["id"], "disputes", "a2", None, 1)]


def test_numbers_that_differ_make_two_claims():
    three = CLAIM.replace("drie", "3")
    stored = _as_stored(link_claims(_record("a1", three), "s1", [], "2031-03-11"))
    assert stored[0]["nums"] == {"3"}
    assert link_claims(_record("a2", three), "s1", stored, "2031-03-11").seen_again == [stored[0]["id"]]
    other = link_claims(_record("a2", three.replace("3", "4")), "s1", stored, "2031-03-11")
    assert other.seen_again == [] and len(other.new_claims) == 1


def test_an_article_without_claims_decides_nothing():
    d = link_claims({"id": "a1", "annotations": {}}, "s1", [], None)
    assert (d.new_claims, d.seen_again, d.sightings, d.links) == ([], [], [], [])
