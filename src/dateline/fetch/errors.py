"""Why a URL could not be fetched: a short kind (for counting) and a message (for people)."""

from __future__ import annotations


class FetchError(Exception):
    """Raised for one URL; becomes that URL's error record, and the run goes on."""

    def __init__(self, kind: str, message: str, status: int | None = None):
        super().__init__(message)
        self.kind = kind  # timeout, connect, too-large, redirects, content-type, robots, http-404, ...
        self.status = status
