"""A fast first pass for the main text of HTML pages, with the slow path only where unsure.

resiliparse (Lexbor DOM, C) extracts the main content about ten times faster than
trafilatura, with high recall and lower precision: it keeps bylines, captions, related
headlines and footers around the article.  Two things make it usable on its own:

- edges trimmed: the text runs from the first to the last paragraph-like line (eight words
  or more, ending like a sentence); short non-sentence lines inside that run are dropped;
- two extractions of the same parsed tree compared, one keeping comment sections and post
  metadata and one without.  When they agree (token F1 ≥ ``AGREE``), the body is long enough
  and few of its lines are short, the page is a plain article and the first pass stands.
  Otherwise the caller runs the slow path (trafilatura), about one page in six on the
  extraction benchmark (docs/extraction-fast.md; thresholds set on that benchmark).
"""

from __future__ import annotations

import re
from collections import Counter

AGREE = 0.95  # token F1 between the two extractions
MIN_WORDS = 100  # a shorter body is not trusted
MAX_SHORT_LINES = 0.25  # share of body lines under PARAGRAPH_WORDS words
PARAGRAPH_WORDS = 8
INNER_SHORT_WORDS = 4  # inside the body, lines this short and not ending a sentence are chrome
_SENTENCE_END = re.compile(r"[.!?…\"”’»)\]:]$")
_OPTIONS = dict(preserve_formatting=True, list_bullets=False, alt_texts=False, links=False)


def trim_edges(text: str) -> list[str]:
    """Lines from the first to the last paragraph-like line, without short non-sentences."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    words = [len(ln.split()) for ln in lines]  # each line split once
    marks = [i for i, ln in enumerate(lines) if words[i] >= PARAGRAPH_WORDS and _SENTENCE_END.search(ln)]
    if not marks:
        return lines
    return [ln for ln, n in zip(lines[marks[0]:marks[-1] + 1], words[marks[0]:marks[-1] + 1])
            if n > INNER_SHORT_WORDS or _SENTENCE_END.search(ln)]


def _token_f1(a: list[str], b: list[str]) -> float:
    ta, tb = Counter(" ".join(a).split()), Counter(" ".join(b).split())
    if not ta or not tb:
        return 1.0 if ta == tb else 0.0
    overlap = sum((ta & tb).values())
    p, r = overlap / sum(ta.values()), overlap / sum(tb.values())
    return 2 * p * r / (p + r) if p + r else 0.0


def first_pass(html) -> tuple[list[str] | None, str]:
    """(paragraphs, "sure") when the fast pass can be trusted, else (None, why not).
    ``html`` is the page's text or its resiliparse ``HTMLTree`` (extract/dom.py)."""
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree
    except ImportError as e:  # declared dependency; fail by name
        raise ImportError("the fast HTML path needs the 'resiliparse' package") from e
    tree = HTMLTree.parse(html) if isinstance(html, str) else html
    if tree.body is None:
        return None, "no-body"
    strict = trim_edges(extract_plain_text(tree, main_content=True, comments=False, post_meta=False, **_OPTIONS))
    words = sum(len(ln.split()) for ln in strict)
    if words < MIN_WORDS:
        return None, "short"
    if sum(1 for ln in strict if len(ln.split()) < PARAGRAPH_WORDS) > MAX_SHORT_LINES * len(strict):
        return None, "fragmented"
    # the second reading only where the first would stand (same decisions, less work)
    loose = trim_edges(extract_plain_text(tree, main_content=True, **_OPTIONS))
    if _token_f1(loose, strict) < AGREE:
        return None, "disagree"
    return strict, "sure"
