"""Story linking on plain data (no store): vectors, candidate scores and the join rule."""

import math
from collections import Counter

from dateline.link.stories import (JOIN_COSINE, JOIN_COSINE_NAMED, best_match, day_window, informative_keys,
                                   keys_to_weigh, score_candidates, story_keys, story_vector)


def test_story_vector_is_unit_length_and_weighs_rare_keys_more():
    named, terms = {"e:karin van dijk", "n:3"}, Counter({"executie": 3, "ambassadeur": 1})
    df = {"e:karin van dijk": 0, "n:3": 40, "t:executie": 2, "t:ambassadeur": 90}
    assert set(keys_to_weigh(named, terms)) == set(df)
    vec = story_vector(named, terms, 100, df)
    assert math.isclose(sum(w * w for w in vec.values()), 1.0)
    assert vec["e:karin van dijk"] > vec["n:3"] and vec["t:executie"] > vec["t:ambassadeur"]
    assert informative_keys(vec, 100, df) == [k for k in vec if k != "t:ambassadeur"]  # df 90 > 50


def test_story_keys_read_entities_quantities_and_terms():
    rec = {"language": {"code": "nl"}, "title": "Executies in Teheran", "paragraphs": ["De executies gingen door."],
           "annotations": {"entities": [{"text": "Teheran", "attrs": {"geo": {"geonames_id": 112931}}}],
                           "quantities": [{"attrs": {"value": 3}}]}}
    named, terms = story_keys(rec)
    assert named == {"p:112931", "n:3"} and terms


def test_candidates_score_by_shared_keys_and_skip_the_article_itself():
    vec = {"e:a": 0.6, "n:3": 0.6, "t:x": 0.5}
    rows = [("e:a", 1, 0.5), ("n:3", 1, 0.5), ("t:x", 2, 0.9), ("e:a", 9, 1.0)]
    cands = score_candidates(vec, rows, exclude=9)
    assert cands == {1: (0.6, 2), 2: (0.45, 0)}
    assert best_match(cands) == (1, 0.6)  # the higher cosine wins
    assert best_match({4: (JOIN_COSINE_NAMED, 2)}) == (4, JOIN_COSINE_NAMED)  # two shared names suffice
    assert best_match({4: (JOIN_COSINE_NAMED, 1), 5: (JOIN_COSINE - 0.01, 0)}) is None


def test_day_window_and_undated_articles():
    assert day_window(100) == (90, 110)
    assert day_window(-1) is None
