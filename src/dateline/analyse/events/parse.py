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
from ..times import day_words

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
    """The preposition of ``t``; a multiword one whole (*op verdenking van*, *in verband met*),
    so that it is not taken for its first word (no target *op*)."""
    for c in t.children:
        if c.dep_ == "case":
            fixed = [f.lower_ for f in sorted(c.children, key=lambda f: f.i) if f.dep_ == "fixed"]
            return " ".join([c.lower_] + fixed) if fixed else c.lower_
    return None


def phrase(t) -> tuple[int, int]:
    """Character range of the noun phrase headed by ``t``: the head with the determiners,
    adjectives and name parts right before it, and name parts after it; not its numbers
    (*bijna 200 strijders* -> *strijders*), clauses or prepositional phrases."""
    lo = hi = t
    for c in sorted(t.lefts, key=lambda x: -x.i):  # nearest first; stop at the first gap
        if c.right_edge.i != lo.i - 1 or c.dep_ not in NP_PARTS or c.dep_ == "case" \
                or any(x.pos_ in ("NUM", "ADV", "AUX") for x in c.subtree):  # not "hebben" read as a possessive
            break
        lo = c.left_edge
    for c in sorted(t.rights, key=lambda x: x.i):
        if c.left_edge.i != hi.i + 1 or c.dep_ not in ("flat", "flat:name", "compound"):
            break
        hi = c.right_edge
    return lo.idx, hi.idx + len(hi.text)


AUXES = ("aux", "aux:pass", "aux:tense", "cop")  # aux:tense: French "a arrêté" (UD French)
EXTENT_RIGHT = ("flat", "flat:name", "compound", "appos", "conj", "nmod")


def extent(t) -> tuple[int, int]:
    """Character range of the whole participant headed by ``t``: its noun phrase (``phrase``)
    with the names, appositions, conjuncts and short *van* phrases after it
    (*honderden mensen*, *de journalist Jan Kuciak*, *Amerikanen, Britten en Fransen*, *de minister van Justitie
    Jeff Sessions*); not its relative clauses or other prepositional phrases."""
    lo, hi = phrase(t)
    last = t
    for c in sorted(t.rights, key=lambda x: x.i):
        if c.dep_ not in EXTENT_RIGHT or c.left_edge.i > last.i + 2 or \
                any(x.pos_ == "PUNCT" and x.text not in (",", "-") for x in t.doc[last.i + 1:c.left_edge.i]):
            break
        if c.dep_ == "nmod" and (_case(c) not in NOUN_ACTOR_CASES - AGENT_CASES | {None} or len(list(c.subtree)) > 6
                                 or any(x.pos_ in ("VERB", "AUX") for x in c.subtree)):
            break
        if any(x.dep_ in ("acl", "acl:relcl") for x in c.subtree):
            break
        end = c.right_edge
        while end.i > c.i and end.pos_ == "PUNCT":
            end = t.doc[end.i - 1]
        last = end
        hi = max(hi, end.idx + len(end.text))
    return lo, hi


def _words(cues, kind) -> set[str]:
    return cues.get(kind, set()) if cues else set()


def _lemma(t) -> str:
    return t.lemma_.replace("_", "").lower()


def verb_lemma(v) -> str:
    """The lemma of verb ``v`` with the particle the parse hangs on it (*dient ... in* ->
    *indienen*, *zette ... in* -> *inzetten*)."""
    lem = _lemma(v)
    prt = next((c.lower_ for c in v.children if c.dep_ == "compound:prt"), None)
    return prt + lem if prt and not lem.startswith(prt) else lem


def _participle(t, cues) -> bool:
    """A past participle, by the tagger or by its form: a participle infix the lemma lacks
    (*doodgeschoten* / *dood_schieten*, *opgepakt* / *op_pakken*)."""
    if t.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    if "Part" in t.morph.get("VerbForm"):
        return True
    return t.pos_ == "VERB" and any(t.lower_.count(g) > _lemma(t).count(g) for g in _words(cues, "participle-infix"))


def _bare_participle(t, cues) -> bool:
    """A participle with no auxiliary, as in a headline (*Vier mannen opgepakt*, *Jongeman
    doodgeschoten door politie*): a passive, whose subject undergoes the act."""
    if not _participle(t, cues) or t.pos_ == "ADJ" or any(c.dep_ in AUXES for c in t.children):
        return False
    if t.doc.lang_ == "en" and t.dep_ != "acl" and t.sent[-1].text in (".", "!", "?") and not any(
            c.i > t.i and c.pos_ in ("VERB", "AUX") and any(a.dep_ in AUXES for a in c.children) for c in t.children):
        # English has no bare passive in running text: "Rebels attacked at dawn." is a simple
        # past the small tagger calls a participle. Bare passives are a headline's (no full
        # stop) or a participle after its noun ("the soldiers killed in the ambush"), also where
        # the parse made that participle the root and hung the real verb on it ("… were buried")
        return False
    if t.lower_.endswith(("te", "de")) and not any(t.lower_.count(g) > _lemma(t).count(g)
                                                    for g in _words(cues, "participle-infix")):
        return False  # a past tense (misbruikte, vorderde), not an inflected participle (geredde)
    if any(a.dep_ == "aux" and _lemma(a) in _words(cues, "active-aux") for c in t.children for a in c.children):
        return False  # the perfect's auxiliary hung on the subject: "Precies 105 raketten hebben Amerikanen ... afgevuurd"
    if t.dep_ == "conj":  # "heeft X gearresteerd en Y opgepakt": the first verb's auxiliary serves both
        return _bare_participle(t.head, cues) if t.head.pos_ in ("VERB", "AUX") else False
    return t.dep_ in ("ROOT", "parataxis", "ccomp", "advcl", "acl")


def _subject_of(v):
    """The subject of verb ``v``, on the verb or on its auxiliary (*De politie heeft ... opgepakt*:
    a small parser hangs the subject on *heeft*)."""
    for c in v.children:
        if c.dep_ in SUBJECTS:
            return c
    for a in v.children:
        if a.dep_ in AUXES:
            for c in a.children:
                if c.dep_ in SUBJECTS:
                    return c
    return None


def arguments(parsed, trigger_char: int, trigger_end: int | None = None, passive_cue: bool = False,
              cues: dict | None = None, mutual: bool = False):
    """(actor head token, target head token) of the trigger at ``trigger_char``; either may be
    None. Returns None when the layer has no parse there. ``cues``: the language's event cue
    words by kind (``event_cues.tsv``). ``mutual``: an act done together (a meeting), whose
    *met / with* party is its other side (``partner-case`` cues)."""
    t = head_of(parsed, trigger_char, trigger_end)
    if t is None:
        return None
    return _arguments(t, passive_cue, cues or {}, mutual=mutual)


def passive(t, passive_cue: bool, cues: dict) -> bool:
    """Whether trigger token ``t`` is read as a passive: by the parse (a passive auxiliary or
    subject), by the words (a passive auxiliary before a participle) where a small parser misses
    it (*De soldaten zouden zijn omgebracht*), or as a headline participle without auxiliary. The
    words' cue yields when the parse gives the verb an object: a passive verb takes none
    (*Duizenden boeren zijn de straten ingetrokken* is an active perfect)."""
    if _active_perfect(t, cues):
        return False
    if any(c.dep_ == "aux:pass" or c.dep_ in PASSIVE_SUBJECTS and not _stray_article(c, cues) for c in t.children) \
            or _bare_participle(t, cues) or t.dep_ == "conj" and _participle(t, cues) and t.head.i < t.i \
            and any(c.dep_ == "aux:pass" for c in t.head.children):  # "werden ... gearresteerd en voorgeleid"
        return True  # (a headline's parse often makes its noun phrases objects: not read here)
    if _passive_conj(t):
        return True
    # the passive auxiliary the parse hangs on a participle however far before it ("werden vier
    # verdachten (drie dealers en een koper) gearresteerd") counts as the words' cue does
    passive_cue = passive_cue or _participle(t, cues) and any(
        c.dep_ == "aux" and c.lower_ in _words(cues, "passive-aux") for c in t.children)
    return passive_cue and not (t.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in t.children))


def _present_participle(t) -> bool:
    """An English -ing form after its clause ("Rebels attacked at dawn, killing four soldiers"):
    it shares the clause's subject."""
    return t.doc.lang_ == "en" and t.lower_.endswith("ing") and "Part" in t.morph.get("VerbForm") \
        and "Pres" in t.morph.get("Tense") and not any(c.dep_ in SUBJECTS for c in t.children)


def _passive_conj(t) -> bool:
    """A verb joined to a passive one with no subject or object of its own shares its passive
    (*a girl who was ripped from her mother's arms and kidnapped*): the police who released
    the video did not kidnap her."""
    if t.dep_ != "conj" or t.pos_ != "VERB" or t.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in SUBJECTS + PASSIVE_SUBJECTS + OBJECTS for c in t.children):
        return False
    return any(c.dep_ == "aux:pass" or c.dep_ in PASSIVE_SUBJECTS for c in t.head.children)


def _active_perfect(t, cues) -> bool:
    """A participle with the perfect's own auxiliary (``active-aux``: *hebben*) and no passive
    one is active, though the parser mark its subjects passive (*De luchtmacht heeft dorpen
    gebombardeerd* with both nouns ``nsubj:pass``)."""
    return any(c.dep_ == "aux" and _lemma(c) in _words(cues, "active-aux") for c in t.children) \
        and not any(c.dep_ == "aux:pass" for c in t.children)


def _stray_article(c, cues) -> bool:
    """An article the parser made a subject of its own, beside the noun it belongs to (*Het OM
    had ... gevorderd* with *Het* and *OM* both subjects): no participant, no passive cue."""
    subj = SUBJECTS + PASSIVE_SUBJECTS
    return c.dep_ in subj and c.pos_ in ("PRON", "DET") and c.lower_ in _words(cues, "definite") and any(
        x.i == c.i + 1 and x.dep_ in subj for x in c.head.children)


def _headline_subject(t, subject):
    """A headline's verb-second clause whose parse puts the subject after the verb and hangs the
    noun before it on the verb as a modifier (*Politie arresteert Tunesiër*): the noun before the
    verb, first in its sentence, is the subject and the one after the object."""
    if subject is None or subject.i < t.i or t.pos_ != "VERB" or "Fin" not in t.morph.get("VerbForm"):
        return None
    days = day_words(t.doc.lang_)
    for c in t.children:
        if c.i < t.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("amod", "det", "compound", "dep") \
                and c.left_edge.i == t.sent.start and _case(c) is None and c.lower_ not in days:
            return c
    return None


def _arguments(t, passive_cue: bool, cues: dict, depth: int = 0, mutual: bool = False):
    actor = target = None
    bare = _bare_participle(t, cues)
    is_passive = passive(t, passive_cue, cues)
    noun = t.pos_ in ("NOUN", "PROPN") or _nominal_by_children(t)
    kids = sorted(t.children, key=lambda c: c.i)
    aux_subjects = [c for a in kids if a.dep_ in AUXES for c in a.children if c.dep_ in SUBJECTS]
    own = [c for c in kids if c.dep_ in SUBJECTS + PASSIVE_SUBJECTS]
    if not own:  # (in text order: the subject before an "op" phrase is read first)
        kids = sorted(kids + aux_subjects, key=lambda c: c.i)
    elif aux_subjects and not is_passive and aux_subjects[0].i < own[0].i:
        # "De rechtbank heeft ... een 21-jarige veroordeeld" with a subject on the auxiliary and
        # another on the verb: the one before the auxiliary acts, the other is the object
        kids = sorted(kids + aux_subjects[:1], key=lambda c: c.i)
    # the patient of an act noun: "de arrestatie van X", or any "van" beside a "door" agent
    patient_noun = noun and (t.lower_ in _words(cues, "patient-noun") or _lemma(t) in _words(cues, "patient-noun")
                             or any(_case(c) in AGENT_CASES for c in kids if c.dep_.startswith("nmod")))
    days = day_words(t.doc.lang_)
    copula = noun and any(c.dep_ == "cop" for c in kids)
    held = copula and any(c.dep_ == "case" for c in kids)  # "was in custody", "is under arrest"
    alleging = t.lower_ in _words(cues, "alleges") or _lemma(t) in _words(cues, "alleges")  # its "van" is the crime
    active_perfect = _active_perfect(t, cues) and sum(c.dep_ in PASSIVE_SUBJECTS for c in kids) >= 2
    for c in kids:
        dep = c.dep_
        if active_perfect and dep in PASSIVE_SUBJECTS:
            dep = "nsubj" if actor is None else "obj"  # the first acts, the second undergoes
        if dep in SUBJECTS + PASSIVE_SUBJECTS and c.lower_ in days:
            continue  # "Zondag protesteerden honderden mensen": the day is no participant
        if dep in SUBJECTS and copula and held and target is None:
            target = c  # "A man was in custody", "X is under arrest": the subject is held
            continue
        if dep in SUBJECTS and copula:
            continue  # "Reden is zijn veroordeling door het hof": the reason convicted no one
        if _stray_article(c, cues):
            continue  # "Het OM had ... gevorderd" with the article read as a subject of its own
        if dep in SUBJECTS and not is_passive:
            if actor is None:
                actor = c
            elif target is None and (c.i > t.i or aux_subjects and actor in aux_subjects):
                target = c  # "Politie arresteert drugsdealers" parsed with two subjects
            elif target is None and actor.i < c.i < t.i and "Rel" in actor.morph.get("PronType"):
                target = c  # "de man die 26 mensen doodschoot": the relative clause's second subject is its object
        elif dep in SUBJECTS and is_passive and target is None:
            target = c
        elif dep in PASSIVE_SUBJECTS and target is None:
            target = c
        elif dep in OBJECTS and target is None:
            if mutual and t.doc.lang_ == "en" and not _can_act(c):
                continue  # "negotiate peace with Kabul": the topic of talks is no side of them
            target = c
        elif bare and dep == "advmod" and c.i < t.i and target is None and (
                c.pos_ in ("NOUN", "PROPN") or c.pos_ == "ADJ" and c.i == t.sent.start and c.text[:1].isupper()):
            target = c  # "Vier heethoofden opgepakt", "Verdachte aangehouden": the noun read as a modifier
        elif noun and not mutual and dep == "nmod:poss" and c.pos_ == "PRON" and c.lower_ in _words(cues, "possessive") \
                and not any(x.dep_ in AUXES for x in kids):  # not "zouden zijn omgebracht" tagged as a noun
            # "zijn onderzoek naar X": the owner does it; "hun arrestatie": they undergo it (not
            # a meeting's: "zijn ontmoeting met X" names both sides, the owner only by a pronoun)
            if patient_noun and target is None:
                target = c
            elif not patient_noun and actor is None:
                actor = c
        elif dep.startswith("obl") or dep.startswith("nmod"):
            case = _case(c)
            if case in AGENT_CASES and (is_passive or dep == "obl:agent" or noun) and actor is None:
                actor = c
            elif case in TARGET_CASES and target is None:
                target = c
            elif mutual and case in _words(cues, "partner-case") and target is None:
                target = c  # "een gesprek met X", "overlegde met X": the other side of the meeting
            elif noun and dep.startswith("nmod") and case in _words(cues, "noun-target") and target is None:
                target = c  # "het onderzoek naar X"
            elif noun and dep.startswith("nmod") and case in _words(cues, "noun-between") and actor is None:
                actor = c  # "de ontmoeting tussen X en Y": both meet
            elif noun and case in NOUN_ACTOR_CASES and dep.startswith("nmod") and c.pos_ != "NUM" \
                    and not _measure(c, cues) and not (alleging and not patient_noun):  # not "een straf van 14 dagen", "verdacht van drie moorden"
                if patient_noun and target is None:
                    target = c
                elif not patient_noun and actor is None and case == "of" and not _can_act(c):
                    # "the withdrawal of the bill": a thing withdrawn, no actor (English "of" only)
                    target = target or c
                elif not patient_noun and actor is None:
                    actor = c
                    if target is None:  # "de aanvallen van X tegen Y": the parser hangs "tegen Y" on X
                        target = next((x for x in c.children if x.dep_.startswith("nmod")
                                       and _case(x) in TARGET_CASES - {"at", "on"}), None)
    if actor is None and not noun and t.dep_ in ("obj", "ccomp", "xcomp") and _participle(t, cues) and (
            t.head.pos_ == "AUX" or _lemma(t.head) in _words(cues, "perfect-aux")):
        # the parser hung the participle on its auxiliary ("Rebellen hebben ... aangevallen" with
        # "hebben" as the root): the auxiliary's subject acts, or undergoes after a passive one;
        # an object it hung there too is the participle's ("Hij had een man toegetakeld")
        subject = next((c for c in t.head.children if c.dep_ in SUBJECTS + PASSIVE_SUBJECTS), None)
        if t.head.lower_ in _words(cues, "passive-aux") and not any(c.dep_ == "obj" for c in t.children):
            target, is_passive = target or subject, True
        else:
            actor = subject
            target = target or next((c for c in t.head.children if c.dep_ == "obj" and c.i != t.i
                                     and c.pos_ in ("NOUN", "PROPN")), None)
    if target is None and not noun and not is_passive and t.dep_ == "conj" and _participle(t, cues) \
            and _lemma(t.head) in _words(cues, "perfect-aux"):
        # "Het leger heeft ... doelwitten van Hamas aangevallen" with the participle read as a
        # conjunct of "heeft": the object the parser hung on "heeft" is the participle's
        target = next((c for c in t.head.children if c.dep_ == "obj" and c.i < t.i
                       and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in days), None)
    if not noun and (target is None if is_passive else actor is None):
        # the subject the parser hung on an adverb or a misread noun of the verb ("Bemba (55)
        # werd gisteren door het hof vrijgesproken" with Bemba under "gisteren")
        stray = next((x for c in kids if c.dep_ in ("advmod", "obl", "advcl") and c.pos_ in ("ADV", "ADJ", "PROPN", "NOUN")
                      and c.i < t.i for x in c.children if x.dep_ in SUBJECTS + PASSIVE_SUBJECTS and x.i < c.i), None)
        if stray is not None and is_passive:
            target = stray
        elif stray is not None:
            actor = stray
    if target is None and bare and not noun:
        target = _headline_undergoer(t)
    if target is None and not noun and not is_passive:
        # "Israël pakt hooggeplaatste Hamas-leider op" with the object read as an adjective
        # complement heading the noun: an "adjective" that heads a noun is a noun phrase
        target = next((c for c in kids if c.dep_ == "xcomp" and c.pos_ == "ADJ" and c.i > t.i and any(
            x.dep_ in ("flat", "compound") and x.pos_ in ("NOUN", "PROPN") and x.i > c.i for x in c.children)), None)
    if target is None and is_passive and not noun and t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ in ("VERB", "AUX") \
            and passive(t.head, False, cues):
        target = _subject_of(t.head)  # "X werd opgepakt en voorgeleid": X undergoes both
    if actor is None and t.head.pos_ in ("VERB", "AUX") and not is_passive and (
            t.dep_ in ("conj", "xcomp") or t.dep_ == "advcl" and _present_participle(t)
            and not passive(t.head, False, cues) or t.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _words(cues, "purpose-mark") for c in t.children)):
        # "ging in het offensief en doodde …": shared subject; "kwamen op straat om te
        # protesteren": the purpose clause's doer is the subject of the verb it serves
        actor = _subject_of(t.head)
    if actor is None and noun and t.dep_ == "ROOT" and t.lower_ == _lemma(t) and t.lower_.endswith("en"):
        # a headline verb the tagger reads as a plural noun ("Boeren protesteren tegen ...",
        # lemma = form, as only a verb's is): the noun phrase opening the line is its subject
        actor = next((c for c in kids if c.i < t.i and c.pos_ in ("NOUN", "PROPN", "NUM") and _case(c) is None
                      and c.left_edge.i == t.sent.start and c.dep_ in ("nmod", "det", "amod", "compound", "nsubj")), None)
    if actor is None and noun:
        actor = _nested_agent(t)  # "de ondervraging van X door Y" with "door Y" hung on X
    if actor is None and noun and t.dep_ in ("obj", "nsubj", "nsubj:pass") and t.head.pos_ in ("VERB", "AUX"):
        # "Vandaag vindt een topontmoeting tussen X en Y plaats" with "tussen" hung on the verb
        actor = next((c for c in t.head.children if c.dep_.startswith("obl") and c.i > t.i
                      and _case(c) in _words(cues, "noun-between")), None)
    if actor is None and noun:  # "de onderhandelingen over X tussen Y en Z" with "tussen" hung on X
        actor = next((x for c in kids if c.dep_.startswith("nmod") for x in sorted(c.children, key=lambda x: x.i)
                      if x.dep_.startswith("nmod") and _case(x) in _words(cues, "noun-between")), None)
    first = t.doc[t.sent.start]
    if actor is None and t.i == first.i + 1 and first.pos_ in ("NOUN", "PROPN", "NUM") and first.text[:1].isupper() \
            and t.pos_ in ("NOUN", "VERB") and t.lower_ == _lemma(t) and t.lower_.endswith("en") \
            and (first.head.i == t.i or t.head.i == first.i):
        actor = first  # a headline's "Russen protesteren ...", however the two words are parsed
    if actor is None and t.dep_ in ("flat", "parataxis", "appos") and t.head.i < t.i and t.head.pos_ in ("NUM", "NOUN", "PROPN") \
            and t.head.i == t.sent.start and _case(t.head) is None and t.lower_ == _lemma(t) and t.lower_.endswith("en"):
        # a headline verb after its subject, parsed as a name part of it ("Honderdduizenden
        # protesteren in ..."): the word opening the line is the subject
        actor = t.head
    headline_subject = _headline_subject(t, actor) if not is_passive else None
    if headline_subject is not None:
        actor, target = headline_subject, target or actor
    if noun and actor is None and (t.lower_ in _words(cues, "actor-noun") or _lemma(t) in _words(cues, "actor-noun")):
        actor = t  # "Duizenden betogers trokken door de stad": the protesters protest
    if noun and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX") and depth < 2:
        v = t.head
        support = verb_lemma(v) in _words(cues, "support-verb") or v.lower_ in _words(cues, "support-verb")
        other_subject = next((c for c in v.children if c.dep_ in SUBJECTS + PASSIVE_SUBJECTS and c.i < t.i), None) \
            if t.dep_ in PASSIVE_SUBJECTS else None
        if support and (t.dep_ == "obj" or other_subject is not None):
            # "X had een ontmoeting met Y", "X opende een onderzoek naar Y", "die oorlog voeren"
            # (the form, where the tagger gives a wrong lemma); "X is een onderzoek gestart" read
            # as a passive with two subjects: the one before the noun does it
            actor = actor or other_subject or _subject_of(v)
            target = target or next((c for c in v.children if c.dep_.startswith("obl") and (
                _case(c) in TARGET_CASES or _case(c) in _words(cues, "noun-target"))), None)
        elif t.dep_ in ("obj", "obl") and _lemma(v) in _words(cues, "undergo-verb") and target is None:
            target = _subject_of(v)  # "X kreeg een celstraf", "X zit in de cel"
        elif t.dep_.startswith("obl") and _case(t) in _words(cues, "result-case"):
            a2, t2 = _arguments(v, False, cues, depth + 1, mutual)  # "X werd veroordeeld tot tien jaar cel"
            actor, target = actor or a2, target or t2
    if target is None and not noun and _participle(t, cues) and t.dep_ in ("ccomp", "xcomp") \
            and _lemma(t.head) in _words(cues, "undergo-verb"):
        target = _subject_of(t.head)  # "X zit opgesloten", "X blijft aangehouden"
    if target is None and actor is None and not noun and t.dep_ == "xcomp" and t.head.pos_ in ("VERB", "AUX") and (
            t.pos_ == "ADJ" or _participle(t, cues) and "Past" in t.morph.get("Tense")):
        # a state the clause ends in: "Two soldiers were left wounded", "found him dead": the one
        # left or found underwent it (its object, else its subject); nobody is said to act
        h = t.head
        target = next((c for c in h.children if c.dep_ in OBJECTS), None) or next(
            (c for c in h.children if c.dep_ in SUBJECTS + PASSIVE_SUBJECTS), None)
    if is_passive and target is None and _passive_conj(t):
        target = next((c for c in t.head.children if c.dep_ in PASSIVE_SUBJECTS), None)
    if (target is None or target.dep_ in OBJECTS or target.dep_.startswith("obl")) and t.dep_ == "acl" and bare and (
            t.head.pos_ in ("NOUN", "PROPN") or t.head.pos_ == "ADJ" and t.head.i > t.i
            and t.head.dep_ in ("nsubj", "nsubj:pass", "obj", "obl", "nmod", "appos", "conj")):  # a noun tagged ADJ
        # ("Man stabbed to death on commuter train": the man, not the train, was stabbed)
        # (a passive takes no object: "de wielrenner ... veroordeeld tot zes maanden celstraf")
        target = t.head  # a participle after its noun is passive: "the soldiers killed in the ambush"
    actor, target = _antecedent(actor), _antecedent(target)
    if actor is not None and target is not None and actor.i == target.i:
        target = None
    return actor, target


def _headline_undergoer(t):
    """The noun phrase opening a headline participle's segment (the line, or what follows its
    colon) and ending right before it, however the parser hung it (*Moeder en dochter vermoord:
    ...*, *Chaos in X: ex-president en rechters opgepakt*): who underwent the act."""
    s0 = t.sent.start
    colon = max((k.i for k in t.doc[s0:t.i] if k.text == ":"), default=s0 - 1)
    if colon + 1 >= t.i:
        return None
    x = t.doc[colon + 1]
    if x.pos_ not in ("NOUN", "PROPN", "NUM") and not (x.pos_ == "ADJ" and x.text[:1].isupper()) or _case(x) is not None:
        return None
    between = t.doc[x.i + 1:t.i]
    if all(k.head.i == x.i or k.head.head.i == x.i for k in between):
        return x
    return None


def _nominal_by_children(t) -> bool:
    """A trigger the tagger calls a verb or an adjective that takes an article or a preposition
    (*na luchtaanvallen van het regime*, *de aanvallen*) is a noun: verbs take neither."""
    return t.pos_ in ("VERB", "ADJ") and "Part" not in t.morph.get("VerbForm") and any(
        c.dep_ in ("det", "case") and c.i < t.i for c in t.children)


def _measure(c, cues) -> bool:
    """A counted measure (*een straf van 14 dagen*, *een boete van 500 euro*), no participant: a
    counted noun in the singular or a time noun. A counted plural of anything else is a group
    (*de aanvallen van drie westerse mogendheden*)."""
    if not any(x.dep_ == "nummod" for x in c.children):
        return False
    return "Plur" not in c.morph.get("Number") or _lemma(c) in _words(cues, "time-noun")


def _nested_agent(t):
    """The *door* phrase of act noun ``t`` that the parser hung on one of the noun's own
    phrases (*de ondervraging van X door Y*, *zijn veroordeling voor ... door het hof*): the
    first one within two phrases down, not inside a clause."""
    frontier = [c for c in t.children if c.dep_.startswith("nmod")]
    for _ in range(2):
        nxt = []
        for c in sorted(frontier, key=lambda x: x.i):
            for x in sorted(c.children, key=lambda x: x.i):
                if x.dep_.startswith("nmod") and _case(x) in AGENT_CASES and x.pos_ in ("NOUN", "PROPN"):
                    return x
                if x.dep_.startswith("nmod"):
                    nxt.append(x)
        frontier = nxt
    return None


def _can_act(c) -> bool:
    """The head ``c`` of a noun trigger's *of* phrase names who could act: a name, a pronoun,
    an entity, or a person or group noun (*the withdrawal of the troops*), not a thing (*the
    withdrawal of the bill*)."""
    from .senses import _people_nouns, CROWD_WORDS

    if c.pos_ in ("PROPN", "PRON") or c.ent_type_:
        return True
    people = _people_nouns(c.doc.lang_)
    lem, low = c.lemma_.lower(), c.lower_
    return lem in people or low in people or lem + "s" in people or lem in CROWD_WORDS or low in CROWD_WORDS \
        or any(x.dep_ in ("compound", "amod") and (x.pos_ == "PROPN" or x.ent_type_) for x in c.children) \
        and (lem in people or low in people)


def _gerund(t) -> bool:
    """An English -ing form without an article or possessive (*determining*, *fixing*): a
    verb, whatever the tagger says, and no participant (*the bombing*, *his killing* are nouns)."""
    return t.doc.lang_ == "en" and t.lower_.endswith("ing") and t.pos_ in ("NOUN", "VERB") \
        and not any(c.dep_ in ("det", "nmod:poss", "amod", "nummod") for c in t.children) \
        and not t.text[:1].isupper()


def _antecedent(x):
    """A relative pronoun stands for the noun its clause qualifies: in *de man die drie mensen
    doodschoot* the actor is *de man*."""
    if x is None or x.pos_ != "PRON" or "Rel" not in x.morph.get("PronType"):
        return x
    if x.doc.lang_ == "en" and x.lower_ in ("who", "whom") and x.i > 0:
        # English puts "who" right after the one it tells of ("..., the Taliban, who have long
        # refused"): the name or person noun just before it, wherever the parser hung the clause
        k = x.i - 1 if x.doc[x.i - 1].text != "," else x.i - 2
        if k >= 0 and x.doc[k].pos_ in ("NOUN", "PROPN"):
            prev = x.doc[k]
            while prev.dep_ in ("flat", "flat:name", "compound") and prev.head.i > prev.i - 3 and prev.head.i != prev.i:
                prev = prev.head
            if _can_act(prev):
                return prev
    for a in x.ancestors:
        if a.dep_ in ("acl:relcl", "acl"):
            noun = a.head
            if noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN"):
                noun = noun.head  # "X (29), de topterrorist die ...": the clause tells of X
            if _gerund(noun):
                return x  # "from determining who gets blamed": "who" names no one (a pronoun, dropped)
            return noun if noun.pos_ in ("NOUN", "PROPN", "NUM") else x
    return x


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
        if x.head.i == x.i or x.pos_ in ("VERB", "AUX") and x.dep_ in ("conj", "advcl"):
            # "killed 1,200 people and kidnapped 240 others": the 240 are the kidnapping's;
            # "arrested a man after three people were shot": the three are the shooting's
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


AGENT_CASES = {"by", "door", "von", "par"}


def in_place_phrase(parsed, noun_char: int, locative) -> bool:
    """Whether the counted noun at ``noun_char`` sits in a place phrase (*killed in 21 cities*,
    ``locative`` prepositions): a count of places, not of people."""
    n = tok(parsed, noun_char)
    return n is not None and any(c.dep_ == "case" and c.lower_ in locative for c in n.children)


def is_passive_agent(parsed, noun_char: int, trigger_char: int, trigger_end: int | None = None) -> bool:
    """Whether the noun at ``noun_char`` is the agent of the passive trigger (*gedood door twee
    jongens*, *killed by 20 soldiers*): those counted did it, they are no victims."""
    n = tok(parsed, noun_char)
    trig = head_of(parsed, trigger_char, trigger_end)
    if n is None or trig is None:
        return False
    while n.dep_ in ("nummod", "amod", "compound", "flat") and n.head.i != n.i:
        n = n.head
    return n.head.i == trig.i and (n.dep_ == "obl:agent" or any(
        c.dep_ == "case" and c.lower_ in AGENT_CASES for c in n.children))
