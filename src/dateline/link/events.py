"""Events across articles: one row per event of a story, every report and figure kept.

An article's event mentions are first grouped into the article's events (``same_as`` chains,
``event_match.chains``); each of those is one *report*.  A report joins a stored event of the
same story when type, place, time and participants agree (``event_match.best_event``), else it
starts a new event.  Every mention is kept in ``event_reports`` and every figure (fatalities /
injured / arrested, with its claimant and claim) in ``event_figures``, once per report, so
``figures.py`` can give low / best / high per event over all of them.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..types import stable_id
from .carriers import publisher_of
from .claims import speaker_names
from .event_match import best_event, chains, first, fold_restated, participant_key

FIGURE_KINDS = ("fatalities", "injured", "arrested")
EVENT_COLS = "id, type, place, place_key, actor, target, actor_key, target_key, time, lang"


def _ref_text(ref: dict[str, Any] | None, norms: dict[str, str]) -> str | None:
    if not ref:
        return None
    return norms.get(ref.get("entity") or "") or ref.get("text")


def _place_key(ref: dict[str, Any] | None, geo_ids: dict[str, Any], norms: dict[str, str]) -> str | None:
    """The gazetteer id when the place was located (Teheran = Tehran), else its name."""
    if not ref:
        return None
    gid = geo_ids.get(ref.get("entity") or "") or (ref.get("geo") or {}).get("geonames_id")
    if gid:
        return f"geo:{gid}"
    name = _ref_text(ref, norms)
    return name.lower() if name else None


def _report(mentions: list[dict[str, Any]], lang: str | None, norms: dict[str, str],
            geo_ids: dict[str, Any]) -> dict[str, Any]:
    """What one article says about one event, from all its mentions."""
    place = first(mentions, "place")
    actor, target = _ref_text(first(mentions, "actor"), norms), _ref_text(first(mentions, "target"), norms)
    return {"type": mentions[0].get("label"), "place": _ref_text(place, norms),
            "place_key": _place_key(place, geo_ids, norms), "actor": actor, "target": target,
            "actor_key": participant_key(actor, lang), "target_key": participant_key(target, lang),
            "time": (first(mentions, "time") or {}).get("value"), "lang": lang}


def _figures(mentions: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any], str]]:
    """(kind, figure, span id) of a report, each figure once: the events layer copies a later
    mention's figures into the mention it refers back to."""
    out, seen = [], set()
    for m in mentions:
        for kind in FIGURE_KINDS:
            fig = (m.get("attrs") or {}).get(kind)
            if not fig:
                continue
            figs = fig.get("figures") or [{"value": fig.get("best"), "low": fig.get("low"), "high": fig.get("high")}]
            for f in figs:
                key = (kind, f.get("quantity") or (f.get("value"), f.get("low"), f.get("high"), f.get("claimant")))
                if key not in seen:
                    seen.add(key)
                    out.append((kind, f, m.get("id") or str(m.get("start"))))
    return out


def _update_known_parts(con: sqlite3.Connection, event: dict[str, Any], rep: dict[str, Any]) -> None:
    """A later report can name what the first one left unknown (place, actor, target, time)."""
    for cols in (("place", "place_key"), ("actor", "actor_key"), ("target", "target_key"), ("time",)):
        if rep[cols[-1]] and not event[cols[-1]]:
            con.execute(f"UPDATE events SET {', '.join(c + '=?' for c in cols)} WHERE id=?",
                        [rep[c] for c in cols] + [event["id"]])
            event.update({c: rep[c] for c in cols})


def link_events(con: sqlite3.Connection, record: dict[str, Any], story_id: str,
                published: str | None) -> int:
    """Store the record's events as reports of new or existing story events; returns reports."""
    ann = record.get("annotations") or {}
    spans = ann.get("events") or []
    if not spans:
        return 0
    aid = record["id"]
    source = publisher_of(record)  # counts distinct sources of a figure
    lang = (record.get("language") or {}).get("code")
    norms = {e["id"]: (e.get("attrs") or {}).get("norm") or e.get("text")
             for e in ann.get("entities") or [] if e.get("id")}
    geo_ids = {e["id"]: ((e.get("attrs") or {}).get("geo") or {}).get("geonames_id")
               for e in ann.get("entities") or [] if e.get("id")}
    claim_ids = dict(con.execute("SELECT span_id, claim_id FROM claim_sightings WHERE article_id=?", (aid,)))
    claimants = speaker_names(record)
    stored = [dict(r) for r in con.execute(f"SELECT {EVENT_COLS} FROM events WHERE story_id=?", (story_id,))]
    taken: set[str] = set()  # two events of one article are not one event
    groups = chains(spans)
    into = fold_restated(groups, [_report(g, lang, norms, geo_ids) for g in groups])
    for i, j in enumerate(into):
        if j != i:
            groups[j] += groups[i]
    groups = [g for i, g in enumerate(groups) if into[i] == i]
    for mentions in groups:
        rep = _report(mentions, lang, norms, geo_ids)
        event = best_event(rep, stored, taken)
        if event is None:
            head = mentions[0]
            eid = stable_id(aid, head.get("id") or str(head.get("start")), "event")
            con.execute("INSERT OR IGNORE INTO events(id, story_id, type, place, place_key, first_seen, n_reports, "
                        "actor, target, actor_key, target_key, time, lang, n_mentions) "
                        "VALUES(?,?,?,?,?,?,0,?,?,?,?,?,?,0)",
                        (eid, story_id, rep["type"], rep["place"], rep["place_key"], published, rep["actor"],
                         rep["target"], rep["actor_key"], rep["target_key"], rep["time"], lang))
            event = {"id": eid, **rep}
            stored.append(event)
        else:
            _update_known_parts(con, event, rep)
        eid = event["id"]
        taken.add(eid)
        con.execute("UPDATE events SET n_reports=n_reports+1, n_mentions=COALESCE(n_mentions, 0)+?, "
                    "first_seen=COALESCE(MIN(first_seen, ?), first_seen, ?) WHERE id=?",
                    (len(mentions), published, published, eid))
        for m in mentions:
            attrs = m.get("attrs") or {}
            con.execute("INSERT OR IGNORE INTO event_reports VALUES(?,?,?,?,?,?,?,?,?,?)",
                        (eid, aid, m.get("id") or str(m.get("start")), m.get("text"),
                         _ref_text(attrs.get("actor"), norms), _ref_text(attrs.get("target"), norms),
                         _ref_text(attrs.get("place"), norms), (attrs.get("time") or {}).get("value"),
                         int(bool(attrs.get("negated"))), int(bool(attrs.get("hedged")))))
        con.executemany("INSERT INTO event_figures VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                        [(eid, aid, sid, kind, f.get("value"), f.get("low"), f.get("high"),
                          claimants.get(f.get("claim") or "") or f.get("claimant"),
                          claim_ids.get(f.get("claim") or ""), source, published)
                         for kind, f, sid in _figures(mentions)])
    return len(groups)
