"""Site-template learning (first cut; the text helper owns and replaces this)."""

from __future__ import annotations

from ..pipeline import Step


class TemplateStep(Step):
    name = "templates"

    def process(self, doc):
        return doc
