"""The attribution rules: reporting verbs, "according to" markers, reporting nouns.

Each rule works on one sentence (token range) and returns ``Found`` records in token
indexes; ``claims.py`` turns them into spans. The shapes covered, per language:
  S V (channel) (object) dat/that/dass/que C     "Rebellen claimen op Telegram dat …"
  S V C (English bare clause)                    "The government claims it killed …"
  C, V S / C, S V                                "…, zegt de minister." / "…, he said."
  volgens/according to/laut/selon X (,) C        and trailing "C, aldus/according to X"
  stance: S zetten vraagtekens bij NP / S denied that C
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import ClaimLexicon
from .phrases import STOP_PUNCT, is_verbish, match_channel, np_right, so_speaker_follows, trim_speaker
from .subjects import (INFINITIVE, PASSIVE_BEFORE, PERSON_RELATIVES, _evidence_subject,
                              _impersonal, _is_comp, _participle, _plain_subject, _sentence_subject,
                              _shared_subject, _speaker_left, _subject_before_comma)
from .text import CLOSERS, END_PUNCT, OPEN_QUOTES, Tok
from .german import DE_COORD, DE_RELATIVES, _de_extraposed_antecedent, _de_subjunctive
from .fronts import (CONDITIONALS, DAYS, FOUND_NOT_THOUGHT, _object_before_and, _reported_front,
                     _second_subject)

Range = tuple[int, int]


@dataclass
class Found:
    content: Range
    cue: Range
    kind: str  # report | belief | announce | according | quote | stance | hedge | noun
    speaker: Range | None = None
    cue_parts: list[Range] = field(default_factory=list)
    channel: Range | None = None
    outlet: Range | None = None
    reported_by: Range | None = None  # a non-media "volgens X" around another speaker's claim
    addressee: Range | None = None  # "told X" when X is not a medium
    hedge: Range | None = None
    stance: str | None = None  # disputes | confirms (cue says so)
    referent: bool = False  # content is a noun phrase naming an earlier claim ("de claim")
    follows: "Found | None" = None  # a follow-on quotation continuing this claim's quote
    needs_entity: bool = False  # a headline speaker read by position only: kept when the entity
    # layer (if any) reads it as a person, organisation or group (step._without_topic_labels)
    resumed: Range | None = None  # the rest of a quotation its attribution interrupts ("“A,” he said, “B.”")


def clause_end(toks: list[Tok], i: int, e: int, lx: ClaimLexicon) -> int:
    """End of a reported clause that starts at ``i``: the sentence end, cut before final
    punctuation and before a trailing ", aldus X" / ", according to X"."""
    j = i
    while j < e:
        t = toks[j]
        if t.text == ";" and not t.quoted:
            break
        if t.text == "," and not t.quoted and j + 1 < e and lx.according.match_at(toks, j + 1):
            break
        j += 1
    while j > i and (toks[j - 1].text in END_PUNCT or toks[j - 1].text in (",", ":")
                     or toks[j - 1].text in CLOSERS and not toks[j - 1].quoted
                     and toks[j - 1].text != ")"):
        j -= 1
    return j


# A reporting word the parse tags NOUN with one of these functions is a noun, not a cue (English;
# the Dutch and German parsers also tag verbs NOUN: *toont* as nmod, so there only "compound").
NOMINAL_DEPS = frozenset({"compound", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss", "appos"})


def _other_particle_verb(toks, i: int, e: int, lx) -> bool:
    """Dutch separable verbs: *stelt … samen* (compiles), *zegt … toe* (promises) are other
    verbs than *stelt*, *zegt*. A particle the parse hangs on the verb later in its clause
    that no particle row of reporting_verbs.tsv lists for it makes the verb no cue."""
    if lx.lang != "nl":
        return False
    listed = {p for p, _ in lx.particle_verbs.get(toks[i].lemma, ())}
    for k in range(i + 1, min(e, i + 15)):
        if toks[k].quoted or toks[k].text in (",", ";", ":") or _is_comp(toks, k, e, lx):
            return False  # the verb's own clause only
        if toks[k].head == i and toks[k].lower not in listed and lx.is_(toks[k], "particle") \
                and (toks[k].dep == "compound:prt" or toks[k].pos in ("ADV", "ADP")):
            return True
    return False


def _french_adjective(toks, i: int, e: int, prev, lx) -> bool:
    """A French word tagged an adjective right after a noun, with no *que*, colon or quotation
    after it: *un œil critique sur son travail*, not *Le ministre rétorque que …* (a verb the
    tagger read as an adjective)."""
    if lx.lang != "fr" or toks[i].pos != "ADJ" or prev is None or prev.pos != "NOUN":
        return False
    nxt = toks[i + 1] if i + 1 < e else None
    return nxt is None or not (nxt.lower in ("que", "qu'", "qu’", ":") or nxt.text in ("«", "\"", "“"))


def find_cues(toks: list[Tok], s: int, e: int, lx: ClaimLexicon, used: set[int]):
    """Verb and stance cues in the sentence: (start, end, kind, stance, particle index)."""
    i = s
    while i < e:
        t = toks[i]
        if t.quoted or i in used:
            i += 1
            continue
        prev = toks[i - 1] if i > s else None
        after_det = prev is not None and lx.is_(prev, "det") and not lx.is_(prev, "pron") \
            and not (prev.lower in PERSON_RELATIVES and i - 2 >= s and toks[i - 2].text == ",")  # ", die zei"
        noun_slot = prev is not None and (prev.text[:1].isdigit() or lx.is_(prev, "poss")
                                          or lx.is_(prev, "prep") and prev.lower not in INFINITIVE
                                          and not lx.is_(prev, "det") and not t.lower.endswith("ing"))
        for idx, stance in ((lx.dispute, "disputes"), (lx.confirm, "confirms")):
            p = idx.match_at(toks, i)
            if p and len(p.words) == 1 and (after_det or noun_slot or t.pos == "NOUN" and prev is not None
                                            and prev.pos == "ADJ" and i - 2 >= s and lx.is_(toks[i - 2], "det")):
                continue  # "the question", "into question", "the bigger question": a noun
            if p and len(p.words) == 1 and (lx.lang == "en" and t.pos == "NOUN" and t.dep in NOMINAL_DEPS
                                            or _french_adjective(toks, i, e, prev, lx)):
                continue  # "he faces questions about …", "un œil critique": a noun, an adjective
            if p and p.tag != "emphatic" and i + len(p.words) <= e:
                yield i, i + len(p.words), "stance", stance, None
                i += len(p.words)
                break
        else:
            if after_det or noun_slot:  # "de claim", "in 50 states", "secretary of state": a noun
                pass
            elif lx.lang == "de" and (t.pos in ("DET", "PRON") or t.lower.startswith("mein") and i + 1 < e
                                      and toks[i + 1].pos in ("NOUN", "ADJ", "PROPN")):
                pass  # "meine Gedanken", "meiner Einschätzung": the possessive, not *meinen*
            elif lx.lang == "de" and prev is not None and prev.lower == "wie" and i + 1 < e \
                    and toks[i + 1].text in (",", ":"):
                pass  # "Wie gesagt: …", "wie erwähnt, …": the writer's own aside, no one reported
            elif t.pos == "NOUN" and (t.dep == "compound" or lx.lang == "en" and t.dep in NOMINAL_DEPS):
                pass  # the parse reads a noun in a noun's place: "state media reported", "media posts"
            elif _french_adjective(toks, i, e, prev, lx):
                pass  # an adjective after its noun: "un œil critique", "une définition précise"
            elif (t.lemma in lx.verbs and (not t.is_upper or i == s) and lx.verbs[t.lemma] != "colon"
                  and not (lx.verbs[t.lemma] == "object" and i > s and toks[i - 1].lower in PASSIVE_BEFORE)
                  and not _other_particle_verb(toks, i, e, lx)):
                yield i, i + 1, lx.verbs[t.lemma], None, None
            elif t.lemma in lx.particle_verbs:
                for particle, cls in lx.particle_verbs[t.lemma]:
                    k = next((k for k in range(i + 1, min(e, i + 10))
                              if toks[k].lower == particle and (toks[k].dep != "case" or toks[toks[k].head].head == i)
                              and not (lx.lang == "de" and k + 1 < e and toks[k + 1].pos in ("VERB", "AUX"))),
                             None)  # "spraken van stormen", not "gebe keine Entscheidung zu Gunsten von";
                    # German "es gibt keinen Grund, etwas zu verändern": *zu* marks the infinitive
                    if k is not None:
                        yield i, i + 1, cls, None, k
                        break
            i += 1


def _phrase_end(toks: list[Tok], a: int, b: int, e: int) -> int:
    """The end of the noun phrase ``[a, b)`` with the words the parse hangs under it after
    ``b``: *ontkent 'ongevoelige' uitspraak | tegen weduwe gesneuvelde soldaat* is one thing
    denied, not its first two words."""
    j = b
    while j < e and toks[j].text not in END_PUNCT and toks[j].text != "," and not toks[j].quoted:
        h, steps = toks[j].head, 0
        while 0 <= h < len(toks) and not a <= h < j and toks[h].head != h and steps < 8:
            h, steps = toks[h].head, steps + 1
        if not a <= h < j:
            break
        j += 1
    return j


AGENT_PREPS = {"by", "door", "von", "par"}
# "…, the minister said on Tuesday in a statement.": an attribution after the content ends
# the sentence within a few words; a longer tail means the verb belongs to another clause
INVERSION_TAIL = 8
INVERSION_MARKS = {",", "?", "!"}  # "Zouden ze niet beter …? reageert X." (an unquoted question)
OBJECT_PREPS = {"for", "on", "upon", "voor", "op", "nach", "auf"}  # "called for", "riep op tot"


def _subtree_end(toks, i: int, e: int) -> int:
    """End of the words the parse hangs under token ``i`` (contiguous from ``i``)."""
    j = i + 1
    while j < e:
        h, steps = toks[j].head, 0
        while h != i and 0 <= h < len(toks) and toks[h].head != h and steps < 8:
            h, steps = toks[h].head, steps + 1
        if h != i:
            break
        j += 1
    return j


def _content_right(toks, k, e, lx, cls, particle, used=frozenset(), stance=None):
    """Where the reported clause starts after the cue: (content, middle range, object). A
    colon in ``used`` introduces another claim (a headline's own words) and is not taken."""
    j, obj = k, None
    limit = min(e, k + 14)
    while j < limit:
        t = toks[j]
        if t.quoted:
            return None, (k, j), obj
        if _is_comp(toks, j, e, lx):
            return (j + 1, clause_end(toks, j + 1, e, lx)), (k, j), obj
        if t.text == "," and j + 1 < e and _is_comp(toks, j + 1, e, lx):
            return (j + 2, clause_end(toks, j + 2, e, lx)), (k, j), obj
        if t.text == "," and j + 3 < e and lx.is_(toks[j + 1], "adv") and toks[j + 2].text == ",":
            j += 3  # "said, however, that …"
            continue
        if t.text == ":" and j + 1 < e and j not in used:
            if stance and any(_object_word(toks[x], lx) and not (obj and obj[0] <= x < obj[1])
                              for x in range(k, j)):
                break  # "bevestigt positieve dopingcontrole: Maar ik …": the noun phrase is what is confirmed
            a = j + 2 if j + 2 < e and toks[j + 1].text in OPEN_QUOTES and toks[j + 2].quoted else j + 1
            return (a, clause_end(toks, a, e, lx)), (k, j), obj  # (X added: "…": not the mark)
        if j == particle:
            j += 1
            continue
        if t.text in STOP_PUNCT or (is_verbish(t, lx) and not lx.is_(t, "det")):
            break
        if t.dep.startswith("nsubj") and j < t.head < limit and toks[t.head].pos in ("VERB", "AUX"):
            break  # "think he'll get it from an unlikely source: the Fed": a clause, not an addressee
        if obj is None and cls == "tell" and j == k or (obj is None and lx.is_(t, "prep") and t.lower in ("tegen", "aan", "to", "gegenüber", "à")):
            ns = j + 1 if lx.is_(t, "prep") else j
            ne = np_right(toks, ns, e, lx)
            if ne > ns + 1 and lx.lang == "en" and toks[ns].dep in ("iobj", "obj") and toks[ns].head == k - 1:
                ne = min(ne, _subtree_end(toks, ns, e))  # "told lawmakers | no evidence supports …"
            if ne > ns:
                obj = (ns, ne)
                if cls == "tell" and any(toks[x].lemma.lower() in TOLD_THINGS or toks[x].lower in TOLD_THINGS
                                         for x in range(ns, ne)):
                    return None, (k, ne), None  # "Trump tells so many lies that …": no one is told
                j = ne
                continue
        j += 1
    return None, (k, j), obj


# what is told that is no addressee: "tells lies", "told the truth", "vertelt leugens"
TOLD_THINGS = frozenset({"lie", "lies", "truth", "story", "stories", "joke", "jokes", "tale", "tales", "fib", "fibs",
                         "leugen", "leugens", "waarheid", "verhaal", "verhalen", "grap", "grappen",
                         "lüge", "lügen", "wahrheit", "geschichte", "geschichten", "witz", "witze",
                         "mensonge", "mensonges", "vérité", "histoire", "histoires", "blague", "blagues"})


def _object_word(t, lx) -> bool:
    """A word of a noun phrase, told by what it is not: the tagger often misreads a headline's
    nouns (*dopingcontrole* as a determiner), rarely its verbs, adverbs and prepositions."""
    return t.is_word and t.lower not in lx.grammar and t.pos not in ("ADV", "VERB", "AUX", "ADP") \
        and not lx.is_(t, "adv")


# English verbs that take a clause without "that" so often that any clause-like run after
# them counts ("Johnson said local officials should …").
BARE_CLAUSE_VERBS_EN = {"say", "claim", "argue", "insist", "believe", "think", "add", "note",
                        "warn", "suggest", "predict", "tell", "write", "acknowledge", "admit"}


def _bare_clause(toks, k, e, lx, cls) -> Range | None:
    """English "claims it killed …" / German "sagte, die Armee habe …": no complementizer."""
    stance = lx.lang == "de" and cls == "stance"  # "widersprach dem Bericht, es gebe keine …"
    if cls not in ("say", "belief", "announce", "evidence") and not stance or k >= e:
        return None
    j = k
    while j < e and lx.is_(toks[j], "adv"):
        j += 1
    if lx.lang == "de" and j < e and toks[j].text != ",":
        # "sagte am Montag in Berlin, die Lage sei ernst", "teilte … mit, sie werde …": when
        # and where (or the separable particle) before the comma, then a clause in the
        # subjunctive of reported speech
        m = j
        while m < min(e, j + 10) and toks[m].text != "," and not toks[m].quoted and toks[m].is_word \
                and toks[m].pos not in ("VERB", "AUX", "SCONJ") and not lx.is_(toks[m], "comp"):
            m += 1
        if m > j and m + 1 < e and toks[m].text == "," and toks[m + 1].lower not in DE_COORD \
                and not toks[m + 1].quoted and toks[m + 1].pos != "SCONJ" and not lx.is_(toks[m + 1], "comp"):
            end = clause_end(toks, m + 1, e, lx)
            if end - m > 3 and any(_de_subjunctive(toks[x]) for x in range(m + 1, min(end, m + 9))):
                return m + 1, end
        return None
    if lx.lang == "de" and j < e and toks[j].text == "," and j + 1 < e and not toks[j + 1].quoted:
        if toks[j + 1].lower in DE_COORD or toks[j + 1].pos == "PRON" and toks[j + 1].lower in DE_RELATIVES:
            return None  # "…, die ein Moratorium forderten, aber geholfen hat das nicht": the next clause;
            # "… gepostet, die sagte …": a relative clause
        end = clause_end(toks, j + 1, e, lx)
        if stance and not any(_de_subjunctive(toks[x]) for x in range(j + 1, min(end, j + 9))):
            return None
        if not any(toks[x].pos in ("VERB", "AUX") for x in range(j + 1, end)):
            return None  # "…, betonte Klemmer, für Tarifpolitik zuständiges Mitglied …": an apposition
        return (j + 1, end) if end - j > 3 else None
    if lx.lang != "en" or j >= e:
        return None
    t = toks[j]
    end = clause_end(toks, j, e, lx)
    if end - j < 3:
        return None
    if lx.is_(t, "pron") and not lx.is_(t, "det") and t.lower != "it" or t.lower == "it" and end - j > 2:
        return j, end
    if (toks[k - 1].lemma in BARE_CLAUSE_VERBS_EN and t.is_word and end - j >= 4
            and not lx.is_(t, "prep") and not lx.is_(t, "conj") and t.lower != "to"):
        return j, end
    if t.is_word and any(toks[x].dep.startswith("nsubj") and x < toks[x].head < end
                         and toks[toks[x].head].dep == "ccomp" for x in range(j, min(end, j + 4))):
        return j, end  # "told lawmakers | no evidence supports …": the parse's reported clause
    if lx.is_(t, "det") or t.is_upper:
        if any(lx.is_(toks[x], "aux") or toks[x].lower.endswith("ed") and toks[x].lemma != toks[x].lower
               for x in range(j + 1, min(end, j + 8))):
            return j, end
    return None


def _dutch_te_clause(toks, k: int, e: int, lx) -> Range | None:
    """Dutch reports an infinitive clause without *dat*: *zegt ze er vertrouwen in te hebben
    dat …*, *ontkent ook maar iets te maken te hebben met …*, *heeft gezegd vastberaden te zijn*:
    the clause from the cue (or its subject after it) through *te* + verb to the clause end.
    Only a short run without comma, quotation or conjunction stands before *te*."""
    end = clause_end(toks, k, e, lx)
    for j in range(k, min(end - 1, k + 10)):
        t = toks[j]
        if t.quoted or t.text in (",", ";", ":") or _is_comp(toks, j, e, lx) \
                or lx.is_(t, "conj") and not (j > k and toks[j - 1].lower == "ook"):  # "ook maar iets"
            return None
        if t.lower == "te" and toks[j + 1].pos in ("VERB", "AUX"):
            return (k, end) if end - k >= 3 else None
    return None


def _interjected(toks, a: int, b: int, cue: int, r: int, e: int, lx, verb_last: bool = False) -> bool:
    """ "Most of the bridges, the engineer said, were built …": the cue and its speaker stand
    between commas inside one clause, which goes on at ``r``. The parse says so: the cue
    hangs under the words after it, or words before it do."""
    if toks[r].quoted or not toks[r].is_word or toks[r].pos == "VERB" and toks[r].lower.endswith("ing") \
            or lx.is_(toks[r], "conj") or toks[r].lower in PERSON_RELATIVES:
        return False
    end = clause_end(toks, r, e, lx)
    if end - r < 3:
        return False
    if toks[a].pos == "SCONJ" and not any(toks[j].text == "," for j in range(a, b)):
        return True  # "Unless the council pays, she says, the library will close"
    if lx.lang == "en" and not any(toks[j].pos in ("VERB", "AUX") for j in range(a, b)) \
            and any(toks[j].pos in ("VERB", "AUX") for j in range(r, end)):
        return True  # "Still, he said, officials …", "Many of the closures, he said, were …": no
        # statement before the cue, so the clause goes on after it
    if lx.lang == "en" and verb_last and toks[r].pos != "ADP" and (
            toks[r].lower == "to" and r + 1 < end and toks[r + 1].pos in ("VERB", "AUX")
            or not any(toks[j].pos in ("VERB", "AUX") for j in range(r, end))):
        return True  # "… any plans, analysts say, to cut prices", "… two interviews, aides said,
        # the first in March": an infinitive or a phrase with no verb of its own finishes the
        # clause before the cue (a phrase opening on a preposition tells where or how it was said;
        # after "said X," a phrase is X's apposition)
    return r <= toks[cue].head < end or any(r <= toks[j].head < end and toks[j].dep != "punct" for j in range(a, b))


NL_RELATIVES = frozenset({"die", "dat"})
NL_OBJECT_POINTERS = frozenset({"het", "dat", "dit"})


def _fronted_object(toks, s: int, e: int, c: int, ce: int, cls: str, lx) -> "Found | None":
    """Dutch puts what someone calls something first: *'Wraakroepend', noemt hij het.*, *Een
    complot, noemen ze het.* An object verb right after a comma (or none), then a pronoun (the speaker)
    and *het* / *dat* closing the sentence: the words before the comma are the content (their
    edge quotation marks left out), the pronoun says it."""
    if lx.lang != "nl" or cls != "object" or c <= s or ce + 1 >= e:
        return None
    comma = toks[c - 1].text == ","  # (with or without it: "Een complot noemen ze het.")
    if not (lx.is_(toks[ce], "pron") and toks[ce + 1].lower in NL_OBJECT_POINTERS
            and all(toks[j].text in END_PUNCT for j in range(ce + 2, e))):
        return None
    a, b = s, c - 1 if comma else c
    if comma and c - 3 >= s and not toks[c - 2].is_word and toks[c - 3].quoted:  # "… . 'Wraakroepend', noemt":
        a = c - 3  # only the quotation (the sentence split may have kept the sentence before it)
        while a > s and toks[a - 1].quoted:
            a -= 1
    while a < b and not toks[a].is_word:
        a += 1
    while b > a and not toks[b - 1].is_word:
        b -= 1
    if b <= a or any(is_verbish(toks[j], lx) for j in range(a, b) if not toks[j].quoted):
        return None
    return Found((a, b), (c, ce), "object", (ce, ce + 1))


def _relative_subject(toks, s: int, p: int, lx) -> Range | None:
    """*Een Europees parlementslid die in Spanje lid is van de partij van X, noemt …*: a plain
    noun phrase opening the sentence, then a relative clause up to the comma at ``p`` before
    the cue; the sets mark the whole as the speaker."""
    r = next((k for k in range(s + 1, p) if toks[k].lower in NL_RELATIVES and toks[k].pos in ("PRON", "DET")
              and not toks[k].quoted), None)
    if r is None or p - r > 16 or any(toks[k].text in (",", ";", ":") or toks[k].quoted for k in range(r, p)):
        return None
    return (s, p) if _plain_subject(toks, (s, r), r, lx) and (toks[s].is_upper or lx.is_(toks[s], "det")) else None


def verb_claims(toks: list[Tok], s: int, e: int, lx: ClaimLexicon, used: set[int],
                prior: list[Found] = ()) -> list[Found]:
    """Reporting-verb claims of the sentence; ``prior`` are its claims found already (quotes),
    whose speakers a participle cue may take (*“…,” she said, adding that …*)."""
    out = []
    for c, ce, cls, stance, particle in list(find_cues(toks, s, e, lx, used)):
        if any(c in range(f.content[0], f.content[1]) and f.kind != "stance" and f.referent
               for f in out):
            continue
        if any(toks[k].head == c and toks[k].dep == "mark" and toks[k].lower in CONDITIONALS
               for k in range(s, c)):
            continue  # "aid might flow if the country would announce …": nothing was announced
        if toks[c].lemma in FOUND_NOT_THOUGHT and any(toks[k].head == c and toks[k].dep == "aux:pass"
                                                     for k in range(max(s, c - 6), min(e, c + 4))):
            continue  # "wiens lichaam werd gevonden": found, not thought
        fronted = _fronted_object(toks, s, e, c, ce, cls, lx)
        if fronted is not None:  # "'Wraakroepend', noemt hij het."
            used.update(range(c, ce))
            out.append(fronted)
            continue
        speaker, front, cs = _speaker_left(toks, s, c, lx)
        if c - 2 > s and lx.is_(toks[c - 1], "inv") and toks[c - 2].text == ",":
            speaker, front, cs = None, None, c - 1  # "C, zo reageert X": X after the cue says C
        host = next((f for f in out if speaker is not None and speaker[0] <= f.cue[0] < speaker[1]), None)
        if host is not None and host.content[0] < c < host.content[1] and speaker[0] < host.content[0] < speaker[1]:
            # "The minister said the rebels claimed …": a report inside a report keeps its own
            # subject, the words after the outer cue
            speaker = trim_speaker(toks, host.content[0], speaker[1], lx)
            if speaker[1] <= speaker[0] or any(is_verbish(toks[x], lx) or toks[x].pos in ("VERB", "AUX")
                                               for x in range(*speaker)):
                speaker = None  # "said its forces hit a depot and denied …": no subject of its own
            else:
                cs = speaker[0]  # the words before it are the outer report's, not this one's front
        elif host is not None:
            speaker = None  # "X called the plan a disaster and said …": not a subject
        right_speaker = None
        k = ce
        participle = _participle(toks, s, c, lx)
        if participle:  # "Sanders denounced the attacks, saying his campaign …"
            speaker = _sentence_subject(toks, s, c, lx, [*prior, *out])
            if not any(f.cue[0] < c and f.speaker is not None for f in [*prior, *out]) \
                    and _second_subject(toks, s, c, speaker):
                used.update(range(c, ce))  # nor is "citing X" X's report
                continue  # "… when President Smith scuttled the talks, citing …": whose act?
        if speaker is not None and _object_before_and(toks, speaker, c, lx):
            speaker = None  # "It did not reveal the location and said …": it said, not the location
        if speaker is None and front is None:
            speaker = _shared_subject(toks, cs, c, lx, out)
        rel = speaker[0] if speaker is not None and speaker[1] - speaker[0] == 1 else cs
        if rel < c and toks[rel].lower in PERSON_RELATIVES and rel - 1 > s and toks[rel - 1].text == ",":
            # "Bret Stephens, who …, said", "Jan Peters, die zei": the name before the relative
            speaker = (_de_extraposed_antecedent(toks, s, rel - 1) if lx.lang == "de" and rel - 2 > s
                       and toks[rel - 2].pos in ("VERB", "AUX") else None) \
                or _subject_before_comma(toks, s, rel - 1, lx) or speaker
        agentless = relative = None
        if _impersonal(toks, speaker, c, lx):  # "it was reported (by X) that", "on dit que"
            agentless, speaker = (speaker[0], ce), None
            if ce < e and toks[ce].lower in AGENT_PREPS:
                ne = np_right(toks, ce + 1, e, lx)
                if ne > ce + 1:
                    speaker, agentless, k = (ce + 1, ne), None, ne
        if cls == "object" and speaker is None and front is None and cs - 1 > s and toks[cs - 1].text == ",":
            before = _subject_before_comma(toks, s, cs - 1, lx)  # "De oppositie, de partij CHP, noemt …"
            if before is not None and _plain_subject(toks, (before[0], cs - 1), cs, lx):
                speaker = (before[0], cs - 1)
            elif lx.lang == "nl" and before is not None and before[0] - 1 > s and toks[before[0] - 1].text == ",":
                # the segment found is the apposition ("…, de centrumlinkse Volkspartij (CHP),"):
                # its noun phrase stands before the comma before it
                head = _subject_before_comma(toks, s, before[0] - 1, lx)
                if head is not None and _plain_subject(toks, (head[0], cs - 1), cs, lx):
                    speaker = (head[0], cs - 1)
            elif before is None and lx.lang == "nl":
                speaker = relative = _relative_subject(toks, s, cs - 1, lx)
        if cls in ("object", "evidence") and not _plain_subject(toks, speaker, cs, lx) \
                and not (relative is not None and speaker == relative):
            speaker = _evidence_subject(toks, speaker, c, lx) if cls == "evidence" else None
            if speaker is None:
                continue  # "calling him a liar", "a phone call": no clean subject to hang it on
        if speaker is None and agentless is None and not participle:
            r0 = ce + 1 if ce < e and toks[ce].text in ("-", "-t-") and lx.lang == "fr" else ce
            ne = np_right(toks, r0, e, lx)  # "dit-elle": the pronoun after the hyphen
            if ne > r0 and not _is_comp(toks, r0, e, lx) and not (
                    lx.lang == "en" and any(lx.is_(toks[x], "aux") for x in range(cs, c))):
                # (English puts no speaker after "have declared": "…, however, have declared
                # major settlements legal" has its subject before, the object after)
                right_speaker = (r0, ne)
                k = ne
        content, middle, obj = _content_right(toks, k, e, lx, cls, particle, used, stance)
        referent = False
        if content is None:
            content = _bare_clause(toks, k, e, lx, cls)
        if content is None and lx.lang == "nl" and "tecue" in lx.grammar.get(toks[c].lemma, ()):
            content = _dutch_te_clause(toks, k, e, lx)
        if content is None and obj is not None and cls == "tell" and lx.lang == "en":
            content = _bare_clause(toks, obj[1], e, lx, "say")  # "told reporters he feels …"
        if content is None and cls in ("object", "evidence") and (cls == "object" or _evidence_subject(
                toks, speaker, c, lx) is not None):  # "called him a liar", "urged voters to …";
            # an evidence verb with a noun phrase only for a poll, a video … ("The video shows
            # the rescue"), not "the drones find their targets", "he found a man bleeding"
            start = particle + 1 if particle is not None and particle >= k else k
            if lx.lang == "de" and particle is not None and particle > k and not (
                    particle + 2 < e and toks[particle + 1].text == ","):  # "fordert X auf, … zu …"
                start = k  # "ruft zu einer Kundgebung auf": the object stands before the particle
                while start < particle and lx.is_(toks[start], "adv"):
                    start += 1
            if start + 1 < e and toks[start].lower in OBJECT_PREPS and cls == "object":
                ce = start = start + 1  # "called for", "called on": the preposition joins the cue
            elif start + 1 < e and toks[start].lower in INFINITIVE and toks[start + 1].is_word:
                start += 1
            end = clause_end(toks, start, e, lx)
            end = next((x for x in range(start + 1, end - 1) if (lx.is_(toks[x], "conj")
                        or toks[x].text == ",") and (is_verbish(toks[x + 1], lx)
                        or _participle(toks, s, x + 1, lx))
                        and not start <= toks[x + 1].head < x), end)  # "… and said that …", ", saying";
            # not a word joined to one inside ("called the charges unsubstantiated and fabricated")
            if lx.lang == "de" and particle is not None and k <= start < particle:
                end = particle
            if lx.lang == "de" and start < e and toks[start].lower in DE_COORD:
                end = start  # "…, rief auf und kritisierte …": the next verb's clause, not an object
            if (np_right(toks, start, e, lx) > start or toks[start - 1].lower in INFINITIVE) and end > start:
                content = (start - 1, end) if toks[start - 1].lower in INFINITIVE else (start, end)
        if content is None and lx.lang == "de" and toks[c].lemma == "warnen" and k < e and toks[k].lower == "vor":
            end = clause_end(toks, k, e, lx)  # "warnte vor dem Verlust tausender Arbeitsplätze"
            end = next((x for x in range(k + 1, end) if toks[x].text == "," or lx.is_(toks[x], "conj")
                        and x + 1 < end and is_verbish(toks[x + 1], lx)), end)
            if end - k >= 2:
                content = (k, end)
        last_word = ce >= e or toks[ce].text in END_PUNCT  # "…, the poll found."
        tail = clause_end(toks, k, e, lx) - k  # words after the cue (and a right-hand subject)
        if content is None and cs > s and toks[cs - 1].text in INVERSION_MARKS and (speaker or right_speaker) \
                and not participle and (tail <= INVERSION_TAIL or k < e and toks[k].text == ","
                                        or k + 1 < e and toks[k].lower in DAYS and toks[k + 1].text == ","
                                        # Dutch "C, zei hij donderdag tijdens een gastcollege aan …":
                                        # a long tail with no verb is when and where, not what
                                        or lx.lang == "nl" and not any(toks[x].pos in ("VERB", "AUX")
                                                                       for x in range(k, k + tail))) \
                and (cls not in ("object", "evidence") or cls == "evidence" and last_word):
            a = s
            while a < cs and (toks[a].text in ('"', "“", "„", "«", "»", "‘") or toks[a].text in ("—", "-")):
                a += 1
            if k + 1 < e and toks[k].text == "," and _interjected(toks, a, cs - 1, c, k + 1, e, lx, k == ce):
                content = (a, clause_end(toks, k + 1, e, lx))  # "Most of it, he said, was …"
            elif _reported_front(toks, a, cs - 1, c, ce, e, used, lx, speaker is not None and speaker[1] <= c):
                content = (a, cs - 1)
        if content is None and cs > s and toks[cs - 1].text == "," and tail > INVERSION_TAIL \
                and cls in ("say", "tell", "belief", "announce"):
            # "Chris Cox, who runs the lobbying arm, says the actions …": no inversion (the
            # sentence goes on); the subject is the phrase before the comma(s), content after
            subject = _subject_before_comma(toks, s, cs - 1, lx)
            kk = ce + 1 if ce < e and _is_comp(toks, ce, e, lx) else ce
            if subject is None and right_speaker is not None:
                kk = k  # "…, says the group's founder, who …": keep the right-hand subject
            end = clause_end(toks, kk, e, lx)
            if end - kk >= 3 and any(toks[x].pos in ("VERB", "AUX") for x in range(kk, end)):
                content = (kk, end)
                if subject is not None:
                    speaker, right_speaker = subject, None
            # (no verb after it: "…, health officials said Friday, the latest indication of …"
            # is a remark on the report, not what was said)
        if content is None and stance:
            while k < e and toks[k].pos == "ADV" and toks[k].is_word:
                k += 1  # "rejettent toutefois l'idée": the idea is rejected
            ne = np_right(toks, k, e, lx) if not lx.is_(toks[k - 1], "conj") else k
            # (after "und" a new clause starts: "… nicht dementiert und das nehmen Medien als …")
            if ne > k:
                content, referent = (k, _phrase_end(toks, k, ne, e)), True
        other = next((x for x in range(*content) if x in used and toks[x].text == ":"
                      or toks[x].text == "," and x + 1 in used), None) if content else None
        if other is not None:  # "X ontkent Y: Ik ben …", "X noemt Y Z, Trump reageert: …": another
            content = (content[0], other)  # claim (the headline's colon, a name and verb) starts there
        if content is None or content[1] <= content[0]:
            continue
        if speaker is None:
            speaker = right_speaker
        if speaker is None and cls != "stance" and not content:
            continue
        f = Found(content, (c, ce), "stance" if stance else cls, speaker, stance=stance,
                  referent=referent)
        if particle is not None:
            f.cue_parts.append((particle, particle + 1))
        if front:
            f.cue_parts.append((cs, front[0]))
            used.update(range(cs, front[0]))
            f.reported_by = front
        if obj:
            f.addressee = obj
        if agentless:
            f.hedge = agentless
        f.channel = match_channel(toks, cs, content[0] if content[0] > c else e, lx) \
            or match_channel(toks, middle[0], middle[1], lx)
        used.update(range(c, ce))
        out.append(f)
    return out


def _coordinated_clause(toks, s: int, i: int, lx) -> int:
    """Where the clause holding a mid-clause *volgens* at ``i`` starts: after the last comma and
    coordinator before it (*…, omdat Londen Moskou verdenkt, maar dat is volgens X niet
    bewezen*: X says only *dat is niet bewezen*), else the sentence start. A comma without a
    coordinator may close an apposition or relative clause inside the subject, so it is kept."""
    for j in range(i - 2, s, -1):
        if toks[j].text == "," and not toks[j].quoted and lx.is_(toks[j + 1], "conj") and j + 2 < i:
            return j + 2
    return s


TITLE_LINKS = frozenset({"voor", "van", "en", "de", "het", "&"})


def _title_phrase_end(toks, a: int, xe: int, e: int) -> int:
    """*Volgens Staatssecretaris voor Asiel en Migratie Theo Francken (N-VA) doet …*: a title's
    portfolio (*voor* / *van* and capitalised words, *en* between them), the name and a
    bracketed party belong to the source, up to the verb that follows the fronted phrase. Only
    when the words after the noun phrase are such a run and a verb follows it."""
    j = xe
    if j >= e or toks[j].lower not in ("voor", "van"):
        return xe
    saw_name = False
    while j < e and (toks[j].lower in TITLE_LINKS or toks[j].is_upper and toks[j].is_word):
        saw_name = saw_name or toks[j].is_upper
        j += 1
    if j < e and toks[j].text == "(":
        close = next((k for k in range(j + 1, min(e, j + 6)) if toks[k].text == ")"), None)
        if close is None:
            return xe
        j = close + 1
    if not saw_name or j >= e or toks[j].pos not in ("VERB", "AUX") or toks[j - 1].lower in TITLE_LINKS:
        return xe
    return j


def _norm_phrase(toks, a: int, b: int, lx) -> bool:
    """The phrase after *volgens* names a rule, not a speaker (*volgens de afspraken*, *volgens
    de letter van de wet*): its first noun is a "norm" word of claims_grammar.tsv."""
    j = a
    while j < b and (lx.is_(toks[j], "det") or toks[j].pos in ("DET", "ADJ")):
        j += 1
    return j < b and lx.is_(toks[j], "norm")


def according_claims(toks, s, e, lx, used: set[int], found: list[Found]) -> list[Found]:
    """ "volgens X", "according to X", "…, aldus X": merge into a verb claim of the same
    sentence (X becomes its outlet or reporter) or make a claim of their own."""
    out = []
    i = s
    while i < e:
        p = lx.according.match_at(toks, i) if not toks[i].quoted and i not in used else None
        if not p or i + len(p.words) > e or not so_speaker_follows(toks, i, lx):
            i += 1
            continue
        me = i + len(p.words)
        if p.tag == "self":  # "X hebben naar eigen zeggen …": X says so
            verb = lx.lang == "de" and i - 1 > s and toks[i - 1].pos in ("VERB", "AUX")
            speaker, _front, _cs = _speaker_left(toks, s, i - 1 if verb else i, lx)  # "X sieht nach eigenen Worten …"
            end = clause_end(toks, me, e, lx)
            used.update(range(i, me))
            if speaker is not None and end > me:
                out.append(Found((me, end), (i, me), "according", speaker))
            i = me
            continue
        xe = np_right(toks, me, e, lx)
        if xe == me:
            i = me
            continue
        if lx.lang == "nl" and i == s and p.tag != "post":
            xe = _title_phrase_end(toks, me, xe, e)
        x = (me, xe)
        if _norm_phrase(toks, me, xe, lx):  # "niet volgens de afspraken": in accordance with
            i = xe
            continue
        after_comma = i > s and toks[i - 1].text == "," or (  # '…, according to' / '…," according to'
            i - 1 > s and toks[i - 1].text in CLOSERS and toks[i - 1].quoted is False and toks[i - 2].text == ",")
        trailing = after_comma or p.tag == "post"
        if p.tag == "post" and not after_comma:
            i = me
            continue
        host = None
        for f in found:
            if trailing and f.cue[0] < i:
                host = f
            elif (not trailing and f.cue[0] >= xe and not (f.content[0] <= i < f.content[1])
                  and (f.speaker is None or f.speaker[0] - xe <= 3)):
                host = f  # "Volgens X heeft Y gezegd …"; not a verb deep inside the clause
        used.update(range(i, me))
        if host is not None:
            host.cue_parts.append((i, me))
            host.reported_by = x
        elif trailing:
            a = s
            while a < i and toks[a].text in ('"', "“", "„", "«", "»"):
                a += 1
            end = i - 1 if toks[i - 1].text == "," else i - 2
            if xe + 2 < e and toks[xe].text in (",", "—", "–", "―") and toks[xe + 1].is_word \
                    and any(toks[j].pos in ("VERB", "AUX") for j in range(xe + 1, e)):
                end = e  # "The plan, according to X, would cost …": the whole sentence
                while end > a and (toks[end - 1].text in END_PUNCT or toks[end - 1].text in CLOSERS
                                   and not toks[end - 1].quoted):
                    end -= 1
            if end > a:
                out.append(Found((a, end), (i, me), "according", x))
        elif i > s + 1 and toks[i - 1].is_word:  # "Het plan kost volgens X drie miljard"
            xe = next((k for k in range(me + 1, xe) if toks[k].text[:1].isdigit()), xe)
            end = clause_end(toks, xe, e, lx)
            if end > xe:
                start = _coordinated_clause(toks, s, i, lx) if lx.lang == "nl" else s
                out.append(Found((start, end), (i, me), "according", (me, xe)))
        else:
            if lx.lang == "de" and i == s and p.tag != "post":
                # "Laut einer Studie des Instituts für Wirtschaftsforschung (DIW) liegt …": the
                # phrase fills the slot before the finite verb, so the source runs to that verb
                v = next((j for j in range(xe, min(e, xe + 12)) if toks[j].pos in ("VERB", "AUX")
                          or toks[j].text in (",", ";", ":") or toks[j].quoted), None)
                if v is not None and v > xe and toks[v].pos in ("VERB", "AUX") and not toks[v].quoted:
                    xe = v
                    x = (me, xe)
            if xe < e and toks[xe].text != "," and lx.is_(toks[xe], "prep"):
                # "According to a study by two economists, …": the source's own phrase runs
                # on to the comma (no verb in it)
                comma = next((j for j in range(xe, min(e, xe + 12)) if toks[j].text == ","), None)
                if comma is not None and not any(is_verbish(toks[j], lx) or toks[j].quoted for j in range(xe, comma)):
                    xe = comma
                    x = (me, xe)
            k = xe + 1 if xe < e and toks[xe].text == "," else xe
            end = clause_end(toks, k, e, lx)
            if end > k:
                out.append(Found((k, end), (i, me), "according", x))
        i = xe
    return out


def noun_claims(toks, s, e, lx, used: set[int]) -> list[Found]:
    """ "de claim van X dat C", "the statement by X that C", "X's claim that C"."""
    out = []
    for i in range(s, e - 2):
        t = toks[i]
        if t.quoted or t.lemma not in lx.reporting_nouns or i in used:
            continue
        speaker, k = None, i + 1
        if toks[k].lower in ("van", "by", "from", "of", "von", "de", "du", "des"):
            ne = np_right(toks, k + 1, e, lx)
            if ne > k + 1:
                speaker, k = (k + 1, ne), ne
        elif i - 1 > s and toks[i - 1].text in ("'s", "’s"):
            a = i - 1
            while a > s and toks[a - 1].is_upper:
                a -= 1
            if a < i - 1:
                speaker = (a, i - 1)
        if k < e and _is_comp(toks, k, e, lx) and speaker:
            end = clause_end(toks, k + 1, e, lx)
            # "De verklaring … dat de brug veilig was, bleek onjuist": the clause ends at a
            # comma followed by the main verb
            end = next((x for x in range(k + 2, end - 1) if toks[x].text == ","
                        and is_verbish(toks[x + 1], lx)), end)
            if end > k + 1:
                used.add(i)
                out.append(Found((k + 1, end), (i, i + 1), "noun", speaker))
    return out
