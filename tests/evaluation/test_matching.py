"""The scorer's arithmetic and matching on tiny hand-computed cases."""

from dateline.evaluation.matching import PRF, Acc, match_one_to_one
from dateline.evaluation.text import find_all, nested, norm, token_f1


def test_prf_by_hand():
    c = PRF(tp_gold=2, tp_pred=2, pred=4, gold=3)
    assert c.precision == 0.5 and abs(c.recall - 2 / 3) < 1e-9
    assert abs(c.f1 - 2 * 0.5 * (2 / 3) / (0.5 + 2 / 3)) < 1e-9


def test_prf_empty_sides():
    assert PRF(0, 0, 0, 5).recall == 0 and PRF(0, 0, 0, 5).precision is None
    assert PRF(0, 0, 0, 5).f1 == 0.0          # nothing predicted: F1 0, not a crash
    assert PRF(0, 0, 0, 0).f1 is None          # nothing to score at all
    total = PRF(1, 1, 2, 2).add(PRF(1, 1, 1, 3))
    assert (total.tp_gold, total.pred, total.gold) == (2, 3, 5)


def test_accuracy():
    a = Acc()
    for ok in (True, False, True, True):
        a.count(ok)
    assert a.accuracy == 0.75 and Acc().accuracy is None


def test_one_to_one_prefers_best_pairs():
    gold, pred = ["a", "b"], ["x", "y"]
    scores = {("a", "x"): 0.9, ("a", "y"): 0.8, ("b", "x"): 0.85}
    pairs = match_one_to_one(gold, pred, lambda g, p: scores.get((g, p), 0))
    assert pairs == [(0, 0)]  # b only fits x, which a took with a better score
    assert match_one_to_one(gold, pred, lambda g, p: 0) == []


def test_text_helpers():
    assert norm("„We vochten terug.”") == "we vochten terug"
    assert token_f1("de rebellen", "rebellen") == 2 * 0.5 * 1 / 1.5
    assert token_f1("", "x") == 0
    assert nested("Rutte", "premier Mark Rutte") and not nested("Rut", "premier Rutte")
    body = "Oss en Ossendrecht; oss."
    assert find_all(body, "Oss") == [(0, 3)]            # verbatim first, not inside a word
    assert find_all(body, "OSS") == [(0, 3), (20, 23)]  # then ignoring case
