"""Map, timeline and event exports (GeoJSON, ACLED/UCDP-like CSV) over the same filters."""

from __future__ import annotations

import csv
import io
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ...store.events_read import events, timeline as per_day
from ..render import respond, wants_json
from ..store_access import filters_from, store

# Place precision as ACLED codes it (1 town, 2 near a town / part of a region, 3 province or
# larger) and as UCDP's where_prec (1 exact place, 4 first-order division, 6 country).
ACLED_GEO = {"city": 1, "region": 3, "province": 3, "country": 3}
UCDP_WHERE = {"city": 1, "region": 4, "province": 4, "country": 6}


MAP_LIMIT = 2000  # markers on one map (newest first); the page says when more were left out
TIMELINE_LIMIT = 5000
EXPORT_LIMIT = 200_000


def _selection(request: Request, located: bool, limit: int) -> tuple[dict[str, Any], dict[str, Any]]:
    f = filters_from(request)
    story = (request.query_params.get("story") or "").strip()[:64] or None
    st = store(request)
    sel = st.cached(("events", f, story, located, limit),
                    lambda: events(st.con(), f, story=story, located=located, limit=limit))
    params = {k: v for k, v in f.params().items() if v} | ({"story": story} if story else {})
    return sel, params


def _fig(e: dict[str, Any], kind: str, part: str) -> Any:
    return (e["figures"].get(kind) or {}).get(part)


def feature(e: dict[str, Any]) -> dict[str, Any]:
    props = {k: e[k] for k in ("id", "type", "place", "precision", "country", "date", "actor", "target",
                               "n_reports", "story_id", "story_title")}
    props |= {"fatalities": e["figures"].get("fatalities"), "injured": e["figures"].get("injured"),
              "arrested": e["figures"].get("arrested"), "claimants": e["claimants"], "url": f"/story/{e['story_id']}"}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]}, "properties": props}


def geojson(sel: dict[str, Any]) -> dict[str, Any]:
    feats = [feature(e) for e in sel["events"] if e["lat"] is not None and e["lon"] is not None]
    return {"type": "FeatureCollection", "features": feats, "truncated": sel["truncated"], "limit": sel["limit"],
            "articles_cut": sel["articles_cut"], "articles_limit": sel["articles_limit"]}


def map_page(request: Request):
    sel, params = _selection(request, located=True, limit=MAP_LIMIT)
    data = geojson(sel)
    if wants_json(request):
        return JSONResponse(data)
    return respond(request, "map.html", data, extra={"params": params, "events": sel["events"],
                                                     "tiles": request.app.state.tiles})


def map_json(request: Request):
    sel, _ = _selection(request, located=True, limit=MAP_LIMIT)
    return JSONResponse(geojson(sel))


def export_geojson(request: Request):
    sel, _ = _selection(request, located=True, limit=EXPORT_LIMIT)
    return JSONResponse(geojson(sel), media_type="application/geo+json",
                        headers={"Content-Disposition": 'attachment; filename="events.geojson"'})


CSV_COLUMNS = ["event_id", "event_date", "year", "time_precision", "event_type", "actor1", "actor2", "country",
               "location", "latitude", "longitude", "geo_precision", "where_prec", "fatalities", "low_est", "best_est",
               "high_est", "injured", "arrested", "claimants", "n_reports", "story_id", "story_title"]


def _time_precision(e: dict[str, Any]) -> int:
    """ACLED time_precision: 1 the day is known, 2 the week, 3 only the month (or less)."""
    t = e.get("time") or e.get("first_seen") or ""
    return 1 if len(t) >= 10 else 3


def csv_row(e: dict[str, Any]) -> list[Any]:
    claimants = sorted({c for v in e["claimants"].values() for c in v})
    return [e["id"], e["date"], (e["date"] or "")[:4], _time_precision(e), e["type"], e["actor"], e["target"],
            e["country"], e["place"], e["lat"], e["lon"], ACLED_GEO.get(e["precision"] or ""),
            UCDP_WHERE.get(e["precision"] or ""), _fig(e, "fatalities", "best"), _fig(e, "fatalities", "low"),
            _fig(e, "fatalities", "best"), _fig(e, "fatalities", "high"), _fig(e, "injured", "best"),
            _fig(e, "arrested", "best"), "; ".join(claimants), e["n_reports"], e["story_id"], e["story_title"]]


def _cell(v: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + v if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r") else v


def export_csv(request: Request):
    sel, _ = _selection(request, located=False, limit=EXPORT_LIMIT)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(CSV_COLUMNS)
    for e in sel["events"]:
        w.writerow([_cell(v) for v in csv_row(e)])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="events.csv"'})


CHART_W, CHART_H = 760, 180


def chart(days: list[dict[str, Any]]) -> dict[str, Any]:
    """Bars (events per day) and dots (fatalities per day), one slot per reported day."""
    if not days:
        return {"bars": [], "w": CHART_W, "h": CHART_H, "labels": []}
    slot = CHART_W / len(days)
    top_e = max(d["events"] for d in days) or 1
    top_f = max(d["fatalities"] for d in days) or 1
    bars, labels = [], []
    every = max(1, len(days) // 8)
    for i, d in enumerate(days):
        h = (CHART_H - 30) * d["events"] / top_e
        bars.append({"x": round(i * slot + slot * 0.15, 1), "w": round(max(1.0, slot * 0.7), 1),
                     "y": round(CHART_H - 20 - h, 1), "h": round(h, 1), "date": d["date"], "events": d["events"],
                     "fatalities": d["fatalities"],
                     "fy": round(CHART_H - 20 - (CHART_H - 30) * d["fatalities"] / top_f, 1) if d["fatalities"] else None,
                     "cx": round(i * slot + slot / 2, 1)})
        if i % every == 0:
            labels.append({"x": round(i * slot + slot / 2, 1), "text": d["date"]})
    return {"bars": bars, "w": CHART_W, "h": CHART_H, "labels": labels, "top_events": top_e, "top_fatalities": top_f}


def timeline(request: Request):
    sel, params = _selection(request, located=False, limit=TIMELINE_LIMIT)
    days = per_day(sel["events"])
    data = {"days": days, "events": sel["events"], "truncated": sel["truncated"], "filters": params,
            "articles_cut": sel["articles_cut"], "articles_limit": sel["articles_limit"]}
    return respond(request, "timeline.html", data, extra={"params": params, "chart": chart(days)})


routes = [Route("/map", map_page), Route("/map.json", map_json), Route("/timeline", timeline),
          Route("/timeline.json", timeline), Route("/export/events.geojson", export_geojson),
          Route("/export/events.csv", export_csv)]
