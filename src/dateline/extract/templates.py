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
WINDOW = 5000  # pages buffered at most; templates are learnt per window


def _learns(doc: Doc) -> bool:
    """Scraped-text pages are the ones templates are learnt from and applied to."""
    return bool(doc.ok and doc.text and doc.scratch.get("kind", "text") == "text")


def site_key(doc: Doc) -> str | None:
    site = doc.page.site
    if site:
        return site
    src = doc.page.source
    if not src or src.startswith("<") or src == "-":
        return None
    return "dir:" + str(PurePath(src.split("#", 1)[0]).parent)


def _copy_groups(keyed: list[list[str]], long_keys: list[set[str]]) -> list[int]:
    """Group id per page: a page whose long blocks were mostly seen on one earlier page's
    group is a copy of that story (a wire story printed twice), not another site page."""
    owner: dict[str, int] = {}
    group = []
    for i, longs in enumerate(long_keys):
        votes = Counter(owner[k] for k in longs if k in owner)
        g, hits = votes.most_common(1)[0] if votes else (i, 0)
        g = g if longs and hits > len(longs) / 2 else i
        group.append(g)
        for k in longs:
            owner.setdefault(k, g)
    return group


def learn_templates(pages: list[list[str]], min_pages: int = MIN_PAGES,
                    min_share: float = MIN_SHARE) -> frozenset[str]:
    """Normalised blocks found on >= max(min_pages, min_share of the pages) pages.

    Copies of one story count as one page, so a story repeated across a batch never
    becomes its own template."""
    if len(pages) < min_pages:
        return frozenset()
    keyed = [[k for k in map(normalise, blocks) if k] for blocks in pages]
    long_keys = [{k for k in keys if k.count(" ") >= 7} for keys in keyed]
    group = _copy_groups(keyed, long_keys)
    n_groups = len(set(group))
    if n_groups < min_pages:
        return frozenset()
    need = max(min_pages, math.ceil(min_share * n_groups))
    seen: dict[str, set[int]] = {}
    for keys, g in zip(keyed, group):
        for k in set(keys):
            seen.setdefault(k, set()).add(g)
    return frozenset(k for k, gs in seen.items() if len(gs) >= need)


class TemplateStep(Step):
    name = "templates"

    def process(self, doc: Doc) -> Doc:  # one page alone teaches nothing
        return doc

    def run(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        # buffer in bounded windows so a stream of 100k pages never sits in memory at once;
        # only scraped-text pages learn templates, so a page with no text page waiting ahead of
        # it passes straight through (an all-HTML WARC holds nothing here), order kept
        window: list[Doc] = []
        for doc in docs:
            if not window and not _learns(doc):
                yield doc
                continue
            window.append(doc)
            if len(window) >= WINDOW:
                yield from self._mark(window)
                window = []
        yield from self._mark(window)

    def _mark(self, batch: list[Doc]) -> Iterator[Doc]:
        groups: dict[str, list[Doc]] = defaultdict(list)
        for doc in batch:
            if _learns(doc):
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
