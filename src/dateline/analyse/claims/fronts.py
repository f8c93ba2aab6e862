"""Checks the reporting-verb rules make on what stands around a cue (``rules.verb_claims``):
whether the words before "…, X said" can be what X said, whether a participle's speaker is
clear, whether a cue reports at all (an if-clause, *declined to say whether*, *werd gevonden*).
Written from real pages read in session 8, where each of these had given a wrong speaker.
"""

from __future__ import annotations

from ..times import day_words

Range = tuple[int, int]

DAYS = frozenset().union(*(day_words(lang) for lang in ("en", "nl", "de", "fr")))  # "said Friday, …"


def refused_to_say(toks, cue: Range) -> bool:
    """*declined to say whether Thomas slept on the job*: a refusal to speak says nothing, and
    what it would not say is no one's claim (English)."""
    c = cue[0]
    k = next((j for j in range(cue[0], cue[1]) if toks[j].lemma in REFUSALS), None)
    if k is None and toks[c].lemma in UNSAID and c >= 2 and toks[c - 1].lower == "to" and toks[c - 2].lemma in REFUSALS:
        k = c - 2
    # (only before an indirect question: "declined to comment on the report" is kept, as PolNeAR has it)
    return k is not None and k + 3 < len(toks) and toks[k + 1].lower == "to" and toks[k + 2].lemma in UNSAID \
        and toks[k + 3].lower in ("whether", "if", "what", "why", "how", "who", "when", "where")


REFUSALS = frozenset({"decline", "refuse"})
UNSAID = frozenset({"say", "comment", "confirm", "discuss", "elaborate", "specify", "disclose", "reveal", "name",
                    "identify", "answer", "speculate", "address"})
FOUND_NOT_THOUGHT = frozenset({"vinden", "finden"})  # "vindt dat" thinks; "werd gevonden" was found
CONDITIONALS = frozenset({"als", "indien", "tenzij", "if", "unless", "wenn", "falls", "sofern", "si"})
SUBORDINATORS = frozenset({"though", "although", "while", "when", "because", "since", "if", "unless",
                           "obwohl", "weil", "wenn", "als", "da", "hoewel", "omdat", "toen", "terwijl",
                           "bien", "quoique", "lorsque", "quand", "puisque", "si"})


def _reported_front(toks, a: int, b: int, c: int, ce: int, e: int, used: set[int], lx, left: bool) -> bool:
    """Whether the words ``[a, b)`` before "…, X said" can be what X said. Not when the cue
    has an object of its own after it (*Le 4 septembre, …, la ministre annonce sa démission*),
    its own auxiliary stands in them (*L'avocat a, quant à lui, annoncé …*), another report by
    someone named is their main verb (*X said in a statement, "…" at the release, adding that
    the family had asked …*), or they are an adverbial clause of the cue (*Though many remain
    peaceful, a minority have responded with …*). ``left``: the speaker stands before the cue."""
    words = [k for k in range(a, b) if toks[k].is_word]
    if not words:
        return False
    if lx.lang == "de" and toks[words[0]].pos == "ADP" \
            and not any(toks[k].pos in ("VERB", "AUX") or toks[k].quoted for k in words):
        return False  # "Am Samstag, 29. Oktober warnte die Gemeinde …": when, not what (no verb)
    if left and any(toks[k].head in range(c, ce) and toks[k].dep in ("obj", "dobj") for k in range(ce, e)):
        return False
    first = toks[words[0]]
    if left and first.lower in SUBORDINATORS and first.dep == "mark" and 0 <= first.head < len(toks) \
            and toks[first.head].head in range(c, ce):
        return False
    if any(toks[k].head in range(c, ce) and toks[k].dep.startswith("aux") for k in words):
        return False
    return not any(_named_report(toks, k, a, b, used, lx) for k in words)


def _named_report(toks, k: int, a: int, b: int, used: set[int], lx) -> bool:
    """Token ``k`` is the main verb of a report by a named or described speaker: *Scott Morrison
    said …*, not *Ik vind dat …* (the speaker's own words) nor *Straf dat X dit zegt*."""
    t = toks[k]
    if t.pos != "VERB" or t.quoted or t.dep.lower() != "root" or not (
            k in used or lx.verbs.get(t.lemma) in ("say", "tell")):
        return False
    kids = [j for j in range(a, b) if toks[j].head == k]
    return not any(toks[j].dep == "mark" for j in kids) and any(
        toks[j].dep.startswith("nsubj") and toks[j].pos in ("NOUN", "PROPN") for j in kids)


def _object_before_and(toks, speaker: Range, c: int, lx) -> bool:
    """"and" stands right before the cue, after the words taken for its subject: the cue is a
    second verb sharing the clause's subject, and those words belong to the first verb (*It did
    not reveal the crash location and said …*, *… as "another measure contradicting" the legal
    footing and said …*)."""
    k = c - 1
    while k >= speaker[1] and (lx.is_(toks[k], "adv") or lx.is_(toks[k], "aux") or lx.is_(toks[k], "neg")):
        k -= 1
    if not (k >= speaker[1] and lx.is_(toks[k], "conj") and toks[k].lower not in ("or", "of", "oder", "ou")) \
            or any(toks[x].pos == "VERB" for x in range(*speaker)):
        return False  # (a verb in the words: the parse finds the subject among them)
    head = next((x for x in range(*speaker) if not speaker[0] <= toks[x].head < speaker[1]), speaker[1] - 1)
    # the first verb's own subject stays (*Het leger schuift alles af en ontkent …*); a subject
    # the parse hangs on the cue across the "and" is its error
    return not toks[head].dep.startswith("nsubj") or toks[head].head == c


def _second_subject(toks, s, c, first: Range | None) -> bool:
    """Another clause with a noun subject of its own stands between the sentence's subject and
    a participle at ``c``: the participle may be either subject's act, and the parse cannot
    tell (it hangs the participle on the root either way)."""
    for h in range(first[1] if first else s, c):
        if toks[h].pos == "VERB" and not toks[h].quoted and any(
                toks[k].head == h and toks[k].dep.startswith("nsubj") and toks[k].pos in ("NOUN", "PROPN")
                and not (first and first[0] <= k < first[1]) for k in range(s, c)):
            return True
    return False
