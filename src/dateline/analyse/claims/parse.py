"""Claim speakers from the parse: the subject (or passive agent) of the cue.

The rules in ``claims_rules`` find cues and contents by word patterns; who speaks is decided
here from the linguistic layer's dependency parse, so that sentence shapes the patterns never
saw still get their subject: a coordinated verb shares its subject (*De regering is in het
offensief gegaan en claimt …* -> *De regering*), a participle takes its clause's
subject (*…, saying …*), a relative clause its noun (*the official who said*), and a passive
cue its agent (*it was reported by X*).
"""

from __future__ import annotations

from functools import lru_cache

from .text import Tok

Range = tuple[int, int]

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
AGENT_PREPS = {"by", "door", "par", "von"}
INHERIT_DEPS = ("conj", "xcomp", "advcl")  # a cue with no subject of its own takes its head's
IMPERSONAL = {"it", "on", "men", "man", "es", "there", "er"}
RELATIVES = {"who", "which", "that", "die", "dat", "welke", "qui", "que", "lequel", "der", "die", "das",
             "welcher", "welche"}


def children_of(toks: list[Tok]) -> list[list[int]]:
    kids: list[list[int]] = [[] for _ in toks]
    for t in toks:
        if 0 <= t.head < len(toks) and t.head != t.i:
            kids[t.head].append(t.i)
    return kids


CUT_AT = (";", ":")  # the speaker's phrase keeps appositions, brackets and relative clauses
# (*Lode Ceyssens (CD&V)*, *Tom Simonts van KBC*, *X, expert bij Y*), as the annotated sets do


def _edges(toks: list[Tok], kids: list[list[int]], i: int, skip: range | set = ()) -> Range:
    """The subtree of ``i`` (without the tokens in ``skip``) as a token range, cut at a
    semicolon or colon after the head word, with edge punctuation left out but a closing
    bracket kept."""
    lo = hi = i
    stack = [i]
    while stack:
        n = stack.pop()
        lo, hi = min(lo, n), max(hi, n)
        stack.extend(c for c in kids[n] if c not in skip)
    for j in range(i + 1, hi + 1):
        if toks[j].text in CUT_AT or toks[j].quoted:
            hi = j - 1
            break
    while lo < hi and not toks[lo].is_word:
        lo += 1
    while hi > lo and not toks[hi].is_word and toks[hi].text not in (")", "]"):
        hi -= 1
    return lo, hi + 1


def cue_verb(toks: list[Tok], cue: Range) -> int:
    """The token of the cue that heads it in the parse (the verb of *has said*, *zei*)."""
    first, end = cue
    for k in range(first, end):
        if toks[k].pos in ("VERB", "NOUN") and not (first <= toks[k].head < end and toks[k].head != k):
            return k
    for k in range(first, end):
        if not (first <= toks[k].head < end) or toks[k].head == k:
            return k
    return first


def parse_subject(toks: list[Tok], kids: list[list[int]], k: int, s: int, e: int,
                  depth: int = 0) -> Range | None:
    """The speaker of cue token ``k`` within sentence ``[s, e)`` by the parse, or None."""
    t = toks[k]
    if t.dep in ("aux", "aux:pass", "cop") and s <= t.head < e:
        k, t = t.head, toks[t.head]
    for c in kids[k]:
        if toks[c].dep in SUBJECT_DEPS and s <= c < e and not toks[c].is_word:
            continue  # "-t-" of "a-t-il": the pronoun after it is the subject
        if toks[c].dep in SUBJECT_DEPS and s <= c < e:
            if toks[c].lower in RELATIVES:
                if toks[t.head].pos in ("NOUN", "PROPN") and s <= t.head < e and t.head < k:
                    return _edges(toks, kids, t.head, skip={k})  # "the official who said": its noun
                return None
            if toks[c].dep == "nsubj:pass" or toks[c].lower in IMPERSONAL or is_passive(toks, kids, k):
                break  # "It was reported (by X)", "On dit que": the subject is not the speaker
            lo, hi = _edges(toks, kids, c)
            later = next((c2 for c2 in kids[k] if c < c2 < k and toks[c2].dep in SUBJECT_DEPS
                          and toks[c2].pos in ("NOUN", "PROPN") and not toks[c2].quoted), None)
            if later is not None and hi < later and toks[hi].text == "," \
                    and not (toks[c].pos == "PROPN" and toks[later].pos == "PROPN"):
                lo2, hi2 = _edges(toks, kids, later)
                if lo2 > hi and hi2 <= k:
                    # "Offstage, the actors agree": the parse made a fronted word a second
                    # subject; the one right before the verb speaks
                    return lo2, hi2
            for c2 in kids[k]:  # "Regional governor | Oleh Marchenko said": a role and a name
                if c2 > c and toks[c2].dep in SUBJECT_DEPS and toks[c2].pos == "PROPN":
                    lo2, hi2 = _edges(toks, kids, c2)
                    if lo2 == hi and hi2 <= k:  # the parser made two subjects of one phrase
                        hi = hi2
            return lo, hi
    for c in kids[k]:  # passive: "it was reported by X"
        if toks[c].dep.startswith("obl") and s <= c < e and any(
                toks[g].lower in AGENT_PREPS and toks[g].dep == "case" for g in kids[c]):
            lo, hi = _edges(toks, kids, c)
            while lo < hi and toks[lo].lower in AGENT_PREPS:
                lo += 1
            return (lo, hi) if hi > lo else None
    if t.dep in INHERIT_DEPS and depth < 3 and s <= t.head < e and t.head != k and not is_passive(toks, kids, k):
        return parse_subject(toks, kids, t.head, s, e, depth + 1)
    return None


def _after_and(toks: list[Tok], a: int, k: int) -> bool:
    """A coordinating conjunction stands between ``a`` and the cue ``k``, right before it."""
    j = k - 1
    while j > a and toks[j].pos in ("ADV", "AUX", "PART"):
        j -= 1
    return j >= a and toks[j].pos == "CCONJ" and toks[j].lower not in ("or", "of", "oder", "ou")


def _head(toks: list[Tok], r: Range) -> int:
    """The word of ``r`` whose head lies outside it (the first such word)."""
    return next((j for j in range(*r) if not r[0] <= toks[j].head < r[1] or toks[j].head == j), r[0])


def _cut_before(toks: list[Tok], r: Range, cut: int) -> Range | None:
    """``r`` ended before token ``cut``, without the complementizer and punctuation before it;
    None unless a noun, name or pronoun is left."""
    hi = cut
    while hi > r[0] and (not toks[hi - 1].is_word or toks[hi - 1].dep == "mark"):
        hi -= 1
    return (r[0], hi) if has_nominal(toks, (r[0], hi)) else None


def is_passive(toks: list[Tok], kids: list[list[int]], k: int) -> bool:
    """The cue is a passive participle (*die cijfers zijn niet bevestigd*): its subject is what
    was reported, and only an agent (*door X*) speaks."""
    return any(toks[c].dep == "aux:pass" for c in kids[k])


OF_WORDS = {"van", "of", "von", "de", "du", "des"}


def _name_goes_on(toks: list[Tok], speaker: Range, subject: Range) -> bool:
    """The rules' speaker is the parse's subject and the rest of a name the parse broke off
    (*Anna van | der Meer*, the particles read as a verb particle and an adverb)."""
    from .phrases import NAME_PARTICLES

    rest = range(subject[1], speaker[1])
    return speaker[0] == subject[0] and len(rest) > 0 and toks[speaker[1] - 1].is_upper \
        and all(toks[k].lower in NAME_PARTICLES or toks[k].is_upper for k in rest)


def _with_its_of_phrase(toks: list[Tok], speaker: Range, subject: Range) -> bool:
    """The rules' speaker is the parse's subject and the *van/of* phrase right after it (*de
    advocaten van de ministers*; the parse hangs the phrase on the verb)."""
    return speaker[0] == subject[0] and speaker[1] > subject[1] < len(toks) and toks[subject[1]].lower in OF_WORDS


@lru_cache(maxsize=1)
def _all_day_words() -> frozenset[str]:
    """Day words of the four languages (a token does not know its language)."""
    from ..times import day_words

    return frozenset().union(*(day_words(lang) for lang in ("en", "nl", "de", "fr")))


def _swallows_front(toks: list[Tok], subject: Range, speaker: Range) -> bool:
    """The parse's subject stands before the rules' speaker, a comma between them (*Tuesday in
    New York, while on the trail for his wife Hillary Clinton, former president Bill Clinton
    said*): the parse took a fronted phrase for the subject; the rules' speaker, the phrase
    right before the cue, is the subject. So too when the parse's subject holds the rules'
    speaker after a fronted time, place or clause (*Sunday, on a talk show, Governor X said*);
    a subject that opens like a noun phrase is kept (*gay rights groups, entertainers and
    business leaders say*)."""
    if subject[1] <= speaker[0]:
        return any(toks[j].text == "," for j in range(subject[1], speaker[0]))
    first = toks[subject[0]]
    fronted = first.pos in ("ADP", "ADV", "SCONJ", "VERB") or first.lower in _all_day_words()
    return fronted and subject[0] < speaker[0] and speaker[1] <= subject[1] and \
        any(toks[j].text == "," for j in range(subject[0], speaker[0]))


def _names_a_noun_before(toks: list[Tok], kids: list[list[int]], r: Range) -> bool:
    """A name right after the noun of a prepositional phrase names that noun (*op de zender Fox
    News*), whatever function the parse gives it."""
    j = r[0] - 1
    return (j >= 0 and toks[r[0]].pos == "PROPN" and toks[j].pos == "NOUN" and not toks[j].is_upper
            and any(toks[c].dep == "case" and c < j for c in kids[j]))


def has_nominal(toks: list[Tok], r: Range | None) -> bool:
    return r is not None and any(toks[j].pos in ("NOUN", "PROPN", "PRON", "NUM") or _name_as_subject(toks, j)
                                 for j in range(*r))


def _name_as_subject(toks: list[Tok], j: int) -> bool:
    """A capitalised word inside its sentence that the parse makes a subject, whatever tag it
    gave it: *…, zegt Geens.* (tagged an adverb)."""
    t = toks[j]
    return t.dep.startswith("nsubj") and t.is_upper and t.is_word and j > 0 and toks[j - 1].text not in (".", "!", "?")


POINTERS = {"dat", "dit", "das", "dies", "this", "that", "cela", "ceci", "ça"}

POLICY = "prefer"  # fill: only where the rules found none; fix: also replace a speaker with no
# noun or pronoun in it (a verb phrase); prefer: the parse wins wherever it has a subject
PARSED_KINDS = {"report", "say", "tell", "belief", "announce", "stance", "object", "evidence", "quote"}
FILL_ONLY = {"evidence"}  # "A poll … released Wednesday found": the rules' evidence subject is safer


def parse_speakers(toks: list[Tok], found: list, sents: list[Range], policy: str | None = None,
                   not_speakers: frozenset[str] = frozenset(), verb_second: bool = False, lang: str = "") -> None:
    """Set or correct each claim's speaker from the parse (in place). ``not_speakers``: words
    that are never a speaker even when the parse makes them a subject (time words: the parser
    reads *a déclaré jeudi le ministre* with *jeudi* as the subject)."""
    policy = policy or POLICY
    kids = children_of(toks)
    starts = [s for s, _ in sents]
    from bisect import bisect_right

    for f in found:
        if f.kind == "according" and f.speaker is not None:
            f.speaker = according_object(toks, kids, f.cue, f.speaker, lang)
            continue
        if f.kind not in PARSED_KINDS or f.reported_by is not None and f.speaker is None:
            continue
        k = cue_verb(toks, f.cue)
        n = bisect_right(starts, k) - 1
        if n < 0:
            continue
        s, e = sents[n]
        subject = parse_subject(toks, kids, k, s, e)
        if f.speaker is not None and subject is not None and subject[1] <= k and _after_and(toks, subject[1], k) \
                and any(toks[j].head == k and toks[j].dep in SUBJECT_DEPS for j in range(*subject)):
            continue  # "… "another measure" … and said": a subject of its own before "and" is
            # the parse's error (a shared one comes through the first verb); the rules' stands
        if lang == "nl" and f.kind not in ("object", "evidence") and subject is not None and subject[0] < k \
                and k > s and toks[k - 1].text == "," \
                and not toks[k - 1].quoted and any(toks[j].pos in ("VERB", "AUX") for j in range(subject[0], k - 1)):
            # "C, zei hij": after the clause it reports the verb comes first and its subject
            # follows; a "subject" before the comma that holds a verb is the reported clause the
            # parse hung on it (not "De oppositie, de partij CHP, noemt …": a subject and apposition)
            after = next((c for c in kids[k] if k < c < e and toks[c].dep == "nsubj"), None)
            if after is not None:
                if f.content[0] >= f.cue[1] and subject[1] >= k - 1 and f.kind != "quote" \
                        and not any(toks[j].pos in ("VERB", "AUX") for j in range(*f.content)):
                    # the rules read the words after "hij" (a time, a place: no clause) as the
                    # content: what was said is the clause before the comma
                    f.content = (max(s, subject[0]), k - 1)
                subject = _edges(toks, kids, after)
        if subject is not None and subject[1] - subject[0] == 1 and toks[subject[0]].lower in POINTERS:
            subject = None  # "Dat zegt X": the pronoun is what is said, not who says it
        if subject is not None and subject[1] - subject[0] == 1 and toks[subject[0]].lower in not_speakers:
            subject = None
        if subject is not None and _names_a_noun_before(toks, kids, subject):
            subject = None  # "op de zender Fox News gezegd": the name of the channel, no subject
        if subject is None and lang == "nl":
            subject = _subject_of_auxiliary(toks, kids, k, s)
        if subject is None or not has_nominal(toks, subject):
            subject = inverted_subject(toks, kids, k, e, not_speakers)
            if (subject is not None and f.speaker is not None and f.speaker[1] <= f.cue[0]
                    and _object_of(toks, subject, k)):
                continue  # "…," Joe Hyland told the BBC (Joe Hyland hung in the quote): the BBC
                # is who was told; the speaker the rules found before the verb stands
        if (subject is None or not has_nominal(toks, subject)) and verb_second:
            subject = v2_subject(toks, k, s, e)
        if (subject is None and f.speaker is not None and f.speaker[1] <= k and f.kind != "quote"
                and is_passive(toks, kids, k)):
            f.speaker = None  # "…, maar die cijfers zijn niet bevestigd": no one confirmed
            continue
        if subject is None or not has_nominal(toks, subject):
            continue
        if subject[0] == f.content[0] and f.cue[1] <= subject[0] < subject[1] < f.content[1] \
                and f.kind != "quote":
            # verb-second inversion read by the rules as "cue + content": "Zelf ontkent | de man
            # alle aantijgingen" -> the subject speaks, the rest is what is said
            f.content = (subject[1], f.content[1])
        elif verb_second and f.cue[1] <= subject[0] < f.content[0] < subject[1] and _head(toks, subject) < f.content[0]:
            # the parse hangs the reported clause under the subject (*melden Britse media | dat
            # een compromis zou …* read as a relative clause): the subject ends where it starts
            subject = _cut_before(toks, subject, f.content[0])
            if subject is None:
                continue
        elif subject[0] < f.content[1] and f.content[0] < subject[1]:
            continue  # the "subject" lies inside the content: a parse error
        if any(g is not f and g.content[0] <= subject[0] and subject[1] <= g.content[1]
               and not (g.content[0] <= min(f.cue[0], f.content[0]) and max(f.cue[1], f.content[1]) <= g.content[1]
                        and _own_subject(toks, kids, k, subject))
               for g in found):
            continue  # inside another claim's content: the subject of a reported clause
            # ("said its forces hit a depot and denied …": the ministry denied, not the forces);
            # a claim reported inside it keeps its own subject ("hinted that his aides had said …")
        if f.speaker is None:
            f.speaker = subject
        elif policy == "fix" and not has_nominal(toks, f.speaker):
            f.speaker = subject
        elif policy == "prefer" and f.speaker != subject and f.kind not in FILL_ONLY \
                and not _with_its_of_phrase(toks, f.speaker, subject) \
                and not _name_goes_on(toks, f.speaker, subject) \
                and not (f.speaker[1] <= f.cue[0] and _swallows_front(toks, subject, f.speaker)):
            f.speaker = subject


def _subject_of_auxiliary(toks: list[Tok], kids: list[list[int]], k: int, s: int) -> Range | None:
    """*De premier heeft de critici gewaarschuwd dat …*: the parse hangs the subject on the
    auxiliary before the participle cue instead of on the cue, and the first argument after the
    auxiliary (the object, *de critici*) would be read as an inverted subject. The auxiliary's
    own subject before it speaks."""
    for c in kids[k]:
        if s <= c < k and toks[c].dep == "aux" and toks[c].pos in ("AUX", "VERB"):
            subj = next((g for g in kids[c] if s <= g < c and toks[g].dep == "nsubj"), None)
            if subj is not None and toks[subj].lower not in POINTERS:
                return _edges(toks, kids, subj)
    return None


def _own_subject(toks: list[Tok], kids: list[list[int]], k: int, subject: Range) -> bool:
    """``subject`` is the cue verb's own subject in the parse, not one it shares with a verb
    it is coordinated with."""
    if toks[k].dep in ("aux", "aux:pass", "cop") and 0 <= toks[k].head < len(toks):
        k = toks[k].head
    return any(toks[c].dep in SUBJECT_DEPS and subject[0] <= c < subject[1] for c in kids[k])


def according_object(toks: list[Tok], kids: list[list[int]], cue: Range, speaker: Range, lang: str = "") -> Range:
    """*volgens X*, *according to X*: X is the noun phrase the marker is the case of, so
    *volgens analisten bang dat …* gives *analisten*, not *analisten bang*."""
    noun = toks[cue[1] - 1].head
    first = speaker[0]
    if first < noun < speaker[1] and toks[first].is_word and not toks[noun].is_upper \
            and (toks[first].pos == "PROPN" or sum(ch.isupper() for ch in toks[first].text) >= 2):
        end = first + 1
        while end < noun and toks[end].is_upper and toks[end].is_word and toks[end].pos != "ADJ":
            end += 1
        if end == noun:  # "bewijzen volgens SP.A | vooringenomenheid van …": the name, not the
            return first, end  # noun the tagger hung it on
    if not (speaker[0] <= noun < speaker[1]) or toks[noun].pos not in ("NOUN", "PROPN", "PRON", "NUM", "X"):
        return speaker
    lo, hi = _edges(toks, kids, noun, skip=range(*cue))
    lo, hi = max(lo, speaker[0]), min(hi, speaker[1])
    if lang == "nl" and lo < hi < speaker[1] and toks[hi - 1].is_upper and toks[hi].is_upper and toks[hi].is_word \
            and toks[hi].pos in ("PROPN", "NOUN", "X"):
        return speaker  # a name the parse split ("volgens Gunther | Pauwels van Sanofi"): all of it
    return (lo, hi) if hi > lo else speaker


# "Dat meldt Het Laatste Nieuws.", "Das teilte das Ministerium mit.": a pronoun opening the
# sentence stands for what the previous sentence said (after a comma: for the clause before it,
# "Twaalf mensen raakten gewond, dat zegt de politie."), and the subject of the reporting verb
# says it (frequent in Dutch and German news; the rules of claims_rules never see it).
ANAPHORS = {"nl": {"dat", "dit"}, "de": {"das", "dies"}}
END_MARKS = {".", "!", "?", "…", '"', "”", "’", "»"}


def anaphoric_claims(toks: list[Tok], sents: list[Range], lx, used: set[int]) -> list:
    from .rules import Found

    anaphors = ANAPHORS.get(lx.lang)
    if not anaphors:
        return []
    kids = children_of(toks)
    out = []
    for n in range(len(sents)):
        s0, e = sents[n]
        # "Dat zegt X." after the sentence it stands for, or "C, dat zegt X." after its clause
        s = next((m + 1 for m in range(s0 + 3, e - 2) if toks[m].text == "," and not toks[m].quoted
                  and toks[m + 1].lower in anaphors), s0)
        zo = s == s0 and lx.lang == "nl" and toks[s].lower == "zo"  # "Zo meldt The Telegraph."
        pron = toks[s].pos == "PRON" or lx.lang == "de" and toks[s].pos == "DET" and s + 1 < e \
            and toks[s + 1].pos in ("VERB", "AUX")  # "Das bestätigte die Bahn": the parse tags *Das* DET
        if (toks[s].lower not in anaphors or not pron) and not zo or s == s0 and n == 0:
            continue
        cue = kind = None
        for k in range(s + 1, e):
            t = toks[k]
            if k in used or t.quoted:
                continue
            cls = lx.verbs.get(t.lemma) or lx.verbs.get(t.lower)
            particles = lx.particle_verbs.get(t.lemma, ()) or lx.particle_verbs.get(t.lower, ())
            part = next(((m, c) for m in range(k + 1, e) for p, c in particles if toks[m].lower == p), None)
            stance = ("confirms" if lx.confirm.match_at(toks, k) else
                      "disputes" if lx.dispute.match_at(toks, k) else None)
            if cls or part or stance:
                cue, kind = (k, k + 1), (cls or (part[1] if part else "say"))
                if part:
                    cue_part = (part[0], part[0] + 1)
                break
        else:
            continue
        if s != s0 and cue[0] != s + 1:
            continue  # after a comma only the verb-second order: "…, dat hij later zei" is relative
        # the pronoun is the verb's object, so the nominal argument after the verb is its
        # subject (small parsers often read the pronoun as subject in this verb-second order)
        speaker = next((r for r in (inverted_subject(toks, kids, cue[0], e), parse_subject(toks, kids, cue[0], s, e),
                                    _between_aux_and_participle(toks, s, cue[0], lx.lang),
                                    part and _before_particle(toks, kids, cue[1], part[0]) or None)
                        if r is not None and not r[0] <= s < r[1] and (has_nominal(toks, r) or zo and all(
                            toks[j].is_upper for j in range(*r)))), None)
        if speaker is None or lx.lang == "de" and any(toks[j].lower == "sich" for j in range(s + 1, speaker[1])):
            continue  # "Dies hat sich gezeigt": a reflexive verb, no one speaks
        if lx.lang == "de" and toks[speaker[1] - 1].is_upper:  # "Das sagt Münsters Caritasdirektor |
            b = speaker[1]  # Heinz-Josef Kessmann": the parse split the name from its title
            while b < e and toks[b].is_upper and toks[b].is_word and toks[b].pos in ("PROPN", "NOUN") \
                    and not toks[b].quoted:
                b += 1
            speaker = (speaker[0], b)
        if zo and (not all(toks[j].text in END_MARKS for j in range(speaker[1], e))
                   or any(toks[j].pos in ("VERB", "AUX", "SCONJ") or lx.is_(toks[j], "comp") for j in range(*speaker))):
            continue  # "Zo zegt X dat …" has its own content; only "Zo meldt X." points back
        ps, pe = sents[n - 1] if s == s0 else (s0, s - 1)
        while pe > ps and toks[pe - 1].text in END_MARKS:
            pe -= 1
        if pe - ps < 3:
            continue
        f = Found((ps, pe), cue, kind, speaker)
        if part:
            f.cue_parts.append(cue_part)
        used.update(range(*cue))
        out.append(f)
    return out


def _before_particle(toks: list[Tok], kids: list[list[int]], a: int, p: int) -> Range | None:
    """"Dat laat het parket weten": the parse hangs the subject under the particle verb."""
    noun = next((c for c in kids[p] if a <= c < p and toks[c].pos in ("NOUN", "PROPN")), None)
    return _edges(toks, kids, noun) if noun is not None else None


NL_PERFECT_AUX = frozenset({"heeft", "hebben", "had", "hadden"})
NL_PHRASE_MARKS = frozenset({"(", ")", "-", "&", "'s"})


def _between_aux_and_participle(toks: list[Tok], s: int, k: int, lang: str = "") -> Range | None:
    """"Dat heeft Recep Tayyip Erdogan gezegd": by the words, where the parse lost the name
    (it had made *Recep* punctuation and *Erdogan* a conjunct of *heeft*): right after the
    pronoun an auxiliary, then a run of capitalised words (a name), then the participle cue.
    Dutch: the run may be any noun phrase (*Dat hebben functionarissen van het Witte Huis
    gezegd*, *Dat heeft generaal John Hyten zaterdag gezegd*), a day or time word at its end
    left out; it must not open on a preposition or conjunction (*Dat is in een verklaring
    gemeld* has no speaker) and holds no comma."""
    if k - s < 3 or toks[s + 1].pos not in ("AUX", "VERB") or toks[s + 1].dep not in ("aux", "ROOT", "cop"):
        if not (lang == "nl" and k - s >= 3 and toks[s + 1].lower in NL_PERFECT_AUX):
            return None
    end = k
    if toks[k - 1].text == ",":  # "Dat heeft Yvan Mayeur, de gewezen burgemeester, gezegd": the name
        end = next((j for j in range(s + 3, k - 1) if toks[j].text == ","), k)
    words = range(s + 2, end)
    if 0 < len(words) <= 5 and all(toks[j].is_word and toks[j].is_upper for j in words):
        return s + 2, end
    if lang != "nl" or toks[s + 1].lower not in NL_PERFECT_AUX:
        return None
    days = _all_day_words()
    while end > s + 2 and (toks[end - 1].lower in days or toks[end - 1].lower in NL_TIME_ADVERBS):
        end -= 1
    run = range(s + 2, end)
    if not 1 <= len(run) <= 8 or toks[s + 2].pos in ("ADP", "SCONJ", "CCONJ", "ADV") \
            or toks[s + 2].lower in NL_TIME_ADVERBS:
        return None
    if all(toks[j].is_word or toks[j].text in NL_PHRASE_MARKS for j in run):
        return s + 2, end
    return None


# adverbs that stand between a Dutch inverted subject and its participle (*Dat heeft de
# minister gisteren nog gezegd*): not part of the speaker
NL_TIME_ADVERBS = frozenset({"ook", "al", "nog", "eerder", "zelf", "toen", "later", "vandaag", "nu", "intussen",
                             "inmiddels", "eerst", "opnieuw", "meermaals", "onlangs", "recent", "gisteren"})


V2_OPENERS = {"ADV", "ADP", "SCONJ"}


def v2_subject(toks: list[Tok], k: int, s: int, e: int) -> Range | None:
    """Dutch and German put the verb second: after an adverb or a prepositional phrase the
    subject follows it (*Zelf ontkent de man alle aantijgingen*, *Ook sagt der Minister …*).
    By the words, for where a small parser loses it: the clause opens with an adverb or a
    preposition and has no verb before the cue; the subject is the pronoun, name or
    determiner + noun right after the cue."""
    if not s < k <= s + 4 or toks[s].pos not in V2_OPENERS or \
            any(toks[j].pos in ("VERB", "AUX") or toks[j].text in (",", ":") for j in range(s, k)):
        return None
    j = k + 1
    if j >= e:
        return None
    if toks[j].pos == "PRON" and toks[j].lower not in POINTERS:
        return j, j + 1
    if toks[j].pos == "PROPN":
        end = j + 1
        while end < e and toks[end].pos == "PROPN":
            end += 1
        return j, end
    if toks[j].pos != "DET":
        return None
    end = j + 1
    while end < e and toks[end].pos == "ADJ":
        end += 1
    if end < e and toks[end].pos in ("NOUN", "PROPN"):
        end += 1
        while end < e and toks[end].pos == "PROPN":
            end += 1
        return j, end
    return None


def _object_of(toks: list[Tok], r: Range, k: int) -> bool:
    """The phrase is headed by an object of verb ``k``."""
    return any(toks[j].head == k and toks[j].dep in ("obj", "iobj") for j in range(*r))


def inverted_subject(toks: list[Tok], kids: list[list[int]], k: int, e: int,
                     not_speakers: frozenset[str] = frozenset()) -> Range | None:
    """Verb-second order (*Zo reageert minister X*, *Intussen melden Britse media*, *Dat meldt
    de politie*): the first nominal argument after the verb."""
    # a participle's subject stands between the auxiliary and it: *Dat heeft de dienst bevestigd*
    lo = min([c for c in kids[k] if c < k and toks[c].dep in ("aux", "aux:pass") and toks[c].pos in ("AUX", "VERB")],
             default=k)
    args = [c for c in kids[k] if lo < c < e and c != k and toks[c].pos in ("NOUN", "PROPN", "PRON", "ADJ")
            and toks[c].is_word and toks[c].lower not in POINTERS and toks[c].lower not in not_speakers
            and (toks[c].dep in ("nsubj", "nsubj:pass", "obj", "obl:agent", "appos", "iobj", "dep")
                 or toks[c].dep == "obl" and not any(toks[g].dep == "case" for g in kids[c]))]
    if not args:
        return None
    # a subject first, then an object or apposition, a bare oblique last ("a déclaré jeudi le
    # ministre": *jeudi* is an oblique, *le ministre* the subject)
    rank = {"nsubj": 0, "nsubj:pass": 0, "obl:agent": 1, "appos": 1, "obj": 2, "iobj": 2, "dep": 2, "obl": 3}
    best = min(args, key=lambda c: (rank.get(toks[c].dep, 3), c))
    lo, hi = _edges(toks, kids, best)
    for c in sorted(args):  # *meldt het Duitse openbaar | ministerie*: the parse cut one phrase;
        # *zegt minister van Justitie | Koen Geens (CD & V)*: a role and its name
        if c == hi and (toks[c].dep == toks[best].dep and toks[c].pos in ("NOUN", "PROPN")
                        or toks[c].pos == "PROPN" and toks[c].is_upper):
            hi = _edges(toks, kids, c)[1]
    return lo, hi
