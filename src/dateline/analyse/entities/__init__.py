"""The entities stage: people, organisations, media, groups, roles and places.

``step`` runs the stage; ``ner`` combines the layer's NER with gazetteers and patterns; places
are geocoded by ``dateline.analyse.places``.
"""

from .step import EntityStep, entity_spans

__all__ = ["EntityStep", "entity_spans"]
