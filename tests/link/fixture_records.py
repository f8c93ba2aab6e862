"""Turn the compact invented articles of fixtures/families.json into pipeline records.

The analysers' layers are written by hand in the fixture (entity text + label + norm + geonames
id, quantity text + value, claims, events); this module finds each text's first occurrence in
the body and builds spans in the shared annotation contract (docs in notes/PREAMBLE.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from dateline.types import stable_id

FIXTURES = Path(__file__).parent / "fixtures"


def load_families() -> list[dict[str, Any]]:
    return json.loads((FIXTURES / "families.json").read_text(encoding="utf-8"))["articles"]


def load_expected() -> dict[str, Any]:
    return json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def _span(body: str, text: str, label: str, **extra) -> dict[str, Any]:
    start = body.find(text)
    assert start >= 0, f"fixture text not in body: {text!r}"
    return {"start": start, "end": start + len(text), "label": label, "text": text, **extra}


def _ref(body: str, text: str | None, ents: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not text:
        return None
    ent = next((e for e in ents if e["attrs"]["norm"] == text or e["text"] == text), None)
    if ent:
        return {"text": ent["text"], "start": ent["start"], "end": ent["end"], "entity": ent["id"]}
    start = body.find(text)
    return {"text": text, "start": start, "end": start + len(text) if start >= 0 else -1, "entity": None}


def _every(body: str, text: str) -> list[int]:
    """Start of every whole-word occurrence (an analyser tags each mention, not the first)."""
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", body)]
    assert starts, f"fixture text not in body: {text!r}"
    return starts


def record_of(a: dict[str, Any]) -> dict[str, Any]:
    body = "\n\n".join(a["paragraphs"])
    ents = []
    for text, label, norm, *geo in a.get("entities", []):
        attrs: dict[str, Any] = {"kind": {"PER": "person", "ORG": "organisation", "LOC": "place"}.get(label, "other"),
                                 "norm": norm, "source": "pattern"}
        if geo:
            attrs["geo"] = {"name": norm, "geonames_id": geo[0], "precision": "city"}
        for start in _every(body, text):
            ents.append({"start": start, "end": start + len(text), "label": label, "text": text,
                         "id": f"e{len(ents) + 1}", "attrs": attrs})
    quants = []
    for t, v in a.get("quantities", []):
        for start in _every(body, t):
            quants.append({"start": start, "end": start + len(t), "label": "QUANTITY", "text": t,
                           "id": f"q{len(quants) + 1}", "attrs": {"value": v, "low": v, "high": v, "exact": True}})
    claims = []
    for c in a.get("claims", []):
        attrs = {"speaker": _ref(body, c.get("speaker"), ents), "cue": _ref(body, c.get("cue"), []),
                 "channel": _ref(body, c.get("channel"), []), "outlet": None,
                 "hedged": bool(c.get("hedged")), "hedge": None, "links": c.get("links", [])}
        claims.append(_span(body, c["text"], "CLAIM", id=c["id"], attrs=attrs))
    events = []
    for v in a.get("events", []):
        attrs = {"mode": None, "actor": None, "target": None, "place": _ref(body, v.get("place"), ents),
                 "place_unknown": not v.get("place"), "time": None, "time_unknown": True,
                 "fatalities": None, "injured": None, "arrested": None, "claims": [], "hedged": False,
                 "negated": bool(v.get("negated"))}
        if v.get("fatalities"):
            vals = [f["value"] for f in v["fatalities"]["figures"]]
            attrs["fatalities"] = {"low": min(vals), "best": vals[0], "high": max(vals),
                                   "figures": v["fatalities"]["figures"]}
        events.append(_span(body, v["trigger"], v["type"], id=v["id"], attrs=attrs))
    pub = {"value": a["published"], "text": a["published"], "source": "json-ld", "timezone_known": True}
    mod = a.get("modified")
    return {
        "schema": "1", "id": stable_id(a["url"], a["key"]), "status": "ok",
        "source": {"path": f"fixtures/{a['key']}.html", "url": a["url"], "site": a["site"], "kind": "html"},
        "language": {"code": a["lang"], "confidence": 1.0}, "section": None, "title": a["title"],
        "dateline": {"place": None, "agency": None}, "authors": [],
        "published": pub,
        "modified": {"value": mod, "text": mod, "source": "json-ld", "timezone_known": True} if mod else None,
        "lead": a["paragraphs"][0], "paragraphs": a["paragraphs"], "body": body, "removed": [], "blocks": [],
        "annotations": {"entities": ents, "quantities": quants, "claims": claims, "events": events},
        "notes": [],
    }


def fixture_records() -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The records in publication order, and article key -> record id."""
    arts = load_families()
    recs = [record_of(a) for a in arts]
    return recs, {a["key"]: r["id"] for a, r in zip(arts, recs)}


def ingest_records(db: str, recs: list[dict[str, Any]], batch: int = 5) -> dict[str, int]:
    """Store ``recs`` through one StoreWriter, ``batch`` records a transaction; its counts."""
    from dateline.store import StoreWriter

    w = StoreWriter(db, batch_size=batch)
    w.begin(["fixtures"])
    for r in recs:
        w.add(r)
    return w.close()
