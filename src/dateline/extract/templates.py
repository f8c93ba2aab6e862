"""Site templates: blocks that recur across many pages of one site are chrome.

A batch step: it buffers the batch, groups the scraped-text pages by site (``page.site``,
else the parent directory of the source), and for every site with at least
``MIN_PAGES`` pages puts the normalised blocks that occur on a good share of its pages in
``doc.scratch['template']``; the segmenter marks those blocks chrome ("site-template"),
in whatever words they are written.  A wire story printed on two pages of a batch is no
template: a block must recur on at least ``MIN_PAGES`` pages and on ``MIN_SHARE`` of them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from pathlib import PurePath
from typing import Iterable, Iterator

from ..pipeline import Step
from ..types import Doc
from .blocks import normalise, split_blocks

MIN_PAGES = 3
MIN_SHARE = 0.5


def site_key(doc: Doc) -> str | None:
    site = doc.page.site
    if site:
        return site
    src = doc.page.source
    if not src or src.startswith("<") or src == "-":
        return None
    return "dir:" + str(PurePath(src.split("#", 1)[0]).parent)


def learn_templates(pages: list[list[str]], min_pages: int = MIN_PAGES,
                    min_share: float = MIN_SHARE) -> frozenset[str]:
    """Normalised blocks found on >= max(min_pages, min_share of the pages) pages."""
    if len(pages) < min_pages:
        return frozenset()
    need = max(min_pages, math.ceil(min_share * len(pages)))
    seen = Counter()
    for blocks in pages:
        seen.update({k for k in map(normalise, blocks) if k})
    return frozenset(k for k, c in seen.items() if c >= need)


class TemplateStep(Step):
    name = "templates"

    def process(self, doc: Doc) -> Doc:  # one page alone teaches nothing
        return doc

    def run(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        batch = list(docs)
        groups: dict[str, list[Doc]] = defaultdict(list)
        for doc in batch:
            if doc.ok and doc.text and doc.scratch.get("kind", "text") == "text":
                key = site_key(doc)
                if key:
                    groups[key].append(doc)
        for key, members in groups.items():
            try:
                template = learn_templates([split_blocks(d.text or "") for d in members])
            except Exception:  # a bad page must not cost its site-mates their extraction
                self.stats.add("templates.error")
                continue
            if template:
                self.stats.add("templates.sites")
                for d in members:
                    d.scratch["template"] = template
        yield from batch
