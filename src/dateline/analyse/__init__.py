"""Analysis stages over an Article: entities, places, quantities, claims, events.

Each stage is a Step that adds one annotation layer (standoff spans into Article.body).
Order matters: claims use entities, events use entities, quantities and claims.
"""

from __future__ import annotations

import importlib

from ..pipeline import Options, Step

# (module, class) in pipeline order.
STAGES = [
    ("dateline.analyse.entities", "EntityStep"),
    ("dateline.analyse.quantities", "QuantityStep"),
    ("dateline.analyse.claims", "ClaimStep"),
    ("dateline.analyse.events", "EventStep"),
]


def analysis_steps(options: Options) -> list[Step]:
    steps = []
    for module, cls in STAGES:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name == module:  # stage not built yet in this checkout
                continue
            raise
        steps.append(getattr(mod, cls)(options))
    return steps
