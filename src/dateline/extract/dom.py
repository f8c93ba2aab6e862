"""The parsed trees of one page on the HTML path, each built at most once and only when needed.

Three parsers meet here.  resiliparse (Lexbor, C) runs the fast path's first pass on its own
tree.  selectolax (Lexbor too) gives the tree the fast path's metadata cascade and page blocks
read: resiliparse's Python access to nodes is slow (each step of a node list re-runs the
query), selectolax's is fast.  lxml (trafilatura's loader) is what trafilatura and htmldate
read: on the fast path it is parsed only for a page the first pass is unsure of, or whose
published day htmldate could change (``metadata/date_choice.htmldate_can_change``); the
default path parses it at once and its metadata cascade reads it too.

The cascade is written against the small part of lxml's element interface it uses (``iter``,
``get``, ``tag``, ``getparent``, ``iterancestors``, ``text_content``, ``text`` of a script);
``LexborRoot`` and ``LexborElement`` give that interface over a selectolax tree, so one
cascade reads both trees.
"""

from __future__ import annotations

from typing import Iterator

from ..types import PageError


def parse_lxml(text: str):
    """The page as trafilatura's loader parses it (what trafilatura and htmldate expect)."""
    from trafilatura.utils import load_html

    try:
        tree = load_html(text)
    except Exception as e:
        raise PageError("unparseable", f"lxml could not parse the page: {type(e).__name__}: {e}")
    if tree is None:
        raise PageError("unparseable", "no HTML tree could be built from the page")
    return tree


def parse_lexbor(text: str):
    """The page as Lexbor parses it (selectolax): the tree the fast path's metadata reads."""
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as e:  # declared dependency; fail by name
        raise ImportError("the fast HTML path needs the 'selectolax' package") from e
    tree = LexborHTMLParser(text)
    if tree.root is None:
        raise PageError("unparseable", "no HTML tree could be built from the page")
    return tree


def parse_resiliparse(text: str):
    """The page for resiliparse's main-content extraction (the fast path's first pass)."""
    try:
        from resiliparse.parse.html import HTMLTree
    except ImportError as e:  # declared dependency; fail by name
        raise ImportError("the fast HTML path needs the 'resiliparse' package") from e
    return HTMLTree.parse(text)


class HtmlPage:
    """A page's HTML and its parsed trees, each built at most once, on first use."""

    def __init__(self, text: str, parser: str = "lexbor"):
        self.text = text
        self.parser = parser  # which tree the metadata cascade reads: "lexbor" | "lxml"
        self._lexbor = self._lxml = self._resiliparse = None

    @property
    def lexbor(self):
        if self._lexbor is None:
            self._lexbor = parse_lexbor(self.text)
        return self._lexbor

    @property
    def resiliparse(self):
        if self._resiliparse is None:
            self._resiliparse = parse_resiliparse(self.text)
        return self._resiliparse

    @property
    def lxml(self):
        if self._lxml is None:
            self._lxml = parse_lxml(self.text)
        return self._lxml

    @property
    def lxml_parsed(self) -> bool:
        return self._lxml is not None

    @property
    def root(self):
        """The tree the metadata cascade reads: an lxml root, or a ``LexborRoot``."""
        return LexborRoot(self.lexbor) if self.parser == "lexbor" else self.lxml


def count_elements(root) -> int:
    if isinstance(root, LexborRoot):
        return root.count_elements()
    return int(root.xpath("count(//*)"))


class LexborElement:
    """One Lexbor element seen through the lxml methods the metadata cascade calls."""

    __slots__ = ("node",)

    def __init__(self, node):
        self.node = node

    def __eq__(self, other) -> bool:
        return isinstance(other, LexborElement) and self.node == other.node

    def __hash__(self) -> int:
        return hash(self.node)

    @property
    def tag(self) -> str:
        return self.node.tag

    def get(self, name: str, default=None):
        return self.node.attrs.get(name, default)

    def getparent(self) -> "LexborElement | None":
        parent = self.node.parent
        return LexborElement(parent) if parent is not None and parent.is_element_node else None

    def iterancestors(self) -> Iterator["LexborElement"]:
        parent = self.node.parent
        while parent is not None and parent.is_element_node:
            yield LexborElement(parent)
            parent = parent.parent

    def text_content(self) -> str:
        return self.node.text()

    @property
    def text(self) -> str:
        """For a ``<script>``: its source, as lxml's ``.text`` gives it."""
        return self.node.text()

    def iter(self, *tags) -> Iterator["LexborElement"]:
        return _select(self.node, _tags(tags))

    def children_with_text(self) -> Iterator["str | LexborElement"]:
        """Child text (as str) and child elements in document order; comments left out."""
        for child in self.node.iter(include_text=True):
            if child.is_text_node:
                yield child.text_content
            elif child.is_element_node:
                yield LexborElement(child)


# The elements the HTML path asks for by tag (metadata/html_meta.py, extract/html.py's page
# blocks): found in one walk of the tree on the first request, instead of one walk per tag.
PREFETCH_TAGS = ("script", "meta", "link", "time", "title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "li",
                 "blockquote", "figcaption", "dt", "dd", "td", "th", "pre", "caption")
_PREFETCH = frozenset(PREFETCH_TAGS)


class LexborRoot:
    """A Lexbor document seen as lxml's root ``<html>`` element."""

    def __init__(self, tree):
        self.tree = tree
        self.node = tree.root
        self._found: list | None = None  # the PREFETCH_TAGS elements, in document order
        self._by_tag: dict[str, list] = {}

    def get(self, name: str, default=None):
        return self.node.attrs.get(name, default)

    def iter(self, *tags) -> Iterator[LexborElement]:
        tags = _tags(tags)
        if not tags or not _PREFETCH.issuperset(tags):
            return _select(self.node, tags)
        if self._found is None:
            self._found = self.node.css(", ".join(PREFETCH_TAGS))
            for n in self._found:
                self._by_tag.setdefault(n.tag, []).append(n)
        if len(tags) == 1:
            return (LexborElement(n) for n in self._by_tag.get(tags[0], ()))
        wanted = frozenset(tags)
        return (LexborElement(n) for n in self._found if n.tag in wanted)

    def select(self, css: str) -> list[LexborElement]:
        return [LexborElement(n) for n in self.node.css(css)]

    def itertext(self) -> Iterator[str]:
        yield self.node.text()

    def count_elements(self) -> int:
        return len(self.node.css("*"))  # the root itself included


def _tags(tags) -> tuple[str, ...]:
    if len(tags) == 1 and isinstance(tags[0], (tuple, list)):
        return tuple(tags[0])
    return tuple(tags)


def _select(node, tags: tuple[str, ...]) -> Iterator[LexborElement]:
    # a selector list matches in document order, as lxml's iter(tags) does
    return (LexborElement(n) for n in node.css(", ".join(tags) if tags else "*"))
