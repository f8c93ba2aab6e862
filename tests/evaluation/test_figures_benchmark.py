"""The figure gold set's form and its scorer (benchmarks/figures.py), on invented text."""

import importlib.util
import json
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "evaluation_sets" / "figures" / "gold.jsonl"


def _scorer():
    spec = importlib.util.spec_from_file_location("figures_bench", REPO / "benchmarks" / "figures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gold_holds_offsets_only_and_is_consistent():
    docs = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    assert len(docs) == 50 and len({d["id"] for d in docs}) == 50
    allowed_doc = {"id", "source", "lang", "sha1", "chars", "headline_end", "figures", "negatives", "split"}
    allowed_fig = {"start", "end", "kind", "rule", "low", "best", "high", "claimant", "claimant_alt",
                   "disputed", "optional", "zone"}
    for d in docs:
        assert set(d) == allowed_doc  # no text, no span strings: the texts stay in ../shared
        assert d["split"] in ("dev", "test") and len(d["sha1"]) == 40
        for f in d["figures"]:
            assert set(f) == allowed_fig
            assert 0 <= f["start"] < f["end"] <= d["chars"]
            assert f["kind"] in ("fatalities", "injured", "arrested")
            vals = [v for v in (f["low"], f["best"], f["high"]) if v is not None]
            assert vals == sorted(vals)
        for n in d["negatives"]:
            assert set(n) == {"start", "end", "category", "zone"} and n["start"] < n["end"] <= d["chars"]
    assert {d["split"] for d in docs} == {"dev", "test"}


TEXT = "Headline: 3 dead\n\nPolice said 3 people were killed and 12 hurt. A 45-year-old man was arrested."


def _doc():
    def at(s, n=1):
        i = -1
        for _ in range(n):
            i = TEXT.index(s, i + 1)
        return i
    three, twelve, age = at("3", 2), at("12"), at("45")
    police = at("Police")
    return {"id": "x", "headline_end": TEXT.index("\n"), "split": "dev",
            "figures": [
                {"start": at("3"), "end": at("3") + 1, "kind": "fatalities", "low": 3, "best": 3, "high": 3,
                 "claimant": None, "claimant_alt": [], "disputed": False, "optional": False, "zone": "headline"},
                {"start": three, "end": three + 1, "kind": "fatalities", "low": 3, "best": 3, "high": 3,
                 "claimant": {"start": police, "end": police + 6}, "claimant_alt": [], "disputed": False,
                 "optional": False, "zone": "body"},
                {"start": twelve, "end": twelve + 2, "kind": "injured", "low": 12, "best": 12, "high": 12,
                 "claimant": {"start": police, "end": police + 6}, "claimant_alt": [], "disputed": False,
                 "optional": False, "zone": "body"}],
            "negatives": [{"start": age, "end": age + 2, "category": "age", "zone": "body"}]}


def _record():
    # the reader took the headline out: body offsets differ from the text's
    body = TEXT.split("\n\n", 1)[1]
    q = lambda s, qid: {"id": qid, "start": body.index(s), "end": body.index(s) + len(s), "text": s}  # noqa: E731
    claim = {"id": "c1", "start": 12, "end": 40, "attrs": {"speaker": {"text": "Police", "start": 0, "end": 6},
                                                           "links": []}}
    fig = lambda qid, v, c: {"quantity": qid, "value": v, "low": v, "high": v, "claim": c, "claimant": None}  # noqa: E731
    ev = {"id": "v1", "attrs": {"fatalities": {"figures": [fig("q1", 3, "c1")]},
                                "injured": {"figures": [fig("q2", 12, None)]},
                                "arrested": {"figures": [fig("q3", 45, None)]}}}
    return {"body": body, "annotations": {"quantities": [q("3", "q1"), q("12", "q2"), q("45", "q3")],
                                          "claims": [claim], "events": [ev]}}


def test_scorer_maps_offsets_matches_and_counts_negatives():
    fb = _scorer()
    preds = fb.predicted_figures(_record(), TEXT)
    assert [TEXT[p["span"][0]:p["span"][1]] for p in preds] == ["3", "12", "45"]
    c, errors = Counter(), []
    fb.score_doc(_doc(), TEXT, preds, headlines=False, c=c, errors=errors)
    s = fb.summary(c)
    assert (s["gold_figures"], s["matched"], s["predicted"]) == (2, 2, 3)
    assert s["value_right"] == 1.0 and s["range_right"] == 1.0
    assert s["claimant_right"] == 0.5  # the injured figure lost its claimant
    assert s["false_from_non_casualty_numbers"] == 1 and s["false_by_category"] == {"age": 1}


def test_headline_figures_count_only_when_asked():
    fb = _scorer()
    c = Counter()
    fb.score_doc(_doc(), TEXT, fb.predicted_figures(_record(), TEXT), headlines=True, c=c, errors=[])
    assert c["gold"] == 3 and c["tp"] == 2


def test_skips_without_shared(tmp_path, capsys):
    assert _scorer().main(["--shared", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out
