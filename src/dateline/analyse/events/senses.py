"""Trigger words used in a sense that is no event, told apart by the parse.

Read on real pages: *shoot a commercial* (ASSAULT), *release his debut album* (RETREAT),
*free* and *back* as adjective and adverb (RETREAT, SUPPORT), *striking* as an adjective
(PROTEST), *een verboden referendum* (COERCE). Two checks, both on the layer's parse:

- a one-word trigger the parser tags as an adjective, adverb or preposition, or attaches to a
  noun as an adjective (a participle: *het verboden referendum*), is no event, except
  an ASSAULT (*de gedode soldaten*, *wounded civilians* still report casualties);
- a trigger whose object (or passive subject) is a word listed for it in
  ``lang/<code>/events/event_not_objects.tsv`` is no event (*release* + *album*).
"""

from __future__ import annotations

from functools import lru_cache

from ...lang import load_table
from .parse import head_of

NOT_EVENT_POS = {"ADJ", "ADV", "ADP"}
# Dutch keeps triggers tagged as adjectives and adverbs: on EventDNA's train part the rule
# removed nine true events ("verdacht van moord", "staat terecht") for two false ones.
POS_CHECK_LANGS = {"en", "de", "fr"}
KEEP_AS_ADJECTIVE = {"ASSAULT"}
OBJECT_DEPS = ("obj", "nsubj:pass", "iobj", "obl", "xcomp", "nmod", "case")  # obl: "op hol geslagen" (bolted);
# xcomp: "plead guilty"; nmod and case for nouns: "de top van de berg", "aan de top" (no summit)


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
    if ev["n"] == 1 and head.dep_ == "amod" and head.pos_ == "VERB" and ev["type"] not in KEEP_AS_ADJECTIVE:
        return True  # a participle used as an adjective: "het verboden referendum"
    table = not_objects(lang)
    banned = table.get(head.lemma_.lower()) or table.get(t.lemma.lower())
    if not banned:
        return False
    return any(c.dep_ in OBJECT_DEPS and (c.lemma_.lower() in banned or c.lower_ in banned) for c in head.children)


DEMANDING = {"REQUEST", "THREATEN"}
DEMANDED_DEPS = ("obj", "xcomp", "nsubj:pass", "ccomp")


def demanded(sent_events: list[dict], heads: dict) -> set[int]:
    """Indexes (``ev["i"]``) of mentions that are what another mention demands or threatens
    (*Rusland eist excuses*, *exigeant la libération des prisonniers*): the apology and the
    release have not happened, so they are no events of their own. ``heads``: ``ev["i"]`` ->
    the trigger's head token."""
    askers = {heads[ev["i"]].i for ev in sent_events if ev["type"] in DEMANDING and ev["i"] in heads}
    return {ev["i"] for ev in sent_events if ev["type"] not in DEMANDING and ev["i"] in heads
            and heads[ev["i"]].dep_ in DEMANDED_DEPS and heads[ev["i"]].head.i in askers}


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
    drop = demanded(kept, heads) | asked(kept, heads, lang)
    return [ev for ev in kept if ev["i"] not in drop]
