"""Casualty figures the trigger words miss: counted people whose predicate says they died or
were hurt, and casualty counts far from any event.

Read on real news (the figure gold's dev half): *Minstens 16 Palestijnen zijn om het leven
gekomen*, *Zeker 1.400 Palestijnen raakten gewond*, *Three people have died during protests*:
no trigger word, yet a toll. And *De teller staat voorlopig op 49 doden*, *Le séisme a fait
près de 5 500 morts*: a casualty noun a few sentences away from the attack or the disaster it
counts. Two steps:

- ``mark_casualty_predicates``: a count of people (or a bare count) that is the subject of a
  predicate listed in ``lang/<code>/events/casualty_predicates.tsv`` gets that predicate's class
  (dead / injured), as if its noun had said so; the usual figure rules then place it;
- ``place_orphans``: a casualty count no event took goes to the nearest event of the article
  that can bear it (an assault or a disaster for the dead and injured, a coercion for arrests),
  the one before it first. With no such event it stays a count: a gap, not a guess.
"""

from __future__ import annotations

from functools import lru_cache

from ...lang import load_table
from ..quantities.parse import lang_data
from .args import speaker_for
from .parse import _lemma, tok

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
OBLIQUE_DEPS = ("obl", "iobj", "obl:arg", "nmod")  # "aan 61 mensen het leven gekost"
HOSTS = {"fatalities": ("ASSAULT", "DISASTER"), "injured": ("ASSAULT", "DISASTER"), "arrested": ("COERCE",)}
CLASS_ROLE = {"dead": "fatalities", "injured": "injured", "arrested": "arrested"}  # noun class -> figure role


def figure_of(q, claims) -> dict:
    """One figure of an event from the count ``q``, with the claim it sits in and its claimant."""
    claim, speaker = speaker_for(q.start, claims)
    return {"value": q.attrs.get("value"), "low": q.attrs.get("low"), "high": q.attrs.get("high"),
            "quantity": q.id, "claim": claim.id if claim is not None else None,
            "claimant": speaker.get("text") if speaker else None}


def add_figure(ev: dict, role: str, fig: dict) -> None:
    """Add a figure to the event's role; low / best / high follow the documented rule."""
    agg = ev[role] or {"low": None, "best": None, "high": None, "figures": []}
    if any(f["quantity"] == fig["quantity"] for f in agg["figures"]):
        return
    agg["figures"].append(fig)
    _aggregate(agg)
    ev[role] = agg


def head_event(ev: dict, events: list[dict]) -> dict:
    """The event a mention refers to (following ``same_as``)."""
    while ev.get("same_as") is not None:
        ev = events[ev["same_as"]]
    return ev


@lru_cache(maxsize=None)
def predicates(lang: str) -> dict[str, list[tuple[str, str | None]]]:
    """lemma -> [(class, needed child lemma or None)]."""
    out: dict[str, list] = {}
    for row in load_table(lang, "casualty_predicates.tsv"):
        if len(row) >= 2:
            out.setdefault(row[0].lower(), []).append((row[1], row[2].lower() if len(row) > 2 and row[2] else None))
    return out


NAME_PARTS = ("flat", "flat:name", "compound", "nummod", "fixed")
OF_CASES = {"of", "van", "de", "des", "du", "von"}
CLAUSE_LINKS = ("conj", "advcl", "acl", "acl:relcl", "parataxis", "ccomp")


def _children_near(t):
    """The children of ``t`` and theirs: "om het leven" hangs "leven" under "om"."""
    for c in t.children:
        yield c
        yield from c.children


def _class_by(pred, table, oblique: bool) -> str | None:
    for cls, child in table.get(_lemma(pred), ()):
        if child is None and oblique and pred.pos_ != "NOUN":
            continue  # only "het leven kosten aan ..." takes its victims as an oblique
        if child is None or any(_lemma(c) == child or c.lower_ == child for c in _children_near(pred)):
            return cls
    return None


VERB_FINAL = {"nl", "de"}  # where the parsers read a clause-final verb's subject as a bare oblique


def _class_of(noun, table, lang: str = "") -> str | None:
    """The class the predicate of ``noun`` gives it, or None. The small parsers label a
    verb-final clause's subject as its object (*zestien burgers omgekomen*) or a bare oblique
    (*16 Palestijnen ... om het leven gekomen*), and may hang the victims on the auxiliary
    (*heeft aan 61 mensen het leven gekost*): all are read."""
    while noun.dep_ in NAME_PARTS and noun.head.i != noun.i:
        noun = noun.head
    pred = noun.head
    if pred.i == noun.i:
        return None
    cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    bare = noun.dep_.split(":")[0] in ("obl", "nmod") and not cases and (lang in VERB_FINAL or 0 < noun.i - pred.i <= 4)
    if noun.dep_ in SUBJECT_DEPS + ("obj",) or bare:  # "injured more than 900 others" read as an oblique
        oblique = False
    elif noun.dep_ in OBLIQUE_DEPS and (pred.pos_ != "NOUN" or cases & OF_CASES):
        oblique = True  # "aan 61 mensen", "the deaths of four guards"
    else:
        return None
    preds = [pred] + [c for c in pred.children if c.pos_ == "VERB" and c.dep_ not in CLAUSE_LINKS]
    for p in preds:
        cls = _class_by(p, table, oblique)
        if cls is not None:
            return cls
    if pred.pos_ in ("AUX", "VERB") and not oblique:  # "raakten gewond", "sont mortes": the complement
        for c in pred.children:
            if c.dep_ in ("xcomp", "advmod", "obl", "acomp") and c.pos_ in ("ADJ", "VERB", "ADV"):
                cls = _class_by(c, table, False)
                if cls is not None:
                    return cls
    return None


@lru_cache(maxsize=None)
def toll_nouns(lang: str) -> dict[str, tuple[str, str | None]]:
    """noun lemma -> (class or "of", needed qualifier or None)."""
    return {r[0].lower(): (r[1], r[2].lower() if len(r) > 2 and r[2] else None)
            for r in load_table(lang, "toll_nouns.tsv") if len(r) >= 2}


def _toll_class(t, lang: str) -> str | None:
    """The class a bare count takes from the toll its clause is about: "the death toll rose to
    113", "het dodental is gestegen tot 45", "die Zahl der Toten stieg auf 113"."""
    table = toll_nouns(lang)
    pred = t.head
    if not table or pred.i == t.i or t.dep_.split(":")[0] not in ("obl", "obj", "nmod", "xcomp", "attr"):
        return None
    for subj in pred.children:
        if subj.dep_ not in SUBJECT_DEPS:
            continue
        cls, needed = table.get(_lemma(subj), (None, None))
        if cls is None:
            return None
        quals = list(subj.children)
        if needed is not None and not any(_lemma(c) == needed or c.lower_ == needed for c in quals):
            return None
        if cls != "of":
            return cls
        nouns = lang_data(lang).nouns
        for c in quals:  # "the number of injured", "het aantal doden", "die Zahl der Toten"
            found = nouns.get(c.lower_) or nouns.get(_lemma(c))
            if found in CLASS_ROLE:
                return found
        return None
    return None


def mark_casualty_predicates(counts, parsed, lang: str) -> None:
    """Give a count of people the class its predicate says (in place, on the count's attrs)."""
    if parsed is None:
        return
    for q in counts:  # a bare count said of a toll: "the death toll rose to 113"
        a = q.attrs
        if a.get("noun_class") is None:  # (its "noun" may be any next word: "113 and")
            t = tok(parsed, q.start)
            cls = _toll_class(t, lang) if t is not None else None
            if cls is not None:
                a["noun_class"], a["class_from"] = cls, "toll"
    table = predicates(lang)
    if not table:
        return
    for q in counts:
        a = q.attrs
        if a.get("noun_class") not in ("person", None):
            continue
        at = a.get("noun_start") if a.get("noun_start") is not None else (q.start if a.get("noun_class") is None else None)
        t = tok(parsed, at) if at is not None else None
        if t is None:
            continue
        if a.get("noun_start") is None and t.head.pos_ in ("NOUN", "PROPN") and t.dep_ == "nummod":
            continue  # "21 cities": a count of things, not a bare count of people
        cls = _class_of(t, table, lang)
        if cls is not None:
            a["noun_class"] = cls
            a["class_from"] = "predicate"


def _new_event(start: int, end: int, etype: str, mode: str | None, role: str) -> dict:
    return {"start": start, "end": end, "type": etype, "mode": mode, "role": role, "i": None, "n": 1,
            "actor": None, "target": None, "place": None, "place_unknown": False, "time": None,
            "time_unknown": False, "fatalities": None, "injured": None, "arrested": None, "claims": [],
            "hedged": False, "negated": False, "same_as": None, "modality": None}


ORPHAN_AHEAD = 400  # characters: the farthest a count may stand before the event it is given to


def place_orphans(events: list[dict], counts, claims, disaster_at: list[int] = ()) -> None:
    """Casualty counts no event took go to the nearest event that can bear them. With none in
    the article, a count of arrests is its own arrest event (*elf arrestaties*), and a count of
    dead or injured after a disaster word (``disaster_at``: character offsets of sentences that
    name one) is the disaster's toll; any other stays a count."""
    roles = tuple(HOSTS)
    used = {f["quantity"] for ev in events for r in roles if ev.get(r) for f in ev[r]["figures"]}
    for q in counts:
        role = CLASS_ROLE.get(q.attrs.get("noun_class"))
        if role is None or q.id in used:
            continue
        fits = [ev for ev in events if ev["type"] in HOSTS[role] and ev.get("same_as") is None]
        if not fits:
            a = q.attrs.get("noun_start") if q.attrs.get("noun_start") is not None else q.start
            b = q.attrs.get("noun_end") if q.attrs.get("noun_end") is not None else q.end
            if role == "arrested":
                host = _new_event(a, b, "COERCE", "arrest", role)
            elif any(d <= q.start for d in disaster_at):
                host = _new_event(a, b, "DISASTER", None, role)
            else:
                continue
            events.append(host)  # at the end: "same_as" holds positions in the list
            fits = [host]
        before = [ev for ev in fits if ev["start"] <= q.start]
        host = before[-1] if before else min(fits, key=lambda ev: ev["start"])
        if host["start"] > q.start + ORPHAN_AHEAD:
            continue  # "More than 20,000 have died in Gaza …" is no toll of an Oct. 7 attack told
            # five paragraphs on: a count bears on an event it comes shortly before, or after
        add_figure(head_event(host, events), role, figure_of(q, claims))
        used.add(q.id)


def _aggregate(agg: dict) -> None:
    """low / best / high of a role from its figures; a figure that restates another counts no one new."""
    figures = [f for f in agg["figures"] if not f.get("restates")]
    lows = [f["low"] for f in figures if f["low"] is not None]
    highs = [f["high"] for f in figures if f["high"] is not None]
    bests = [f["value"] for f in figures if f["value"] is not None]
    agg["low"], agg["high"], agg["best"] = (min(lows) if lows else None, max(highs) if highs else None,
                                            min(bests) if bests else None)


def mark_restated(events: list[dict], counts, body: str, definite: set[str]) -> None:
    """A definite count that repeats a figure already told ("Three people have died … In
    addition to *the three fatalities* …", *de drie doden*) is the same people told again, not
    a second toll: the figure stays (with ``restates``: the quantity id of the first telling),
    and the event's low / best / high leave it out, so a table summing tolls counts them once."""
    starts = {q.id: q.start for q in counts}
    told: dict[tuple[str, object], tuple[int, str]] = {}  # (role, value) -> (offset, quantity id)
    for ev in sorted(events, key=lambda e: e["start"]):
        for role in HOSTS:
            agg = ev.get(role)
            if not agg:
                continue
            for fig in agg["figures"]:
                at = starts.get(fig["quantity"])
                if at is None:
                    continue
                key = (role, fig["value"])
                before = body[:at].split()[-1:]
                if before and before[0].lower() in definite and key in told and told[key][0] < at:
                    fig["restates"] = told[key][1]
                else:
                    told.setdefault(key, (at, fig["quantity"]))
            _aggregate(agg)
