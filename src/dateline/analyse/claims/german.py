"""German grammar the claim rules need (``rules``): the subjunctive of reported speech,
the conjunctions and relative pronouns that open a clause which is not what was said, and a
relative clause moved past its verb. Written with the session-8 German helper's rules.
"""

from __future__ import annotations

Range = tuple[int, int]


DE_RELATIVES = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches"})
# German coordinating conjunctions: a clause they open after the cue is no reported clause
DE_COORD = frozenset({"und", "aber", "oder", "doch", "sondern", "denn", "sowie"})


DE_SUBJUNCTIVE = frozenset({"sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe",
                            "möge", "gebe", "wäre", "wären", "hätte", "hätten", "würde", "würden", "könnten",
                            "müssten", "dürften"})


def _de_subjunctive(t) -> bool:
    """A German verb in the subjunctive of reported speech (*sei*, *habe*, *komme*, *wäre*)."""
    if t.lower in DE_SUBJUNCTIVE:
        return True
    return t.pos in ("VERB", "AUX") and t.lower.endswith("e") and t.lower + "n" == t.lemma.lower() \
        and not t.is_upper


def _de_extraposed_antecedent(toks, s: int, comma: int) -> Range | None:
    """German moves a relative clause past the verb: *Das Video wurde von der Nutzerin Anna
    gepostet, die sagte …*: the relative stands for the last noun phrase before the verb."""
    x = comma - 2
    while x > s and toks[x].pos in ("VERB", "AUX", "PART", "ADV"):
        x -= 1
    if toks[x].pos not in ("NOUN", "PROPN"):
        return None
    a = x
    while a - 1 >= s and toks[a - 1].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        a -= 1
    return (a, x + 1)
