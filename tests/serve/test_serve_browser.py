"""A person's path through the app in a real browser (Debian chromium via Playwright):
search -> story -> claim -> map -> timeline, checking what the pages show against the JSON.
Screenshots of each page go to docs/serve/ when DATELINE_SCREENSHOTS=1."""

from __future__ import annotations

import json
import urllib.request


def api(server, path: str):
    with urllib.request.urlopen(server.url + path, timeout=30) as r:
        return json.loads(r.read())


def test_search_story_claim_map_timeline(demo_server, page, shots):
    page.goto(demo_server.url + "/")
    page.fill("form.filters input[name=q]", "aanslag")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/search?*")
    expected = api(demo_server, "/search.json?q=aanslag")
    assert page.inner_text("#total") == str(expected["total"])
    titles = page.locator(".hit .title").all_inner_texts()
    assert titles == [h["title"] for h in expected["hits"]]
    assert "nl" in page.locator(".facet[data-facet=lang]").inner_text()
    page.screenshot(path=str(shots / "search.png"), full_page=True)

    # A facet link narrows the search and shows as a removable chip.
    page.locator(".facet[data-facet=lang] a", has_text="nl").first.click()
    page.wait_for_url("**lang=nl**")
    assert "lang: nl" in page.inner_text(".chosen")
    assert page.inner_text("#total") == str(api(demo_server, "/search.json?q=aanslag&lang=nl")["total"])

    # The story across outlets.
    page.locator(".hit .story-link").first.click()
    page.wait_for_url("**/story/*")
    story_id = page.url.rsplit("/", 1)[1]
    story = api(demo_server, f"/story/{story_id}.json")
    assert page.inner_text("h1") == story["title"]
    assert page.locator("ol.articles > li").count() == len(story["articles"]) >= 2
    assert page.get_by_role("heading", name="Copies of one text").count() == len(story["copies"])
    assert page.locator(".claim-item").count() == len(story["claims"])
    linked = {c["id"] for c in story["claims"] if c["links"]} | {ln["target"] for c in story["claims"] for ln in c["links"]}
    assert page.locator("svg.graph circle.node").count() == len(linked)
    assert page.locator("svg.graph line.edge.disputes").count() == sum(
        ln["type"] == "disputes" for c in story["claims"] for ln in c["links"])
    page.screenshot(path=str(shots / "story.png"), full_page=True)

    # Follow the most carried claim to its provenance.
    top = story["claims"][0]
    page.locator(f".claim-item a.claim-link[href='/claim/{top['id']}']").click()
    page.wait_for_url(f"**/claim/{top['id']}")
    assert page.inner_text("blockquote.claim-text") == f"“{top['text']}”"
    assert page.inner_text("#n-sightings") == str(top["n_sightings"])
    assert page.locator("table.sightings tbody tr").count() == top["n_sightings"]
    first = api(demo_server, f"/claim/{top['id']}.json")["first_sighting"]
    assert first["title"] in page.inner_text(".first-seen") and first["published"] in page.inner_text(".first-seen")
    page.screenshot(path=str(shots / "claim.png"), full_page=True)

    # The story's events on the map: offline basemap, one marker per located event.
    page.goto(demo_server.url + f"/map?story={story_id}")
    page.wait_for_selector("#map[data-markers][data-basemap-loaded]", state="attached")
    features = api(demo_server, f"/map.json?story={story_id}")["features"]
    assert int(page.get_attribute("#map", "data-markers")) == len(features) >= 1
    assert int(page.get_attribute("#map", "data-basemap-loaded")) > 200  # Natural Earth countries
    assert page.inner_text("#n-events") == str(len(features))
    page.wait_for_timeout(400)  # let fitBounds settle before clicking
    page.locator(".event-marker").first.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert any(f["properties"]["type"] in popup.inner_text() for f in features)
    assert page.locator(".event-marker.precision-city").count() + page.locator(".marker-cluster").count() >= 1
    page.screenshot(path=str(shots / "map.png"))

    # And on the timeline: one bar per day, the same counts as the JSON.
    page.goto(demo_server.url + f"/timeline?story={story_id}")
    t = api(demo_server, f"/timeline.json?story={story_id}")
    assert page.locator("svg.chart rect.bar").count() == len(t["days"]) >= 1
    assert page.inner_text("#n-events") == str(len(t["events"]))
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)
    assert page.errors == []


def test_article_highlights_and_dropped_blocks(demo_server, page, shots):
    hit = api(demo_server, "/search.json?q=Kabul&lang=nl")["hits"][0]
    art = api(demo_server, f"/article/{hit['id']}.json")
    page.goto(demo_server.url + f"/article/{hit['id']}")
    assert page.inner_text("h1") == art["record"]["title"]
    places = page.locator(".body .ent-LOC").all_inner_texts()
    expected = [e["text"] for e in art["record"]["annotations"]["entities"] if e["label"] == "LOC"]
    assert places and set(places) <= set(expected)
    claim_links = page.locator(".body a.claim[href^='/claim/']")
    assert claim_links.count() >= 1
    removed = art["record"]["removed"]
    assert removed and not page.locator("details.removed li").first.is_visible()
    page.click("details.removed summary")
    assert page.locator("details.removed li").count() == len(removed)
    assert page.locator("details.removed li").first.is_visible()
    page.screenshot(path=str(shots / "article.png"), full_page=True)
    # Clicking a highlighted claim opens its provenance.
    claim_links.first.click()
    page.wait_for_url("**/claim/*")
    assert page.locator("blockquote.claim-text").count() == 1
    assert page.errors == []


def test_api_page_lists_the_endpoints(demo_server, page, shots):
    page.goto(demo_server.url + "/api")
    spec = api(demo_server, "/openapi.json")
    assert page.locator("section.endpoint").count() == len(spec["paths"])
    page.screenshot(path=str(shots / "api.png"), full_page=True)
