"""Search: full text with facets (site, language, section, event type, country, month)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from ...store.browse import search_page
from ..render import respond
from ..store_access import filters_from, int_param, store

SORTS = ("relevance", "date", "date-asc")
PAGE_SIZE = 20


def search(request: Request):
    f = filters_from(request)
    sort = request.query_params.get("sort", "relevance")
    sort = sort if sort in SORTS else "relevance"
    page = int_param(request, "page", 1, 1, 10_000)
    size = int_param(request, "size", PAGE_SIZE, 1, 100)
    st = store(request)
    data = st.cached(("search", f, sort, page, size), lambda: search_page(st.con(), f, sort=sort, page=page, size=size))
    params = {k: v for k, v in f.params().items() if v} | ({"sort": sort} if sort != "relevance" else {})
    return respond(request, "search.html", data, extra={"params": params, "sorts": SORTS,
                                                        "pages": -(-data["total"] // size)})


routes = [Route("/", search), Route("/search", search), Route("/search.json", search)]
