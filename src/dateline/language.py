"""Language identification (py3langid, offline), with normalised confidence."""

from __future__ import annotations

from array import array
from functools import lru_cache
from pathlib import Path

# Languages dateline reads; detection is limited to a wider set so that a page in another
# language is reported as such rather than forced into one of ours.
SUPPORTED = ("nl", "en", "de", "fr")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        parts = _unpacked_model(MODEL_DIR / MODEL_FILE)
        if parts is not None:
            ptc, pc, classes, nextmove, row, output = parts
            return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    except Exception:  # another py3langid's model layout: its own loader below
        pass
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_PARTS = ("ptc", "pc", "classes", "nextmove", "row", "output")


def _unpacked_model(packed: Path):
    """py3langid's model, unpacked once into dateline's cache (``dateline/cache.py``) as plain
    arrays: the packaged model is LZMA-compressed, and unpacking it costs about 0.45
    CPU-seconds in every process, the largest part of reading one page.  The unpacked arrays
    (68 MB) load in a few milliseconds, the large table memory-mapped (shared by workers, read
    only where used).  None when the cache cannot be written (the caller loads the packed one)."""
    import py3langid

    from .cache import derived_dir, source_key

    def write(folder: Path) -> None:
        import numpy as np
        from py3langid.modelio import load_model

        for name, value in zip(_PARTS, load_model(packed)):
            if isinstance(value, array):
                value = np.frombuffer(value, dtype=f"u{value.itemsize}")
            np.save(folder / f"{name}.npy", np.asarray(value))

    folder = derived_dir("langid", source_key(packed, py3langid.__version__), write)
    return _read_parts(folder) if folder is not None else None


def _read_parts(folder: Path):
    import numpy as np

    def stdlib_array(a):  # the DFA walks a stdlib array: indexing one is faster than numpy's
        out = array({2: "H", 4: "I", 8: "Q"}[a.dtype.itemsize])
        out.frombytes(np.ascontiguousarray(a).tobytes())
        return out

    loaded = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in _PARTS}
    return (loaded["ptc"], np.array(loaded["pc"]), loaded["classes"].tolist(), stdlib_array(loaded["nextmove"]),
            stdlib_array(loaded["row"]), loaded["output"].tolist())


# Characters of text the identifier reads: on the 1,127 pages of the extraction and date sets
# 1,500 give the same language as 4,000 on every page, at a third of the cost (0 differences;
# 1,000 changed one page).
SAMPLE_CHARS = 1500


def detect(text: str, sample: int = SAMPLE_CHARS) -> tuple[str | None, float | None]:
    """Return (ISO 639-1 code, probability) for ``text``; (None, None) when too little text."""
    sample_text = text[:sample]
    letters = 0
    for ch in sample_text:  # 20 letters are enough: stop counting there
        if ch.isalpha():
            letters += 1
            if letters >= 20:
                break
    if letters < 20:
        return None, None
    code, prob = _identifier().classify(sample_text)
    return code, round(float(prob), 3)


def check_language(code: str) -> str:
    """``code`` when it names a language (ISO 639-1); a ValueError otherwise. A language
    dateline does not analyse (``es``) is accepted: the page keeps extraction and metadata and
    the language gate notes that analysis was skipped; ``xx`` or ``english`` are refused."""
    from babel import Locale, UnknownLocaleError

    try:
        if len(code) == 2 and code.isalpha() and code.islower():
            Locale.parse(code)
            return code
    except (UnknownLocaleError, ValueError):
        pass
    raise ValueError(f"unknown language {code!r}: give an ISO 639-1 code; dateline analyses "
                     f"{', '.join(SUPPORTED)} and extracts any other")
