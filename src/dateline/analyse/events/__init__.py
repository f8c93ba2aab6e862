"""The events stage: PLOVER-typed event mentions with actor, target, place, time and figures.

``step`` runs the stage; ``triggers`` finds trigger words from the lemma lists in ``lexicon``
(``lang/<code>/events/``), ``model`` is the trained trigger classifier, ``parse`` and
``args`` take actor, target and place from the dependency parse.
"""

from .step import EventStep, find_events

__all__ = ["EventStep", "find_events"]
