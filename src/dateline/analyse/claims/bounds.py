"""Where a reported clause ends when the sentence goes on after it.

The rules take a clause after its cue to the end of the sentence (``rules.clause_end``). A
sentence often goes on with what the speaker did next, which is no part of what was said:
*She says the plan is late, but insists it will work* (a second cue of the same speaker),
*X tweeted a photo and said …* (a verb coordinated with the cue, sharing its subject).
The parse tells: a conjunct of the cue verb with no subject of its own, or another claim's
cue with the same speaker after a conjunction, ends the content. A conjunct with a subject
of its own (*said the plan is late and the costs are rising*) or a second *that* stays.
"""

from __future__ import annotations

from .parse import children_of, cue_verb
from .text import END_PUNCT, Tok

Range = tuple[int, int]

TRAILING = (",", ";", ":", "—", "–", "-", "(")
CONTRAST = frozenset({"rather", "instead"})
MIN_KEPT = 2  # words a content keeps when cut


def _trim_end(toks: list[Tok], a: int, b: int) -> int:
    while b > a and (toks[b - 1].text in END_PUNCT or toks[b - 1].text in TRAILING
                     or toks[b - 1].pos == "CCONJ" or not toks[b - 1].is_word and not toks[b - 1].quoted):
        b -= 1
    return b


def _subtree_start(kids: list[list[int]], i: int) -> int:
    lo, stack = i, [i]
    while stack:
        n = stack.pop()
        lo = min(lo, n)
        stack.extend(kids[n])
    return lo


def _cut(toks: list[Tok], f, at: int) -> bool:
    a = f.content[0]
    end = _trim_end(toks, a, at)
    if sum(toks[j].is_word for j in range(a, end)) < MIN_KEPT or end >= f.content[1]:
        return False
    f.content = (a, end)
    return True


def _after_conjunction(toks: list[Tok], i: int, a: int) -> bool:
    """``i`` follows *and* / *but* (or a comma) inside the content."""
    j = i - 1
    while j > a and toks[j].pos == "ADV":  # "but also insists", "and then said"
        j -= 1
    return j > a and (toks[j].pos == "CCONJ" or toks[j].text == ",")


def _cut_at_main_report(toks: list[Tok], f, found: list) -> bool:
    """*While X suggested A, Y told lawmakers B*: a report in a clause opened by a subordinator
    ends where the main clause's speaker starts after a comma."""
    a, b = f.content
    if a < f.cue[1] or f.speaker is None or f.speaker[0] == 0 or toks[f.speaker[0] - 1].lower not in OPENING_SUBORDINATORS:
        return False
    main = next((g for g in found if g is not f and g.speaker is not None and a < g.speaker[0] < g.cue[0] < b
                 and toks[g.speaker[0] - 1].text == ","), None)
    return main is not None and _cut(toks, f, main.speaker[0] - 1)


# the words that open a subordinate clause before the main one ("While X suggested A, Y told B");
# fronts.SUBORDINATORS is a different list: the openers of an adverbial clause of the cue itself
OPENING_SUBORDINATORS = frozenset({"while", "when", "although", "though", "as", "after", "before", "because",
                                   "since", "whereas", "terwijl", "toen", "hoewel", "omdat", "nadat", "während",
                                   "obwohl", "weil", "nachdem", "alors", "lorsque", "quand", "tandis"})


def cut_at_main_reports(toks: list[Tok], found: list) -> None:
    """Once more after the speakers are trimmed: a main-clause speaker that opened on a time
    (*…, last week State Department official X told …*) starts at the comma only then."""
    for f in found:
        if f.content[0] >= f.cue[1] and not toks[f.content[0]].quoted and f.kind not in ("quote", "according", "hedge"):
            _cut_at_main_report(toks, f, found)


def cut_after_content(toks: list[Tok], found: list) -> None:
    """Cut (in place) each content that follows its cue at the first place where the
    sentence goes on with its speaker's next act (see the module doc)."""
    if not found:
        return
    kids = children_of(toks)
    cue_at = {f.cue[0]: f for f in found}
    for f in found:
        a, b = f.content
        if a < f.cue[1] or toks[a].quoted or f.kind in ("quote", "according", "hedge") or f.referent:
            continue
        host = next((g for g in found if g is not f and g.content[0] <= f.cue[0] < g.content[1]
                     and a < g.cue[0] < b and g.content[1] <= g.cue[0]), None) \
            if f.speaker is not None and toks[f.speaker[0]].pos != "PRON" else None
        if host is not None:  # "Rebels claimed the attack, the army said": the army's words hold
            # the rebels' claim, whose content ends where the army's attribution starts
            at = min(host.cue[0], host.speaker[0] if host.speaker is not None else host.cue[0])
            if _cut(toks, f, at):
                a, b = f.content
        if _cut_at_main_report(toks, f, found):
            a, b = f.content
        k = cue_verb(toks, f.cue)
        if toks[k].pos not in ("VERB", "AUX"):
            continue
        for x in range(a + 2, b):
            t = toks[x]
            if t.quoted or t.dep not in ("conj", "advcl") and x not in cue_at:
                continue
            if (t.dep == "advcl" and t.head == k and t.lower.endswith("ing") and t.pos == "VERB"
                    and toks[x - 1].text == ","):
                # "said things should wait, referring to …": the speaker's participle, after the clause
                if _cut(toks, f, x - 1):
                    break
                continue
            own = [toks[c].dep for c in kids[x]]
            shares_subject = not any(d.startswith("nsubj") or d == "mark" for d in own)
            if any(toks[c].lower in CONTRAST for c in kids[x]):
                continue  # "note X, but rather Y": one contrast, said as one
            if t.head == k and t.pos in ("VERB", "AUX") and shares_subject and "cc" in own:
                # a verb coordinated with the cue, with its subject: "tweeted …, and said …"
                if _cut(toks, f, max(_subtree_start(kids, x), a + 1)):
                    break
                continue
            g = cue_at.get(x)
            if (g is not None and g is not f and t.dep == "conj" and t.head == k and "cc" in own
                    and "aux:pass" not in own  # a passive's subject is what was said, nobody speaks
                    and g.speaker is not None and a < g.speaker[0] < x and g.kind not in ("quote", "according", "hedge")):
                # "One in three said …, and one in four said …": a second speaker's claim
                if _cut(toks, f, max(_subtree_start(kids, x), a + 1)):
                    break
                continue
            if (g is not None and g is not f and g.kind not in ("quote", "according", "hedge")
                    and t.pos == "VERB" and _after_conjunction(toks, x, a)
                    and (g.speaker is not None and g.speaker == f.speaker
                         or t.dep == "conj" and shares_subject)):
                # another cue of the same speaker: "says …, but insists …"
                if _cut(toks, f, max(_subtree_start(kids, x), a + 1)):
                    if f.speaker is not None and (g.speaker is None or a <= g.speaker[0] < b):
                        g.speaker = f.speaker  # "said … and suggested …": who said it suggests it
                    break
