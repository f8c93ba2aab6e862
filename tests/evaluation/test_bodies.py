"""Body scoring used by the scraped-text benchmark and the block-model trainer."""

import pytest

from dateline.evaluation.bodies import word_prf


def test_multiset_overlap_on_lowercased_words():
    # pred: the, the, cat, sat (4); gold: The, cat, sat, down (4); common: the, cat, sat = 3
    p, r, f = word_prf("the the cat sat", "The cat sat down.")
    assert (p, r) == (0.75, 0.75) and f == pytest.approx(0.75)


def test_no_overlap_or_empty_side_scores_zero():
    assert word_prf("", "gold body") == (0.0, 0.0, 0.0)
    assert word_prf("menu home", "gold body") == (0.0, 0.0, 0.0)
