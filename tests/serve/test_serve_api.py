"""The JSON API of a running `dateline serve` over the examples store, through real HTTP."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import urllib.error
import urllib.request

import pytest


def get(server, path: str, accept: str | None = None):
    req = urllib.request.Request(server.url + path, headers={"Accept": accept} if accept else {})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, dict(r.headers), r.read().decode("utf-8")


def get_json(server, path: str):
    return json.loads(get(server, path)[2])


def demo_ids(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    story = con.execute("SELECT story_id FROM articles GROUP BY story_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
    claim = con.execute("SELECT id FROM claims WHERE story_id=? ORDER BY n_sightings DESC, id LIMIT 1", (story,)).fetchone()[0]
    n_articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    langs = dict(con.execute("SELECT language, COUNT(*) FROM articles GROUP BY language").fetchall())
    con.close()
    return story, claim, n_articles, langs


def test_search_json_has_hits_total_and_facets(demo_server, demo_db):
    _, _, n_articles, langs = demo_ids(demo_db)
    everything = get_json(demo_server, "/search.json?size=100")
    assert everything["total"] == n_articles
    assert {f["value"]: f["n"] for f in everything["facets"]["lang"]} == langs
    hits = get_json(demo_server, "/search.json?q=konvooi")
    from dateline.store import open_store, search
    expected = [h["id"] for h in search(open_store(str(demo_db)), "konvooi", limit=100)]
    assert hits["total"] == len(expected) >= 1
    assert [h["id"] for h in hits["hits"]] == expected[:20]
    assert all("konvooi" in (h["title"] + h["snippet"]).lower() for h in hits["hits"])
    assert "ASSAULT" in [f["value"] for f in hits["facets"]["type"]]


def test_search_filters_narrow_and_sort_by_date(demo_server):
    nl = get_json(demo_server, "/search.json?lang=nl&size=100")
    assert nl["total"] > 0 and {h["language"] for h in nl["hits"]} == {"nl"}
    by_date = get_json(demo_server, "/search.json?sort=date-asc&size=100")["hits"]
    dates = [h["published"][:10] for h in by_date if h["published"]]
    assert dates == sorted(dates)
    af = get_json(demo_server, "/search.json?country=AF&type=ASSAULT")
    assert af["total"] >= 1 and all(h["story_id"] for h in af["hits"])
    march = get_json(demo_server, "/search.json?date_from=2019-03-01&date_to=2019-03-31")
    assert march["total"] >= 1 and all(h["published"].startswith("2019-03") for h in march["hits"])


def test_pagination_splits_the_hits(demo_server):
    first = get_json(demo_server, "/search.json?size=3&page=1")
    second = get_json(demo_server, "/search.json?size=3&page=2")
    assert len(first["hits"]) == 3
    assert not {h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]}


def test_every_page_has_a_json_twin(demo_server, demo_db):
    story, claim, _, _ = demo_ids(demo_db)
    s = get_json(demo_server, f"/story/{story}.json")
    art = s["articles"][0]["id"]
    for path in (f"/story/{story}", f"/claim/{claim}", f"/article/{art}", "/search?q=konvooi", "/timeline"):
        status, headers, body = get(demo_server, path, accept="application/json")
        assert status == 200 and headers["content-type"].startswith("application/json"), path
        twin = path.replace("?", ".json?") if "?" in path else path + ".json"
        assert json.loads(body) == get_json(demo_server, twin), path
        status, headers, html = get(demo_server, path)
        assert headers["content-type"].startswith("text/html") and "<html" in html


def test_story_json_has_copies_claims_and_figures(demo_server, demo_db):
    story, _, _, _ = demo_ids(demo_db)
    s = get_json(demo_server, f"/story/{story}.json")
    assert len(s["articles"]) >= 2 and s["copies"]
    carried = [c for c in s["claims"] if c["n_sightings"] > 1]
    assert carried and all(len(c["sightings"]) == c["n_sightings"] for c in carried)
    assert any(c["links"] or c["linked_by"] for c in s["claims"])
    figures = [summ for e in s["events"] for summ in e["summary"].values() if summ]
    assert figures and all(f["low"] <= f["best"] <= f["high"] for f in figures)


def test_claim_json_is_its_provenance(demo_server, demo_db):
    _, claim, _, _ = demo_ids(demo_db)
    c = get_json(demo_server, f"/claim/{claim}.json")
    assert c["id"] == claim and c["sightings"]
    assert c["first_sighting"] == c["sightings"][0]
    assert c["first_sighting"]["published"] == min(s["published"] for s in c["sightings"] if s["published"])
    assert all(s["carrier"] for s in c["sightings"])


def test_map_json_is_geojson_with_precision(demo_server):
    gj = get_json(demo_server, "/map.json")
    assert gj["type"] == "FeatureCollection" and gj["features"]
    for f in gj["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["precision"] in ("city", "province", "region", "country")
    kabul = [f for f in gj["features"] if f["properties"]["place"] == "Kabul"]
    assert kabul and kabul[0]["properties"]["country"] == "AF"
    only_af = get_json(demo_server, "/map.json?country=AF")["features"]
    assert only_af and all(f["properties"]["country"] == "AF" for f in only_af)
    none = get_json(demo_server, "/map.json?type=NO_SUCH_TYPE")["features"]
    assert none == []


def test_exports_follow_the_filters(demo_server):
    _, headers, body = get(demo_server, "/export/events.csv?q=konvooi")
    assert headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert rows and {"event_date", "event_type", "latitude", "geo_precision", "where_prec", "best_est"} <= set(rows[0])
    located = [r for r in rows if r["latitude"]]
    assert all(r["geo_precision"] in ("1", "3") and r["where_prec"] in ("1", "4", "6") for r in located)
    assert any(r["best_est"] for r in rows)
    _, headers, body = get(demo_server, "/export/events.geojson?q=konvooi")
    assert headers["content-type"].startswith("application/geo+json")
    assert len(json.loads(body)["features"]) == len(located)


def test_timeline_counts_events_per_day(demo_server, demo_db):
    story, _, _, _ = demo_ids(demo_db)
    t = get_json(demo_server, f"/timeline.json?story={story}")
    assert t["events"] and sum(d["events"] for d in t["days"]) == len([e for e in t["events"] if e["date"]])
    assert all(e["story_id"] == story for e in t["events"])


def test_openapi_documents_every_json_route(demo_server):
    spec = get_json(demo_server, "/openapi.json")
    from dateline.serve.openapi import HTML_TWINS
    from dateline.serve.pages import article, events, search, story
    from dateline.serve import openapi
    for mod in (search, article, story, events, openapi):
        for route in mod.routes:
            path = route.path
            documented = path in spec["paths"] or HTML_TWINS.get(path) in spec["paths"]
            assert documented, f"{path} is not in the OpenAPI document"
    status, _, html = get(demo_server, "/api")
    assert all(p in html for p in spec["paths"])


def test_unknown_ids_are_404(demo_server):
    for path in ("/article/nope", "/story/nope.json", "/claim/nope"):
        with pytest.raises(urllib.error.HTTPError) as e:
            get(demo_server, path)
        assert e.value.code == 404


def test_bad_parameters_do_not_break_pages(demo_server):
    odd = get_json(demo_server, "/search.json?q=%22%27%29%28*&page=abc&size=-4&date_from=notadate&sort=drop")
    assert odd["total"] >= 0 and odd["page"] == 1


def test_month_facet_links_keep_their_end_date(demo_server):
    """A month facet asks for day 31 of every month; February must still be a date range."""
    feb = get_json(demo_server, "/search.json?date_from=2019-02-01&date_to=2019-02-31")
    assert feb["filters"]["date_to"] == "2019-02-28"
    assert all(not h["published"].startswith("2019-03") for h in feb["hits"])
    march = get_json(demo_server, "/search.json")["facets"]["month"]
    first = march[0]["value"]
    picked = get_json(demo_server, f"/search.json?date_from={first}-01&date_to={first}-31")
    assert picked["total"] == march[0]["n"]
