"""Invented pages whose every text field is an attack on the page that shows it.

Two ways in, both through the real writer: an HTML page read by ``dateline ingest`` (title
and body), and records handed to ``StoreWriter`` (speaker names, places, site, section, URL),
because the analysers would not take ``<script>`` for a speaker's name.
"""

from __future__ import annotations

SCRIPT = "<script>window.__pwned = 1</script>"
IMG = '"><img src=x onerror="window.__pwned = 2">'
JS_URL = "javascript:window.__pwned=3"
PAYLOADS = (SCRIPT, IMG, JS_URL)

HTML_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour fire {SCRIPT} | Coast Courier</title>
<link rel="canonical" href="https://coastcourier.example/harbour-fire">
<meta property="og:title" content='Harbour fire {IMG}'>
<meta property="article:published_time" content="2025-02-10T08:00:00+01:00">
</head><body><main><article><h1>Harbour fire {SCRIPT}</h1>
<p>MARSTAD - A fire destroyed three warehouses in the harbour of Marstad on Monday {IMG}, the fire brigade said.</p>
<p>The brigade said that nobody was hurt. Residents were told to keep their windows shut {SCRIPT}.</p>
<p>Read more at <a href="{JS_URL}">{JS_URL}</a> about the cleanup that will take weeks.</p>
</article></main></body></html>
"""


def hostile_records() -> list[dict]:
    """Records whose speaker, entity, place, site, section and URL carry the payloads."""
    out = []
    for i, payload in enumerate(PAYLOADS):
        speaker = f"Mayor {payload}"
        paras = [f"Mayor {payload} said that the bridge at Veldhaven will close for repairs {payload}.",
                 f"Officials in Veldhaven {payload} confirmed that two workers were injured."]
        body = "\n\n".join(paras)
        start = body.index("the bridge")
        rid = f"hostile{i:09d}"
        out.append({
            "schema": "1", "id": rid, "status": "ok",
            "source": {"path": f"invented/{rid}", "url": JS_URL if i == 2 else f"https://x{i}.example/{rid}",
                       "site": f"x{i}.example{payload}", "publisher": f"Courier {payload}", "kind": "html"},
            "language": {"code": "en", "confidence": 1.0}, "title": f"Bridge closes {payload}",
            "section": f"Local {payload}", "dateline": {"place": f"Veldhaven {payload}", "agency": None},
            "authors": [f"Reporter {payload}"],
            "published": {"value": f"2025-03-0{i + 1}T09:00:00+01:00", "text": payload, "source": "json-ld",
                          "timezone_known": True},
            "modified": None, "paragraphs": paras, "body": body,
            "removed": [{"text": f"Subscribe {payload}", "role": "chrome", "reason": f"newsletter-call{payload}"}],
            "blocks": [],
            "annotations": {
                "entities": [
                    {"start": 0, "end": len(speaker), "label": "PER", "id": "e1", "text": speaker,
                     "attrs": {"kind": "person", "norm": speaker, "country": "NL"}},
                    {"start": body.index("Veldhaven"), "end": body.index("Veldhaven") + 9, "label": "LOC", "id": "e2",
                     "text": "Veldhaven", "attrs": {"kind": "place", "norm": f"Veldhaven {payload}", "country": "NL",
                                                     "geo": {"name": f"Veldhaven {payload}", "country": "NL",
                                                             "geonames_id": 990001, "lat": 52.1, "lon": 5.1,
                                                             "precision": "city"}}}],
                "quantities": [],
                "claims": [{"start": start, "end": start + 40, "label": "CLAIM", "id": "c1", "text": body[start:start + 40],
                            "attrs": {"speaker": {"text": speaker, "start": 0, "end": len(speaker), "entity": "e1"},
                                      "cue": {"text": f"said {payload}"}, "channel": {"text": f"radio {payload}"},
                                      "hedged": False, "links": [], "kind": "say"}}],
                "events": [{"start": start, "end": start + 10, "label": "ASSAULT", "id": "v1", "text": "the bridge",
                            "attrs": {"actor": {"text": f"gang {payload}"}, "target": {"text": f"workers {payload}"},
                                      "place": {"text": "Veldhaven", "entity": "e2",
                                                "geo": {"geonames_id": 990001, "lat": 52.1, "lon": 5.1,
                                                        "precision": "city"}},
                                      "negated": False, "time": {"value": f"2025-03-0{i + 1}"},
                                      "injured": {"low": 2, "best": 2, "high": 2,
                                                  "figures": [{"value": 2, "claimant": speaker, "claim": "c1"}]}}}]},
            "notes": []})
    return out
