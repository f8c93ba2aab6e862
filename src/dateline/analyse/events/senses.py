"""Trigger words used in a sense that is no event, told apart by the parse.

Read on real pages: *shoot a commercial* (ASSAULT), *release his debut album* (RETREAT),
*free* and *back* as adjective and adverb (RETREAT, SUPPORT), *striking* as an adjective
(PROTEST), *een verboden referendum* (COERCE). Two checks, both on the layer's parse:

- a one-word trigger the parser tags as an adjective, adverb or preposition, or attaches to a
  noun as an adjective (a participle: *het verboden referendum*), is no event, except
  an ASSAULT (*de gedode soldaten*, *wounded civilians* still report casualties);
- a trigger whose object (or passive subject) is a word listed for it in
  ``lang/<code>/events/event_not_objects.tsv`` is no event (*release* + *album*);
- a trigger listed in ``lang/<code>/events/event_needs.tsv`` is an event only when its
  arguments are of the kind listed there (*beat* a person, not a team; *release* a person,
  not data; *ease* restrictions, not the weather): see that file for the slots and classes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lang import load_list, load_table
from .parse import head_of

NOT_EVENT_POS = {"ADJ", "ADV", "ADP"}
# Dutch keeps triggers tagged as adjectives and adverbs: on EventDNA's train part the rule
# removed nine true events ("verdacht van moord", "staat terecht") for two false ones.
POS_CHECK_LANGS = {"en", "de", "fr"}
KEEP_AS_ADJECTIVE = {"ASSAULT"}
COMPOUND_LANGS = {"en"}  # Dutch and German write such compounds as one word (event_not_compounds.txt)
NOMINAL_DEPS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl")  # an adjective standing as a noun
OBJECT_DEPS = ("obj", "nsubj:pass", "iobj", "obl", "xcomp", "nmod", "case", "compound:prt", "prt")  # obl: "op hol geslagen" (bolted);
# xcomp: "plead guilty"; nmod and case for nouns: "de top van de berg", "aan de top" (no summit)


@lru_cache(maxsize=None)
def nominal_before(lang: str) -> frozenset[str]:
    """Words that make the adjective trigger after them a noun for victims ("walking wounded")."""
    from .lexicon import lexicon

    return frozenset(lexicon(lang).cues.get("nominal-before", ()))


@lru_cache(maxsize=None)
def qualified_nouns(lang: str) -> frozenset[str]:
    """Nouns a trigger word qualifies without being an event itself ("murder suspect")."""
    return frozenset(w.lower() for w in load_list(lang, "event_qualified_nouns.txt"))


@lru_cache(maxsize=None)
def not_objects(lang: str) -> dict[str, frozenset[str]]:
    """trigger lemma -> object lemmas that make it no event."""
    out: dict[str, set[str]] = {}
    for row in load_table(lang, "event_not_objects.tsv"):
        if len(row) >= 2:
            out.setdefault(row[0].lower(), set()).update(w.strip().lower() for w in row[1].split(","))
    return {k: frozenset(v) for k, v in out.items()}


def no_event(ev: dict, head, tokens, lang: str) -> bool:
    """True when the mention's trigger (``head``: its head token in the parse, or None) is used
    in a sense that is no event."""
    t = tokens[ev["i"]]
    if ev["n"] == 1 and t.pos in NOT_EVENT_POS and ev["type"] not in KEEP_AS_ADJECTIVE and lang in POS_CHECK_LANGS:
        return True
    if head is None:
        return False
    if ev["n"] == 1 and head.dep_ == "amod" and ev["type"] not in KEEP_AS_ADJECTIVE and (
            head.pos_ == "VERB" or head.pos_ == "NOUN" and head.i < head.head.i and t.low != t.lemma):
        # a participle used as an adjective: "het verboden referendum", and one the tagger calls
        # a noun: "de gewezen minister" (former, not rejected)
        return True
    if ev["n"] == 1 and lang in COMPOUND_LANGS and head.dep_ == "compound" and head.pos_ == "NOUN" \
            and head.head.pos_ in ("NOUN", "PROPN"):
        return True  # a noun qualifying another: "an arrest warrant", "jail suicide", "war crimes"
    if ev["n"] == 1 and lang in COMPOUND_LANGS and head.i + 1 < len(head.doc) \
            and head.doc[head.i + 1].lower_ in qualified_nouns(lang) and head.pos_ != "VERB":
        return True  # "the stabbing suspect", "a murder trial": an event told elsewhere
    if ev["n"] == 1 and lang in COMPOUND_LANGS and head.pos_ == "ADJ" and (
            head.dep_ in NOMINAL_DEPS or head.i > 0 and head.doc[head.i - 1].lower_ in nominal_before(lang)):
        return True  # "the wounded were taken to hospital", "treats walking wounded": the victims, no deed
    if ev["n"] == 1 and needs_unmet(head, t, lang, ev["type"]):
        return True
    if ev["type"] == "PROTEST" and ev.get("mode") == "strike" and head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux:pass", "obl:agent", "nsubj:pass") for c in head.children):
        return True  # "struck by a passing car", "was struck on the head": a blow, no labour strike
    table = not_objects(lang)
    banned = table.get(head.lemma_.lower()) or table.get(t.lemma.lower())
    if not banned:
        return False
    if head.i + 1 < len(head.doc):  # a particle the parser hung elsewhere: "killed off the jack"
        nxt = head.doc[head.i + 1]
        if nxt.pos_ in ("ADP", "PART", "ADV") and nxt.lower_ in banned:
            return True
    if any((c.dep_ in OBJECT_DEPS or c.dep_.split(":")[0] in OBJECT_DEPS) and (c.lemma_.lower() in banned or c.lower_ in banned)
           for c in head.children):  # (subtypes: French "obl:arg", "obl:mod")
        return True
    if head.pos_ == "NOUN" and any(c.dep_ == "nmod" and (c.lemma_.lower() in banned or c.lower_ in banned)
                                   and any(g.dep_ == "case" and g.lower_ in ("on", "against") for g in c.children)
                                   for c in head.children):
        return True  # a noun's object after "on": "attacks on his loyalty"
    if head.pos_ == "NOUN" and lang == "en":  # the parse hung it elsewhere: "attacks, including from
        doc = head.doc  # the White House, on his loyalty"
        for k in range(head.i + 1, min(len(doc), head.i + 12)):
            if doc[k].text in (".", ";", ":"):
                break
            if doc[k].lower_ in ("on", "against"):
                m = k + 1
                while m < len(doc) and doc[m].pos_ in ("DET", "PRON", "ADJ") and m - k <= 3:
                    m += 1
                if m < len(doc) and (doc[m].lemma_.lower() in banned or doc[m].lower_ in banned):
                    return True
                break
    # a relative clause's object is its noun: "die Schätzung, die von der Regierung anerkannt wurde"
    relative = head.dep_.startswith("acl") and any(
        c.dep_ in OBJECT_DEPS and "Rel" in c.morph.get("PronType") for c in head.children)
    return relative and (head.head.lemma_.lower() in banned or head.head.lower_ in banned)


OBJECT_SLOT = ("obj", "iobj", "nsubj:pass")
PERFECT_ONLY = {"hebben", "have", "haben", "avoir"}  # auxiliaries of the active perfect only
NOUN_OBJECT_SLOT = ("nmod", "nmod:poss", "compound")  # "the release of the hostages", "his release", "data releases"
CLAUSE_SLOT = ("xcomp", "ccomp", "obj")
NAME_TYPES = {"PER", "PERSON", "NORP"}
ACTOR_TYPES = {"PER", "PERSON", "NORP", "ORG", "GPE", "LOC", "MISC"}
CROWD_WORDS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions"}
GOVERNOR_SKIP = {"down", "up", "away", "off", "the", "all", "remaining", "last", "makeshift", "burning"}
SCORE = re.compile(r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,%])")  # a result: "2-1", "6-4, 7-6"


@lru_cache(maxsize=None)
def needs(lang: str) -> dict[str, tuple[tuple[str, frozenset[str], str | None], ...]]:
    """trigger lemma -> its requirements ``(slot, fitting words and classes, event type or None)``
    (``lang/<code>/events/event_needs.tsv``)."""
    out: dict[str, list] = {}
    for row in load_table(lang, "event_needs.tsv"):
        if len(row) >= 3:
            etype = row[3] if len(row) > 3 and row[3] else None
            out.setdefault(row[0].lower(), []).append((row[1], frozenset(w.strip() for w in row[2].split(",")), etype))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _people_nouns(lang: str) -> frozenset[str]:
    """Nouns for people and groups: the person / casualty classes of ``quantity_nouns.tsv``
    and the actor roles of ``actor_roles.tsv``."""
    words = {r[0].lower() for r in load_table(lang, "quantity_nouns.tsv")
             if len(r) > 1 and r[1] in ("person", "group", "dead", "injured", "arrested")}
    words |= {r[0].lower() for r in load_table(lang, "actor_roles.tsv") if len(r) > 1}
    words |= {w.lower() for w in load_list(lang, "titles.txt")}
    return frozenset(words)


COMPOUNDING = ("nl", "de")  # languages that write compounds as one word


def _fits(c, wanted: frozenset[str], lang: str) -> bool:
    lem, low = c.lemma_.lower(), c.lower_
    if lem in wanted or low in wanted or (low.endswith("s") and low[:-1] in wanted):
        return True  # "curbs": the small lemmatiser leaves some plurals
    if lang in COMPOUNDING and any(len(w) >= 5 and w[0] != "@" and low.endswith(w) for w in wanted):
        return True  # a compound names its kind last: "oppositiepartij" is a "partij"
    ent = c.ent_type_
    person = c.pos_ == "PRON" and "Prs" in c.morph.get("PronType") or lem in _people_nouns(lang) \
        or low in _people_nouns(lang) or lem + "s" in _people_nouns(lang)
    crowd = lem in CROWD_WORDS or low in CROWD_WORDS
    if "@common-person" in wanted and (person or crowd) and not ent:
        return True
    if "@person" in wanted and (person or crowd or ent in NAME_TYPES):
        return True
    return "@actor" in wanted and (person or crowd or ent in ACTOR_TYPES or c.pos_ == "PROPN")


def _slot(head, slot: str) -> list:
    kids = list(head.children)
    passive = any(c.dep_ in ("aux:pass", "cop") for c in kids)
    if slot == "object":
        deps = NOUN_OBJECT_SLOT if head.pos_ in ("NOUN", "PROPN") else OBJECT_SLOT
        got = [c for c in kids if c.dep_ in deps]
        if passive or "Part" in head.morph.get("VerbForm") and not any(
                c.dep_ == "aux" and c.lemma_.lower() in PERFECT_ONLY for c in kids):
            # "he was beaten", parsed as a copula and an adjective; a headline participle
            # with no auxiliary ("Betogingen verboden in hoofdstad"): its subject undergoes it
            got += [c for c in kids if c.dep_ == "nsubj"]
        if head.dep_ == "acl" and head.pos_ == "VERB":  # "the prisoners released on Monday"
            got.append(head.head)
        return got
    if slot == "subject":
        return [c for c in kids if c.dep_ == "nsubj"] if not passive else []
    if slot == "clause":
        return [c for c in kids if c.dep_ in CLAUSE_SLOT]
    return kids


def needs_unmet(head, t, lang: str, etype: str | None = None) -> bool:
    """Whether the trigger (head token ``head``, layer token ``t``) of type ``etype`` misses an
    argument its ``event_needs.tsv`` rows ask for (a row with a type holds for that type only)."""
    table = needs(lang)
    rows = table.get(t.low) or table.get(head.lower_) or table.get(head.lemma_.lower()) or table.get(t.lemma.lower())
    for slot, wanted, only in rows or ():
        if only is not None and only != etype:
            continue
        if slot == "pos":
            if head.pos_ not in wanted:
                return True
        elif slot == "sentence":
            sent = head.sent
            if any(w.lemma_.lower() in wanted or w.lower_ in wanted for w in sent if w.i != head.i) \
                    or ("#score" in wanted and SCORE.search(sent.text)):
                return True
        elif slot == "after-not":
            if head.i > 0 and (head.doc[head.i - 1].lemma_.lower() in wanted or head.doc[head.i - 1].lower_ in wanted):
                return True
        elif slot == "governor-not":
            # "to clear barricades": the verb whose object the trigger is undoes it
            gov = head.head
            if head.dep_ in ("obj", "nsubj:pass", "conj") and gov.i != head.i and (
                    gov.lemma_.lower() in wanted or gov.lower_ in wanted):
                return True
            k = head.i - 1  # the words, where the parse misread the verb ("to clear" as an adjective)
            while k >= max(0, head.i - 4) and (head.doc[k].pos_ in ("DET", "NUM", "PRON") or head.doc[k].lower_ in GOVERNOR_SKIP):
                k -= 1
            if k >= 0 and k >= head.i - 4 and (head.doc[k].lemma_.lower() in wanted or head.doc[k].lower_ in wanted):
                return True
        elif slot == "verb-object" and head.pos_ != "VERB":
            continue
        elif slot == "bare-subject" and _slot(head, "object"):
            continue  # "Sudan must return the helicopter": a thing given back; the subject is free
        else:
            args = _slot(head, {"verb-object": "object", "bare-subject": "subject"}.get(slot, slot))
            if "@any" in wanted:
                if not args:
                    return True
            elif not (("@none" in wanted and not args) or any(_fits(c, wanted, lang) for c in args)):
                return True
    return False


DEMANDING = {"REQUEST", "THREATEN"}
DEMANDED_DEPS = ("obj", "xcomp", "nsubj:pass", "ccomp")
REFUSING = {"REJECT"}
REFUSING_LANGS = {"en"}


@lru_cache(maxsize=None)
def purpose_marks(lang: str) -> frozenset[str]:
    """Markers of a purpose clause (``purpose-mark`` in ``event_cues.tsv``: *om ... te*)."""
    return frozenset(r[0].lower() for r in load_table(lang, "event_cues.tsv") if len(r) >= 2 and r[1] == "purpose-mark")


def demanded(sent_events: list[dict], heads: dict, lang: str = "") -> set[int]:
    """Indexes (``ev["i"]``) of mentions that are what another mention demands or threatens
    (*Rusland eist excuses*, *exigeant la libération des prisonniers*, *roept op om de verkoop
    te verbieden*): the apology, the release and the ban have not happened, so they are no
    events of their own. ``heads``: ``ev["i"]`` -> the trigger's head token."""
    askers = {heads[ev["i"]].i for ev in sent_events if ev["type"] in DEMANDING and ev["i"] in heads}
    # what is refused has not happened either ("who have long refused to negotiate": no talks)
    askers |= {heads[ev["i"]].i for ev in sent_events if ev["type"] in REFUSING and ev["i"] in heads
               and lang in REFUSING_LANGS}
    marks = purpose_marks(lang) if lang else frozenset()

    def demanded_dep(h) -> bool:
        return h.dep_ in DEMANDED_DEPS or h.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in marks for c in h.children)
    ends = ending_verbs(lang) if lang else frozenset()

    def asked_through_infinitive(h) -> bool:
        # "asked their governments to help in their release": the release hangs on an
        # infinitive that is what is asked; not through a verb that ends or judges an act
        # already done ("called on them to stop the attacks")
        x, infinitive = h, False
        for _ in range(4):
            up = x.head
            if up.i == x.i:
                return False
            if up.i in askers:
                return infinitive and x.dep_ in DEMANDED_DEPS + ("iobj", "obl", "advcl", "acl")
            if up.pos_ in ("VERB", "AUX"):
                if "Inf" not in up.morph.get("VerbForm") and not any(
                        c.dep_ == "mark" and c.lower_ in ("to",) + tuple(marks) for c in up.children):
                    return False
                if up.lemma_.lower() in ends:
                    return False
                infinitive = True
            elif x.dep_ not in ("obl", "obj", "nmod", "xcomp", "acl"):
                return False
            x = up
        return False
    return {ev["i"] for ev in sent_events if ev["type"] not in DEMANDING | REFUSING and ev["i"] in heads
            and (demanded_dep(heads[ev["i"]]) and heads[ev["i"]].head.i in askers
                 or lang == "en" and asked_through_infinitive(heads[ev["i"]]))}


@lru_cache(maxsize=None)
def ending_verbs(lang: str) -> frozenset[str]:
    """Verbs that end, judge or look into an act (``ends-act`` cues: *stop*, *investigate*):
    an act they govern inside a request has happened ("urged them to stop the attacks")."""
    return frozenset(r[0].lower() for r in load_table(lang, "event_cues.tsv") if len(r) >= 2 and r[1] == "ends-act")


def _threatened_modes(sent_events: list[dict], drop: set[int]) -> None:
    """A THREATEN mention without a mode takes it from the first act after it that is dropped
    as only threatened ("threatened to impose a curfew" -> restrict), as ``threat_modes`` does
    for the acts that stay."""
    from .lexicon import threaten_mode

    for k, ev in enumerate(sent_events):
        if ev["type"] != "THREATEN" or ev["mode"]:
            continue
        for nxt in sent_events[k + 1:]:
            if nxt["i"] in drop:
                mode = threaten_mode(nxt["type"], nxt["mode"])
                if mode:
                    ev["mode"] = mode
                    break


ALLEGED_TYPES = {"ASSAULT"}
ALLEGED_CASES = ("van", "over", "of")


@lru_cache(maxsize=None)
def alleging_words(lang: str) -> frozenset[str]:
    """Lemmas of words whose *van* / *over* phrase is a crime only alleged, or denied by a
    court (``alleges`` in ``event_cues.tsv``: *verdacht van*, *beschuldigd van*,
    *vrijgesproken van*, *het proces over*)."""
    return frozenset(r[0].lower() for r in load_table(lang, "event_cues.tsv") if len(r) >= 2 and r[1] == "alleges")


def alleged(sent_events: list[dict], heads: dict, lang: str) -> set[int]:
    """Indexes of assault mentions that are the crime someone is suspected, accused or
    acquitted of (*verdacht van twee moorden*, *vrijgesproken van een steekpartij*): the
    accusation is the event; whether the assault happened, and by whom, is what is disputed."""
    words = alleging_words(lang)
    out = set()
    for ev in sent_events:
        h = heads.get(ev["i"])
        if ev["type"] not in ALLEGED_TYPES or h is None or h.pos_ not in ("NOUN", "PROPN") or h.head is h:
            continue
        case = next((c.lower_ for c in h.children if c.dep_ == "case"), None)
        if (case in ALLEGED_CASES or case is None and h.dep_ == "nmod") \
                and (h.head.lower_ in words or h.head.pos_ != "NOUN" and h.head.lemma_.lower().replace("_", "") in words
                     and not any(c.dep_ == "det" for c in h.head.children)):
            # (nouns by their form, and a word with an article is a noun whatever its tag: "de
            # verdachte van de schietpartij" is its suspect, not a suspicion)
            out.add(ev["i"])
    return out


ASKED_TYPES = {"COERCE", "SANCTION"}
ASKED_DEPS = ("obj", "nsubj:pass", "obl", "advmod", "xcomp")  # the parser hangs "jaar" (obl) and "cel" (advmod) on the verb


@lru_cache(maxsize=None)
def asking_verbs(lang: str) -> frozenset[str]:
    """Lemmas of verbs whose object is a penalty only asked for or risked (``asks`` in
    ``lang/<code>/events/event_cues.tsv``: *vorderen*, *riskeren*)."""
    return frozenset(r[0].lower() for r in load_table(lang, "event_cues.tsv") if len(r) >= 2 and r[1] == "asks")


def asked(sent_events: list[dict], heads: dict, lang: str) -> set[int]:
    """Indexes of COERCE / SANCTION mentions that a prosecutor asks for or a defendant risks
    (*Het OM vorderde vijf jaar cel*, *riskeert dertig jaar cel*): no one has been jailed.
    The mention's head (or the noun it modifies) is the object of such a verb."""
    verbs = asking_verbs(lang)
    if not verbs:
        return set()
    out = set()
    for ev in sent_events:
        h = heads.get(ev["i"])
        if ev["type"] not in ASKED_TYPES or h is None:
            continue
        for _ in range(3):  # "jaar" <- "cel" (nmod) <- "gevorderd" (obj)
            if h.dep_ in ASKED_DEPS and h.head.lemma_.lower().replace("_", "") in verbs:
                out.add(ev["i"])
                break
            if h.dep_ not in ("nmod", "amod", "nummod", "flat", "compound", "appos") or h.head is h:
                break
            h = h.head
    return out


def events_only(sent_events: list[dict], tokens, parsed, lang: str) -> list[dict]:
    """The sentence's mentions without those in a sense that is no event and those that are
    only demanded or threatened (the head of each trigger is looked up once)."""
    heads = {}
    if parsed is not None:
        for ev in sent_events:
            t = head_of(parsed, ev["start"], ev["end"])
            if t is not None:
                heads[ev["i"]] = t
    kept = [ev for ev in sent_events if not no_event(ev, heads.get(ev["i"]), tokens, lang)]
    drop = demanded(kept, heads, lang) | asked(kept, heads, lang) | alleged(kept, heads, lang)
    if drop:
        _threatened_modes(kept, drop)
    return [ev for ev in kept if ev["i"] not in drop]


# Pages of one domain whose words make some triggers no event there (``event_cues.tsv``): page
# words, the triggers they turn, the types those triggers have, and the sentence words that keep
# the event. Read on real pages: a boxing ranking (180 "fight" events), a basketball draft page
# (33 "shooting"), a photographer's portrait and a phone review ("shoot portrait mode", "shooting
# self-portraits", "I did not charge it", "faster wired charging": 20 shootings, 12 accusations).
DOMAINS = (
    ("sport", "contest", frozenset({"ASSAULT", "THREATEN", "PROTEST", "CONSULT", "MOBILIZE", "COERCE"}), "harm-cue"),
    ("photo", "photo-sense", frozenset({"ASSAULT"}), "harm-cue"),
    ("gadget", "gadget-sense", frozenset({"ACCUSE", "ASSAULT"}), "legal-cue"),
)
SPORT_MIN_WORDS = 8  # domain words on the page, at least ...
SPORT_MIN_KINDS = 4  # ... of this many different words, and ...
SPORT_MIN_SHARE = 1 / 250  # ... this share of its tokens


def domain_page(tokens, lex, kind: str) -> bool:
    """Whether the page belongs to the domain whose page words are ``kind`` in
    ``event_cues.tsv``: many words only that domain uses (sport: *bout*, *heavyweight*,
    *playoffs*; photo: *lens*, *aperture*; gadget: *battery*, *usb-c*)."""
    words = lex.cues.get(kind, ())
    if not words:
        return False
    hits = [t.low for t in tokens if t.low in words]
    return len(hits) >= SPORT_MIN_WORDS and len(set(hits)) >= SPORT_MIN_KINDS \
        and len(hits) >= SPORT_MIN_SHARE * len(tokens)


def page_domains(tokens, lex) -> tuple:
    """The ``DOMAINS`` rows the page belongs to."""
    return tuple(d for d in DOMAINS if domain_page(tokens, lex, d[0]))


def contests(sent_events: list[dict], tokens, s0: int, s1: int, lex, domains=None) -> set[int]:
    """Indexes (``ev["i"]``) of one-word mentions that, on a page of one of ``domains`` (default:
    sport), are that domain's act, no event: a bout, a match, a shot at the basket (*fight*,
    *battle*, *shooting*, *meets*: ``contest``), a photograph taken (``photo-sense``), a phone
    charged (``gadget-sense``); unless their sentence names harm or a court (``harm-cue``:
    *killed*, *gun*, *police*; ``legal-cue``: *prosecutors*, *court*)."""
    domains = DOMAINS[:1] if domains is None else domains
    out: set[int] = set()
    for _page, sense, types, keep in domains:
        words = lex.cues.get(sense, ())
        if any(tokens[k].low in lex.cues.get(keep, ()) for k in range(s0, s1)):
            continue
        out |= {ev["i"] for ev in sent_events if ev["type"] in types and ev["n"] == 1 and tokens[ev["i"]].low in words}
    return out
