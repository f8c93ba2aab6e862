"""Plain data types that flow through the pipeline.

RawPage (bytes as read) -> Article (clean text + metadata + standoff annotation layers)
-> record (a JSON-ready dict, see ``Article.to_record``).  A document that fails at any
stage becomes an ``ErrorRecord`` instead: every input ends as exactly one of the two.

Annotations are standoff ``Span``s into ``Article.body`` so every entity, quantity, claim
and event stays tied to its evidence, and any stage can add a layer without touching others.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

SCHEMA_VERSION = "1"


def stable_id(*parts: str | bytes) -> str:
    """A short id that is the same for the same inputs on every machine and run."""
    h = hashlib.sha1()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:16]


@dataclass
class RawPage:
    """One input document exactly as read, before any interpretation."""

    source: str  # path, URL, "-" for stdin, or "archive.warc.gz#record-3"
    content: bytes
    url: str | None = None  # the page's own URL when known (WARC target, --url, feed link)
    kind: str = "auto"  # "html" | "text" | "auto" (decided by the reader / sniffing)
    encoding: str | None = None  # declared encoding, if the transport said one
    fetched: str | None = None  # ISO time the page was fetched, when known
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return stable_id(self.url or self.source, self.content)

    @property
    def site(self) -> str | None:
        """Host of the URL (without www.), used to group pages of one site."""
        from urllib.parse import urlsplit

        if not self.url:
            return self.meta.get("site")
        host = urlsplit(self.url).hostname or ""
        return host[4:] if host.startswith("www.") else host or None


@dataclass
class Block:
    """One block of the page (a line of scraped text, a block element of HTML).

    ``role`` says what the segmenter decided the block is; ``reason`` says why when the
    block was dropped as chrome, so nothing is silently lost.
    """

    text: str
    role: str = "unknown"  # section|title|dateline|timestamp|byline|lead|body|chrome|unknown
    reason: str | None = None  # e.g. "newsletter-call", "menu-run", "site-template", "share-line"
    tag: str | None = None  # HTML tag name when the block came from markup

    def to_dict(self) -> dict[str, Any]:
        d = {"text": self.text, "role": self.role}
        if self.reason:
            d["reason"] = self.reason
        if self.tag:
            d["tag"] = self.tag
        return d


@dataclass
class Dated:
    """A time found on the page: normalised value plus the text it was read from."""

    value: str  # ISO 8601; date only ("2019-03-03") when no time was given
    text: str  # the text as it stood on the page
    source: str  # how it was found: "text", "json-ld", "opengraph", "time-tag", "htmldate", "url"
    timezone_known: bool = False
    # Every date the page stated, "role:source=value", when the value was chosen among several.
    evidence: list[str] = field(default_factory=list)


@dataclass
class Span:
    """A standoff annotation: [start, end) into Article.body, a label and typed attributes."""

    start: int
    end: int
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)
    id: str | None = None  # set when other spans refer to this one (claims -> speakers)

    def text_in(self, body: str) -> str:
        return body[self.start : self.end]

    def to_dict(self, body: str | None = None) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "label": self.label}
        if self.id:
            d["id"] = self.id
        if body is not None:
            d["text"] = body[self.start : self.end]
        if self.attrs:
            d["attrs"] = self.attrs
        return d


@dataclass
class Article:
    """The clean article and its metadata, with the page's blocks and annotation layers."""

    page_id: str
    source: str
    url: str | None = None
    site: str | None = None
    publisher: str | None = None  # the outlet's name as the page gives it (og:site_name, JSON-LD)
    kind: str = "text"  # which path read it: "html" or "text"
    language: str | None = None
    language_confidence: float | None = None
    section: str | None = None
    title: str | None = None
    dateline_place: str | None = None
    agency: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Dated | None = None
    modified: Dated | None = None
    paragraphs: list[str] = field(default_factory=list)  # lead first, as on the page
    blocks: list[Block] = field(default_factory=list)  # every block of the page, in order
    layers: dict[str, list[Span]] = field(default_factory=dict)  # entities, quantities, ...
    notes: list[str] = field(default_factory=list)  # e.g. "all-chrome: no article text found"
    page_type: str = "article"  # article|front|listing|product|error|paywall-stub|template
    # The linguistic layer (a spaCy Doc over ``body``, set by analyse.base.LayerStep); never
    # serialised: records carry what the analysers made of it.
    parsed: Any = field(default=None, repr=False, compare=False)

    @property
    def body(self) -> str:
        """The article text that every annotation span points into."""
        return "\n\n".join(self.paragraphs)

    @property
    def lead(self) -> str | None:
        return self.paragraphs[0] if self.paragraphs else None

    @property
    def removed(self) -> list[Block]:
        return [b for b in self.blocks if b.role == "chrome"]

    def add_layer(self, name: str, spans: Iterable[Span]) -> None:
        self.layers.setdefault(name, []).extend(spans)

    def to_record(self) -> dict[str, Any]:
        body = self.body
        return {
            "schema": SCHEMA_VERSION,
            "id": self.page_id,
            "status": "ok",
            "source": {"path": self.source, "url": self.url, "site": self.site,
                       "publisher": self.publisher, "kind": self.kind},
            "language": {"code": self.language, "confidence": self.language_confidence},
            "section": self.section,
            "title": self.title,
            "page_type": self.page_type,
            "dateline": {"place": self.dateline_place, "agency": self.agency},
            "authors": list(self.authors),
            "published": asdict(self.published) if self.published else None,
            "modified": asdict(self.modified) if self.modified else None,
            "lead": self.lead,
            "paragraphs": list(self.paragraphs),
            "body": body,
            "removed": [b.to_dict() for b in self.blocks if b.role == "chrome"],
            "blocks": [b.to_dict() for b in self.blocks],
            "annotations": {
                name: [_title_span(s.to_dict(self.title or "")) if (s.attrs or {}).get("part") == "title"
                       else s.to_dict(body) for s in spans] for name, spans in self.layers.items()
            },
            "notes": list(self.notes),
        }


def _title_span(d: dict[str, Any]) -> dict[str, Any]:
    """A headline span as a record holds it: its offsets, and its roles' offsets, into the title
    as ``title_start`` / ``title_end``, with ``start`` / ``end`` null. ``start`` / ``end`` are
    offsets into the body everywhere else, and a reader that maps them so (the shared
    evaluation's flattener, a highlighter) must not place a headline word in the first
    paragraph; without offsets such a reader finds the words by their text."""
    def moved(x):
        if isinstance(x, dict):
            x = {k: moved(v) for k, v in x.items()}
            if isinstance(x.get("start"), int) and isinstance(x.get("end"), int):
                x["title_start"], x["title_end"] = x["start"], x["end"]
                x["start"] = x["end"] = None
            return x
        if isinstance(x, list):
            return [moved(v) for v in x]
        return x

    return moved(d)


@dataclass
class ErrorRecord:
    """What a document that could not be read becomes; the batch goes on without it."""

    page_id: str
    source: str
    stage: str  # the step that failed: "read", "decode", "extract", ...
    kind: str  # short machine-readable cause: "empty", "binary", "too-large", "exception"
    message: str

    def to_record(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "id": self.page_id,
            "status": "error",
            "source": {"path": self.source},
            "error": {"stage": self.stage, "kind": self.kind, "message": self.message},
        }


class PageError(Exception):
    """Raised by a step for a document it cannot handle; becomes an ErrorRecord."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass
class Doc:
    """The unit that travels through the steps: the raw page and what has been made of it.

    Exactly one of ``article`` / ``error`` is set once the pipeline has finished with it.
    """

    page: RawPage
    text: str | None = None  # decoded text of the page
    article: Article | None = None
    error: ErrorRecord | None = None
    # Scratch space between steps of one pipeline (never serialised).
    scratch: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_record(self) -> dict[str, Any]:
        if self.error is not None:
            return self.error.to_record()
        if self.article is None:
            return ErrorRecord(self.page.id, self.page.source, "pipeline", "incomplete",
                               "no step produced an article").to_record()
        return self.article.to_record()
