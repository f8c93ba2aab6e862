"""Event linking on plain data (no store): which stored event a report joins, and what it adds."""

from dateline.link.events import EVENT_FIELDS, link_events
from dateline.types import stable_id


def _record(aid, actor=None, mentions=1, figure=None, lang="nl"):
    ents = [{"id": "e1", "text": "Kandahar", "attrs": {"norm": "Kandahar", "geo": {"geonames_id": 1138336}}}]
    spans = []
    for i in range(mentions):
        attrs = {"place": {"text": "Kandahar", "entity": "e1"}, "time": {"value": "2031-06-03"},
                 "actor": {"text": actor} if actor else None}
        if i:
            attrs["same_as"] = "v1"
        if figure and not i:
            attrs["fatalities"] = {"figures": [figure]}
        spans.append({"id": f"v{i + 1}", "start": 10 * i, "label": "ASSAULT", "text": "aanval", "attrs": attrs})
    return {"id": aid, "language": {"code": lang}, "source": {"site": f"{aid}.example"},
            "annotations": {"entities": ents, "events": spans}}


def _as_stored(d) -> list[dict]:
    return [{k: e[k] for k in EVENT_FIELDS} for e in d.new_events]


def test_a_first_report_starts_an_event_with_its_mentions_and_figures():
    fig = {"value": 12, "claimant": "politie", "claim": "c1"}
    d = link_events(_record("a1", mentions=2, figure=fig), "s1", [], {"c1": "claim-1"}, "2031-06-03")
    eid = stable_id("a1", "v1", "event")
    assert [e["id"] for e in d.new_events] == [eid] and d.new_events[0]["place_key"] == "geo:1138336"
    assert d.reported == [(eid, 2)] and d.named_parts == {}
    assert [r["span_id"] for r in d.reports] == ["v1", "v2"]
    (f,) = d.figures
    assert (f["event_id"], f["kind"], f["value"], f["claim_id"], f["site"]) == (eid, "fatalities", 12, "claim-1",
                                                                            "a1.example")


def test_a_later_report_joins_the_stored_event_and_names_its_actor():
    stored = _as_stored(link_events(_record("a1"), "s1", [], {}, "2031-06-03"))
    d = link_events(_record("a2", actor="rebellen"), "s1", stored, {}, "2031-06-04")
    eid = stored[0]["id"]
    assert d.new_events == [] and d.reported == [(eid, 1)]
    assert d.named_parts == {eid: {"actor": "rebellen", "actor_key": "rebel"}}
    assert stored[0]["actor"] is None  # the caller's events are left as they were


def test_a_report_that_disagrees_starts_its_own_event():
    stored = _as_stored(link_events(_record("a1", actor="rebellen"), "s1", [], {}, "2031-06-03"))
    d = link_events(_record("a2", actor="regering"), "s1", stored, {}, "2031-06-03")
    assert [e["id"] for e in d.new_events] == [stable_id("a2", "v1", "event")]
