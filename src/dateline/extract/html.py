"""The HTML path: main text, our metadata cascade, each page parsed as few times as it needs.

Default path: the page is parsed once with trafilatura's own loader (so its extraction sees
exactly what it would see on its own); the same lxml tree feeds the metadata cascade, the list
of page blocks (to record what trafilatura dropped as chrome), htmldate and trafilatura (which
works on a copy).  Fast path (``html_extractor="fast"``): resiliparse's first pass reads its
own Lexbor tree; the metadata cascade and the page blocks read a second Lexbor tree
(selectolax); an lxml tree is parsed only for a page the first pass is unsure of (trafilatura)
or whose published day htmldate could change (``extract/dom.py``).
The result has the same shape as the scraped-text path: roles for every block kept.
"""

from __future__ import annotations

from ..metadata.agencies import canonical
from ..metadata.byline import parse_byline
from ..metadata.dateline import find_agency_credit, parse_dateline
from ..metadata.dates import find_dates, is_timestamp_block
from ..metadata.date_choice import htmldate_can_change
from ..metadata.html_meta import HtmldateSlot, PageMeta, read_htmldate, read_markup, settle_dates
from ..metadata.relative_dates import relative_timestamp
from ..types import Article, Block, Dated, Doc, PageError
from .dom import HtmlPage, count_elements, parse_lxml

# Leaf-ish block elements whose text we list to find what trafilatura dropped.  Divs are left
# out on purpose: their text_content() repeats every child and would make this quadratic.
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "dt", "dd",
               "td", "th", "pre", "caption")
MAX_PAGE_BLOCKS = 400  # the chrome listing is a courtesy: cap its cost on huge pages
MAX_ELEMENTS = 150_000  # beyond this a "page" is a data dump, not an article

# Options measured on the extraction benchmark (docs/metadata-and-html.md): without the
# fallback comparison (fast=True) trafilatura is ~1.5x faster and scores within .005 F1; a page
# whose fast extraction comes out short gets the full run with fallbacks.
TRAFILATURA_OPTIONS = dict(fast=True, favor_precision=False, include_comments=False, include_tables=True,
                           with_metadata=False, output_format="python")
RETRY_BELOW_CHARS = 500
MAX_HTML_CHARS = 10_000_000  # a bigger decoded page is a dump, not an article: clean error

def _norm(text: str) -> str:
    return " ".join(text.split())  # the same as collapsing \s+ and stripping, at a third of the cost


def _page_blocks(tree) -> list[tuple[str, str]]:
    """(tag, text) of the page's block-level elements in document order, capped."""
    out: list[tuple[str, str]] = []
    for el in tree.iter(_BLOCK_TAGS):
        if len(out) >= MAX_PAGE_BLOCKS:
            break
        # Skip blocks nested in another listed block (li > p): the outer one carries the text.
        parent = el.getparent()
        if parent is not None and parent.tag in ("li", "blockquote", "td", "dd", "th"):
            continue
        text = _norm(el.text_content())
        if text:
            out.append((el.tag, text))
    return out


def parse_tree(text: str):
    """The page as an lxml tree (trafilatura's loader)."""
    return parse_lxml(text)


def _main_text(tree, url: str | None, html_extractor: str) -> list[str]:
    import trafilatura

    opts = dict(TRAFILATURA_OPTIONS)
    if html_extractor == "trafilatura":  # plain trafilatura defaults, for comparison
        opts.update(fast=False, include_comments=True)
    text = _text_of(trafilatura.bare_extraction(tree, url=url, **opts))
    if opts["fast"] and len(text) < RETRY_BELOW_CHARS:
        opts.update(fast=False)
        text = _text_of(trafilatura.bare_extraction(tree, url=url, **opts)) or text
    return [p for p in (_norm(x) for x in text.split("\n")) if p]


def _text_of(result) -> str:
    if result is None:
        return ""
    text = result.get("text") if isinstance(result, dict) else getattr(result, "text", None)
    return text or ""


def _assign_blocks(paragraphs: list[str], page: list[tuple[str, str]]) -> list[Block]:
    """Body paragraphs in order, with page blocks missing from the body placed among them as chrome."""
    index = {p: i for i, p in reversed(list(enumerate(paragraphs)))}
    body_text = "\n".join(paragraphs)
    blocks: list[Block] = []
    nxt = 0
    for tag, text in page:
        i = index.get(text)
        if i is not None and i >= nxt:
            blocks += [Block(p, role="body") for p in paragraphs[nxt:i + 1]]
            nxt = i + 1
        elif i is None and text not in body_text:
            blocks.append(Block(text, role="chrome", reason="not-main-content", tag=tag))
    blocks += [Block(p, role="body") for p in paragraphs[nxt:]]
    return blocks


def _text_metadata(meta: PageMeta, blocks: list[Block], lang: str | None, fetched: str | None = None) -> None:
    """The last layer of the cascade: datelines, agency credits, bylines and dates in the text."""
    body = [b for b in blocks if b.role == "body"]
    first_body = blocks.index(body[0]) if body else len(blocks)
    # Bylines and timestamps: near the top of the page, in or just before the body.
    for b in blocks[max(0, first_body - 12):first_body + 3]:
        if len(b.text) > 200:
            continue
        names = parse_byline(b.text, lang)
        if names:
            meta.fill("authors", names, "text")
            b.role, b.reason = "byline", None
            continue
        if is_timestamp_block(b.text, lang):
            for f in find_dates(b.text, lang):
                role = f.role or "published"
                dated = Dated(f.value, f.text, "text", f.timezone_known)
                meta.candidate(role, dated, "text")
                meta.fill(role, dated, "text")
            b.role, b.reason = "timestamp", None
            continue
        relative = relative_timestamp(b.text, fetched, lang)
        if relative is not None:
            meta.candidate("published", relative, "text")
            b.role, b.reason = "timestamp", None
    body = [b for b in blocks if b.role == "body"]
    if body:
        m = parse_dateline(body[0].text)
        if m:
            meta.fill("dateline_place", m.place, "text")
            meta.fill("agency", m.agency, "text")
        meta.fill("agency", find_agency_credit(body[-1].text) or find_agency_credit(body[0].text[:200]), "text")


def _declared_language(tree) -> str | None:
    """The page's ``<html lang>`` ("de-AT" -> "de"), a hint for reading its local day."""
    lang = (tree.get("lang") or "").strip().lower()[:2]
    return lang or None


def _mark_title(blocks: list[Block], title: str | None) -> None:
    """trafilatura often repeats the headline as the first paragraph: it is the title, not body."""
    if not title:
        return
    low = title.lower()
    for b in blocks:
        if b.role == "body":
            if b.text.lower() == low:
                b.role = "title"
            return


def _agency_authors(meta: PageMeta) -> None:
    """An agency given as author ("The Associated Press") is the agency, not a person."""
    keep = []
    for name in meta.authors:
        agency = canonical(name)
        if agency:
            meta.fill("agency", agency, meta.sources.get("authors", "text"))
        else:
            keep.append(name)
    meta.authors = keep


def extract_html(doc: Doc, options) -> Article:
    if not doc.text or not doc.text.strip():
        raise PageError("empty", "the page has no text")
    if len(doc.text) > MAX_HTML_CHARS:
        raise PageError("too-large", f"the page has {len(doc.text)} characters (limit {MAX_HTML_CHARS})")
    fast = options.html_extractor == "fast"
    # The fast path reads metadata from a Lexbor tree; lxml is parsed only if trafilatura or
    # htmldate must run.  The trafilatura path parses lxml for trafilatura and reads it too.
    page = HtmlPage(doc.text, parser="lexbor" if fast else "lxml")
    tree = page.root
    # Every element but the three a parser adds (html, head, body) takes two characters or more
    # ("<p"): a shorter page is never counted.
    n = count_elements(tree) if len(doc.text) > 2 * MAX_ELEMENTS else 0
    if n > MAX_ELEMENTS:
        raise PageError("too-large", f"the page has {n} elements (limit {MAX_ELEMENTS}); not an article")
    url = doc.page.url
    meta = read_markup(tree, url)
    slot = HtmldateSlot.after_markup(meta)
    settle_dates(meta, None, doc.page.fetched)
    blocks_on_page = _page_blocks(tree) if options.keep_blocks else []
    paragraphs = None
    if fast:  # resiliparse first; trafilatura only where it is unsure
        from .fast import first_pass

        paragraphs, _why = first_pass(page.resiliparse)
    if paragraphs is None:
        paragraphs = _main_text(page.lxml, url, options.html_extractor)
    blocks = _assign_blocks(paragraphs, blocks_on_page) if blocks_on_page else [Block(p, role="body") for p in paragraphs]
    _mark_title(blocks, meta.title)
    _text_metadata(meta, blocks, options.language, doc.page.fetched)
    lang = options.language or _declared_language(tree)
    if htmldate_can_change(meta.date_candidates, lang, doc.page.fetched):
        read_htmldate(page.lxml, meta, url or meta.canonical_url, (doc.page.fetched or "")[:10] or None, slot)
    settle_dates(meta, lang, doc.page.fetched)
    _agency_authors(meta)
    for b in blocks:
        if b.role == "body":
            b.role = "lead"
            break
    art = Article(page_id=doc.page.id, source=doc.page.source, url=url or meta.canonical_url, kind="html")
    art.publisher = meta.site_name
    art.paragraphs = [b.text for b in blocks if b.role in ("lead", "body")]
    art.blocks = blocks if options.keep_blocks else [b for b in blocks if b.role in ("lead", "body")]
    art.title, art.section, art.authors = meta.title, meta.section, list(meta.authors)
    art.published, art.modified = meta.published, meta.modified
    art.dateline_place, art.agency = meta.dateline_place, meta.agency
    doc.scratch["declared_type"] = meta.declared_type
    return art
