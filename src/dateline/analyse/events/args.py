"""Arguments of an event mention: actor, target and place, from the entities layer when
present and from simple patterns over the sentence when not.

Word order rule (works for SVO English and verb-final Dutch subordinate clauses alike): in
the clause of the trigger, the first participant is the actor and the next one the target;
in a passive ("De soldaten zouden zijn omgebracht", "were killed by") the first participant
is the target and the one after the agent preposition ("door", "by") is the actor. A subject
pronoun ("ze", "they") inside a claim's content stands for the claim's speaker.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...types import Span
from .lexicon import EventLexicon
from ..quantities.parse import Token

PARTICIPANT_KINDS = {"person", "organisation", "group", "role", "other", None}
CLAUSE_BREAKS = {",", ";", ":", "dat", "that", "dass", "que", "qu'", "omdat", "because", "nadat", "after",
                 "terwijl", "while", "toen", "when", "waarna", "maar", "but"}


def ref(text: str, start: int, end: int, entity: str | None = None) -> dict:
    return {"text": text, "start": start, "end": end, "entity": entity}


def clause_start(tokens: list[Token], s0: int, i: int) -> int:
    """First token of the clause that holds token i (sentence start s0)."""
    k = i - 1
    while k >= s0:
        if tokens[k].low in CLAUSE_BREAKS:
            return k + 1
        k -= 1
    return s0


def _qualifies_a_thing(tokens: list[Token], end: int, lex: EventLexicon) -> bool:
    """The word right after a name (ending at ``end``) is a lower-case noun that is no person or
    group: the name is its adjective ("Albanian language", "Czech history")."""
    k = bisect_left(tokens, end, key=lambda t: t.start)  # the first token from ``end`` on
    if k == len(tokens) or tokens[k].start > end + 1 or not tokens[k].is_word or not tokens[k].text[:1].islower():
        return False
    t = tokens[k]
    return t.pos == "NOUN" and (lex.nouns.get(t.low) or lex.nouns.get(t.lemma)) not in ("group", "person")


def participants(body: str, tokens: list[Token], a: int, b: int, lex: EventLexicon,
                 entities: list[Span], place_spans: list[tuple[int, int]]) -> list[dict]:
    """Candidate actors/targets in tokens[a:b], in text order, as refs with a 'kind'.
    ``entities`` is sorted by start."""
    start, end = tokens[a].start, tokens[b - 1].end if b > a else tokens[a].start
    out: list[dict] = []
    taken: list[tuple[int, int]] = []
    place_spans = [(p0, p1) for p0, p1 in place_spans if p1 > start and p0 < end]
    for e in _starting_within(entities, start, end):
        if start <= e.start and e.end <= end and e.attrs.get("kind") in PARTICIPANT_KINDS:
            if any(p0 <= e.start < p1 for p0, p1 in place_spans):
                continue
            if e.label == "MISC" and _qualifies_a_thing(tokens, e.end, lex):
                continue  # "an Albanian language exam": the adjective of a thing is no participant
            words = body[e.start:e.end].split()
            out.append({**ref(body[e.start:e.end], e.start, e.end, e.id), "kind": "entity",
                        "head": words[-1].lower() if words else None, "misc": e.label == "MISC"})
            taken.append((e.start, e.end))
    pronouns = lex.cues.get("pronoun", set())
    first_tok = a
    for k in range(a, b):
        t = tokens[k]
        if not t.is_word or (taken and any(s <= t.start < e for s, e in taken)) or \
                (place_spans and any(p0 <= t.start < p1 for p0, p1 in place_spans)):
            continue
        cls = lex.nouns.get(t.low) or lex.nouns.get(t.lemma)
        named = next((c for c in out if c["kind"] in ("entity", "name") and k > a
                      and tokens[k - 1].end == c["end"]), None)
        if cls in ("group", "person") and named is not None:
            # "Colombian soldier", "Hamas fighters": the name and the noun it qualifies are one
            # participant (not an actor "Colombian" and a target "soldier"); the entity stays linked.
            named.update(ref(body[named["start"]:t.end], named["start"], t.end, named.get("entity")))
            named["head"] = t.low
            taken.append((t.start, t.end))
        elif named is not None and named.get("misc") and t.pos == "NOUN":
            # "Palestijns meisje", "De Antwerpse Syriëstrijder Bilal A.": a demonym is the
            # adjective of the noun after it, and that noun's name after it is the same person
            end_ = t.end
            name = next((c for c in out if c["kind"] == "entity" and c["start"] > t.end
                         and not body[t.end:c["start"]].strip()), None)
            if name is not None:
                end_ = name["end"]
                out.remove(name)
            named.update(ref(body[named["start"]:end_], named["start"], end_, named.get("entity")))
            named["head"], named["misc"] = t.low, False
            taken.append((t.start, end_))
        elif cls in ("group", "person"):
            s = t.start
            if k > a and tokens[k - 1].low in lex.cues.get("definite", ()):  # "De regering"
                s = tokens[k - 1].start
            name = next((c for c in out if c["kind"] == "entity" and c["start"] > t.end
                         and not body[t.end:c["start"]].strip()), None)
            if name is not None:  # "journalist Jan Kuciak": the role noun and its name are one participant
                name.update(ref(body[s:name["end"]], s, name["end"], name.get("entity")))
                continue
            out.append({**ref(body[s:t.end], s, t.end), "kind": "noun", "head": t.low})
        elif t.low in pronouns:
            out.append({**ref(t.text, t.start, t.end), "kind": "pronoun"})
        elif not entities and t.text[0].isupper() and k != first_tok and t.low not in lex.words \
                and t.low not in _day_words(lex.lang):  # "a meeting Thursday evening": a time
            # No entities layer: a capitalised word mid-sentence is a name.
            e = k
            while e + 1 < b and tokens[e + 1].is_word and tokens[e + 1].text[0].isupper():
                e += 1
            out.append({**ref(body[t.start:tokens[e].end], t.start, tokens[e].end), "kind": "name"})
    out.sort(key=lambda r: r["start"])
    return out


def _day_words(lang: str) -> frozenset[str]:
    from ..times import day_words

    return day_words(lang)


AGENT_ONLY_LANGS = {"en"}  # languages whose agent preposition is no path preposition ("by")
NOUN_CAPITALS = {"de"}  # languages that capitalise every noun: a capital after "in" is no name there


def _known_place(name: str) -> bool:
    """Whether the gazetteer knows a place called ``name`` (not a common noun's form)."""
    from ..places.gazetteer import gazetteer

    return bool(gazetteer().candidates(name))


ACTING_DEPS = ("nsubj", "nmod:poss")  # a place that acts or owns the one who acts: "Israel blames ...", "China's envoy says"


def _acting_place(parsed, e: Span) -> bool:
    """Whether the place ``e`` is, in the parse, a subject or a possessor (or one of a list of
    them): a country that acts or owns is a party, not where the event happened."""
    from .parse import head_of

    h = head_of(parsed, e.start, e.end)
    for _ in range(3):
        if h is None:
            return False
        if h.dep_ == "nsubj":
            return True
        if h.dep_ == "nmod:poss":  # "China's envoy said", not "asked Gaza's civilians to leave"
            return h.head is not h and (h.head.dep_ in ("nsubj", "appos") or h.head.dep_ == "ROOT" and any(
                c.dep_ == "acl" and c.i > h.head.i for c in h.head.children))  # a verb read as the noun's acl
        if h.dep_ not in ("conj", "appos", "flat", "compound") or h.head is h:
            return False
        if h.dep_ == "compound" and h.head.dep_ not in ACTING_DEPS:
            return False  # "Gaza death toll": a place qualifying the event's noun stays its place
        h = h.head
    return False


def find_place(body: str, tokens: list[Token], a: int, b: int, lex: EventLexicon,
               entities: list[Span], not_places: frozenset[str] = frozenset(), parsed=None) -> dict | None:
    """The event's place in tokens[a:b]: a place entity (after a locative if possible) or
    'in (de) (provincie) Name' / 'in Name province' where Name is no other kind of entity
    (*in Weizman's room*) and no day or month (*in April*, ``not_places``). ``entities`` is
    sorted by start."""
    start, end = tokens[a].start, tokens[b - 1].end
    locatives = lex.cues.get("locative", set())
    places = [e for e in _starting_within(entities, start, end)
              if e.attrs.get("kind") == "place" and start <= e.start and e.end <= end]
    if places:
        def after_locative(e: Span) -> bool:
            before = body[max(start, e.start - 30):e.start].lower().split()
            return any(w in locatives for w in before[-4:])
        # (English only: "door", "von" and "par" are also "through" and "from": "trokken door Gent")
        agents = lex.cues.get("agent", set()) if lex.lang in AGENT_ONLY_LANGS else set()
        definite = lex.cues.get("definite", set())

        def after_agent(e: Span) -> bool:  # "shielded by the United States", "killed by Israel"
            before = [w for w in body[max(start, e.start - 20):e.start].lower().split() if w not in definite]
            return bool(before) and before[-1] in agents
        places = [e for e in places if not after_agent(e)]
        if parsed is not None:  # a place after no locative that acts or owns is a party
            places = [e for e in places if after_locative(e) or not _acting_place(parsed, e)]
    if places:
        best = sorted(places, key=lambda e: (not after_locative(e), e.start))[0]
        r = ref(body[best.start:best.end], best.start, best.end, best.id)
        if best.attrs.get("geo"):
            r["geo"] = best.attrs["geo"]
        return r
    place_nouns = lex.cues.get("place-noun", set())
    definite = lex.cues.get("definite", set())
    for k in range(a, b - 1):
        if tokens[k].low not in locatives:
            continue
        m = k + 1
        while m < b and tokens[m].low in definite:
            m += 1
        s = m
        if m < b and tokens[m].low in place_nouns:
            m += 1
        if (m < b and tokens[m].is_word and tokens[m].text[0].isupper() and tokens[m].low not in lex.words
                and tokens[m].low not in not_places
                and not (lex.lang in NOUN_CAPITALS and not _known_place(tokens[m].text))  # "in Millionenhöhe", "im Gang"
                and not any(e.start <= tokens[m].start < e.end for e in entities)):  # a place entity came first
            e = m
            while e + 1 < b and tokens[e + 1].is_word and tokens[e + 1].text[0].isupper():
                e += 1
            if e + 1 < b and tokens[e + 1].low in place_nouns:  # "Helmand province"
                e += 1
            return ref(body[tokens[s].start:tokens[e].end], tokens[s].start, tokens[e].end)
    return None


def place_spans_of(entities: list[Span]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in entities if e.attrs.get("kind") == "place"]


def _starting_within(entities: list[Span], start: int, end: int) -> list[Span]:
    """The entities (sorted by start) that start in [start, end], in their order."""
    return entities[bisect_left(entities, start, key=lambda e: e.start):
                    bisect_right(entities, end, key=lambda e: e.start)]


class Spans(list):
    """A list of spans (``.start``, ``.end``) indexed once by start, for the many "which spans
    hold this offset" questions of one article (``speaker_for``): the answer is the scan's, in
    list order, without scanning the list. Built once; not changed after."""

    def __init__(self, spans=()):
        super().__init__(spans)
        self._order = sorted(range(len(self)), key=lambda i: self[i].start)
        self._starts = [self[i].start for i in self._order]
        self._longest = max((s.end - s.start for s in self), default=0)

    def holding(self, pos: int) -> list[Span]:
        # a span that holds pos starts after pos - (the longest span's length)
        lo = bisect_left(self._starts, pos - self._longest)
        hi = bisect_right(self._starts, pos)
        return [self[i] for i in sorted(i for i in self._order[lo:hi] if self[i].end > pos)]


def speaker_for(pos: int, claims: list[Span]) -> tuple[Span | None, dict | None]:
    """The innermost claim whose content holds pos, and its speaker ref (or None)."""
    inside = claims.holding(pos) if isinstance(claims, Spans) else [c for c in claims if c.start <= pos < c.end]
    if not inside:
        return None, None
    c = min(inside, key=lambda c: c.end - c.start)
    return c, c.attrs.get("speaker")
