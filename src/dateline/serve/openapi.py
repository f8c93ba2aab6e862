"""The JSON API, documented (OpenAPI 3.1).  A test checks that every route is listed here."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .render import respond


def _q(name: str, desc: str, example: Any = None, schema: str = "string") -> dict[str, Any]:
    p = {"name": name, "in": "query", "required": False, "description": desc, "schema": {"type": schema}}
    if example is not None:
        p["example"] = example
    return p


def _id(what: str) -> dict[str, Any]:
    return {"name": "ident", "in": "path", "required": True, "schema": {"type": "string"},
            "description": f"the {what} id (a trailing .json is accepted)"}


FILTERS = [
    _q("q", "words to find; inflected forms match too (FTS5 with lemmas)", "aanslag konvooi"),
    _q("site", "the outlet's site", "westfriesdagblad.example"),
    _q("lang", "ISO 639-1 language", "nl"),
    _q("section", "section label", "Buitenland"),
    _q("type", "PLOVER event type reported", "ASSAULT"),
    _q("country", "ISO 3166 code of a place or actor named", "AF"),
    _q("date_from", "first day (YYYY-MM-DD), inclusive", "2019-03-01"),
    _q("date_to", "last day (YYYY-MM-DD), inclusive", "2019-03-31"),
]
STORY = _q("story", "only the events of this story (a story id)")


def _get(summary: str, params: list, example: str, media: str = "application/json") -> dict[str, Any]:
    return {"get": {"summary": summary, "parameters": params,
                    "responses": {"200": {"description": f"e.g. {example}", "content": {media: {}}},
                                  **({"404": {"description": "no such id"}} if any(p["in"] == "path" for p in params) else {})}}}


PATHS = {
    "/search.json": _get("Search with facets (site, lang, section, type, country, month), sorted and paginated",
                         FILTERS + [_q("sort", "relevance | date | date-asc", "date"),
                                    _q("page", "page number from 1", 1, "integer"),
                                    _q("size", "hits per page (1-100)", 20, "integer")],
                         "/search.json?q=konvooi&lang=nl"),
    "/article/{ident}.json": _get("One article: the stored record, its story, the global id of each claim and event span",
                                  [_id("article")], "/article/33606906548d642a.json"),
    "/story/{ident}.json": _get("One story: articles earliest first, copies and what each changed, claims with "
                                "sightings and carriers, disputes, events with low/best/high figures",
                                [_id("story or article")], "/story/be9d82362f0a79cf.json"),
    "/claim/{ident}.json": _get("One claim's provenance: first seen, every sighting with its carrier chain, "
                                "disputes and confirmations, the figures it gives", [_id("claim")],
                                "/claim/16e4bf927e935a12.json"),
    "/map.json": _get("Located events as GeoJSON points (precision: city / province / region / country)",
                      FILTERS + [STORY], "/map.json?type=ASSAULT"),
    "/timeline.json": _get("Events and fatalities per day", FILTERS + [STORY], "/timeline.json?story=be9d82362f0a79cf"),
    "/export/events.geojson": _get("Download located events as GeoJSON", FILTERS + [STORY],
                                   "/export/events.geojson?country=AF", "application/geo+json"),
    "/export/events.csv": _get("Download events as ACLED/UCDP-like CSV (geo_precision, where_prec, "
                               "time_precision, low/best/high estimates)", FILTERS + [STORY],
                               "/export/events.csv?q=konvooi", "text/csv"),
    "/openapi.json": _get("This document", [], "/openapi.json"),
}

# Pages whose JSON twin is listed above under the .json path.
HTML_TWINS = {"/": "/search.json", "/search": "/search.json", "/article/{ident}": "/article/{ident}.json",
              "/story/{ident}": "/story/{ident}.json", "/claim/{ident}": "/claim/{ident}.json",
              "/map": "/map.json", "/timeline": "/timeline.json", "/api": "/openapi.json"}


def spec() -> dict[str, Any]:
    return {"openapi": "3.1.0",
            "info": {"title": "dateline serve", "version": "1",
                     "description": "Read-only JSON API over a dateline news store. Every HTML page has a JSON twin: "
                                    "the same URL with .json, or the header Accept: application/json."},
            "paths": PATHS}


def openapi(request: Request):
    return JSONResponse(spec())


def api_page(request: Request):
    return respond(request, "api.html", spec())


routes = [Route("/openapi.json", openapi), Route("/api", api_page)]
