"""The claims stage: attributed claims, their source chain and their stance links.

``step`` runs the stage; the finders it combines each read the linguistic layer: ``parse``
(speakers from the dependency parse), ``rules`` / ``subjects`` / ``phrases`` (cue patterns
and the noun phrases around them), ``quotes`` and ``layout`` (quotations, dash- and
colon-signed lines), ``model`` (the English attribution tagger), ``context`` (datelines,
pronouns), ``links`` (confirm / dispute links between claims). Words per language come from
``lexicon`` (``lang/<code>/claims/``).
"""

from .step import ClaimStep, find_claims

__all__ = ["ClaimStep", "find_claims"]
