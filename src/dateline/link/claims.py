"""Claims across sources: one claim, many sightings; disputes and confirmations across articles.

A claim in a new article is the same claim as a stored one of the same story when their
content lemmas overlap enough (Jaccard; the bar is lower when the speaker is the same and
higher when the speakers differ) and any numbers in them agree.  A claim in another language is the
same claim when the speaker, the numbers and the names inside it are the same.  A claim whose
cue is a denial ("ontkent", "denies") or whose polarity is opposite (one negated, one not) is never a
sighting of the claim it answers: it becomes its own claim with a ``disputes`` link to it,
even when the two sit in different articles.  A confirming cue links ``confirms`` the same way.

``link_claims`` is plain data in, decisions out: the store hands it the story's stored claims
and writes the ``ClaimDecisions`` it returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..types import stable_id
from .carriers import carrier_chain, publisher_of
from .text import content_lemmas, cue_lemmas, lemma, load_list, numbers, tokens

SAME_SPEAKER_JACCARD = 0.4
UNKNOWN_SPEAKER_JACCARD = 0.6
OTHER_SPEAKER_JACCARD = 0.8
ANSWER_JACCARD = 0.25  # a denial / confirmation names enough of what it answers
CROSS_LANGUAGE_SCORE = 0.5  # rank of a cross-language match among same-language ones


def _same_speaker(a: str | None, b: str | None) -> bool:
    """One name inside the other counts: "Van Dijk" / "Karin van Dijk", "Amnesty International" /
    "Mensenrechtenorganisatie Amnesty International" (a descriptor the recogniser kept)."""
    if not a or not b:
        return False
    ta, tb = _name_words(a), _name_words(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


@lru_cache(maxsize=100_000)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(tokens(name))


def _jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)  # |a ∪ b| from the sizes: no union set is built for every stored claim
    return shared / (len(a) + len(b) - shared)


@lru_cache(maxsize=None)
def _negations(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_list(lang, "link_negations.txt"))


# Every stored claim of a story is checked again for each new article of the story: cached,
# a long-running story does not re-read its claims' words each time.
@lru_cache(maxsize=100_000)
def _negated(text: str, lang: str | None) -> bool:
    return bool(lang) and not _negations(lang).isdisjoint(tokens(text))


def _stance(claim: dict[str, Any], lang: str | None) -> str | None:
    """'disputes' / 'confirms' when the cue (or the claim) is a denial / confirmation word."""
    cue = ((claim.get("attrs") or {}).get("cue") or {}).get("text") or ""
    words = {lemma(w, lang) for w in tokens(cue)} | set(tokens(cue))
    if words & cue_lemmas(lang, "dispute"):
        return "disputes"
    if words & cue_lemmas(lang, "confirm"):
        return "confirms"
    return None


def _name(ref: dict[str, Any] | None, entity_norms: dict[str, str]) -> str | None:
    """A speaker's / outlet's name: its entity's norm, else its text.  A pronoun speaker the
    claims layer resolved ("zei hij" -> Karin van Dijk, ``speaker.resolved``) is named by its
    antecedent, so "hij" never counts as a speaker of its own."""
    if not ref:
        return None
    if ref.get("resolved"):
        return _name(ref["resolved"], entity_norms)
    return entity_norms.get(ref.get("entity") or "") or (ref.get("text") or "").strip() or None


def speaker_names(record: dict[str, Any]) -> dict[str, str]:
    """Claim span id -> its speaker's name (resolved pronouns included), for event figures."""
    ann = record.get("annotations") or {}
    norms = {e["id"]: (e.get("attrs") or {}).get("norm") or e.get("text")
             for e in ann.get("entities") or [] if e.get("id")}
    out = {}
    for c in ann.get("claims") or []:
        name = _name((c.get("attrs") or {}).get("speaker"), norms)
        if name and c.get("id"):
            out[c["id"]] = name
    return out


def _anchors(span: dict[str, Any], ann: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Numbers (digits and counted words via the quantities layer) and names inside a claim.

    They read the same in every language ("drie" = "three" = 3; Nederland = Netherlands by
    gazetteer id), so they let an English claim meet its Dutch wording.
    """
    lo, hi = span.get("start", 0), span.get("end", 0)
    nums = set(numbers(span.get("text") or ""))
    if (span.get("attrs") or {}).get("part") == "title":
        return nums, set()  # offsets into the headline: the body's layers say nothing of it
    for q in ann.get("quantities") or []:
        v = (q.get("attrs") or {}).get("value")
        if isinstance(v, (int, float)) and lo <= q.get("start", -1) < hi:
            nums.add(str(int(v)) if float(v).is_integer() else str(v))
    names = set()
    for e in ann.get("entities") or []:
        if lo <= e.get("start", -1) < hi:
            a = e.get("attrs") or {}
            gid = (a.get("geo") or {}).get("geonames_id")
            names.add(f"geo:{gid}" if gid else (a.get("norm") or e.get("text") or "").lower())
    return nums, names


def _earlier(a: str | None, b: str | None) -> bool:
    """True when time ``a`` is known and before ``b`` (unknown times order nothing)."""
    return bool(a and b and a < b)


@dataclass
class ClaimDecisions:
    """What one article's claims decide.  ``new_claims``: claims first seen here (fields as
    the store's ``claims`` row, ``terms`` / ``nums`` / ``names`` as sorted lists);
    ``seen_again``: stored claims this article sights once more; ``sightings``: one per claim
    span; ``links``: (source claim, target claim, type, article, cue, cross_article)."""
    published: str | None
    new_claims: list[dict[str, Any]] = field(default_factory=list)
    seen_again: list[str] = field(default_factory=list)
    sightings: list[dict[str, Any]] = field(default_factory=list)
    links: list[tuple[str, str, str, str, str | None, int]] = field(default_factory=list)

    def claim_of_span(self) -> dict[str, str]:
        """Span id -> claim id (the first sighting of a span id counts, as in the store)."""
        out: dict[str, str] = {}
        for s in self.sightings:
            out.setdefault(s["span_id"], s["claim_id"])
        return out


@dataclass
class ClaimSpan:
    """What one claim span of an article says, read from its record alone (``read_claims``):
    an ingest worker reads it, the writer matches it against the story's stored claims."""
    key: str  # the span's id (its start when it has none): the sighting's ``span_id``
    local: str  # the span's id or "": what the analyser's own links name it by
    new_id: str  # its claim's id when it is a new claim
    text: str
    speaker: str | None
    terms: set[str]
    nums: set[str]
    names: set[str]
    neg: bool
    stance: str | None
    cue: str | None
    channel: str | None
    outlet: str | None
    hedged: int
    links: list[tuple[str, str, str | None]]  # the analyser's links: (target span id, type, cue)


def read_claims(record: dict[str, Any]) -> list[ClaimSpan]:
    """The record's claim spans with everything ``link_claims`` needs of them that no stored
    claim changes (words, numbers, names, speaker, negation, stance)."""
    ann = record.get("annotations") or {}
    spans = ann.get("claims") or []
    if not spans:
        return []
    lang = (record.get("language") or {}).get("code")
    aid = record["id"]
    norms = {e["id"]: (e.get("attrs") or {}).get("norm") or e.get("text")
             for e in ann.get("entities") or [] if e.get("id")}
    out = []
    for span in spans:
        attrs = span.get("attrs") or {}
        text = span.get("text") or ""
        key = span.get("id") or str(span.get("start"))
        nums, names = _anchors(span, ann)
        ref = lambda k: ((attrs.get(k) or {}).get("text"))  # noqa: E731
        out.append(ClaimSpan(key=key, local=span.get("id") or "", new_id=stable_id(aid, key), text=text,
                             speaker=_name(attrs.get("speaker"), norms), terms=set(content_lemmas(text, lang)),
                             nums=nums, names=names, neg=_negated(text, lang), stance=_stance(span, lang),
                             cue=ref("cue"), channel=ref("channel"), outlet=_name(attrs.get("outlet"), norms),
                             hedged=int(bool(attrs.get("hedged"))),
                             links=[(ln.get("target") or "", ln.get("type") or "disputes", ln.get("cue"))
                                    for ln in attrs.get("links") or []]))
    return out


def link_claims(record: dict[str, Any], story_id: str, stored: list[dict[str, Any]],
                published: str | None, agency: str | None = None,
                spans: list[ClaimSpan] | None = None) -> ClaimDecisions:
    """The record's claims as sightings of new or stored claims of its story.

    ``stored``: the story's claims as the store keeps them (``id``, ``text``, ``speaker``,
    ``terms`` / ``nums`` / ``names`` as sets, ``lang``, ``first_article``, ``first_seen``,
    ``stance``).  ``agency``: the agency whose copy the article carries (``agency.agency_of``),
    a link of every sighting's carrier chain (``carriers.py``).  ``spans``: the record's
    ``read_claims``, when read already (an ingest worker reads them)."""
    out = ClaimDecisions(published)
    if spans is None:
        spans = read_claims(record)
    if not spans:
        return out
    lang = (record.get("language") or {}).get("code")
    aid, site = record["id"], (record.get("source") or {}).get("site")
    publisher = publisher_of(record)
    known = [{**c, "neg": _negated(c["text"] or "", c["lang"])} for c in stored]
    local: dict[str, str] = {}  # span id in this article -> claim id
    answers: list[tuple[str, str, str, str]] = []  # (source claim, target claim, type, article)
    for span in spans:
        text, speaker, terms, nums, names = span.text, span.speaker, span.terms, span.nums, span.names
        neg, stance = span.neg, span.stance
        match, answer = None, None
        for c in known:
            if c["id"] in local.values():
                continue  # two claims of one article are not one claim
            j = _jaccard(terms, c["terms"])
            if stance != c["stance"] or neg != c["neg"]:
                if j >= ANSWER_JACCARD and c["first_article"] != aid and (not answer or j > answer[1]):
                    answer = (c["id"], j, c["stance"], c["first_article"], c["first_seen"])
                continue
            if nums and c["nums"] and nums != c["nums"]:
                continue
            if c["lang"] != lang:  # other language: same speaker and the same numbers and names
                if ((nums or names) and nums == c["nums"] and names == c["names"] and not match
                        and _same_speaker(speaker, c["speaker"])):
                    match = (c["id"], CROSS_LANGUAGE_SCORE)
                continue
            if j < SAME_SPEAKER_JACCARD:
                continue  # under the lowest bar whoever the speakers are
            same = _same_speaker(speaker, c["speaker"])
            bar = (SAME_SPEAKER_JACCARD if same else
                   OTHER_SPEAKER_JACCARD if speaker and c["speaker"] else UNKNOWN_SPEAKER_JACCARD)
            if j >= bar and (not match or j > match[1]):
                match = (c["id"], j)
        if match:
            cid = match[0]
            out.seen_again.append(cid)
        else:
            cid = span.new_id
            out.new_claims.append({"id": cid, "story_id": story_id, "text": text, "speaker": speaker,
                                   "first_seen": published, "first_article": aid, "terms": sorted(terms),
                                   "nums": sorted(nums), "stance": stance, "names": sorted(names), "lang": lang})
            known.append({"id": cid, "text": text, "speaker": speaker, "terms": terms, "nums": nums,
                          "names": names, "lang": lang,
                          "first_article": aid, "first_seen": published, "neg": neg, "stance": stance})
        local[span.local] = cid
        if answer and answer[2] and not stance:
            # The answer came first (ingest order is free): link it the same way round, to the
            # claim this sighting belongs to, once (keyed by the answering article).
            answers.append((answer[0], cid, answer[2], answer[3]))
        elif answer and not match and not stance and _earlier(published, answer[4]):
            # Opposite polarity, no denial cue on either side: the later statement contradicts
            # the earlier one, whichever was ingested first.
            answers.append((answer[0], cid, "disputes", answer[3]))
        elif answer and not match:  # this claim answers the stored one (or its polarity differs)
            answers.append((cid, answer[0], stance or "disputes", aid))
        out.sightings.append({"claim_id": cid, "article_id": aid, "span_id": span.key,
                              "text": text, "speaker": speaker, "cue": span.cue, "channel": span.channel,
                              "outlet": span.outlet, "site": site, "published": published,
                              "hedged": span.hedged, "agency": agency, "publisher": publisher,
                              "carrier": carrier_chain(span.outlet, agency, publisher)})
    out.links = [(src, tgt, typ, art, None, 1) for src, tgt, typ, art in answers]
    for span in spans:  # links the claim analyser found inside this article
        src = local.get(span.local)
        for target, typ, cue in span.links:
            tgt = local.get(target)
            if src and tgt and src != tgt:
                out.links.append((src, tgt, typ, aid, cue, 0))
    return out
