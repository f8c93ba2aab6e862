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

from .budget import OverBudget, deadline
from .types import Doc, ErrorRecord, PageError

log = logging.getLogger("dateline")

# A step's first document also pays for loading its models and word lists (lazily, on first
# use); that one call gets this much more time so the first page of a batch is not blamed.
WARM_UP_SECONDS = 120.0


@dataclass
class Options:
    """One options object travels through the stages instead of long argument lists."""

    language: str | None = None  # force a language instead of detecting it
    learn_templates: bool = True  # use recurring blocks across a site's pages as chrome
    analyse: bool = True  # run the analysis stages (entities, quantities, claims, events)
    keep_blocks: bool = True  # keep every block (with its role) in the record
    max_bytes: int = 20_000_000  # larger pages are cut to this and a note says so
    max_read_bytes: int = 64 * 1024 * 1024  # a document with more bytes (decompressed) is "too-large"
    max_seconds: float = 60.0  # a document that takes longer through the steps is "over-budget"
    html_extractor: str = "dateline"  # "dateline" (trafilatura + our metadata) | "fast" (resiliparse first,
    # trafilatura where unsure: extract/fast.py) | "trafilatura"

    def __post_init__(self) -> None:
        if self.language is not None:
            from .language import check_language

            check_language(self.language)


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
        self._warmed = False

    def process(self, doc: Doc) -> Doc:  # pragma: no cover - abstract
        raise NotImplementedError

    def guarded(self, doc: Doc) -> Doc:
        """Run ``process`` on one document; a failure becomes that document's error.

        Each document has ``options.max_seconds`` for all its steps together; a step that
        runs past what is left is stopped and the document becomes an "over-budget" error
        (a step's first document has ``WARM_UP_SECONDS`` more, for loading its models).
        Running out of memory on one document makes that document a "memory" error."""
        if not doc.ok:
            return doc
        spent = doc.scratch.get("seconds", 0.0)
        grace = 0.0 if getattr(self, "_warmed", False) else WARM_UP_SECONDS
        self._warmed = True
        clock = deadline(self.options.max_seconds - spent + grace)
        try:
            with clock:
                doc = self.process(doc)
            self.stats.add(f"{self.name}.ok")
        except OverBudget:
            doc.error = ErrorRecord(doc.page.id, doc.page.source, self.name, "over-budget",
                                    f"stopped after {self.options.max_seconds:g} s, the time budget per document")
            self.stats.add(f"{self.name}.error.over-budget")
        except PageError as e:
            doc.error = ErrorRecord(doc.page.id, doc.page.source, self.name, e.kind, str(e))
            self.stats.add(f"{self.name}.error.{e.kind}")
        except MemoryError:
            doc.error = ErrorRecord(doc.page.id, doc.page.source, self.name, "memory",
                                    "ran out of memory on this document")
            self.stats.add(f"{self.name}.error.memory")
        except Exception as e:  # one bad page never stops the batch
            log.debug("step %s failed on %s:\n%s", self.name, doc.page.source, traceback.format_exc())
            doc.error = ErrorRecord(doc.page.id, doc.page.source, self.name, "exception",
                                    f"{type(e).__name__}: {e}")
            self.stats.add(f"{self.name}.error.exception")
        doc.scratch["seconds"] = spent + max(0.0, clock.elapsed - grace)
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
