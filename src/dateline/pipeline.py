"""The step contract and the default pipeline.

Every stage is a ``Step``: ``run`` takes an iterator of ``Doc`` and yields ``Doc``.  Most
steps only fill ``process(doc)``; the base class skips documents that already failed, turns
any exception into an ``ErrorRecord`` for that document alone, and counts what it did.
Steps that need the whole batch (site-template learning) override ``run`` instead.

A pipeline is a plain list of steps; executors (``dateline.executors``) run the same list
in-process, over several processes, or on Ray.
"""

from __future__ import annotations

import logging
import traceback
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .types import Doc, ErrorRecord, PageError

log = logging.getLogger("dateline")


@dataclass
class Options:
    """One options object travels through the stages instead of long argument lists."""

    language: str | None = None  # force a language instead of detecting it
    learn_templates: bool = True  # use recurring blocks across a site's pages as chrome
    analyse: bool = True  # run the analysis stages (entities, quantities, claims, events)
    keep_blocks: bool = True  # keep every block (with its role) in the record
    max_bytes: int = 20_000_000  # larger pages are cut to this and a note says so
    html_extractor: str = "dateline"  # "dateline" (trafilatura + our metadata) | "trafilatura"


@dataclass
class Stats:
    """Counts that add up across workers, so per-worker figures merge into one report."""

    counts: Counter = field(default_factory=Counter)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def merge(self, other: "Stats") -> "Stats":
        self.counts.update(other.counts)
        return self

    def as_dict(self) -> dict[str, int]:
        return dict(sorted(self.counts.items()))


class Step:
    """Base of every stage. Fill ``process``; or override ``run`` for batch-wide work."""

    name = "step"

    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        self.stats = Stats()

    def process(self, doc: Doc) -> Doc:  # pragma: no cover - abstract
        raise NotImplementedError

    def guarded(self, doc: Doc) -> Doc:
        """Run ``process`` on one document; a failure becomes that document's error."""
        if not doc.ok:
            return doc
        try:
            doc = self.process(doc)
            self.stats.add(f"{self.name}.ok")
        except PageError as e:
            doc.error = ErrorRecord(doc.page.id, doc.page.source, self.name, e.kind, str(e))
            self.stats.add(f"{self.name}.error.{e.kind}")
        except Exception as e:  # one bad page never stops the batch
            log.debug("step %s failed on %s:\n%s", self.name, doc.page.source, traceback.format_exc())
            doc.error = ErrorRecord(doc.page.id, doc.page.source, self.name, "exception",
                                    f"{type(e).__name__}: {e}")
            self.stats.add(f"{self.name}.error.exception")
        return doc

    def run(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self.guarded(doc)


def run_steps(steps: list[Step], docs: Iterable[Doc]) -> Iterator[Doc]:
    """Chain the steps lazily over the documents."""
    stream: Iterable[Doc] = docs
    for step in steps:
        stream = step.run(stream)
    yield from stream


def default_steps(options: Options | None = None) -> list[Step]:
    """The default pipeline: decode -> extract -> metadata -> analyse.

    Imports are local so that ``import dateline.pipeline`` stays cheap and a missing
    optional part fails by name when the pipeline is built.
    """
    from .extract import ExtractStep
    from .readers.decode import DecodeStep

    options = options or Options()
    steps: list[Step] = [DecodeStep(options)]
    if options.learn_templates:
        from .extract.templates import TemplateStep

        steps.append(TemplateStep(options))
    steps.append(ExtractStep(options))
    if options.analyse:
        from .analyse import analysis_steps
        from .language_gate import gated_analysis

        steps.extend(gated_analysis(analysis_steps(options), options))
    return steps
