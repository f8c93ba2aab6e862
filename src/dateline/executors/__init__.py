"""Executors run the same list of steps in-process or over several processes.

Pages of one site are kept in one shard, because site-template learning needs to see
all of a site's pages of the batch together.
"""

from .local import LocalExecutor, docs_from
from .process import ProcessExecutor

__all__ = ["LocalExecutor", "ProcessExecutor", "docs_from"]
