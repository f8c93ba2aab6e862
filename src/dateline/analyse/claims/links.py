"""Stance links between claims: which later claim disputes or confirms which earlier one.

A link is only made between claims of different speakers (two speakers are the same side
when their names share a word that is not a role word such as "spokesman"; a pronoun
speaker is the previous speaker). The signals, most precise first:
1. A stance cue whose object names a claim ("zetten vraagtekens bij de claim", "denied the
   report"): the nearest earlier claim of another speaker.
2. A stance cue with a clause ("denied that …", "denied hitting civilians"): the earlier
   claim sharing two content words, else the other party's account (see ``_account``).
3. A stance sentence without a claim of its own ("Het ministerie spreekt dat tegen.") gives
   its stance to the next claim ("Volgens een woordvoerder …"), aimed at the claim before it.
4. An emphatic affirmative ("de aanval heeft wel plaatsgevonden", "did take place") confirms
   the claim the last dispute targeted.
5. A rebuttal: "insisted that …" or a claim after "reageerde" / "responded" whose content is
   negated ("not a single kobo", "geen sprake van") disputes the other party's account.
6. A verdict on a referent in the content ("noemt het bericht onzin": disputes; "the data
   showed …": confirms the claim that gave the data).
7. Conflicting figures about the same thing (the same noun, or the same kind of count such as
   dead / injured / arrested by the noun or a trigger in the claim), by different speakers,
   close together: the later disputes the earlier.
Word lists: stance_dispute.txt / stance_confirm.txt (also claim cues), stance_referents.txt
(linker only), and read-only: quantity_nouns.tsv, event_triggers.tsv, number_words.tsv,
speaker_pronouns.txt.
"""

from __future__ import annotations

from functools import lru_cache

from ...lang import load_list, load_table
from .lexicon import ClaimLexicon, lemma
from .rules import Found
from .text import END_PUNCT, Tok

GAP = 3  # words a "*" in a stance_referents.txt phrase may stand for
BARE_ANSWER = 8  # tokens: the longest claim whose only figure may be a bare number
EMPHATIC_WORDS = 15  # longest content read as an emphatic answer
MAX_RATIO = 10  # two counts of one thing by two sources stay within this factor
FIGURE_REACH = 3  # conflicting figures: at most this many claims apart
CURRENCY = frozenset({"$", "€", "£", "¥", "US$"})
REFER_REACH = 6  # claims of other speakers back that a verdict's referent ("the charges") may name
SAID_REFS = frozenset({"charge", "charges", "accusation", "accusations", "allegation", "allegations", "claim", "claims",
                       "assertion", "assertions", "rumor", "rumors", "rumour", "rumours", "suggestion", "story",
                       "beschuldiging", "beschuldigingen", "aantijging", "aantijgingen", "bewering", "beweringen",
                       "Vorwurf", "Vorwürfe", "vorwurf", "vorwürfe", "Behauptung", "behauptung", "allégation",
                       "allégations", "affirmation", "affirmations"})


class LinkWords:
    """The linker's word lists for one language."""

    def __init__(self, lang: str):
        self.tags: dict[str, set[str]] = {}  # single word or lemma -> tags
        self.phrases: list[tuple[tuple[str, ...], str]] = []  # multi-word (with "*") -> tag
        for row in load_list(lang, "stance_referents.txt"):
            text, _, tag = row.partition("\t")
            words = tuple(w.lower() for w in text.split())
            if len(words) == 1:
                for w in {words[0], lemma(words[0], lang)}:
                    self.tags.setdefault(w, set()).add(tag.strip())
            elif words:
                self.phrases.append((words, tag.strip()))
        self.pronouns = {r.split("\t")[0].lower() for r in load_list(lang, "speaker_pronouns.txt")}
        self.pronoun_kind = {r.split("\t")[0].lower(): (r.split("\t")[1].strip() if "\t" in r else "any")
                             for r in load_list(lang, "speaker_pronouns.txt")}
        self.alias: dict[str, str] = {}  # "gop" -> "republican": two names of one side
        for w, tags in self.tags.items():
            for tag in tags:
                if tag.startswith("alias="):
                    self.alias[w] = tag[len("alias="):]
        self.noun_class: dict[str, str] = {}
        for row in load_table(lang, "quantity_nouns.tsv"):
            if len(row) > 1 and row[1] in ("dead", "injured", "arrested", "person"):
                self.noun_class[row[0].lower()] = row[1]
                self.noun_class.setdefault(lemma(row[0], lang), row[1])
        self.role: dict[str, str] = {}  # trigger word -> dead / injured / arrested
        roles = {"fatalities": "dead", "injured": "injured", "arrested": "arrested"}
        for row in load_table(lang, "event_triggers.tsv"):
            if len(row) > 3 and row[3] in roles and " " not in row[0]:
                self.role[row[0].lower()] = roles[row[3]]
        try:  # "Sept. 29": a day of a month is no count
            self.months = {r[0].lower() for r in load_table(lang, "months.txt") if r and r[0]}
        except Exception:  # noqa: BLE001 - a language without a months list
            self.months = set()
        self.scale = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
        self.numbers: dict[str, float] = {}
        for row in load_table(lang, "number_words.tsv"):
            if len(row) > 2 and row[2] in ("unit", "teen", "ten"):
                try:
                    self.numbers[row[0].lower()] = float(row[1])
                except ValueError:
                    pass

    def has(self, t: Tok, tag: str) -> bool:
        return tag in self.tags.get(t.lower, ()) or tag in self.tags.get(t.lemma, ())

    def phrase_at(self, toks: list[Tok], i: int, end: int, tag: str) -> int:
        """End of a ``tag`` phrase starting at ``i`` (0 when none); "*" skips up to GAP words."""
        for words, t in self.phrases:
            if t != tag:
                continue
            k = _match(toks, i, end, words)
            if k:
                return k
        return i + 1 if self.has(toks[i], tag) else 0


def _match(toks, i, end, words) -> int:
    if not words:
        return i
    if words[0] == "*":
        for skip in range(0, GAP + 1):
            k = _match(toks, i + skip, end, words[1:])
            if k:
                return k
        return 0
    if i < end and (toks[i].lower == words[0] or toks[i].lemma == words[0]):
        return _match(toks, i + 1, end, words[1:]) if len(words) > 1 else i + 1
    return 0


@lru_cache(maxsize=None)
def link_words(lang: str) -> LinkWords:
    return LinkWords(lang)


def _content_words(toks: list[Tok], f: Found, lx: ClaimLexicon) -> set[str]:
    return {toks[k].lemma for k in range(*f.content)
            if toks[k].is_word and not toks[k].text.isdigit() and len(toks[k].lower) > 2
            and toks[k].lower not in lx.grammar}


def _speaker_keys(toks, found, lx, lw) -> list[frozenset | None]:
    """Words naming each claim's speaker (None: no speaker); a pronoun takes the last name,
    unless the last name was taken up by a "he" / "she" and the pronoun is a group's ("they":
    "Trump said … He added … They said …" is someone else, not Trump's side). Two names of one
    side ("GOP", "Republicans") share a key word (``alias=`` rows of stance_referents.txt)."""
    keys: list[frozenset | None] = []
    last, last_kind = None, None
    for f in found:
        if f.speaker is None:
            keys.append(None)
            continue
        words = [toks[k] for k in range(*f.speaker) if toks[k].is_word]
        if len(words) == 1 and words[0].lower in lw.pronouns:
            kind = lw.pronoun_kind.get(words[0].lower, "any")
            if kind == "group" and last_kind == "person":
                keys.append(None)  # "They" after "He": not the person's side, nor known
                continue
            keys.append(last)
            if kind in ("person", "group"):
                last_kind = kind
            continue
        key = frozenset(_side_word(t, lw) for t in words if len(t.lower) > 2 and t.lower not in lx.grammar
                        and not lw.has(t, "speaker"))
        keys.append(key or frozenset(t.lower for t in words))
        last, last_kind = keys[-1], None
    return keys


def _side_word(t: Tok, lw: LinkWords) -> str:
    """A speaker word as a side key: its lemma, or the side an alias stands for ("GOP")."""
    return lw.alias.get(t.lower) or lw.alias.get(t.lemma) or t.lemma


NO_TARGET = frozenset({"\0no target"})  # the key of a claim no link may point at


def _same_side(keys, i: int, j: int) -> bool:
    """Same speaker side; also true when claim i may not be a target at all."""
    if keys[i] is NO_TARGET:
        return True
    return keys[i] is not None and keys[j] is not None and bool(keys[i] & keys[j])


def _mark_poor_targets(toks, found, keys, lx, lw) -> None:
    """Claims whose speaker is no subject ("Although he written", "with a court's decision
    to dismiss", "who wrote") or that ask a question are never targets."""
    for i, f in enumerate(found):
        sp = f.speaker
        asks = lw.has(toks[f.cue[0]], "question")
        if sp is None:
            before = toks[f.cue[0] - 1] if f.cue[0] > 0 else None
            if asks or f.stance or before is not None and (lw.has(before, "relative") or before.lower == "to"
                                                           and f.cue[0] < f.content[0]):
                keys[i] = NO_TARGET  # "…, who wrote in his book that …", "a decision to dismiss its
                # argument": a side remark or an unmade act, not a claim someone answers
            continue
        first = toks[sp[0]]
        if (sp[0] >= f.cue[1] or sp[0] >= f.content[1]) and not asks:
            continue  # "…, regional governor Oleh Marchenko said": an inverted subject is fine
        subject = _subject_like(toks, sp, lx, lw) or lw.has(first, "ref")
        if first.lower in lx.grammar and not (lx.is_(first, "det") or lx.is_(first, "poss")
                                              or lx.is_(first, "pron") or first.lower in lw.pronouns):
            subject = False
        if asks or not subject or sp[1] - sp[0] == 1 and lw.has(first, "relative"):
            keys[i] = NO_TARGET


def _deeds(toks, f: Found) -> set[str]:
    """The lemmas of a claim's content that say what was done: its nouns and verbs, no names."""
    return {toks[k].lemma for k in range(*f.content) if toks[k].pos in ("NOUN", "VERB") and not toks[k].is_upper
            or toks[k].pos == "NOUN" and toks[k].is_upper and toks[k].lemma.islower()}


def _account(keys, found, j: int, before: int) -> int | None:
    """The other party's account: the nearest claim before ``before`` by another speaker than
    claim j, moved back to that speaker's first claim ("denied hitting civilians" answers the
    governor's opening claim, not his third sentence)."""
    k = next((i for i in range(before - 1, -1, -1)
              if not _same_side(keys, i, j) and not found[i].referent), None)
    if k is None or keys[k] is None:
        return k
    return next(i for i in range(k + 1) if _same_side(keys, k, i) or i == k)


def _negated(toks, f: Found, lx, lw) -> bool:
    return any((lx.is_(toks[k], "neg") or lw.has(toks[k], "negation") or lw.has(toks[k], "false"))
               and not (k + 1 < len(toks) and toks[k + 1].lower in NOT_ONLY)  # "not only … but"
               for k in range(*f.content))


NOT_ONLY = frozenset({"only", "just", "merely", "alleen", "enkel", "nur", "seulement"})
ACCUSATION_NOUNS = frozenset({"charge", "charges", "accusation", "accusations", "allegation", "allegations",
                              "beschuldiging", "beschuldigingen", "aantijging", "aantijgingen", "vorwurf",
                              "vorwürfe", "anschuldigung", "anschuldigungen", "allégation", "allégations"})
# accusing verbs besides the "accuse" class of stance_referents.txt (accuse, blame: English only)
ACCUSING = frozenset({"allege", "charge", "indict", "beschuldigen", "aanklagen", "verwijten",
                      "vorwerfen", "anklagen", "accuser", "inculper", "reprocher"})


def _accuses(toks, f: Found, lw: LinkWords) -> bool:
    """A claim that accuses: its cue is an accusing verb, it says "allegedly", or its words
    name an accusation."""
    def accusing(t: Tok) -> bool:
        return t.lemma in ACCUSING or lw.has(t, "accuse")
    return f.hedge is not None or any(accusing(toks[k]) for k in range(*f.cue)) \
        or any(toks[k].lower in ACCUSATION_NOUNS or accusing(toks[k]) for k in range(*f.content))


def _sentence_ids(toks: list[Tok]) -> list[int]:
    out, n = [], 0
    for t in toks:
        out.append(n)
        if t.text in END_PUNCT and not t.quoted:
            n += 1
    return out


def _lead_ins(toks, found, lx, lw, sent) -> dict[int, tuple[str, str, int]]:
    """Stance (or response) sentences without a claim: {index of the next claim: (type, cue
    text, index of the first claim after the cue)}."""
    covered = set()
    for f in found:
        covered.update(range(*f.content))
        covered.update(range(*f.cue))
    claim_sents = {sent[f.cue[0]] for f in found}
    out: dict[int, tuple[str, str, int]] = {}
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.quoted or i in covered or sent[i] in claim_sents:
            i += 1
            continue
        kind = None
        end = len(toks)
        for tag, typ in (("dispute", "disputes"), ("confirm", "confirms"), ("respond", "respond")):
            k = lw.phrase_at(toks, i, end, tag)
            if not k and typ != "respond":
                p = (lx.dispute if typ == "disputes" else lx.confirm).match_at(toks, i)
                k = i + len(p.words) if p and p.tag != "emphatic" else 0
            if k:
                kind = typ
                break
        if kind is None or kind != "respond" and not any(
                lw.has(toks[x], "pointer") or lw.has(toks[x], "ref") for x in range(i, min(len(toks), k + 3))):
            i += 1  # "ontkent iedere betrokkenheid": no pointer to an earlier claim
            continue
        nxt = next((n for n, f in enumerate(found) if min(f.cue[0], f.content[0]) > i), None)
        if nxt is not None and sent[found[nxt].cue[0]] - sent[i] <= 1 and nxt not in out:
            out[nxt] = (kind, " ".join(x.text for x in toks[i:k] if x.is_word), i)
        i = k
    return out


def _speaks_for(toks, f: Found, at: int, sent, lx, lw) -> bool:
    """Does claim f speak for the subject of the stance sentence at ``at``? Its speaker names
    the same party ("Het ministerie spreekt dat tegen. Volgens het ministerie …") or is only a
    role or pronoun ("een woordvoerder", "he"), or opens with a possessive ("hun advocaat")."""
    if f.speaker is None:
        return False

    def names(a, b):
        return {toks[k].lemma for k in range(a, b) if toks[k].is_word and len(toks[k].lower) > 2
                and toks[k].lower not in lx.grammar and not lw.has(toks[k], "speaker")
                and toks[k].lower not in lw.pronouns}
    if lx.is_(toks[f.speaker[0]], "poss"):
        return True  # "hun advocaat", "its spokesman": speaks for the subject before it
    mine = names(*f.speaker)
    start = at
    while start > 0 and sent[start - 1] == sent[at]:
        start -= 1
    return not mine or bool(mine & names(start, at))


def _number(t: Tok, lw: LinkWords) -> float | None:
    raw = t.text.replace(".", "").replace(",", "")
    if raw.isdigit():
        v = float(raw)
        return None if 1900 <= v <= 2100 and len(raw) == 4 else v  # a year
    return lw.numbers.get(t.lower)


def _figures(toks, f: Found, lw: LinkWords) -> list[tuple[float, str | None, str | None]]:
    """(value, noun lemma or None, kind of count or None) for each number in the content:
    "40 soldaten hebben gedood" -> (40, "soldaat", "dead"); "19 doden" -> (19, None, "dead");
    a bare "hooguit 2500" -> (2500, None, None); "5000 deelnemers" (a noun that is no listed
    count noun) -> (5000, "deelnemer", "?"), which only a bare number can answer."""
    a, b = f.content
    role = next((lw.role[toks[k].lower] for k in range(a, b) if toks[k].lower in lw.role), None)
    out = []
    for k in range(a, b):
        v = _number(toks[k], lw)
        if v is None:
            continue
        prev = toks[k - 1] if k > 0 else None
        if prev is not None and (prev.text in CURRENCY or prev.is_upper and prev.lower.rstrip(".") in lw.months):
            continue  # "$300 million", "Sept. 29": money and dates are no counts of anything
        nxt = toks[k + 1] if k + 1 < b else None
        if nxt is not None and nxt.text in ("-", "–") and nxt.start == toks[k].end and k + 2 < b:
            nxt = toks[k + 2]  # "the 30-date tour": the number belongs to the noun after the hyphen
            out.append((v, nxt.lemma, "?"))
            continue
        if nxt is not None and lw.has(nxt, "scale"):  # "2 million people"
            v, nxt = v * lw.scale.get(nxt.lower, 1), toks[k + 2] if k + 2 < b else None
        if nxt is not None and (nxt.text in ("%", "percent") or lw.has(nxt, "unit")):
            continue  # "25.2%", "$117.9 million", "nearly 25 years": a share, a sum or a span
        if nxt is None or not nxt.is_word:
            out.append((v, None, None))
            continue
        cls = lw.noun_class.get(nxt.lower) or lw.noun_class.get(nxt.lemma)
        if cls in ("dead", "injured", "arrested"):
            out.append((v, None, cls))
        elif cls == "person":
            out.append((v, nxt.lemma, role or ("?" if lw.has(nxt, "generic") else "")))
        else:
            out.append((v, nxt.lemma, "?"))
    return out


def _conflict(mine, theirs) -> bool:
    """Different numbers for the same count, and never the same number too. A kind "?" (a
    noun that says nothing about what happened) only meets a bare number."""
    def same_thing(x, y):
        (_, n1, r1), (_, n2, r2) = x, y
        if n1 is None and r1 is None or n2 is None and r2 is None:  # a bare number
            return True
        if r1 == "?" or r2 == "?":
            return False
        if r1 and r2 and r1 != r2:
            return False
        if n1 and n2:
            return n1 == n2
        return bool(r1 and r2)
    pairs = [(x, y) for x in mine for y in theirs if same_thing(x, y)]
    return bool(pairs) and all(x[0] != y[0] for x, y in pairs) and any(
        max(x[0], y[0]) <= MAX_RATIO * min(x[0], y[0]) for x, y in pairs)


def _conflicting_figures(toks, found, keys, j, lw) -> int | None:
    def bare(x):
        return x[1] is None and x[2] is None
    if found[j].kind == "colon":
        return None  # "Age: 19" / "Size: 6-foot-6": a fact sheet, not two sources
    mine = _figures(toks, found[j], lw)
    if not mine:
        return None
    a, b = found[j].content
    bare_only = all(bare(x) for x in mine)
    if bare_only and b - a > BARE_ANSWER:
        return None  # a bare figure only answers in a short claim ("waren het er hooguit 2500")
    mine = mine if bare_only else [x for x in mine if not bare(x)]
    for i in range(j - 1, max(-1, j - 1 - FIGURE_REACH), -1):
        if _same_side(keys, i, j) or found[i].stance or found[i].kind == "colon":
            continue
        theirs = [x for x in _figures(toks, found[i], lw) if not bare(x)]
        if not theirs:
            continue
        hit = _conflict(mine, theirs)
        if bare_only:
            return i if hit and i == j - 1 else None  # it answers the claim right before it
        if hit:
            return i
    return None


def _best_overlap(words, keys, j: int, min_shared: int) -> int | None:
    best, best_n = None, min_shared - 1
    for i in range(j - 1, -1, -1):
        if _same_side(keys, i, j):
            continue
        n = len(words[i] & words[j])
        if n > best_n:
            best, best_n = i, n
    return best


def _denied(words, keys, found, j: int, sent, names: set[str] = frozenset(),
            verbs: set[str] = frozenset()) -> int | None:
    """What a denial with a clause answers, when no earlier claim shares two words with it:
    the account of the nearest earlier speaker sharing a word that is no name ("hit" answers "the
    missiles hit the fish stalls"; "Ukraine", the topic of a whole hearing, answers nothing: on a
    real page it had tied a denial of a press portrayal to another witness's fears); else a
    later claim of another
    speaker sharing a word ("Iran ontkent dat het wapens levert. Volgens inlichtingendiensten
    heeft Iran drones geleverd."); else nothing: a denial that shares no word with any claim
    answers the article's own narrative or something unreported, and a wrong link is worse
    than a missing one."""
    deeds = words[j] - names  # a name is the story's topic, shared by every claim in it

    def answers(i: int) -> bool:  # one shared verb ("hit"), or two shared words; one shared
        shared = words[i] & deeds  # noun ties too much ("relationship" in a family feud)
        return len(shared) >= 2 or bool(shared & verbs)
    one = next((i for i in range(j - 1, -1, -1) if not _same_side(keys, i, j) and answers(i)), None)
    if one is not None:
        first = _account(keys, found, j, one + 1)
        # back to that speaker's opening claim only when it is about the same thing too
        return first if first is not None and words[first] & deeds else one
    later = next((i for i in range(j + 1, min(len(found), j + 1 + FIGURE_REACH))
                  if not _same_side(keys, i, j) and answers(i) and not found[i].stance
                  and found[i].speaker is not None  # a later quote nobody is named for answers no one
                  and sent[found[i].cue[0]] > sent[found[j].cue[0]]), None)
    return later


def _bare_referent(toks, f: Found, lx, lw) -> bool:
    """An English stance object that opens with a bare plural naming claims ("denied allegations
    of wrongdoing", "rejected claims that …"): allegations in general, no earlier claim in
    particular; it is answered like a clause, by the words it shares, if at all."""
    a, b = f.content
    t = toks[a]
    return lx.lang == "en" and lw.has(t, "ref") and t.lower != t.lemma and t.lower.endswith("s") \
        and not (a > 0 and (lx.is_(toks[a - 1], "det") or lx.is_(toks[a - 1], "poss") or lw.has(toks[a - 1], "pointer")))


def _pointer_referent(toks, f: Found, lw) -> bool:
    """A stance object the claim rules read as a clause after "that": "rejected that charge",
    "denied these accusations" (a pointer right after the cue, then a noun naming a claim and
    at most three words more)."""
    a, b = f.content
    return bool(f.stance) and not f.referent and a - 1 == f.cue[1] and lw.has(toks[a - 1], "pointer") \
        and toks[a - 1].is_word and lw.has(toks[a], "ref") and b - a <= 4


def _inside_other(f: Found, found: list[Found]) -> bool:
    """The speaker lies in another claim's content ("… had been tortured and denied a fair
    trial": the "denial" is part of what someone else said)."""
    if f.speaker is None:
        return False
    return any(g is not f and g.content[0] <= f.speaker[0] < g.content[1] for g in found)


def _names_claim(toks, f: Found, lx, lw) -> bool:
    """The object of a stance cue names a claim ("the report", "dat", "de beschuldiging van de
    politie"), rather than a deed ("denied hitting civilians", which is answered like a clause)."""
    a, b = f.content
    return any(lw.has(toks[k], "ref") or toks[k].lemma in lx.reporting_nouns for k in range(a, b)) \
        or (b - a == 1 and lw.has(toks[a], "pointer"))


def _subject_like(toks, sp, lx, lw) -> bool:
    """A speaker that opens like a subject: a capital, a determiner, a possessive or a pronoun."""
    if sp is None:
        return False
    first = toks[sp[0]]
    return first.is_upper or lx.is_(first, "det") or lx.is_(first, "poss") or first.lower in lw.pronouns


def _plain_speaker(toks, f: Found, found, lx, lw) -> bool:
    """A stance claim links only with a plain subject: a name, a "the …" phrase or a pronoun,
    right before the cue (auxiliaries and adverbs between) or right after it. Rejects the
    nouns the stance lexicon also matches ("The most important question", "the NYAG's
    questions", "always denied", "After questioning")."""
    sp = f.speaker
    if not _subject_like(toks, sp, lx, lw):
        return False
    first, last = toks[sp[0]], toks[sp[1] - 1]
    if lx.is_(first, "prep") or any(lx.is_(toks[k], "comp") for k in range(*sp)) \
            or lx.lang == "en" and first.lower.endswith("ing") and sp[1] - sp[0] > 1:
        return False  # "After questioning", "the first time that members questioned", "Starting with a …"
    a, b = f.content
    gerund = lx.lang == "en" and toks[a].lower.endswith("ing")  # "denied hitting (civilians)"
    words = sum(1 for k in range(a, b) if toks[k].is_word)
    if toks[a].text in (",", ";", ":", ".") or words < 2 and not gerund and not (
            f.referent and _names_claim(toks, f, lx, lw)):
        return False  # "questions, but", "question raised": a noun, not a stance
    if last.lower.endswith(("'s", "’s")) or last.lower.endswith("ly") or not last.is_word \
            or last.lower in lx.grammar and not lx.is_(last, "pron") or lw.has(first, "nonsubject"):
        return False  # "a means of dismissing", "There's no dispute"
    if sp[0] >= f.cue[1]:
        return True
    gap = range(sp[1], f.cue[0])
    if any(g is not f and g.speaker == sp and sp[1] <= g.cue[0] < f.cue[0] for g in found):
        return True  # "The ministry said … and denied …": a shared subject
    return len(gap) <= 2 and all(lx.is_(toks[k], "aux") or lx.is_(toks[k], "adv") or toks[k].pos == "ADV"
                                 and toks[k].is_word for k in gap)  # "have twice denied"


def _content_names(toks, f: Found, lx, lw) -> set[str]:
    """Name words in a referent phrase: "politie" in "de beschuldiging van de politie"."""
    return {toks[k].lemma for k in range(*f.content) if toks[k].is_word and len(toks[k].lower) > 2
            and toks[k].lower not in lx.grammar and not lw.has(toks[k], "ref")
            and not lw.has(toks[k], "speaker")}


def _negated_cue(toks, f: Found, lx) -> bool:
    """'could not independently verify': a stance cue under negation states no stance."""
    return any(lx.is_(toks[k], "neg") for k in range(max(0, f.cue[0] - 3), f.cue[0]))


def _verdict(toks, f: Found, lw, lx) -> str | None:
    """'noemt het bericht onzin' -> disputes; 'the data showed …' -> confirms; a negated
    content naming a source ("did not recognise the picture painted in the review") -> disputes
    (``_referred`` then wants the claim that source made)."""
    a, b = f.content
    ref = next((k for k in range(a, min(b, a + 3)) if lw.has(toks[k], "ref") and k > 0 and (
        k > a or lw.has(toks[k - 1], "pointer")) and (  # "said that claim was untrue": "that" read as "dat"
        lx.is_(toks[k - 1], "det") or lx.is_(toks[k - 1], "poss") or lw.has(toks[k - 1], "pointer"))
        or lw.has(toks[k], "pointer") and k == a and f.kind == "object"), None)  # "the report", "noemt dat onzin"
    if ref is None:
        if any(lw.has(toks[k], "ref") for k in range(a, b)) and any(lx.is_(toks[k], "neg") for k in range(a, b)):
            return "disputes?"
        return None
    rest = range(ref + 1, b)
    if any(lw.has(toks[k], "false") for k in rest):
        return "disputes"
    if ref + 1 < b and lw.has(toks[ref], "ref") and lw.phrase_at(toks, ref + 1, b, "show"):
        return "confirms"
    return None


def link_claims(toks: list[Tok], found: list[Found], lx: ClaimLexicon, body: str) -> list[list[dict]]:
    """Links per claim (same order as ``found``), targets as indexes into ``found``."""
    lw = link_words(lx.lang)
    for f in found:
        if _pointer_referent(toks, f, lw):
            f.referent = True  # "rejected that charge": "that" was read as "that (clause)"
    links: list[list[dict]] = [[] for _ in found]
    words = [_content_words(toks, f, lx) for f in found]
    keys = _speaker_keys(toks, found, lx, lw)
    _mark_poor_targets(toks, found, keys, lx, lw)
    sent = _sentence_ids(toks)
    lead = _lead_ins(toks, found, lx, lw, sent)
    last_disputed: int | None = None
    last_by = -1  # the claim that made the last dispute
    deed_words: list[set[str]] | None = None  # each claim's shared-able nouns and verbs, made when first needed
    for j, f in enumerate(found):
        more: list[int] = []  # further claims a plural verdict answers ("the charges")
        cue_text = body[toks[f.cue[0]].start:toks[f.cue[1] - 1].end]
        target, kind = None, f.stance
        accusation = _answered_accusation(toks, found, keys, words, j, sent, lx, lw)
        if accusation is not None:
            target, kind = accusation, "disputes"
        elif f.stance and (_inside_other(f, found) or _negated_cue(toks, f, lx) or f.content[1] <= f.cue[0]
                         or not _plain_speaker(toks, f, found, lx, lw)):
            kind = None
        elif f.stance and f.referent and _names_claim(toks, f, lx, lw) and not _bare_referent(toks, f, lx, lw):
            others = [i for i in range(j - 1, -1, -1) if not found[i].referent and not _same_side(keys, i, j)]
            if any(toks[k].lower in ACCUSATION_NOUNS for k in range(*f.content)):
                # "denied the allegations" answers an accusation, not whatever came before
                # ("She added an appeal could be made", the company's own statement)
                others = [i for i in others if _accuses(toks, found[i], lw)]
            named = _content_names(toks, f, lx, lw)  # "de beschuldiging van de politie"
            target = next((i for i in others if keys[i] and keys[i] & named), others[0] if others else None)
        elif f.referent and not (lx.lang == "en" and toks[f.content[0]].lower.endswith("ing")) \
                and not _bare_referent(toks, f, lx, lw):
            kind = None  # an object that is neither a claim nor a deed ("denied losing" is one)
        elif f.stance:
            # shared words that say what was done, not the story's names ("Mike", "Elise" are in
            # every claim of a page about them)
            if f.stance == "disputes" and deed_words is None:
                deed_words = [words[i] & _deeds(toks, found[i]) for i in range(len(found))]
            target = _best_overlap(deed_words if f.stance == "disputes" else words, keys, j,
                                   2 if f.stance == "disputes" else 3)
            if target is not None and f.stance == "confirms" and found[target].hedge is None:
                # what is confirmed is a report at one remove ("zou", "reportedly"); two plain
                # claims sharing words are most often one party told twice ("Nach Angaben von
                # Alfa Romeo …" / "das Team bestätigt …")
                target = None
            if target is None and f.stance == "disputes":
                names = {toks[k].lemma for k in range(*f.content) if toks[k].is_upper}
                # a shared adjective or adverb ties nothing ("in the first place" / "the first
                # time she had seen him"): only nouns and verbs say what was done
                plain = {toks[k].lemma for k in range(*f.content) if toks[k].pos not in ("NOUN", "VERB", "PROPN", "")}
                verbs = {toks[k].lemma for k in range(*f.content) if toks[k].pos == "VERB"}
                target = _denied(words, keys, found, j, sent, names | plain, verbs)
        if target is None and not f.stance and j in lead and _speaks_for(toks, f, lead[j][2], sent, lx, lw):
            typ, cue, at = lead[j]
            before = next((n for n in range(len(found) - 1, -1, -1) if found[n].cue[0] < at), None)
            if before is not None and typ != "respond":
                kind, cue_text, target = typ, cue, before
                if _same_side(keys, before, j):
                    target = None
            elif typ == "respond" and _negated(toks, f, lx, lw):
                kind, cue_text = "disputes", cue
                target = _account(keys, found, j, before + 1) if before is not None else None
                if target is not None and _negated(toks, found[target], lx, lw):
                    target = None  # both say "not": they agree
        if target is None and not f.stance:
            emph = _emphatic(toks, f, lx) if last_disputed is not None and j - last_by <= 2 else None
            if emph is not None:  # "wel", "did take place" only answer an earlier dispute
                kind, cue_text, target = "confirms", emph.text, last_disputed
        if target is None and not f.stance and lw.has(toks[f.cue[0]], "insist") and _negated(toks, f, lx, lw) \
                and _plain_speaker(toks, f, found, lx, lw):
            kind, target = "disputes", _account(keys, found, j, j)
            if target is not None and _negated(toks, found[target], lx, lw):
                target = None  # both say "not": they agree
            if target is not None and found[target].hedge is None and not words[target] & _deeds(toks, found[j]):
                target = None  # "betonte, dass die Regierung sich nicht an die Vereinbarungen
                # gehalten habe" answers no plain report it shares no deed with (a hedged one,
                # "had reportedly demanded 2 million", is what such an insistence answers)
        if target is None and not f.stance:
            verdict = _verdict(toks, f, lw, lx) if f.speaker is None or _subject_like(toks, f.speaker, lx, lw) else None
            if verdict:
                kind = verdict.rstrip("?")
                reach = {"disputes?": 1, "confirms": 2}.get(verdict, 3)
                target = _referred(toks, found, keys, j, lw, lx, reach)
                if target is not None and verdict == "disputes":
                    more = _more_told(toks, found, keys, j, target, lw)
        if target is None and not f.stance and f.speaker is not None:  # the writer's own "X lied"
            # is no party's dispute
            liar = _called_liar(toks, f, found, keys, words, j, lw)
            if liar is not None:
                kind, cue_text, target = "disputes", liar[1], liar[0]
        if target is None and not f.stance:
            target = _conflicting_figures(toks, found, keys, j, lw)
            if target is not None:
                kind, cue_text = "disputes", "conflicting figures"
        if target is not None and kind and target != j and not _same_side(keys, target, j):
            links[j].append({"type": kind, "target": target, "cue": cue_text})
            links[j].extend({"type": kind, "target": i, "cue": cue_text} for i in more)
            if kind == "disputes":
                last_disputed, last_by = target, j
    return links


ACCUSE_REACH = 4  # claims back an accused party's answer looks for the accusation


def _accused(toks, f: Found, lx, lw) -> set[str]:
    """The side words of whom an accusation names ("accused the mayor of hiding …" -> {mayor},
    "blamed Harlow Foods for …" -> {harlow, food}); empty when f is no accusation."""
    if not any(lw.has(toks[k], "accuse") for k in range(*f.cue)):
        return set()
    a, b = f.cue[1], f.content[1]
    stop = next((k for k in range(a, min(b, a + 9)) if toks[k].lower in ("of", "for")), None)
    if stop is None:
        return set()
    return {_side_word(toks[k], lw) for k in range(a, stop) if toks[k].is_word and len(toks[k].lower) > 2
            and toks[k].lower not in lx.grammar and not lw.has(toks[k], "speaker")}


def _answered_accusation(toks, found, keys, words, j: int, sent, lx, lw) -> int | None:
    """The accused party's answer: "Jones accused Smith of taking the loan. Smith denied it" /
    "… Smith said he never took any loan" / "… Smith called the charge false" disputes the
    accusation (a claim whose cue is an "accuse" word, ACCUSE_REACH claims back at most) when
    claim j's own speaker words (no pronoun's guess) name the accused. Claim j must rebut: a
    dispute cue with an object, or a negated or "false" content that shares a word that is no
    name with the accusation (a plain "the mayor said he would not resign" answers nothing)."""
    f = found[j]
    if f.speaker is None or f.content[1] <= f.cue[0] or _inside_other(f, found) or _negated_cue(toks, f, lx):
        return None
    spoken = [toks[k] for k in range(*f.speaker) if toks[k].is_word]
    if len(spoken) == 1 and spoken[0].lower in lw.pronouns or not _subject_like(toks, f.speaker, lx, lw):
        return None
    mine = {_side_word(t, lw) for t in spoken if len(t.lower) > 2 and t.lower not in lx.grammar
            and not lw.has(t, "speaker")}
    rebuts = f.stance == "disputes" and _plain_speaker(toks, f, found, lx, lw)
    if not rebuts and (f.stance or not _negated(toks, f, lx, lw)):
        return None
    names = {toks[k].lemma for k in range(*f.content) if toks[k].is_upper}
    for i in range(j - 1, max(-1, j - 1 - ACCUSE_REACH), -1):
        if _same_side(keys, i, j) or found[i].stance:
            continue
        accused = _accused(toks, found[i], lx, lw)
        if not accused or not accused & mine:
            continue
        if not rebuts and sent[found[j].cue[0]] - sent[found[i].cue[0]] > 2:
            return None  # a negation far from the charge answers something else
        if rebuts or words[i] & words[j] - names - accused:
            return i
        return None  # the accused's next word answers nothing here: no older accusation either
    return None


LIAR_GAP = 3  # words between a name and "lying" ("Trump is lying", "X has been lying")


def _called_liar(toks, f: Found, found, keys, words, j: int, lw: LinkWords) -> tuple[int, str] | None:
    """"Trump is lying", "Clinton lied about it": calling a named person a liar disputes the
    claim that person made before, within the article; (target, cue words) or None. Only a
    name (a capitalised word) counts, and only a claim whose speaker shares it."""
    a, b = f.content
    for k in range(a, b):
        if not lw.has(toks[k], "liar"):
            continue
        names = {toks[m].lemma for m in range(max(a, k - LIAR_GAP - 1), k) if toks[m].is_upper and toks[m].is_word}
        if not names:
            return None
        def named(i):  # the claim's own speaker words name the person (not a pronoun's guess)
            sp = found[i].speaker
            return sp is not None and keys[i] is not NO_TARGET and not _same_side(keys, i, j) \
                and names & {toks[m].lemma for m in range(*sp)} \
                and not _inside_other(found[i], found)  # her own claim, not one another reports
        # the named person's claim about the same thing: it shares a content word (*lying about
        # her support for the trade deal* / *she opposes the deal*), before or just after
        near = list(range(j - 1, -1, -1)) + list(range(j + 1, min(len(found), j + 1 + FIGURE_REACH)))
        # a later denial by that person answers the charge of lying; it is not what was lied about
        target = next((i for i in near if named(i) and words[i] & words[j] - names
                       and not (i > j and found[i].stance)), None)
        return (target, toks[k].text) if target is not None else None
    return None


def _referred(toks, found, keys, j, lw, lx, reach: int = 3) -> int | None:
    """The claim a referent points at: the nearest earlier claim of another speaker whose
    speaker names the same thing as a referent in claim j ("according to a leaked review …" /
    "… the picture painted in the review"), else one whose speaker is a referent ("according
    to figures …"), else the nearest one; ``reach`` says how many of these three steps to try
    (a negation needs its own source, a "show" a source of data)."""
    mine = {toks[k].lemma for k in range(*found[j].content) if lw.has(toks[k], "ref")}
    others = [i for i in range(j - 1, -1, -1) if not _same_side(keys, i, j) and not found[i].referent]
    others = others[:REFER_REACH]  # "the charges" answers what was just told, not a review 60 claims back
    tests = (lambda t: t.lemma in mine, lambda t: lw.has(t, "ref"))
    # "the charges", "the allegations" name what people said, not a review's or a study's data
    said_only = bool(mine) and mine <= SAID_REFS
    for test in tests[:1 if said_only else reach]:
        for i in others:
            sp = found[i].speaker
            if (_subject_like(toks, sp, lx, lw) or sp and lw.has(toks[sp[0]], "ref")) \
                    and any(test(toks[k]) for k in range(*sp)):  # "according to figures …"
                return i
    return others[0] if others and reach >= 3 else None  # the third step: the nearest claim


PLURAL_REACH = 800  # characters before a plural verdict ("the charges") that the charges were told in


def _more_told(toks, found, keys, j: int, target: int, lw) -> list[int]:
    """A verdict on plural said things ("called the charges unsubstantiated", "dismissed the
    allegations") answers every claim of the other side told just before it, not only the
    nearest: the claims of other speakers between PLURAL_REACH characters back and the target,
    people's charges, not what a review or figures show (at most 3 more)."""
    a, b = found[j].content
    plural = any(lw.has(toks[k], "ref") and toks[k].lemma in SAID_REFS and toks[k].lower.endswith("s")
                 and toks[k].lower != toks[k].lemma for k in range(a, min(b, a + 3)))
    if not plural:
        return []
    start = toks[found[j].cue[0]].start
    return [i for i in range(target - 1, -1, -1)
            if toks[found[i].cue[0]].start >= start - PLURAL_REACH and not _same_side(keys, i, j)
            and not found[i].referent and found[i].kind != "evidence"
            and not (found[i].speaker and any(lw.has(toks[k], "ref") for k in range(*found[i].speaker)))][:3]


def _emphatic(toks: list[Tok], f: Found, lx: ClaimLexicon) -> Tok | None:
    a, b = f.content
    if sum(1 for k in range(a, b) if toks[k].is_word) > EMPHATIC_WORDS:
        return None  # a long quote with a "did" in it is no short "it did happen"
    for k in range(a, b):
        p = lx.confirm.match_at(toks, k)
        if p and p.tag == "emphatic" and toks[k].lower in p.words:  # the form: "did", not "done"
            nxt = toks[k + 1] if k + 1 < b else None
            if nxt is not None and (lx.is_(nxt, "neg") or nxt.lower in lx.grammar and not lx.is_(nxt, "aux")
                                    or lx.lang == "en" and nxt.is_upper):  # "At no time did Dick …"
                continue  # "did not", "what they did for": no emphasis
            if lx.lang == "en" and toks[k].lower in ("did", "does") and (nxt is None or not nxt.is_word):
                continue
            return toks[k]
    return None
