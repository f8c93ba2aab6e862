"""Read side of the store: one story across outlets (versions, copies, claims, figures)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..link.figures import summarise
from ..link.reprints import changes
from .records import load_record

ART_COLS = "id, title, site, publisher, url, published, modified, language, agency, dup_group, story_id"


def resolve_story(con: sqlite3.Connection, ident: str) -> str | None:
    """A story id, or the story of an article id."""
    if con.execute("SELECT 1 FROM stories WHERE id=?", (ident,)).fetchone():
        return ident
    row = con.execute("SELECT story_id FROM articles WHERE id=?", (ident,)).fetchone()
    return row[0] if row else None


def _sort_key(a: dict[str, Any]) -> tuple:
    # Published time first; of two with one published time, the one modified later is later.
    return (a["published"] is None, a["published"] or "", a["modified"] or "", a["id"])


def story(con: sqlite3.Connection, ident: str) -> dict[str, Any] | None:
    sid = resolve_story(con, ident)
    if sid is None:
        return None
    head = dict(con.execute("SELECT * FROM stories WHERE id=?", (sid,)).fetchone())
    arts = sorted((dict(r) for r in con.execute(f"SELECT {ART_COLS} FROM articles WHERE story_id=?", (sid,))),
                  key=_sort_key)
    head["articles"] = arts
    head["copies"] = _copies(con, arts)
    ids = [a["id"] for a in arts]
    q = ",".join("?" * len(ids))
    head["versions"] = [dict(r, attrs=json.loads(r["attrs"] or "null")) for r in con.execute(
        f"SELECT a, b, attrs FROM links WHERE kind='version' AND b IN ({q})", ids)]
    head["claims"] = _claims(con, sid)
    head["events"] = _events(con, sid)
    return head


def _copies(con: sqlite3.Connection, arts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Groups of copies of one text: earliest first, its agency, what each later copy changed."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for a in arts:
        groups.setdefault(a["dup_group"], []).append(a)
    out = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members = sorted(members, key=_sort_key)
        first = members[0]
        rec0 = load_record(con.execute("SELECT record FROM articles WHERE id=?", (first["id"],)).fetchone()[0])
        agencies = [m["agency"] for m in members if m["agency"]]
        copies = []
        for m in members[1:]:
            rec = load_record(con.execute("SELECT record FROM articles WHERE id=?", (m["id"],)).fetchone()[0])
            copies.append({"id": m["id"], "site": m["site"], "published": m["published"],
                           "changes": changes(rec0, rec)})
        out.append({"earliest": first["id"], "earliest_site": first["site"], "published": first["published"],
                    "agency": first["agency"] or (max(set(agencies), key=agencies.count) if agencies else None),
                    "copies": copies})
    return out


def _claims(con: sqlite3.Connection, sid: str) -> list[dict[str, Any]]:
    claims = [dict(r) for r in con.execute(
        "SELECT id, text, speaker, first_seen, first_article, n_sightings, stance FROM claims WHERE story_id=? "
        "ORDER BY n_sightings DESC, first_seen", (sid,))]
    for c in claims:
        c["sightings"] = [dict(r) for r in con.execute(
            "SELECT article_id, site, publisher, outlet, agency, carrier, speaker, cue, channel, published, hedged "
            "FROM claim_sightings WHERE claim_id=? ORDER BY published", (c["id"],))]
        # A link is read "source <type> target": the source claim disputes / confirms the target.
        # Copies of one article repeat its links, so each link is listed once with its count.
        c["links"] = [dict(r) for r in con.execute(
            "SELECT l.type, l.target_claim AS target, t.text AS target_text, t.speaker AS target_speaker, "
            "MAX(l.cross_article) AS cross_article, COUNT(DISTINCT l.article_id) AS n_articles "
            "FROM claim_links l LEFT JOIN claims t ON t.id=l.target_claim WHERE l.source_claim=? "
            "GROUP BY l.type, l.target_claim", (c["id"],))]
        c["linked_by"] = [dict(r) for r in con.execute(
            "SELECT l.type, l.source_claim AS source, s.text AS source_text, s.speaker AS source_speaker, "
            "MAX(l.cross_article) AS cross_article, COUNT(DISTINCT l.article_id) AS n_articles "
            "FROM claim_links l LEFT JOIN claims s ON s.id=l.source_claim WHERE l.target_claim=? "
            "GROUP BY l.type, l.source_claim", (c["id"],))]
    return claims


def _events(con: sqlite3.Connection, sid: str) -> list[dict[str, Any]]:
    out = []
    for e in con.execute("SELECT * FROM events WHERE story_id=? ORDER BY first_seen", (sid,)):
        e = dict(e)
        figs = [dict(r) for r in con.execute(
            "SELECT f.*, r.negated FROM event_figures f JOIN event_reports r ON r.article_id=f.article_id "
            "AND r.span_id=f.span_id WHERE f.event_id=?", (e["id"],))]
        claim_ids = [f["claim_id"] for f in figs if f["claim_id"]]
        disputed = {r[0] for r in con.execute(
            f"SELECT target_claim FROM claim_links WHERE type='disputes' AND target_claim IN "
            f"({','.join('?' * len(claim_ids))})", claim_ids)} if claim_ids else set()
        e["figures"] = {}
        for f in figs:
            f["disputed"] = f["claim_id"] in disputed
            e["figures"].setdefault(f["kind"], []).append(f)
        e["summary"] = {k: summarise(v) for k, v in e["figures"].items()}
        out.append(e)
    return out
