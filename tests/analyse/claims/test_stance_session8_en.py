"""Stance links, English, session 8: invented stories, one per rule (analyse/claims/links.py)."""

from test_claim_links import claims_of, find, links


def test_they_after_a_he_is_not_that_persons_side_en():
    # "They" after "He" (the mayor) are the residents, not the mayor: the mayor's camp may
    # dispute what they said
    text = ("Mayor Alden Voss said the new tram line would open in May. He added that the budget was "
            "balanced.\n\nResidents of the east side met on Sunday. They said the council ignored their "
            "letters about the tram depot.\n\nThe mayor's office called the charges baseless.")
    claims, body = claims_of(text, "en")
    letters = find(claims, body, "ignored their letters")
    verdict = find(claims, body, "the charges baseless")
    assert ("disputes", letters.id) in links(verdict)


def test_republicans_and_gop_sources_are_one_side_en():
    text = ("Republicans said the hearing was rushed. A GOP source called the claim false.")
    claims, body = claims_of(text, "en")
    verdict = find(claims, body, "the claim false")
    assert links(verdict) == []
