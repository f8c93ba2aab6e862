"""Copies and versions on plain data (no store): which candidates are copies, and the links."""

from dateline.link import minhash
from dateline.link.reprints import copy_links, near_duplicates, version_links

TEXT = ("Het kabinet heeft de ambassadeur ontboden na de executie van drie demonstranten. "
        "Dat maakte de minister dinsdag bekend in een korte verklaring aan de pers in Den Haag.")
OTHER = "Havenwerkers in Rotterdam legden woensdag het werk neer in een conflict over nachttoeslagen."


def test_near_duplicates_keeps_copies_best_first_and_ties_in_candidate_order():
    sig = minhash.signature(TEXT)
    reprint = minhash.signature(TEXT + " Ook België ontbood de ambassadeur.")
    cands = [(7, minhash.signature(OTHER)), (3, reprint), (5, sig.copy()), (9, sig.copy())]
    out = near_duplicates(sig, cands)
    assert [a for a, _ in out] == [5, 9, 3]
    assert out[0][1] == 1.0 and 0.45 <= out[2][1] < 1.0
    assert near_duplicates(sig, []) == []


def test_copy_links_join_the_best_copy_and_bridge_other_groups_and_stories():
    new = {"title": "Nieuw", "paragraphs": ["a", "b"]}
    copies = [{"id": "x", "dup_group": "gx", "story_id": "sx", "score": 0.9},
              {"id": "y", "dup_group": "gy", "story_id": "sy", "score": 0.6},
              {"id": "z", "dup_group": "gx", "story_id": None, "score": 0.5}]
    d = copy_links("n", new, copies, {"title": "Oud", "paragraphs": ["a"]})
    assert (d.group, d.story, d.other_groups, d.other_stories) == ("gx", "sx", {"gy"}, {"sy"})
    assert [(ln.a, ln.b, ln.kind, ln.score) for ln in d.links] == [("x", "n", "duplicate", 0.9),
                                                                   ("y", "n", "duplicate", 0.6),
                                                                   ("z", "n", "duplicate", 0.5)]
    assert d.links[0].diff["added"] == ["b"] and d.links[0].diff["headline"]["to"] == "Nieuw"
    assert d.links[1].diff is None  # only the best copy is compared


def test_version_links_run_from_the_older_read_to_the_newer():
    def rec(pub, para):
        return {"published": {"value": pub}, "paragraphs": [para]}
    new = rec("2031-03-11T10:00", "versie twee")
    same_url = [{"id": "old", "published": "2031-03-11T09:00", "modified": None, "record": rec("", "versie een")},
                {"id": "later", "published": "2031-03-11T12:00", "modified": None, "record": rec("", "versie drie")}]
    links = version_links("n", new, same_url)
    assert [(ln.a, ln.b, ln.kind) for ln in links] == [("old", "n", "version"), ("n", "later", "version")]
    assert links[0].diff["edited"] == [{"from": "versie een", "to": "versie twee"}]
