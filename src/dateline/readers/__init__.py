"""Readers turn paths, directories, stdin, WARC archives and feeds into RawPages.

``iter_pages(inputs)`` yields one ``RawPage`` per document, or an ``ErrorRecord`` for an
input that cannot even be opened (so every input still ends as exactly one record).
"""

from .files import iter_pages, page_from_bytes

__all__ = ["iter_pages", "page_from_bytes"]
