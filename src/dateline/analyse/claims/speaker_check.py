"""The last check on each claim: a speaker must be a noun phrase, or there is none.

The finders propose speakers from patterns and from the parse; on real news some proposals
are not noun phrases at all (*It goes without* for "It goes without saying that …", *the
track record to* for "… to prove it", *jeudi*, *which*, *été*). Users quote our speakers, and
a wrong speaker is worse than none, so a proposal is made whole (a surname the parser hung
elsewhere, the rest of a hyphenated word), trimmed (a leading preposition or adverb, a trailing
function word that hangs outside it) and checked against the parse. It is dropped (the claim
stays, with no speaker) unless:

- it is one phrase: exactly one of its words has its head outside it (*Everyone I* has two);
- that head is a noun, a name, a pronoun or a number (not a verb, adverb or adjective);
- it is not a day word (*jeudi*, *Monday*) nor a bare relative pronoun (resolved to its noun
  where the parse allows: *Weitz, who said …* -> *Weitz*);
- it is not the object before an infinitive cue (*zonder de identiteit … te onthullen*).

A participle cue speaks for the noun it modifies (*a memo announcing that …*).

Some claims are no claims at all and are dropped:
- a cue that is the second half of a hyphenated word (*bande-annonce*, *AI-written*);
- a sentencing (*veroordeeld tot*, *condemned to death*);
- a colon line whose label is no noun phrase (*Lire :*), or whose text is only names (a
  photo credit).
"""

from __future__ import annotations

from ..times import day_words
from .phrases import NAME_PARTICLES
from .text import CLOSERS, Tok

Range = tuple[int, int]

HEAD_POS = {"NOUN", "PROPN", "PRON", "NUM", "X", "SYM"}
# words a noun phrase never opens with / ends with (the parse's part of speech decides)
BAD_FIRST = {"ADP", "ADV", "CCONJ", "SCONJ", "AUX", "VERB", "PART", "INTJ", "PUNCT"}
BAD_LAST = {"ADP", "ADV", "CCONJ", "SCONJ", "AUX", "DET", "PART", "PUNCT"}
TRIM_FIRST = {"ADP", "ADV", "CCONJ", "SCONJ", "PART", "INTJ", "PUNCT"}
OPENERS = {"(", "[", '"', "“", "„", "«", "‘"}
NOT_NOMINATIVE_DE = {"dem", "den", "des", "einem", "eines"}  # articles a German subject never opens with
NOBODY = {"rien", "nichts", "niets", "nothing", "nobody", "niemand", "personne"}
# relative pronouns: a speaker of one such word names nothing until it is resolved
# quantifiers that stand for people as a subject (*Many said …*, *Most of them say …*, *Some of
# the workers believe …*): the parse makes them adjectives or determiners, not nouns. English
# only; a bare "all" is left out ("All told, …").
QUANTIFIER_HEADS = {"en": {"many", "most", "some", "several", "few", "both", "half", "others", "all"}}
RELATIVES = {"which", "who", "that", "whom", "die", "dat", "wie", "welke", "der", "das", "welche",
             "welcher", "qui", "que", "lequel", "laquelle", "lesquels", "lesquelles", "dont"}


def time_word(word: str, lang: str) -> bool:
    """A day word, or a weekday glued to a part of the day the time list lacks
    (*maandagvoormiddag* = *maandag* + *voor* + *middag*)."""
    days = day_words(lang)
    if word in days:
        return True
    return any(word.startswith(d) and word[len(d):].endswith(p) and d + p in days
               for d in days if 4 < len(d) < len(word) for p in ("middag", "avond", "ochtend", "morgen", "nacht"))


def hyphen_bound(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is glued to a hyphen before it (*AI-written*, *bande-annonce*)."""
    return i > 0 and toks[i - 1].text in ("-", "‐") and toks[i - 1].end == toks[i].start \
        and (i < 2 or toks[i - 2].end == toks[i - 1].start)


def trimmed(toks: list[Tok], r: Range, lang: str) -> Range:
    """The range without a leading preposition, conjunction or adverb and without a trailing
    function word (*after Republican contender Donald Trump*, *the WSJ that*)."""
    s, e = r
    while s < e and (toks[s].pos in TRIM_FIRST and toks[s].text not in OPENERS):
        s += 1
    if _outlet_name(toks, s, e, lang):
        return s, e  # "De Tijd", "The Times": a title, whatever its words mean
    # a trailing word that hangs on something outside the phrase ("the WSJ | that", "het Witte
    # Huis | maandagavond"), not one inside it ("…, qui a voté contre")
    while e > s + 1 and not s <= toks[e - 1].head < e - 1 and (
            toks[e - 1].pos in BAD_LAST and toks[e - 1].text not in CLOSERS or time_word(toks[e - 1].lower, lang)):
        e -= 1
    return s, e


def _outlet_name(toks: list[Tok], s: int, e: int, lang: str) -> bool:
    from .lexicon import lexicon

    words = tuple(toks[k].text for k in range(s, e))
    return bool(words) and words in lexicon(lang).outlets.get(words[0], ())


def _subject_of_clause_before(toks: list[Tok], k: int) -> Range | None:
    """"Lisa Nandy was among the critics, saying …": a participle after a comma speaks for the
    subject of the clause before it, though the parser hangs it on "critics" as a modifier."""
    from .parse import _edges, children_of

    head = toks[k].head
    if k == 0 or toks[k - 1].text != "," or not 0 <= head < k:
        return None
    subj = next((j for j in range(head) if toks[j].head == head and toks[j].dep in ("nsubj", "nsubj:pass")
                 and any(toks[c].head == head and toks[c].dep == "cop" for c in range(j, head))), None)
    return _edges(toks, children_of(toks), subj) if subj is not None else None


def antecedent(toks: list[Tok], j: int) -> Range | None:
    """The noun a relative pronoun stands for (*Weitz, who …* -> *Weitz*): the noun the
    relative clause hangs on, with the name parts and modifiers right before it."""
    verb = toks[j].head
    if not 0 <= verb < len(toks) or not toks[verb].dep.startswith("acl"):
        return None
    return noun_before(toks, verb)


def noun_before(toks: list[Tok], verb: int) -> Range | None:
    """The noun phrase a participle or relative clause at ``verb`` modifies, when that noun
    stands before it (*a memo announcing that …* -> *a memo*)."""
    a = toks[verb].head
    if not 0 <= a < verb or toks[a].pos not in ("NOUN", "PROPN"):
        return None
    lo = a
    while lo > 0 and toks[lo - 1].head in (a, lo) and toks[lo - 1].pos in ("DET", "ADJ", "PROPN", "NOUN"):
        lo -= 1
    return lo, a + 1


def is_noun_phrase(toks: list[Tok], r: Range, lang: str) -> bool:
    s, e = r
    words = [j for j in range(s, e) if toks[j].pos != "PUNCT"]
    if not words:
        return False
    if _outlet_name(toks, s, e, lang):
        return True  # "De Tijd" read as a determiner with a "flat" noun
    first, last = toks[words[0]], toks[words[-1]]
    if len(words) == 1 and first.lower in NOBODY:
        return False  # "Rien", "Nichts": no one speaks
    if len(words) >= 3 and first.pos == "PROPN" and first.is_upper and last.is_upper and all(
            toks[j].is_upper or toks[j].lower in NAME_PARTICLES for j in words):
        return True  # "Anna van der Meer", whatever the tagger makes of "der" and "Meer"
    if lang == "nl" and _title_and_name(toks, words, lang):
        return True  # "generaal John Hyten", with the title tagged a verb
    if lang == "nl":  # "Een parlementslid die in Spanje lid is van …": a noun phrase and its
        # relative clause, however the parse hangs the clause
        r = next((j for j in words[1:] if toks[j].lower in DUTCH_RELATIVES and toks[j].pos in ("PRON", "DET")
                  and toks[j - 1].is_word), None)
        if r is not None and r - s >= 2 and is_noun_phrase(toks, (s, r), lang) \
                and not any(toks[j].text in (",", ";", ":") for j in range(r, e)):
            return True
    if len(words) == 1 and first.pos in ("DET", "ADJ") and first.is_upper and len(first.text) > 6:
        return True  # a plural noun the tagger missed after a dateline: "KANDAHAR - Opstandelingen zeggen"
    if len(words) == 2 and _determined_noun(toks, words, lang):
        return True
    if first.pos in BAD_FIRST and first.text not in OPENERS \
            and not (first.dep == "amod" and s <= first.head < e):  # a participle as adjective: "eensluidende berichten"
        return False
    if last.pos in BAD_LAST and last.text not in CLOSERS and not s <= last.head < e:
        return False
    if len(words) == 1 and (first.lower in RELATIVES or time_word(first.lower, lang)):
        return False
    if first.pos != "PRON" and (hyphen_bound(toks, s) or (
            e < len(toks) and e > 0 and toks[e].text in ("-", "‐") and toks[e].start == toks[e - 1].end)):
        return False  # part of a word (the pronoun of French inversion, "dit-elle", is not)
    # a bracket after the name (a party and state, "(R-OK)") is a label the parse hangs anywhere
    bracket = next((j for j in range(s + 1, e) if toks[j].text == "("), e)
    roots = [j for j in words if j < bracket and (not s <= toks[j].head < e or toks[j].head == j)]
    if len(roots) > 1:  # a surname the parser hung elsewhere is part of the name before it
        roots = [j for j in roots if not (j > s and toks[j].pos in ("PROPN", "X") and toks[j - 1].pos == "PROPN"
                                          or lang == "nl" and j > s and toks[j].is_upper and toks[j].is_word
                                          and toks[j - 1].pos == "PROPN" and toks[j - 1].is_upper)]
        # (Dutch: an unknown surname the tagger reads as a verb or noun, "Valdis | Dombrovskis")
    if len(roots) > 1 and len({toks[j].head for j in roots}) == 1 and toks[roots[-1]].pos in ("NOUN", "PROPN") \
            and not any(toks[j].pos in ("PRON", "VERB", "AUX") for j in roots):
        roots = roots[-1:]  # the words before a noun outside: "The New Yorker('s report)"
    if len(roots) != 1:
        return False
    head = toks[roots[0]]
    if head.lower in QUANTIFIER_HEADS.get(lang, ()) and head.pos in ("ADJ", "DET", "PRON", "NOUN") \
            and (len(words) > 1 or head.lower != "all") and head.dep.startswith("nsubj"):
        return True  # "Most of them", "Many": who they are is said before
    if head.pos == "ADJ":  # a noun the tagger read as an adjective: "het Nederlandse Openbaar
        # Ministerie", "de vakbondsleider" (a determiner or a noun hangs on it)
        return any(toks[j].pos in ("NOUN", "PROPN", "DET") and toks[j].head == roots[0] for j in words)
    if head.pos == "VERB" and roots[0] > s and toks[roots[0] - 1].pos == "DET" \
            and toks[roots[0] - 1].head == roots[0]:  # "aldus een expert van de universiteit",
        return _determined_noun(toks, [roots[0] - 1, roots[0]], lang)  # "expert" tagged a verb
    return head.pos in HEAD_POS and head.lower not in day_words(lang)


def _title_and_name(toks: list[Tok], words: list[int], lang: str) -> bool:
    """A lower-case title and a name of capitalised words (*generaal John Hyten*, *advocaat
    Jan Peeters*): a noun phrase whatever the tagger makes of the title, unless the title is a
    reporting verb (*zegt Jan Peeters* is a cue and its subject)."""
    from .lexicon import lexicon

    first = toks[words[0]]
    return (len(words) >= 2 and first.is_word and not first.is_upper and first.pos in ("VERB", "ADJ", "NOUN")
            and first.lemma not in lexicon(lang).verbs and first.lower not in lexicon(lang).verbs
            and all(toks[j].is_upper and toks[j].pos in ("PROPN", "X", "NOUN") for j in words[1:]))


def _determined_noun(toks: list[Tok], words: list[int], lang: str) -> bool:
    """A determiner and the word it opens: a noun whatever the tagger says (*zeggen die
    huidspecialisten*, where *huidspecialisten* is tagged a verb), unless that word is a reporting
    verb or a verb form the parse agrees is one (*die zegt*)."""
    from .lexicon import lexicon

    det, noun = toks[words[0]], toks[words[1]]
    lx = lexicon(lang)
    return (lx.is_(det, "det") and det.pos in ("DET", "PRON") and noun.is_word and not noun.is_upper
            and noun.pos in ("VERB", "ADJ", "ADV") and noun.lemma not in lx.verbs
            and noun.dep not in ("ROOT", "conj", "ccomp", "xcomp", "advcl") and det.head == words[1])


def checked(toks: list[Tok], r: Range, content: Range, lang: str) -> Range | None:
    """The speaker range made whole and trimmed, or None when it is no noun phrase; a fronted
    phrase the parse hung on the subject (*In opposing the request, her lawyer, X, wrote*) is
    left out."""
    s, e = r
    if toks[s].pos in ("SCONJ", "ADP") and toks[s].lower not in AGENT_PREPS:
        # "After winning Ohio, Gov. John Kasich said": a fronted clause or phrase before the
        # subject, which the parse may hang on the name (an -ing word read as its adjective)
        comma = next((j for j in range(s + 1, e - 1) if toks[j].text == "," and not toks[j].quoted), None)
        if comma is not None and not any(toks[j].pos in ("VERB", "AUX") for j in range(comma + 1, e)):
            got = _checked(toks, (comma + 1, e), content, lang)
            if got is not None:
                return got
    got = _checked(toks, r, content, lang)
    while got is None and toks[s].pos in BAD_FIRST and toks[s].text not in OPENERS:
        comma = next((j for j in range(s + 1, e - 1) if toks[j].text == ","), None)
        if comma is None:
            break
        s = comma + 1
        got = _checked(toks, (s, e), content, lang)
    if got is None and lang == "en":
        comma = next((j for j in range(e - 2, r[0], -1) if toks[j].text == ","), None)
        if comma is not None and _capitalised_name(toks, (comma + 1, e)):
            return comma + 1, e  # "Last September, when …, Babar says": the name after the clause
    return got


def _capitalised_name(toks: list[Tok], r: Range, verbs_too: bool = False) -> bool:
    """One to four capitalised words, no verb among them: a name, whatever the tagger made of
    it (*Bright* read as an adjective; right after an inverted cue, *says Suckling*, even a
    word read as a verb)."""
    words = [toks[j] for j in range(*r)]
    bad = ("AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET") if verbs_too else ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET")
    return 1 <= len(words) <= 4 and all(t.is_word and t.is_upper and not t.quoted and t.pos not in bad
                                        and t.lower not in RELATIVES for t in words)


PLAIN_FIRST = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "one", "two", "three"})
PLAIN_PREPS = frozenset({"of", "by", "for", "at", "from", "in"})  # inside a noun phrase: "an average of polls by X"


def plain_phrase(toks: list[Tok], r: Range, after_cue: bool = False) -> bool:
    """A speaker a pattern put in a fixed place (*"…," X said*, *according to X*) that the parse
    misread: a name (capitalised words), or a determiner and up to six words with no verb of a
    clause (*a company executive*, *the Real Clear Politics polling average*)."""
    words = [toks[j] for j in range(*r)]
    if any(time_word(t.lower, "en") for t in words):
        return False
    if _capitalised_name(toks, r, after_cue):
        return True
    if len(words) == 1 and words[0].lower in QUANTIFIER_HEADS["en"] - {"all", "both"}:
        j = r[0] - 1  # "most said", "– many believe": a clause opens on it (not "for many state …")
        return j < 0 or toks[j].text in (",", ";", ":", "—", "–", "-", ".") or toks[j].pos == "CCONJ"
    if not 2 <= len(words) <= 10 or words[0].lower not in PLAIN_FIRST and words[0].pos != "NUM":
        return False  # ("Six in 10 Republicans said")
    last = words[-1]
    return all(t.is_word and not t.quoted and (t.pos not in ("AUX", "ADP", "SCONJ", "CCONJ", "PRON")
                                               or t.pos == "ADP" and t.lower in PLAIN_PREPS and t is not last)
               and t.lower not in RELATIVES and (t.pos != "VERB" or t.lower.endswith("ing") and t is not last)
               for t in words[1:]) and last.pos in ("NOUN", "PROPN", "ADJ", "X", "NUM") \
        and (words[0].pos != "NUM" or last.pos in ("NOUN", "PROPN", "ADJ") and last.is_word)


def _in_place(toks: list[Tok], r: Range, cue: Range) -> bool:
    """The phrase stands right before its cue (adverbs, auxiliaries, a negation between) or right
    after it: where a subject stands."""
    if r[1] <= cue[0]:
        return all(toks[j].pos in ("ADV", "AUX", "PART") for j in range(r[1], cue[0]))
    return r[0] == cue[1]


def _checked(toks: list[Tok], r: Range, content: Range, lang: str) -> Range | None:
    s, e = whole_name(toks, r, content)
    if e - s == 1 and toks[s].is_upper and toks[s].is_word and s > 0 and toks[s - 1].pos == "VERB" \
            and not toks[s - 1].is_upper and (e == len(toks) or not toks[e].is_word):
        return s, e  # "…, zegt Geens.": a name right after its verb, whatever the tagger calls it
    if e - s == 1 and toks[s].is_word and sum(ch.isupper() for ch in toks[s].text) >= 2 and toks[s].pos != "VERB":
        return s, e  # an acronym (*volgens SP.A*, *N-VA*), whatever the tagger calls it
    while s > 1 and hyphen_bound(toks, s) and toks[s].pos != "PRON":  # "cyber-security analysts"
        s -= 2
    r = trimmed(toks, (s, e), lang)
    if r[1] - r[0] == 1 and toks[r[0]].lower in RELATIVES:
        found = antecedent(toks, r[0])
        if found is None and lang == "en" and toks[r[0]].lower == "who":
            return r  # "… donors who backed …" with no noun the parse hangs it on: the relative
            # pronoun as written, as a pronoun speaker is kept ("he")
        r = found or r
    return r if is_noun_phrase(toks, r, lang) else None


def whole_name(toks: list[Tok], r: Range, content: Range) -> Range:
    """A speaker that ends inside a name is carried to the name's end: the parser can hang a
    surname elsewhere (*de klokkenluider Christopher | Wylie*, *Wylie* tagged X)."""
    s, e = r
    if e < len(toks) and toks[e - 1].pos == "NOUN" and not toks[e - 1].is_upper and toks[e].pos == "PROPN" \
            and toks[e].is_upper and not toks[e].quoted and not content[0] <= e < content[1]:
        k = e
        while k < len(toks) and toks[k].pos in ("PROPN", "X") and toks[k].is_upper:
            k += 1
        if k == len(toks) or not toks[k].is_word:  # "de kanselier | Karl Weber." (the name read as an object)
            e = k
    while (e < len(toks) and toks[e - 1].pos == "PROPN" and toks[e].pos in ("PROPN", "X")
           and toks[e].is_upper and toks[e].start - toks[e - 1].end <= 1 and not toks[e].quoted
           and not content[0] <= e < content[1]):
        e += 1
    return s, e


INFINITIVE_MARKS = {"te", "to", "zu"}


def is_object_before(toks: list[Tok], r: Range, cue: Range) -> bool:
    """The phrase before an infinitive cue is the cue verb's object, not its subject (*zonder
    daarbij de identiteit van de sporter te onthullen*: the identity reveals nothing)."""
    if r[1] > cue[0] or cue[0] == 0 or toks[cue[0] - 1].lower not in INFINITIVE_MARKS:
        return False  # only an infinitive: "heeft een legerwoordvoerder gezegd" has its subject there
    return any(toks[k].dep in ("obj", "iobj") and cue[0] <= toks[k].head < cue[1] for k in range(*r))


AGENT_PREPS = {"by", "door", "von", "par"}


def after_preposition(toks: list[Tok], r: Range) -> bool:
    """The phrase is the object of a preposition right before it (*On the campaign trail, Mrs.
    Clinton pledges*, *In addition to worrying*, *As a result*): an adverbial, never who
    speaks; only a passive's agent (*by X*) is."""
    j = r[0] - 1
    return (j >= 0 and toks[j].pos == "ADP" and toks[j].lower not in AGENT_PREPS
            and r[0] <= toks[j].head < r[1] and toks[j].dep == "case")


def heads_clause(toks: list[Tok], r: Range, cue: Range) -> bool:
    """The phrase stands right before its cue, only adverbs and auxiliaries between: the
    subject of a clause that a conjunction tagged as a preposition opens (*after Republican
    contender Donald Trump told …*)."""
    return r[1] <= cue[0] and all(toks[j].pos in ("ADV", "AUX") for j in range(r[1], cue[0]))


def only_names(toks: list[Tok], r: Range) -> bool:
    """The range is a few capitalised words and no verb: names and titles (a credit line:
    *Stephen Tayo. Creative Director: Ade Samuel*; a title-case headline quote has a verb)."""
    words = [toks[j] for j in range(*r) if toks[j].is_word]
    return 0 < len(words) <= 12 and all(t.is_upper and t.pos not in ("VERB", "AUX") for t in words)


def is_sentencing(toks: list[Tok], cue: tuple[int, int], lx) -> bool:
    """*veroordeeld tot vijf jaar*, *condemned to death*: a court's sentence, not a claim
    (``sentence-verb`` and ``sentence-prep`` in ``claims_grammar.tsv``)."""
    verb = next((k for k in range(*cue) if lx.is_(toks[k], "sentence-verb")), None)
    return verb is not None and verb + 1 < len(toks) and lx.is_(toks[verb + 1], "sentence-prep")


APPOSITION_FIRST = {"DET", "PROPN", "NOUN", "ADJ", "PRON"}  # not an age ("Tom Baker, 18, from Leeds")
APPOSITION_MAX = 16  # words


def _closes_at_cue(toks: list[Tok], b: int, cue: Range) -> int:
    """The comma closing a phrase before the cue (*…, also said*, *…, has said*), or 0."""
    end = cue[0]
    while end > b + 1 and toks[end - 1].pos in ("ADV", "AUX"):
        end -= 1
    return end - 1 if end > b and toks[end - 1].text == "," else 0


def with_apposition(toks: list[Tok], r: Range, cue: Range, content: Range, lang: str = "") -> Range:
    """The speaker with the apposition that names who they are, as annotators mark it:
    *Anna Berg, the head of the union, said* / *…, said Anna Berg, the head of the union.*
    A comma-bounded noun phrase (no verb) right after the speaker that ends at the cue (left
    speakers) or at the end of the sentence (right speakers) joins it. Dutch: the apposition's
    first word may be a title the tagger reads as a verb (*zegt X, expert Vlees bij Y*), and a
    relative clause closing the sentence after a right speaker is part of it (*zegt X, die vijf
    maanden in Rwanda verbleef*) unless it reports something itself."""
    a, b = r
    if lang == "nl":
        rel = _dutch_relative_tail(toks, r, cue, content)
        if rel is not None:
            return rel
    if b < cue[0] and a >= 2 and toks[a - 1].text == "," and toks[a - 2].pos == "PROPN" \
            and _closes_at_cue(toks, b, cue) == b and not any(toks[j].pos in ("VERB", "AUX") for j in range(a, b)):
        n0 = a - 2  # "Berg, a former mayor, said": the parse's subject is the apposition
        while n0 > 0 and toks[n0 - 1].pos == "PROPN" and a - n0 < 6:
            n0 -= 1
        if n0 == 0 or not toks[n0 - 1].is_word or toks[n0 - 1].pos in ("CCONJ", "SCONJ"):
            return (n0, b)
    if b >= len(toks) or toks[b].text != "," or b + 1 >= len(toks):
        return r
    first = toks[b + 1]
    title_verb = lang == "nl" and first.pos == "VERB" and not first.is_upper and _not_a_cue(first, lang)
    if first.quoted or not first.is_word or first.pos not in APPOSITION_FIRST and not title_verb \
            or first.lower in RELATIVES:
        return r
    if b < cue[0]:  # left speaker: the apposition closes with a comma right before the cue
        end = _closes_at_cue(toks, b + 1, cue)
        if not end:
            return r
    elif r[0] >= cue[1] and not (content[0] <= b < content[1]):  # right speaker to the sentence end
        end = b + 1
        while end < len(toks) and end - b <= APPOSITION_MAX + 1 and not toks[end].quoted \
                and toks[end].text not in (".", "!", "?", ";", ":", "(", ")") \
                and not (toks[end].text == "," and end + 1 < len(toks) and (
                    toks[end + 1].pos == "ADP" or toks[end + 1].lower in RELATIVES)):
            end += 1  # (", op het onderzoek" after it hangs on the verb, not on the name; ", who
            # notes …" is a clause about the apposition's person, after it)
        if content[0] > b and end > content[0]:
            end = content[0]
        while end > b + 1 and (toks[end - 1].text in (",", "'", "’") or not toks[end - 1].is_word):
            end -= 1
    else:
        return r
    if end <= b + 1 or end - b - 1 > APPOSITION_MAX:
        return r
    if any(toks[j].pos in ("VERB", "AUX") and not (j == b + 1 and title_verb)
           and not _participle_modifier(toks, j, b + 1, end)
           or toks[j].quoted or toks[j].lower in RELATIVES for j in range(b + 1, end)):
        return r
    return (a, end)


def _not_a_cue(t: Tok, lang: str) -> bool:
    from .lexicon import lexicon

    lx = lexicon(lang)
    return t.lemma not in lx.verbs and t.lower not in lx.verbs and t.lemma not in lx.particle_verbs


DUTCH_RELATIVES = frozenset({"die", "dat"})


def _dutch_relative_tail(toks: list[Tok], r: Range, cue: Range, content: Range) -> Range | None:
    """*…, zegt X, die vijf maanden in Rwanda verbleef.*: a right speaker followed by a comma and
    a relative clause that runs to the sentence end, with no quotation and no reporting verb of
    its own, takes the clause in."""
    a, b = r
    if not (a >= cue[1] and content[1] <= cue[0]) or b + 2 >= len(toks) or toks[b].text != "," \
            or toks[b + 1].lower not in DUTCH_RELATIVES or toks[b + 1].quoted:
        return None
    end = b + 2
    while end < len(toks) and toks[end].text not in (".", "!", "?", ";", ":") and end - b <= APPOSITION_MAX:
        if toks[end].quoted or toks[end].text in ('"', "'", "“", "”") or not _not_a_cue(toks[end], "nl") \
                or toks[end].text == "," or toks[end].lower in ("dat", "of"):  # "die eraan toevoegt dat …"
            return None
        end += 1
    if end >= len(toks) or toks[end].text not in (".", "!", "?") or end - b - 1 < 3:
        return None
    return a, end


def _participle_modifier(toks: list[Tok], j: int, a: int, b: int) -> bool:
    """A past participle that qualifies a noun of the phrase (*a customer based in Boston*, *a
    group known for …*): no verb of a clause."""
    return toks[j].dep == "acl" and toks[j].lower.endswith("ed") and a <= toks[j].head < j


def with_role_before(toks: list[Tok], r: Range, cue: Range) -> Range:
    """A name after its role and a comma, closed by a comma before the cue (*Carter's press
    secretary, Peter Cook, told …*): the role is part of the speaker, as annotators mark it. The
    role is a noun phrase (no verb, a common noun last) from the sentence start."""
    a, b = r
    if a < 2 or toks[a - 1].text != "," or b >= cue[0] or _closes_at_cue(toks, b, cue) != b \
            or toks[a].pos != "PROPN":
        return r
    s = a - 1
    while s > 0 and (toks[s - 1].is_word or toks[s - 1].text in ("'s", "’s")) and not toks[s - 1].quoted \
            and a - s <= 8:
        s -= 1
    if s > 0 and toks[s - 1].text == ",":
        return r  # only at the sentence start (after a comma the phrase may be anything)
    words = list(range(s, a - 1))
    if not words or toks[a - 2].pos != "NOUN" or any(toks[j].pos in ("VERB", "AUX", "ADP", "PRON") and
                                                    toks[j].text not in ("'s", "’s") for j in words):
        return r
    return (s, b)


TITLE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})
ARTICLES = frozenset({"the", "a", "an"})
NOT_TITLE = frozenset({"no", "not", "every", "each", "this", "that", "these", "those", "such"})
TITLE_MAX = 8  # words of a role before a name
TITLE_STARTS = frozenset({".", "!", "?", ",", ";", ":", "—", "–", '"', "”", "“", "(", "''"})


def with_title(toks: list[Tok], r: Range, cue: Range, lang: str) -> Range:
    """A name before its cue with the role written right before it, as annotators mark it
    (*Ohio delegate Mary Stone said*, *the club's spokesman Tom Hill said*): a run of nouns,
    adjectives and names, a common noun among them, from the start of the sentence or a comma
    up to the name. The parser often hangs the role elsewhere or makes it a subject of its own."""
    a, b = r
    if b > cue[0] or not (toks[a].pos == "PROPN" and toks[a].is_upper) or a == 0:
        return r
    j = a
    while j > 0 and a - j < TITLE_MAX and not toks[j - 1].quoted and (
            toks[j - 1].pos in TITLE_POS or toks[j - 1].text in ("'s", "’s")) \
            and not (toks[j - 1].pos == "DET" and toks[j - 1].lower not in ARTICLES) and toks[j - 1].lower not in NOT_TITLE \
            and toks[j].start - toks[j - 1].end <= 1 and toks[j - 1].text.replace("-", "").replace("'", "").replace("’", "").isalpha() \
            and not time_word(toks[j - 1].lower, lang) and toks[j - 1].lower not in RELATIVES:
        j -= 1  # (on one line: a paragraph break or a clock time ends the run)
    if j == a or not (j == 0 or toks[j - 1].text in TITLE_STARTS):
        return r
    if not any(toks[x].pos in ("NOUN", "ADJ") and toks[x].text.islower() for x in range(j, a)):
        return r  # names only: two people, or a place before a name the parse split
    return j, b


ADDRESSEE_PREPS = {"aan", "tegen", "gegenüber"}  # "zou X aan de weduwe hebben gezegd"


def without_addressee(toks: list[Tok], r: Range) -> tuple[Range, Range | None]:
    """The speaker without the one it spoke to, which an inverted subject's parse takes along
    (*zou Donald Trump | aan de weduwe van een soldaat | hebben gezegd*): (speaker, addressee)."""
    s, e = r
    for j in range(s + 1, e - 2):
        if toks[j].text == ",":
            break  # "Jan Peeters, hoogleraar aan de universiteit": an apposition, not an addressee
        if toks[j].lower in ADDRESSEE_PREPS and toks[j].pos == "ADP" and toks[j - 1].pos == "PROPN" \
                and toks[j + 1].pos == "DET" and toks[j + 2].pos in ("NOUN", "ADJ") and not toks[j + 2].is_upper \
                and not any(toks[x].pos == "PROPN" for x in range(j + 1, e)):  # "Professor aan de universiteit Jan X"
            return (s, j), (j + 1, e)
    return r, None


FIRST_PERSON_CLAIMS = {"en"}  # PolNeAR marks "I think …" inside a quote as an attribution


def first_person(toks: list[Tok], r: Range, lang: str, lx) -> bool:
    """*Ik vind …*, *we denken …*: in Dutch, German and French news the words of someone
    already quoted (Flemish papers often print quotes without marks), not a claim of its own;
    our annotated sets hold one such speaker in 255."""
    return (lx is not None and lang not in FIRST_PERSON_CLAIMS and r[1] - r[0] == 1
            and lx.is_(toks[r[0]], "pron") and lx.is_(toks[r[0]], "speech"))


def check_speakers(toks: list[Tok], found: list, lang: str, lx=None) -> list:
    """Drop the claims whose cue is half of a hyphenated word; clear speakers (and the
    addressees and reporters) that are not noun phrases. Returns the claims kept."""
    kept = []
    rescued: set[Range] = set()
    for f in found:
        if f.kind != "quote" and hyphen_bound(toks, f.cue[0]):
            continue
        if lx is not None and is_sentencing(toks, f.cue, lx):
            continue
        k = f.cue[0]
        if f.kind != "quote" and toks[k].dep == "acl" and toks[k].pos == "VERB" \
                and not any(toks[j].head == k and toks[j].dep.startswith("nsubj") for j in range(max(0, k - 12), k)):
            # (a cue with a subject of its own heads a clause, however the parse hangs it:
            # "Early Tuesday, the ministry disclosed …")
            f.speaker = _subject_of_clause_before(toks, k) or noun_before(toks, k)  # "a memo announcing that …": the memo
        if f.speaker is not None and f.kind != "colon":
            f.speaker, told = without_addressee(toks, f.speaker)
            if told is not None and f.addressee is None:
                f.addressee = told
        if f.speaker is not None and f.kind != "colon":
            # (a "Name: …" speaker is a run of capitalised words by its rule; the tagger may call
            # an unknown name anything: *Puigdemont* ADP)
            proposed = f.speaker
            f.speaker = checked(toks, f.speaker, f.content, lang)
            if f.speaker is None and lang == "en" and toks[f.cue[0]].is_word \
                    and (f.kind in ("quote", "according") or proposed in rescued
                         or _in_place(toks, trimmed(toks, proposed, lang), f.cue)
                         and (toks[f.cue[0]].pos == "VERB" or toks[trimmed(toks, proposed, lang)[1] - 1].pos != "ADJ")) \
                    and plain_phrase(toks, trimmed(toks, proposed, lang), f.kind == "quote" and proposed[0] == f.cue[1]):
                f.speaker = trimmed(toks, proposed, lang)
                rescued.add(proposed)  # (a participle after the quote shares it: "…, describing …")
            if f.speaker is None and lang == "en" and f.kind == "according":
                rel = next((j for j in range(proposed[0] + 2, proposed[1]) if toks[j].lower in ("who", "that", "which")
                            and toks[j - 1].pos in ("NOUN", "PROPN")), None)
                if rel is not None and plain_phrase(toks, (proposed[0], rel)):
                    f.speaker = (proposed[0], rel)  # "according to a senior adviser who requested …"
        if f.speaker is not None and is_object_before(toks, f.speaker, f.cue):
            f.speaker = None
        if f.speaker is not None and lang == "de" and f.kind != "according" and toks[f.speaker[0]].pos == "DET" \
                and toks[f.speaker[0]].lower in NOT_NOMINATIVE_DE:
            f.speaker = None  # "dem roten Teppich …": a dative or genitive phrase is no subject
            # (after "laut" / "zufolge" it is the source: "Den Demonstranten zufolge")
        if f.speaker is not None and f.kind not in ("according", "noun", "colon") and after_preposition(toks, f.speaker) \
                and not heads_clause(toks, f.speaker, f.cue):
            f.speaker = None
        if f.kind == "colon" and (f.speaker is None or only_names(toks, f.content)):
            continue  # "Lire : …", "Photographer: Stephen Tayo": a label, not someone speaking
        if f.reported_by is not None:
            f.reported_by = checked(toks, f.reported_by, f.content, lang)
        if f.speaker is not None and first_person(toks, f.speaker, lang, lx):
            if f.reported_by is None:
                continue
            # "Ik hoop dat het snel voorbij is, aldus Jan Peeters": the first person's words,
            # "Ik" and all, are the claim of the one named after them, told by "aldus"
            first = f.speaker[0]
            f.speaker, f.reported_by = f.reported_by, None
            f.content = (min(first, f.content[0]), f.content[1])
            if f.cue_parts:
                f.cue, f.cue_parts, f.kind = f.cue_parts[-1], [], "according"
        if f.speaker is not None:
            f.speaker = with_apposition(toks, f.speaker, f.cue, f.content, lang)
            if lang == "en":
                f.speaker = with_role_before(toks, f.speaker, f.cue)
            if lang == "en":
                f.speaker = with_title(toks, f.speaker, f.cue, lang)
        kept.append(f)
    return kept
