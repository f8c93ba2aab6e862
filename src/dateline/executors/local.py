"""In-process executor: the default, and what every other executor runs per shard."""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from ..pipeline import Options, Stats, Step, default_steps, run_steps
from ..types import Doc, ErrorRecord, RawPage


def docs_from(items: Iterable[RawPage | ErrorRecord]) -> Iterator[Doc]:
    """Wrap reader output as Docs; a reader's error travels on as an already-failed Doc."""
    for item in items:
        if isinstance(item, ErrorRecord):
            yield Doc(page=RawPage(source=item.source, content=b""), error=item)
        else:
            yield Doc(page=item)


class LocalExecutor:
    def __init__(self, options: Options | None = None,
                 steps_factory: Callable[[Options], list[Step]] = default_steps):
        self.options = options or Options()
        self.steps = steps_factory(self.options)
        self.stats = Stats()

    def run_docs(self, items: Iterable[RawPage | ErrorRecord]) -> Iterator[Doc]:
        for doc in run_steps(self.steps, docs_from(items)):
            self.stats.add("documents")
            self.stats.add("ok" if doc.ok else "errors")
            yield doc

    def run(self, items: Iterable[RawPage | ErrorRecord]) -> Iterator[dict[str, Any]]:
        for doc in self.run_docs(items):
            yield doc.to_record()

    def step_stats(self) -> Stats:
        total = Stats().merge(self.stats)
        for step in self.steps:
            total.merge(step.stats)
        return total
