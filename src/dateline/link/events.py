"""Events across articles: one row per event of a story, every report and figure kept.

An article's event mentions are first grouped into the article's events (``same_as`` chains,
``event_match.chains``); each of those is one *report*.  A report joins a stored event of the
same story when type, place, time and participants agree (``event_match.best_event``), else it
starts a new event.  Every mention is kept in ``event_reports`` and every figure (fatalities /
injured / arrested, with its claimant and claim) in ``event_figures``, once per report, so
``figures.py`` can give low / best / high per event over all of them.

``link_events`` is plain data in, decisions out: the store hands it the story's stored events
and writes the ``EventDecisions`` it returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..types import stable_id
from .carriers import publisher_of
from .claims import speaker_names
from .event_match import best_event, chains, first, fold_restated, participant_key

FIGURE_KINDS = ("fatalities", "injured", "arrested")
# What the matching reads of a stored event: the store hands each event with these fields.
EVENT_FIELDS = ("id", "type", "place", "place_key", "actor", "target", "actor_key", "target_key", "time", "lang")
# Parts a later report can name when the first left them unknown; a key goes with its name.
KNOWN_PARTS = (("place", "place_key"), ("actor", "actor_key"), ("target", "target_key"), ("time",))


@dataclass
class EventDecisions:
    """What one article's events decide.  ``new_events``: events first reported here (the
    ``EVENT_FIELDS``); ``named_parts``: stored event id -> parts this report names for the
    first time; ``reported``: (event id, mentions), one per report; ``reports`` and
    ``figures``: rows of ``event_reports`` and ``event_figures`` as dicts."""
    story_id: str
    published: str | None
    new_events: list[dict[str, Any]] = field(default_factory=list)
    named_parts: dict[str, dict[str, Any]] = field(default_factory=dict)
    reported: list[tuple[str, int]] = field(default_factory=list)
    reports: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)


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


def _name_known_parts(event: dict[str, Any], rep: dict[str, Any], named: dict[str, dict[str, Any]]) -> None:
    """A later report can name what the first one left unknown (place, actor, target, time)."""
    for cols in KNOWN_PARTS:
        if rep[cols[-1]] and not event[cols[-1]]:
            named.setdefault(event["id"], {}).update({c: rep[c] for c in cols})
            event.update({c: rep[c] for c in cols})


@dataclass
class EventReport:
    """One of an article's events, read from its record alone (``read_events``): what it
    reports, and the rows of its mentions and figures but for the event and claim ids, which
    the story's stored events and claims decide."""
    head: str  # the head mention's id (its start when it has none): names a new event
    report: dict[str, Any]  # type, place, participants, time, language (``EVENT_FIELDS`` but ``id``)
    n_mentions: int
    mentions: list[dict[str, Any]]  # ``event_reports`` rows without ``event_id``
    figures: list[dict[str, Any]]  # ``event_figures`` rows without ``event_id`` and ``claim_id``,
    # ``site`` and ``published``; with ``claim``: the span id of the claim the figure comes from


def read_events(record: dict[str, Any]) -> list[EventReport]:
    """The record's events: mentions grouped by ``same_as`` and restatements folded in."""
    ann = record.get("annotations") or {}
    spans = ann.get("events") or []
    if not spans:
        return []
    aid = record["id"]
    lang = (record.get("language") or {}).get("code")
    norms = {e["id"]: (e.get("attrs") or {}).get("norm") or e.get("text")
             for e in ann.get("entities") or [] if e.get("id")}
    geo_ids = {e["id"]: ((e.get("attrs") or {}).get("geo") or {}).get("geonames_id")
               for e in ann.get("entities") or [] if e.get("id")}
    claimants = speaker_names(record)
    groups = chains(spans)
    into = fold_restated(groups, [_report(g, lang, norms, geo_ids) for g in groups])
    for i, j in enumerate(into):
        if j != i:
            groups[j] += groups[i]
    out = []
    for mentions in (g for i, g in enumerate(groups) if into[i] == i):
        head = mentions[0]
        rows = []
        for m in mentions:
            attrs = m.get("attrs") or {}
            rows.append({"article_id": aid, "span_id": m.get("id") or str(m.get("start")),
                         "trigger": m.get("text"), "actor": _ref_text(attrs.get("actor"), norms),
                         "target": _ref_text(attrs.get("target"), norms),
                         "place": _ref_text(attrs.get("place"), norms),
                         "time": (attrs.get("time") or {}).get("value"),
                         "negated": int(bool(attrs.get("negated"))), "hedged": int(bool(attrs.get("hedged")))})
        figures = [{"article_id": aid, "span_id": sid, "kind": kind, "value": f.get("value"), "low": f.get("low"),
                    "high": f.get("high"), "claimant": claimants.get(f.get("claim") or "") or f.get("claimant"),
                    "claim": f.get("claim") or ""} for kind, f, sid in _figures(mentions)]
        out.append(EventReport(head=head.get("id") or str(head.get("start")),
                               report=_report(mentions, lang, norms, geo_ids), n_mentions=len(mentions),
                               mentions=rows, figures=figures))
    return out


def link_events(record: dict[str, Any], story_id: str, stored: list[dict[str, Any]],
                claim_ids: dict[str, str], published: str | None,
                reports: list[EventReport] | None = None) -> EventDecisions:
    """The record's events as reports of new or stored events of its story.

    ``stored``: the story's events (``EVENT_FIELDS``); ``claim_ids``: this article's claim span
    id -> claim id (``ClaimDecisions.claim_of_span``), so a figure names the claim it comes from;
    ``reports``: the record's ``read_events``, when read already (an ingest worker reads them)."""
    out = EventDecisions(story_id, published)
    if reports is None:
        reports = read_events(record)
    if not reports:
        return out
    aid = record["id"]
    source = publisher_of(record)  # counts distinct sources of a figure
    known = [dict(e) for e in stored]  # copies: a named part updates the copy, not the caller's
    taken: set[str] = set()  # two events of one article are not one event
    for r in reports:
        rep = r.report
        event = best_event(rep, known, taken)
        if event is None:
            eid = stable_id(aid, r.head, "event")
            event = {"id": eid, **rep}
            out.new_events.append(dict(event))
            known.append(event)
        else:
            _name_known_parts(event, rep, out.named_parts)
        eid = event["id"]
        taken.add(eid)
        out.reported.append((eid, r.n_mentions))
        out.reports += [{"event_id": eid, **m} for m in r.mentions]
        out.figures += [{"event_id": eid, **{k: v for k, v in f.items() if k != "claim"},
                         "claim_id": claim_ids.get(f["claim"]), "site": source, "published": published}
                        for f in r.figures]
    return out
