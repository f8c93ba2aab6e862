"""Trigger mentions of one sentence: the lexicon scan, the learned model's additions (hybrid or
model-only detector), PLOVER modality rules and THREATEN modes, and the sentence cues (hedge,
negation, unknown place/time) that events.py attaches to every mention.

Split out of events.py (which assembles arguments, figures and references); the decisions are
documented in docs/events.md.
"""

from __future__ import annotations

from bisect import bisect_right

from .args import clause_start
from .lexicon import EventLexicon, threaten_mode, trigger_at, type_defaults


class NameSpans(tuple):
    """(start, end) spans of names, with the furthest end reached by the spans up to each start,
    so "is this offset inside a name" is one bisection, not a scan of every name."""

    def __new__(cls, spans=()):
        self = super().__new__(cls, spans)
        order = sorted(self)
        self._starts = [a for a, _ in order]
        self._reach, furthest = [], None
        for _, b in order:
            furthest = b if furthest is None or b > furthest else furthest
            self._reach.append(furthest)
        return self

    def covers(self, x: int) -> bool:
        k = bisect_right(self._starts, x)
        return k > 0 and self._reach[k - 1] > x


def in_name(tokens, s0, s1, k, name_spans, title_case: bool) -> bool:
    """Is token k part of a name: inside an ORG/MISC entity, or (without entities) a capitalised
    word next to another capitalised word, not at the sentence start, in a sentence that is not
    in title case ("Police Arrest 12 Protesters" keeps its triggers)."""
    start = tokens[k].start
    if name_spans:
        if isinstance(name_spans, NameSpans):
            return name_spans.covers(start)
        return any(a <= start < b for a, b in name_spans)
    if title_case or k == s0 or not tokens[k].text[0].isupper():
        return False
    return any(s0 < m < s1 and m != s0 and tokens[m].is_word and tokens[m].text[0].isupper()
               for m in (k - 1, k + 1))


def sentence_events(body, tokens, s0, s1, lex: EventLexicon, noun_starts,
                     name_spans=(), hits=None) -> tuple[list[dict], list[str]]:
    """Trigger mentions of one sentence, and the modes its instrument words suggest."""
    out, instruments, k = [], [], s0
    title_case = None  # computed on the first capitalised trigger only
    while k < s1:
        hit = hits[k] if hits is not None else trigger_at(lex, tokens, k)
        if hit is not None and hit[1].kind == "instrument" and hit[1].mode:
            instruments.append(hit[1].mode)
        if hit is None or hit[1].kind != "trigger" or tokens[k].start in noun_starts or (
                hit[0] == 1 and tokens[k].pos == "PROPN" and tokens[k].text[:1].isupper() and k > s0
                and not hit[1].compound):
            # a name is no event: "March" (the month), "Free" in "North American Free Trade";
            # a compound ending in a trigger noun is none ("NAVO-top", "Brexit-onderhandelingen")
            k += 1
            continue
        if (name_spans or (k > s0 and tokens[k].text[0].isupper())) and not hit[1].compound:
            if title_case is None:  # a headline in title case has no lower-case word of 4+ letters
                title_case = not any(t.is_word and len(t.text) > 3 and t.text[0].islower() for t in tokens[s0:s1])
            if in_name(tokens, s0, s1, k, name_spans, title_case):
                k += 1
                continue
        n, tr = hit
        sensed = tr.alt is not None and has_cue(tokens, s0, s1, lex, tr.alt[0])
        if sensed:
            tr = tr.alt[1]  # "veroordeeld tot vijf jaar cel": convict, not condemn
        end = tokens[min(k + n, s1) - 1].end
        out.append({"i": k, "n": n, "start": tokens[k].start, "end": end, "type": tr.type, "mode": tr.mode,
                    "role": tr.role, "fatalities": None, "injured": None, "arrested": None, "same_as": None,
                    "sensed": sensed})
        k += n
    return out, instruments


def with_learned(sent_events, learned, probs, model, tokens, s0, s1, lex, noun_starts,
                  keep_lexicon, hits=None) -> list[dict]:
    """Add the model's triggers of this sentence. Hybrid keeps the lexicon's mentions (except
    those of a type the model knows but gives less than ``model.veto`` on that word, unless a
    cue chose the word's second sense: the model saw it in its usual one) and adds a
    model trigger only for a type the lexicon found nowhere in the sentence; model-only drops
    the lexicon's. A model trigger on a lexicon word of the same type takes that word's mode."""
    out = []
    if keep_lexicon:
        for e in sent_events:
            c = model.column.get(e["type"])
            p = probs.get(e["i"])
            if c is not None and p is not None and p[c] < model.veto and model.vetoable(e["type"], e["mode"]) \
                    and not e.get("sensed"):
                continue  # (a second sense read from a cue is not the word's usual type: no veto)
            out.append(e)
    have = {e["type"] for e in out}
    taken = {k for e in out for k in range(e["i"], e["i"] + e["n"])}
    defaults = type_defaults()
    for k in range(s0, s1):
        hit = learned.get(k)
        if hit is None or hit[0] in have or k in taken or tokens[k].start in noun_starts:
            continue
        etype = hit[0]
        lexical = hits[k] if hits is not None else trigger_at(lex, tokens, k)
        if lexical is not None and lexical[1].type == etype and lexical[1].kind == "trigger":
            mode, role = lexical[1].mode, lexical[1].role
        else:
            mode, role = defaults.get(etype, (None, None))
        out.append({"i": k, "n": 1, "start": tokens[k].start, "end": tokens[k].end, "type": etype,
                    "mode": mode, "role": role, "fatalities": None, "injured": None, "arrested": None,
                    "same_as": None})
        have.add(etype)
    out.sort(key=lambda e: e["i"])
    return out


def threat_modes(sent_events, tokens, s0) -> None:
    """A THREATEN trigger without a mode takes it from the act after it in its clause
    ("threatened to shell Iraqi towns" -> violence, "threatened to institute a curfew" -> restrict)."""
    for k, ev in enumerate(sent_events):
        if ev["type"] != "THREATEN" or ev["mode"]:
            continue
        for nxt in sent_events[k + 1:]:
            if clause_start(tokens, s0, nxt["i"]) > ev["i"]:
                break  # the next act is in another clause
            mode = threaten_mode(nxt["type"], nxt["mode"])
            if mode:
                ev["mode"] = mode
                break


NEGATED_BEFORE_CUE = {"en"}


def modality(tokens, s0, i, lex) -> str | None:
    """future | future-negated | obligation: a cue at most 6 tokens before the trigger, in its clause
    ("will not accept": future with a negation after it is future-negated)."""
    c0 = max(clause_start(tokens, s0, i), i - 6)
    found, negated = None, False
    negations = lex.cues.get("negation", ())
    firsts = lex.cue_phrases.by_first if lex.cue_phrases else {}
    for k in range(c0, i):
        low = tokens[k].low
        kind = next((c for c in ("future", "future-negated", "obligation") if low in lex.cues.get(c, ())), None)
        if kind is None and low in firsts:
            hit = lex.cue_phrases.match_at(tokens, k)
            if hit and hit[1] in ("future", "obligation") and k + hit[0] <= i:
                kind = hit[1]
        if kind:
            # a negation right before the cue negates the intention: "has no plans to",
            # "does not intend to", "never pledged to"
            found = kind
            # (English only: Dutch puts "niet" before "zal" in any clause, and "al dan niet zal" is
            # "whether or not")
            negated = kind == "future" and lex.lang in NEGATED_BEFORE_CUE \
                and any(tokens[j].low in negations for j in range(max(c0, k - 2), k))
        elif found and low in negations:
            negated = True
    if found == "future" and negated:
        return "future-negated"
    return found


LEMMA_KINDS = frozenset({"disaster"})  # nouns: their plurals count ("aardbevingen", "earthquakes")


def has_cue(tokens, s0, s1, lex, kind) -> bool:
    words = lex.cues.get(kind, set())
    firsts = lex.cue_phrases.by_first if lex.cue_phrases else {}
    by_lemma = kind in LEMMA_KINDS
    for k in range(s0, s1):
        low = tokens[k].low
        if low in words or by_lemma and tokens[k].lemma.lower() in words:
            return True
        if low in firsts:
            hit = lex.cue_phrases.match_at(tokens, k)
            if hit and hit[1] == kind:
                return True
    return False


def unknown_in(tokens, s0, s1, lex) -> set[str]:
    found: set[str] = set()
    firsts = lex.unknown.by_first
    for k in range(s0, s1):
        hit = lex.unknown.match_at(tokens, k) if tokens[k].low in firsts else None
        if hit:
            found |= {"place", "time"} if hit[1] == "both" else {hit[1]}
    return found
