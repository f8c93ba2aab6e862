"""One article: highlighted text, metadata with where each field came from, dropped blocks."""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from ...store.browse import article as load_article
from ..highlight import paragraphs
from ..render import not_found, respond, strip_json
from ..store_access import store

# Fields whose record value says where it was read from (``source``).
SOURCED = ("published", "modified")


def metadata(rec: dict) -> list[dict]:
    """(field, value, from) rows: the reader sees each value and how it was found."""
    rows = []
    lang = rec.get("language") or {}
    rows.append({"field": "language", "value": lang.get("code"),
                 "from": f"py3langid, confidence {lang.get('confidence')}" if lang.get("confidence") is not None else None})
    for f in SOURCED:
        v = rec.get(f) or {}
        if v.get("value"):
            rows.append({"field": f, "value": v.get("value"), "from": f"{v.get('source')}: \"{v.get('text')}\""
                         if v.get("text") else v.get("source")})
    dl = rec.get("dateline") or {}
    if dl.get("place") or dl.get("agency"):
        rows.append({"field": "dateline", "value": " · ".join(x for x in (dl.get("place"), dl.get("agency")) if x),
                     "from": "dateline"})
    rows.append({"field": "section", "value": rec.get("section"), "from": "section block"})
    rows.append({"field": "authors", "value": ", ".join(rec.get("authors") or []) or None, "from": "byline or page metadata"})
    src = rec.get("source") or {}
    rows.append({"field": "site", "value": src.get("site"), "from": f"source ({src.get('kind')})"})
    return rows


def article(request: Request):
    ident = strip_json(request.path_params["ident"])
    a = load_article(store(request).con(), ident)
    if a is None:
        return not_found(request, "article", ident)
    rec = a["record"]
    extra = {"paragraphs": paragraphs(rec, a["claim_ids"]), "metadata": metadata(rec),
             "layers": rec.get("annotations") or {}}
    return respond(request, "article.html", a, extra=extra)


routes = [Route("/article/{ident}", article)]
