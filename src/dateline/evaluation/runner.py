"""Run the analysis steps over the gold articles and add up the scores per part and language."""

from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import dataclass, field

from ..pipeline import Options, run_steps
from ..types import Doc, RawPage
from .gold import PARTS, GoldItem
from .score import score_article

# Which analysis module produces each scored part (links come with claims).
PART_MODULE = {"entities": "dateline.analyse.entities", "quantities": "dateline.analyse.quantities",
               "claims": "dateline.analyse.claims", "links": "dateline.analyse.claims",
               "events": "dateline.analyse.events"}


@dataclass
class ArticleResult:
    item: GoldItem
    annotations: dict[str, list[dict]]
    error: str | None = None
    scores: dict = field(default_factory=dict)  # part -> (metrics, misses)


def available_parts() -> dict[str, bool]:
    """Is the analyser for each part present in this checkout?"""
    out = {}
    for part, mod in PART_MODULE.items():
        try:
            out[part] = importlib.util.find_spec(mod) is not None
        except (ImportError, ValueError):
            out[part] = False
    return out


def analyse(items: list[GoldItem], options: Options | None = None) -> list[ArticleResult]:
    """The analysis steps over each gold Article, one step at a time.

    Unlike the pipeline, a step that fails on an article does not stop the later steps on it:
    the error is noted and the next analyser still gets the article (with the layers made so
    far), so one broken analyser costs only its own part's score.
    """
    from ..analyse import analysis_steps

    options = options or Options()
    docs = [Doc(page=RawPage(source=str(it.text_path), content=it.body.encode("utf-8"), kind="text"),
                article=it.article()) for it in items]
    errors: list[list[str]] = [[] for _ in items]
    for step in analysis_steps(options):
        docs = list(run_steps([step], docs))
        for i, doc in enumerate(docs):
            if doc.error:
                errors[i].append(f"{doc.error.stage}: {doc.error.kind}: {doc.error.message}")
                doc.error = None
    results = []
    for it, doc, errs in zip(items, docs, errors):
        art = doc.article
        body = art.body if art else it.body
        # The gold annotates the body; the headline's spans (analyse/title.py) are not scored here.
        ann = {name: [s.to_dict(body) for s in spans if (s.attrs or {}).get("part") != "title"]
               for name, spans in (art.layers if art else {}).items()}
        results.append(ArticleResult(it, ann, "; ".join(errs) or None))
    return results


def score_all(results: list[ArticleResult]) -> None:
    for r in results:
        r.scores = score_article(r.item.expected, r.item.body, r.annotations)


def _add(into: dict, metrics: dict) -> None:
    for name, v in metrics.items():
        if name not in into:
            into[name] = type(v)()
        into[name].add(v)


def summarise(results: list[ArticleResult], parts: tuple[str, ...] = PARTS) -> dict:
    """JSON-ready totals: per part, overall and per language, plus per-article errors."""
    have = available_parts()
    langs = Counter(r.item.language for r in results)
    out: dict = {"articles": len(results), "languages": dict(sorted(langs.items())), "parts": {},
                 "errors": {r.item.id: r.error for r in results if r.error}}
    for part in parts:
        groups: dict[str, dict] = {"all": {}}
        for r in results:
            metrics, _ = r.scores[part]
            _add(groups["all"], metrics)
            _add(groups.setdefault(r.item.language, {}), metrics)
        entry = {"status": "ok" if have.get(part) else "missing"}
        if not have.get(part):
            entry["note"] = f"no analyser: {PART_MODULE[part]} is not in this checkout, so nothing is predicted"
        for g, metrics in groups.items():
            entry[g] = {name: v.as_dict() for name, v in metrics.items()}
        out["parts"][part] = entry
    return out


def misses(results: list[ArticleResult], parts: tuple[str, ...] = PARTS) -> dict[str, list[str]]:
    """What each article's main metrics missed or invented, for reading errors one by one."""
    return {r.item.id: [f"{p}: {m}" for p in parts for m in r.scores[p][1]] for r in results}
