"""The runner keeps going when an analyser fails, and reports missing analysers plainly."""

from pathlib import Path

from dateline.evaluation import runner
from dateline.evaluation.gold import load_gold
from dateline.pipeline import Step
from dateline.types import Span

GOLD = Path(__file__).resolve().parents[1] / "gold"


class Broken(Step):
    name = "broken"

    def process(self, doc):
        raise RuntimeError("boom")


class FindsTrigger(Step):
    name = "events"

    def process(self, doc):
        body = doc.article.body
        i = body.index("steekpartij")
        doc.article.add_layer("events", [Span(i, i + len("steekpartij"), "ASSAULT", {}, "v1")])
        return doc


def test_failing_step_does_not_stop_later_ones(monkeypatch):
    import dateline.analyse as analyse_pkg

    monkeypatch.setattr(analyse_pkg, "analysis_steps", lambda options: [Broken(options), FindsTrigger(options)])
    items = load_gold(GOLD, ids=["nl02-tilburg-steekpartij"])
    results = runner.analyse(items)
    assert "boom" in results[0].error
    runner.score_all(results)
    summary = runner.summarise(results, ("events", "entities"))
    assert summary["parts"]["events"]["all"]["typed"]["tp"] == 1
    assert summary["parts"]["entities"]["all"]["exact"]["tp"] == 0
    assert "nl02-tilburg-steekpartij" in summary["errors"]


def test_missing_analyser_is_reported(monkeypatch):
    monkeypatch.setattr(runner, "available_parts", lambda: {p: p != "events" for p in runner.PART_MODULE})
    items = load_gold(GOLD, ids=["nl02-tilburg-steekpartij"])
    results = [runner.ArticleResult(items[0], {})]
    runner.score_all(results)
    summary = runner.summarise(results)
    ev = summary["parts"]["events"]
    assert ev["status"] == "missing" and "note" in ev and ev["all"]["typed"]["recall"] == 0
