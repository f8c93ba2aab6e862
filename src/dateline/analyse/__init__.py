"""Analysis stages over an Article: entities, places, quantities, claims, events.

Each stage is a Step that adds one annotation layer (standoff spans into Article.body).
Order matters: claims use entities, events use entities, quantities and claims; the
headline's claims and events are added last (``title.py``).
"""

from __future__ import annotations

import importlib

from ..pipeline import Options, Step

# (module, class) in pipeline order.
STAGES = [
    ("dateline.analyse.base", "LayerStep"),
    ("dateline.analyse.entities", "EntityStep"),
    ("dateline.analyse.quantities", "QuantityStep"),
    ("dateline.analyse.claims", "ClaimStep"),
    ("dateline.analyse.events", "EventStep"),
    ("dateline.analyse.title", "TitleStep"),  # the headline's claims and events
    ("dateline.analyse.events.doc_filter", "EventCheckStep"),  # per type: really reported? (nl)
]


def analysis_steps(options: Options) -> list[Step]:
    return [getattr(importlib.import_module(module), cls)(options) for module, cls in STAGES]
