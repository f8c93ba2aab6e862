"""The headline's claims and events, which the body does not repeat.

News puts its main claim and its main event in the headline (*Trump ontkent 'ongevoelige'
uitspraak*, *Israël valt doelwitten Hamas aan*, *Jongeman doodgeschoten door politie*), and
the lead often says it differently or not at all: on our Dutch attribution dev set 19 % of
the annotated claims stand only in the headline. The headline is parsed on its own (it is no
sentence of the body) and read by the same claim and event finders.

Its spans join the ``claims`` and ``events`` layers with ``attrs["part"] = "title"``: their
offsets, and those of their roles, are into ``Article.title``, not the body. Their ids follow
the body's (``c7``, ``v4``) and their links and references are renumbered to match; figures
keep their values but name no quantity span (the quantities layer is the body's). A headline
event of a type the body also reports is a mention of the body's first such event
(``same_as``), so a story does not count it twice.

A headline denial or confirmation (*Trump ontkent 'ongevoelige' uitspraak*) answers what the
body reports: it ``disputes`` / ``confirms`` the body claim it shares the most content words
with, else the body's first report at one remove (hedged: *zou … gezegd hebben*, *reportedly*).
The body's own telling of the denial (the same stance) is never its target: when the body
tells the denial too, that telling carries the link (one act, one link). A headline
confirmation only links to a report at one remove; a plain body claim is most often the
confirmation itself, told in full.
"""

from __future__ import annotations

import re

from ..types import Article, Span
from .base import AnalysisStep

_WORD = re.compile(r"\w+")


class TitleStep(AnalysisStep):
    name = "title"
    adds = "title"
    needs = ("parsed",)

    def analyse(self, article: Article, lang: str) -> None:
        title = (article.title or "").strip()
        if not title or article.title in article.body or len(title.split()) < 3:
            return  # no headline, or the body repeats it (then the body's spans hold it)
        from .claims import find_claims
        from .entities import entity_spans
        from .layer import parse

        parsed = parse(article.title, lang)
        # the headline's own entities: media decide outlets, places are no participants
        entities = entity_spans(article.title, lang, article.dateline_place, parsed=parsed)
        head = Article(page_id=article.page_id, source=article.source, language=lang,
                       paragraphs=[article.title], published=article.published)
        head.parsed = parsed
        head.layers["entities"] = entities
        claims = _without_entity_ids(find_claims(head, lang), ("speaker", "channel", "outlet"))
        events: list[Span] = []
        if article.page_type == "article" and "events" in article.layers:
            from .events import find_events
            from .times import published_date

            events = _without_entity_ids(find_events(article.title, lang, {"claims": claims, "entities": entities},
                                                     published_date(article), parsed=parsed),
                                         ("actor", "target", "place"))
        add_title_spans(article, claims, events)
        link_headline_claims(claims, [c for c in article.layers.get("claims") or [] if c.attrs.get("part") != "title"],
                             article.title, article.body, lang)


def _without_entity_ids(spans: list[Span], roles: tuple[str, ...]) -> list[Span]:
    """Entity ids in records name the body's entities; the headline's own are not stored."""
    for span in spans:
        for role in roles:
            if isinstance(span.attrs.get(role), dict):
                span.attrs[role]["entity"] = None
    return spans


def add_title_spans(article: Article, claims: list[Span], events: list[Span]) -> None:
    """Append the headline's spans to the article's layers, with ids after the body's."""
    body_claims = article.layers.setdefault("claims", [])
    body_events = article.layers.get("events")
    claim_ids = {c.id: f"c{len(body_claims) + n}" for n, c in enumerate(claims, 1)}
    event_ids = {e.id: f"v{len(body_events or []) + n}" for n, e in enumerate(events, 1)}
    for c in claims:
        c.id = claim_ids[c.id]
        c.attrs["part"] = "title"
        for link in c.attrs.get("links") or []:
            link["target"] = claim_ids.get(link["target"], link["target"])
        if c.attrs.get("continues"):
            c.attrs["continues"] = claim_ids.get(c.attrs["continues"])
    body_claims.extend(claims)
    if body_events is None:
        return
    first_of_type = {}
    for b in body_events:
        if b.attrs.get("same_as") is None:
            first_of_type.setdefault(b.label, b.id)
    for e in events:
        e.id = event_ids[e.id]
        e.attrs["part"] = "title"
        e.attrs["claims"] = [claim_ids.get(x, x) for x in e.attrs.get("claims") or []]
        if e.attrs.get("same_as"):
            e.attrs["same_as"] = event_ids.get(e.attrs["same_as"])
        elif e.label in first_of_type:
            # the headline announces what the body tells: a mention of the body's first event of
            # that type, not an event of its own (a story would count it twice)
            e.attrs["same_as"] = first_of_type[e.label]
        for role in ("fatalities", "injured", "arrested"):
            for fig in (e.attrs.get(role) or {}).get("figures", []):
                fig["quantity"] = None
                fig["claim"] = claim_ids.get(fig.get("claim"), fig.get("claim"))
    body_events.extend(events)


def link_headline_claims(title_claims: list[Span], body_claims: list[Span], title: str, body: str,
                         lang: str) -> None:
    """Give each headline claim whose cue disputes or confirms a link to the body claim it answers."""
    from .layer.lemmas import lemma

    def words(text: str) -> set[str]:
        return {lemma(w.lower(), lang) for w in _WORD.findall(text) if len(w) > 3}

    def names(span: Span) -> set[str]:
        sp = span.attrs.get("speaker") or {}
        return {w.lower() for w in _WORD.findall(sp.get("text") or "") if w[:1].isupper()}

    stancing = [t for t in title_claims if t.attrs.get("stance") and not t.attrs.get("links")]
    if not stancing:
        return
    said = {b.id: (words(body[b.start:b.end]), names(b)) for b in body_claims}
    for t in stancing:
        kind = t.attrs["stance"]
        mine, speaker = words(title[t.start:t.end]), names(t)
        candidates = [b for b in body_claims if b.attrs.get("stance") != kind
                      and (b.attrs.get("hedged") or not (speaker & said[b.id][1]))]
        if kind == "confirms":
            # a confirmation confirms a report at one remove (*zou*, *reportedly*); a plain body
            # claim is most often the confirmation itself, told in full ("VS bevestigt …" over
            # the minister's own words), and linking the two would pair one side with itself
            candidates = [b for b in candidates if b.attrs.get("hedged")]
        best = max(candidates, key=lambda b: len(mine & said[b.id][0]), default=None)
        if best is None or not mine & said[best.id][0]:
            best = next((b for b in candidates if b.attrs.get("hedged")), None)
        if best is None:
            continue
        tellings = [b for b in body_claims if b.attrs.get("stance") == kind]
        if any(b.attrs.get("links") for b in tellings):
            continue  # the body's telling of the denial already says what it answers
        # the body's own telling of the same act carries the link (its speaker is the fuller
        # one, and one denial is one link): the first telling after the claim it answers
        holder = next((b for b in tellings if b.start > best.start), t)
        holder.attrs.setdefault("links", []).append(
            {"type": kind, "target": best.id, "cue": (holder.attrs.get("cue") or {}).get("text")})
