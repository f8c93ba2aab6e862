"""The base of every analysis step: which layer it adds, which it needs, and the language.

The language is resolved once (``--lang`` over detection); a language without a pipeline is
skipped (the language gate in front of the analysis says so in the record's notes) instead of
being analysed with another language's rules. A step whose
needed layer is missing fails by name: the pipeline was wired in the wrong order.
"""

from __future__ import annotations

from ..pipeline import Step
from ..types import Article, Doc
from .layer import LANGUAGES


class AnalysisStep(Step):
    adds: str = ""  # the layer this step writes ("parsed" for the linguistic layer)
    needs: tuple[str, ...] = ()  # layers that must be there before it runs

    def process(self, doc: Doc) -> Doc:
        article = doc.article
        if article is None:
            return doc
        lang = self.options.language or article.language
        if lang not in LANGUAGES:  # the language gate (language_gate.py) says so in the notes
            return doc
        for layer in self.needs:
            present = article.parsed is not None if layer == "parsed" else layer in article.layers
            if not present:
                raise RuntimeError(f"{self.name} needs the {layer!r} layer; run its step first")
        self.analyse(article, lang)
        return doc

    def analyse(self, article: Article, lang: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class LayerStep(AnalysisStep):
    """Parses the body once; every analyser after it reads ``article.parsed``."""

    name = "layer"
    adds = "parsed"

    def analyse(self, article: Article, lang: str) -> None:
        from .layer import parse

        article.parsed = parse(article.body, lang)
