"""Stance links, session 8, precision from the linker's links on real English pages: each
rule removes a kind of wrong link seen there. Invented stories."""

from test_claim_links import claims_of, links


def _all_links(text):
    claims, _body = claims_of(text, "en")
    return [l for c in claims.values() for l in links(c)]


def test_not_only_is_no_negation_for_an_insistence():
    text = ("The label said the deal covered the show. The agreement maintained it would not only cover "
            "her performance but also his.")
    assert _all_links(text) == []

