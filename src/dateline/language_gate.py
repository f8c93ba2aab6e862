"""The language gate: analysis runs only on pages in a language dateline analyses.

Extraction and metadata work on any page; the analysis stages (entities, quantities, claims,
events) have word lists and models for nl, en, de and fr only.  A page in another language
(detected, or forced with ``--lang es``) keeps its text and metadata and gets a note that
analysis was skipped, so it is told apart from a page with nothing in it.
"""

from __future__ import annotations

from .language import SUPPORTED
from .pipeline import Step
from .types import Doc

ANALYSED_LANGUAGES = SUPPORTED  # listed in the README ("Languages")
_SKIP = "skip_analysis"


class LanguageGate(Step):
    name = "language-gate"

    def process(self, doc: Doc) -> Doc:
        article = doc.article
        if article is None or not article.paragraphs:
            return doc  # nothing to analyse; the extractor's own note says so
        lang = (self.options.language or article.language or "").split("-")[0].lower()
        if lang not in ANALYSED_LANGUAGES:
            doc.scratch[_SKIP] = True
            said = f"language '{lang}'" if lang else "an unidentified language"
            article.notes.append(f"analysis-skipped: the page is in {said}; dateline analyses "
                                 f"{', '.join(ANALYSED_LANGUAGES)} (text and metadata are extracted)")
            self.stats.add("language-gate.skipped")
        return doc


class Gated(Step):
    """An analysis step that leaves pages the gate turned away untouched."""

    def __init__(self, inner: Step):
        super().__init__(inner.options)
        self.inner, self.name, self.stats = inner, inner.name, inner.stats

    def process(self, doc: Doc) -> Doc:
        return doc if doc.scratch.get(_SKIP) else self.inner.process(doc)


def gated_analysis(steps: list[Step], options) -> list[Step]:
    return [LanguageGate(options)] + [Gated(s) for s in steps]
