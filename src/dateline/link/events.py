"""Events across articles: one story event per (type, place), every report's figures kept.

Reports of one event in different articles (same PLOVER type, same place or a place left
unknown, same story) become one row in ``events``; each report and each figure it gives
(fatalities / injured / arrested, with its claimant and claim) is stored, so ``figures.py``
can give low / best / high over all of them.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..types import stable_id

FIGURE_KINDS = ("fatalities", "injured", "arrested")


def _ref_text(ref: dict[str, Any] | None, norms: dict[str, str]) -> str | None:
    if not ref:
        return None
    return norms.get(ref.get("entity") or "") or ref.get("text")


def _place_key(ref: dict[str, Any] | None, geo_ids: dict[str, Any], norms: dict[str, str]) -> str | None:
    """The gazetteer id when the place was located (Teheran = Tehran), else its name."""
    if not ref:
        return None
    gid = geo_ids.get(ref.get("entity") or "")
    if gid:
        return f"geo:{gid}"
    name = _ref_text(ref, norms)
    return name.lower() if name else None


def link_events(con: sqlite3.Connection, record: dict[str, Any], story_id: str,
                published: str | None) -> int:
    ann = record.get("annotations") or {}
    spans = ann.get("events") or []
    if not spans:
        return 0
    aid, site = record["id"], (record.get("source") or {}).get("site")
    norms = {e["id"]: (e.get("attrs") or {}).get("norm") or e.get("text")
             for e in ann.get("entities") or [] if e.get("id")}
    geo_ids = {e["id"]: ((e.get("attrs") or {}).get("geo") or {}).get("geonames_id")
               for e in ann.get("entities") or [] if e.get("id")}
    claim_ids = dict(con.execute("SELECT span_id, claim_id FROM claim_sightings WHERE article_id=?", (aid,)))
    stored = [dict(r) for r in con.execute("SELECT id, type, place_key FROM events WHERE story_id=?", (story_id,))]
    for span in spans:
        attrs = span.get("attrs") or {}
        etype = span.get("label")
        place = _ref_text(attrs.get("place"), norms)
        pkey = _place_key(attrs.get("place"), geo_ids, norms)
        same = [e for e in stored if e["type"] == etype and (e["place_key"] or None) == pkey]
        loose = [e for e in stored if e["type"] == etype and (not e["place_key"] or not pkey)]
        target = same[0] if same else (loose[0] if len(loose) == 1 else None)
        if target is None:
            eid = stable_id(aid, span.get("id") or str(span.get("start")), "event")
            con.execute("INSERT OR IGNORE INTO events VALUES(?,?,?,?,?,?,0)",
                        (eid, story_id, etype, place, pkey, published))
            target = {"id": eid, "type": etype, "place_key": pkey}
            stored.append(target)
        elif pkey and not target["place_key"]:
            con.execute("UPDATE events SET place=?, place_key=? WHERE id=?", (place, pkey, target["id"]))
            target["place_key"] = pkey
        eid, sid = target["id"], span.get("id") or str(span.get("start"))
        con.execute("UPDATE events SET n_reports=n_reports+1, first_seen=COALESCE(MIN(first_seen, ?), first_seen, ?) "
                    "WHERE id=?", (published, published, eid))
        time = (attrs.get("time") or {}).get("value")
        con.execute("INSERT OR IGNORE INTO event_reports VALUES(?,?,?,?,?,?,?,?,?,?)",
                    (eid, aid, sid, span.get("text"), _ref_text(attrs.get("actor"), norms),
                     _ref_text(attrs.get("target"), norms), place, time,
                     int(bool(attrs.get("negated"))), int(bool(attrs.get("hedged")))))
        for kind in FIGURE_KINDS:
            fig = attrs.get(kind)
            if not fig:
                continue
            figs = fig.get("figures") or [{"value": fig.get("best"), "low": fig.get("low"), "high": fig.get("high")}]
            con.executemany("INSERT INTO event_figures VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                            [(eid, aid, sid, kind, f.get("value"), f.get("low"), f.get("high"),
                              f.get("claimant"), claim_ids.get(f.get("claim") or ""), site, published)
                             for f in figs])
    return len(spans)

