"""German grammar the claim rules need (``rules``): the subjunctive of reported speech,
the conjunctions and relative pronouns that open a clause which is not what was said, and a
relative clause moved past its verb; and the speaker edges, the reported speech that runs on
in the subjunctive and the writer's own verbs the claims step trims (``step``). Written with
the session-8 German helper's rules.
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
    return t.pos in ("VERB", "AUX") and _e_form(t) and not t.is_upper


def _e_form(t) -> bool:
    """The verb form is its infinitive less the final *n*: *komme*, *habe*, *mitteile*
    (Konjunktiv I third person, or the first person singular)."""
    return t.lower.endswith("e") and t.lower + "n" == t.lemma.lower()


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


# German words that, after the speaker's noun, say when or to whom it was said: *meldete die
# Polizei Anfang Oktober*, *wie der Minister am Dienstag in München erklärte*, *sagte X gegenüber
# der Zeitung*; and the titles whose full stop the tokenizer splits off (*Dr. Peter Müller*)
DE_SPEAKER_TAIL = frozenset({"am", "anfang", "ende", "mitte", "bereits", "schon", "jetzt", "nun", "heute",
                             "gestern", "vorgestern", "morgen", "zuletzt", "damals", "kürzlich", "erneut", "zudem",
                             "außerdem", "dazu", "auch", "noch", "weiter", "gegenüber", "laut", "zufolge", "einst",
                             "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                             "oktober", "november", "dezember", "vergangene", "vergangenen", "vergangener",
                             "letzte", "letzten", "letzter", "diese", "dieser", "diesen", "jüngst", "ebenfalls"})
DE_SPEAKER_TITLES = frozenset({"dr", "prof", "dipl", "ing"})


def _de_speaker_edges(toks, a: int, b: int, cue, days) -> tuple[int, int]:
    n = len(toks)
    if b + 1 < n and toks[b].lower.rstrip(".") in DE_SPEAKER_TITLES and not toks[b].quoted:
        b += 1  # the parse cut before the title: "Bürgermeister | Dr. Peter Müller"
        if toks[b - 1].text.endswith(".") and toks[b].is_upper and toks[b].is_word:
            while b < n and toks[b].is_upper and toks[b].is_word and toks[b].pos in ("PROPN", "NOUN", "X") \
                    and not toks[b].quoted:
                b += 1
        elif toks[b].text != ".":
            b -= 1
    while b + 1 < n and toks[b - 1].lower in DE_SPEAKER_TITLES and toks[b].text == "." \
            and toks[b - 1].end == toks[b].start and toks[b + 1].is_upper and toks[b + 1].is_word:
        b += 2  # "Bürgermeister Dr. | Peter Müller": the name after the title
        while b < n and toks[b].is_upper and toks[b].is_word and toks[b].pos in ("PROPN", "NOUN", "X") \
                and not toks[b].quoted:
            b += 1
    cut = next((j for j in range(a + 1, b) if (toks[j].lower in DE_SPEAKER_TAIL or toks[j].lower in days)
                and not toks[j].quoted and toks[j - 1].is_word
                or toks[j].lower in ("dem", "den") and toks[j - 1].pos in ("NOUN", "PROPN")), None)
    # ("sagte eine Sprecherin dem Blatt": the dative after the speaker's noun is the addressee)
    if cut is not None:
        b = cut
    return a, b


# German reported speech runs on in the subjunctive (Konjunktiv I) after its cue sentence:
# "Eine Sprecherin sagte, der Plan sei gescheitert. Man habe alle Optionen geprüft." The
# forms here are the third-person ones that differ from the indicative (Konjunktiv II forms,
# *wäre*, *würde*, are the writer's conditionals too often)
DE_KONJ1 = frozenset({"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge",
                      "gebe", "gehe", "stehe", "liege", "komme", "bleibe"})


def _de_konj1(toks, a: int, b: int) -> bool:
    for j in range(a, b):
        t = toks[j]
        if t.quoted or t.pos not in ("VERB", "AUX") or j > a and toks[j - 1].lower in ("ich", "wir"):
            continue
        if t.lower in DE_KONJ1 or _e_form(t) and not t.is_upper and not (j > a and toks[j - 1].lower == "zu"):
            return True
    return False


def _de_reported_run(toks, sents, breaks, found, lx) -> None:
    """Extend a speaker's claim over the next sentences of its paragraph that are in the
    subjunctive of reported speech and hold no claim of their own."""
    for n in range(1, len(sents)):
        s, e = sents[n]
        ps, pe = sents[n - 1]
        if s - 1 in breaks or any(s <= f.cue[0] < e or f.content[0] < e and f.content[1] > s for f in found):
            continue
        hosts = [f for f in found if f.speaker is not None and f.kind not in ("hedge", "colon")
                 and ps <= f.content[1] <= s and f.cue[1] <= f.content[0] and ps <= f.cue[0] < pe]
        # (the cue before the content: a run after '"…", sagte X.' would swallow the attribution)
        if len(hosts) != 1:
            continue
        end = e
        while end > s and toks[end - 1].text in END_MARKS_DE:
            end -= 1
        if toks[e - 1].text == "?" or end - s < 3 or any(toks[j].quoted for j in range(s, end)):
            continue
        if not _de_konj1(toks, s, end) or any(lx.according.match_at(toks, j) or lx.hedges.match_at(toks, j)
                                              for j in range(s, end)):
            continue  # "Allein in Deutschland gebe es nach Schätzung von Experten …": a source of its own
        f = hosts[0]
        f.content = (f.content[0], end)


END_MARKS_DE = frozenset({".", "!", "…"})


DE_VERB_KINDS = frozenset({"say", "tell", "belief", "announce", "object", "evidence", "stance"})


def _de_writer_verb(toks, f) -> bool:
    """A German reporting verb with no speaker in the infinitive or first person singular
    (*Man kann also sagen, dass …*, *Ich möchte erklären, wieso …*, *… heute doch schreibe*):
    the writer's own words, not a report (an agentless participle, *wurde berichtet*, stays)."""
    if f.speaker is not None or f.kind not in DE_VERB_KINDS:
        return False
    t = toks[f.cue[0]]
    c = f.cue[0]
    first = any(toks[j].lower == "ich" for j in range(max(0, c - 12), c))  # (3rd-person subjunctive
    # "in dem er mitteile" has the same form: only after "ich")
    return t.pos in ("VERB", "AUX") and (t.lower == t.lemma.lower() or first and _e_form(t))
