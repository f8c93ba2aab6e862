"""Event arguments and figures from the linguistic layer's dependency parse.

- actor = the trigger's subject (active) or passive agent (*door / by / par / von X*);
  target = its object, passive subject, or an *op / tegen / against / on / contre / gegen*
  argument; for an event noun (*de aanval op het konvooi*) the same prepositions on the noun.
- a count of people is a figure of an event only when the parse links its noun to the
  trigger (*doodde 200 strijders*, *200 strijders werden gedood*): a distance, a sum or a
  crowd elsewhere in the sentence is not the event's toll.
"""

from __future__ import annotations

from bisect import bisect_right

from ..layer.table import table

SUBJECTS = ("nsubj",)
PASSIVE_SUBJECTS = ("nsubj:pass",)
OBJECTS = ("obj", "iobj")
AGENT_CASES = {"door", "by", "par", "von"}
TARGET_CASES = {"op", "tegen", "against", "on", "contre", "gegen", "auf", "sur", "at"}
NOUN_ACTOR_CASES = {"van", "by", "of", "door", "de", "von", "des", "du"}
NP_PARTS = ("det", "amod", "compound", "flat", "flat:name", "nmod:poss", "compound:prt", "fixed", "case")


def tok(parsed, char: int):
    """The layer's token that holds character ``char`` (offsets from the shared token table)."""
    if not len(parsed):
        return None
    k = bisect_right(table(parsed).idx, char) - 1
    return parsed[max(0, k)]


def head_of(parsed, start: int, end: int | None = None):
    """The token heading the character span (for *om het leven gekomen*: *gekomen*)."""
    first = tok(parsed, start)
    if first is None or end is None:
        return first
    last = tok(parsed, max(start, end - 1))
    span = range(first.i, last.i + 1)
    for i in span:
        t = parsed[i]
        if t.head.i not in span or t.head.i == t.i:
            return t
    return first


def _case(t) -> str | None:
    for c in t.children:
        if c.dep_ == "case":
            return c.lower_
    return None


def phrase(t) -> tuple[int, int]:
    """Character range of the noun phrase headed by ``t``: the head with the determiners,
    adjectives and name parts right before it, and name parts after it; not its numbers
    (*bijna 200 strijders* -> *strijders*), clauses or prepositional phrases."""
    lo = hi = t
    for c in sorted(t.lefts, key=lambda x: -x.i):  # nearest first; stop at the first gap
        if c.right_edge.i != lo.i - 1 or c.dep_ not in NP_PARTS or c.dep_ == "case" \
                or any(x.pos_ in ("NUM", "ADV") for x in c.subtree):
            break
        lo = c.left_edge
    for c in sorted(t.rights, key=lambda x: x.i):
        if c.left_edge.i != hi.i + 1 or c.dep_ not in ("flat", "flat:name", "compound"):
            break
        hi = c.right_edge
    return lo.idx, hi.idx + len(hi.text)


def bare_participle(t) -> bool:
    """A past participle with no auxiliary, heading a clause or following its noun: a headline's
    passive (*3 demonstrators killed in clashes*, *Drie betogers gedood bij rellen*)."""
    return t.pos_ == "VERB" and t.dep_ in ("ROOT", "acl") and "Part" in t.morph.get("VerbForm") \
        and "Pres" not in t.morph.get("Tense") \
        and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in t.children)


def arguments(parsed, trigger_char: int, trigger_end: int | None = None, passive_cue: bool = False):
    """(actor head token, target head token) of the trigger at ``trigger_char``; either may be
    None. Returns None when the layer has no parse there."""
    t = head_of(parsed, trigger_char, trigger_end)
    if t is None:
        return None
    actor = target = None
    # passive by the parse, or by the words (a passive auxiliary before a participle) where a
    # small parser misses it: "De soldaten zouden zijn omgebracht"
    passive = passive_cue or bare_participle(t) \
        or any(c.dep_ in ("aux:pass",) or c.dep_ in PASSIVE_SUBJECTS for c in t.children)
    for c in t.children:
        dep = c.dep_
        if dep in SUBJECTS and not passive and actor is None:
            actor = c
        elif dep in SUBJECTS and passive and target is None:
            target = c
        elif dep in PASSIVE_SUBJECTS and target is None:
            target = c
        elif dep in OBJECTS and target is None:
            target = c
        elif dep.startswith("obl") or dep.startswith("nmod"):
            case = _case(c)
            if case in AGENT_CASES and (passive or dep == "obl:agent") and actor is None:
                actor = c
            elif case in TARGET_CASES and target is None:
                target = c
            elif t.pos_ == "NOUN" and case in NOUN_ACTOR_CASES and actor is None and dep.startswith("nmod"):
                actor = c
    if actor is None and t.dep_ in ("conj", "xcomp") and t.head.pos_ in ("VERB", "AUX"):
        for c in t.head.children:  # "ging in het offensief en doodde …": shared subject
            if c.dep_ in SUBJECTS:
                actor = c
                break
    if target is None and t.dep_ == "acl" and bare_participle(t) and t.head.pos_ in ("NOUN", "PROPN"):
        target = t.head  # a past participle after its noun is passive: "the soldiers killed in the ambush"
    if actor is not None and target is not None and actor.i == target.i:
        target = None
    return actor, target


def linked(parsed, noun_char: int, trigger_char: int, steps: int = 3, trigger_end: int | None = None) -> bool:
    """Whether the noun at ``noun_char`` is an argument (or part of one) of the trigger at
    ``trigger_char``: up the heads from the noun, within ``steps``, or the other way for a
    noun trigger (*de aanval waarbij 20 doden vielen* is left to the casualty-noun rule)."""
    n = tok(parsed, noun_char)
    trig = head_of(parsed, trigger_char, trigger_end)
    if n is None or trig is None:
        return False
    x = n
    for _ in range(steps):
        if x.i == trig.i:
            return True
        if x.head.i == x.i:
            break
        x = x.head
    if x.i == trig.i:
        return True
    # the trigger is a dependent of the figure's clause: "200 strijders kwamen om bij de aanval"
    return trig.head.i == n.i or (trig.dep_ in ("xcomp", "acl", "acl:relcl") and trig.head.i == n.head.i)


def is_agent(parsed, noun_char: int, trigger_char: int, trigger_end: int | None = None) -> bool:
    """Whether the noun at ``noun_char`` is the active subject of the trigger: who does it,
    not whom it is done to (*a 5.9 earthquake killed …*: the 5.9 counts no victims)."""
    n = tok(parsed, noun_char)
    trig = head_of(parsed, trigger_char, trigger_end)
    return n is not None and trig is not None and n.dep_ == "nsubj" and n.head.i == trig.i
