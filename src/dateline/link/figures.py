"""Low / best / high for an event reported with different numbers (UCDP-style).

Rule (documented in docs/store.md):
  * credible figures: those not from a negated report and not from a claim that another
    claim disputes; when every figure is disputed, all non-negated figures count (a disputed
    figure is still the only evidence there is).
  * low  = the lowest credible figure (a figure's own ``low`` when it is a range "10 tot 15").
  * high = the highest credible figure (its ``high`` for a range).
  * best = the value cited by the most distinct sources (outlets / claimants) when one value
    leads; otherwise the lower median of the credible values.  It always lies in [low, high].
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any


def summarise(figures: list[dict[str, Any]]) -> dict[str, Any] | None:
    usable = [f for f in figures if not f.get("negated")
              and any(f.get(k) is not None for k in ("value", "low", "high"))]
    credible = [f for f in usable if not f.get("disputed")] or usable
    if not credible:
        return None
    lows = [f["low"] if f.get("low") is not None else f.get("value", f.get("high")) for f in credible]
    highs = [f["high"] if f.get("high") is not None else f.get("value", f.get("low")) for f in credible]
    low, high = min(v for v in lows if v is not None), max(v for v in highs if v is not None)
    sources: dict[float, set[str]] = defaultdict(set)
    for f in credible:
        v = f.get("value")
        if v is not None:
            sources[v].add(f.get("site") or f.get("claimant") or f.get("article_id") or "?")
    ranked = sorted(sources.items(), key=lambda kv: -len(kv[1]))
    if ranked and (len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1])):
        best, rule = ranked[0][0], "most-cited"
    else:
        values = sorted(v for v in sources) or sorted((lo + hi) / 2 for lo, hi in zip(lows, highs))
        best, rule = values[(len(values) - 1) // 2], "median"
    best = min(max(best, low), high)
    # every figure disputed: they still stand (the only evidence there is), and say so, so a
    # reader never quotes a best estimate without knowing it is contested
    disputed_only = all(f.get("disputed") for f in credible)
    return {"low": low, "best": best, "high": high, "rule": rule, "disputed_only": disputed_only,
            "n_figures": len(figures), "n_credible": len(credible),
            "n_sources": len({s for v in sources.values() for s in v})}
