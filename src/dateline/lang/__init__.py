"""Language data: one folder per language (``lang/<code>/``), split by the stage that reads
it (``lang/<code>/<stage>/<name>``, the stage as ``MANIFEST.tsv`` lists it), one file per
kind of data. Callers name only the file: where it lives is this module's business.

Files are plain text, UTF-8, one entry a line; ``#`` starts a comment (every file opens with
comments saying what it holds and where it came from). ``lang/xx/`` holds data shared by all
languages (agencies, outlets). Tab-separated files give columns.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent
SHARED = "xx"


class UnknownDataFile(KeyError):
    """A data file name that ``MANIFEST.tsv`` does not list: a misspelling, not an empty list."""


@lru_cache(maxsize=None)
def manifest() -> dict[str, tuple[str, str]]:
    """file name -> (stage that reads it, scope: per-language | shared | both)."""
    out = {}
    for line in (LANG_DIR / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, stage, scope = line.split("\t")[:3]
            out[name] = (stage, scope)
    return out


def path(lang: str, name: str) -> Path:
    if name not in manifest():
        raise UnknownDataFile(f"language data file {name!r} is not listed in lang/MANIFEST.tsv")
    return LANG_DIR / lang / manifest()[name][0] / name


def _lines(p: Path) -> list[str]:
    if not p.exists():
        return []
    out = []
    for line in p.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0] if not line.startswith("#") else ""
        line = line.rstrip()
        if line.strip():
            out.append(line.strip() if "\t" not in line else line)
    return out


@lru_cache(maxsize=None)
def load_list(lang: str | None, name: str, with_shared: bool = False) -> tuple[str, ...]:
    """Entries of ``lang/<lang>/<name>``; with_shared adds ``lang/xx/<name>``; missing -> ()."""
    items: list[str] = []
    if lang:
        items += _lines(path(lang, name))
    if with_shared or not lang:
        items += _lines(path(SHARED, name))
    return tuple(items)


@lru_cache(maxsize=None)
def load_table(lang: str | None, name: str, with_shared: bool = False) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file, each as a tuple of its columns."""
    return tuple(tuple(c.strip() for c in row.split("\t"))
                 for row in load_list(lang, name, with_shared))


def languages() -> list[str]:
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and len(p.name) == 2 and p.name != SHARED)
