"""The events layer: PLOVER-typed event mentions with actor, target, place, time and figures.

One span per trigger word (label = PLOVER type). Decisions (see docs/events.md):
- every trigger is its own event mention; a later mention that refers back ("de aanval",
  "De soldaten zouden zijn omgebracht": definite trigger, or the same target noun as an
  earlier event of its type) gets ``same_as`` = the earlier event's id. Its figures are
  copied into the earlier event (with their claims), so the first mention carries ALL
  figures told about that event;
- different actor or target makes a different event: "rebels killed 40 soldiers" and "the
  government killed ~200 fighters" are two events, each with the figure its side claimed;
- fatalities / injured / arrested: every figure with its quantity id, the claim whose content
  holds the figure and that claim's speaker; low = min low, high = max high, best = the lowest
  best (conservative, as UCDP's best estimates are);
- place_unknown / time_unknown come from unknown_cues.txt in the event's sentence, and pass to
  the event a definite mention refers back to.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...types import Article, Span
from ..base import AnalysisStep
from .args import clause_start, find_place, participants, place_spans_of, ref, speaker_for
from .lexicon import CLAUSE_END, lexicon, sentence_bounds, threaten_mode, triggers_of
from .model import EventModel, load_model
from .parse import _gerund, _lemma, verb_lemma, arguments, extent, head_of, in_place_phrase, is_agent, is_passive_agent, linked
from .parse import passive as is_passive
from .senses import contests, events_only, page_domains
from .tolls import CLASS_ROLE, add_figure, mark_restated, figure_of, head_event, mark_casualty_predicates, place_orphans, predicates
from .triggers import has_cue, modality, sentence_events, threat_modes, unknown_in, with_learned
from ..quantities.step import find_quantities
from ..quantities.parse import tokens_from_parse
from ..layer import parse
from ..layer.lemmas import lemma
from ..times import day_words, find_times, published_date
from .args import Spans  # the claims, indexed
from .triggers import NameSpans  # the names, indexed

ROLES = ("fatalities", "injured", "arrested")
# Acts done together: every party of a meeting takes part in it (PLOVER CONSULT: "meeting at a
# neutral location" as well as visits), so with no subject named the one party named (*een
# overleg met X*) is the actor, not the target of nobody's act.
MUTUAL_TYPES = ("CONSULT",)
# Acts with a doer and no undergoer: a noun phrase the parse makes their object is their doer.
DOER_ONLY_TYPES = ("PROTEST",)


DETECTORS = ("lexicon", "model", "hybrid")


def find_events(body: str, lang: str, layers: dict | None = None, published=None,
                extra_lexicons: tuple[str, ...] = (), detector: str | None = None,
                model: EventModel | None = None, parsed=None) -> list[Span]:
    """Event mentions of ``body``. ``detector``: "lexicon" (trigger lexicon only), "model"
    (the learned classifier's triggers only; lexicon words still refine modes), "hybrid"
    (lexicon triggers plus the model's triggers for types the lexicon missed in a sentence).
    Default: hybrid where the language has a model (models/events-<lang>/), else lexicon."""
    layers = layers or {}
    lex = lexicon(lang, extra_lexicons)
    if parsed is None:  # called on its own (tools, tests): parse here
        parsed = parse(body, lang)
    tokens = tokens_from_parse(parsed)
    if not tokens:
        return []
    model = model or (load_model(lang) if detector != "lexicon" else None)
    detector = detector or ("hybrid" if model is not None else "lexicon")
    if model is None:
        detector = "lexicon"
    entities = sorted(layers.get("entities") or [], key=lambda e: e.start)
    claims = Spans(layers.get("claims") or [])  # indexed: each trigger and figure asks for its claim
    quantities = layers.get("quantities")
    if quantities is None:
        quantities = find_quantities(body, lang, tokens)
    counts = [q for q in quantities if q.attrs.get("unit", "count") == "count"]
    mark_casualty_predicates(counts, parsed, lang)
    noun_starts = {q.attrs.get("noun_start") for q in counts if q.attrs.get("noun_class") in CLASS_ROLE}
    times = find_times(body, lang, published, tokens)
    places = place_spans_of(entities)
    # Triggers inside names are no events ("Ceasefire Violations Committee", "Economic Cooperation").
    name_spans = NameSpans((e.start, e.end) for e in entities
                           if e.label in ("ORG", "MISC") or " " in body[e.start:e.end])  # "North American Free Trade"
    events: list[dict] = []
    heads: dict[str, list[int]] = {}
    sentences = sentence_bounds(tokens)
    hits = triggers_of(lex, tokens, parsed)
    learned, probs = model.triggers(tokens, sentences, lex, hits=hits) if detector != "lexicon" else ({}, {})
    last_sentence = -10  # index of the last sentence that had an event
    disaster_at = None  # index of the last sentence naming a disaster or an accident
    disaster_starts: list[int] = []  # where each sentence naming one starts
    domains = page_domains(tokens, lex)  # sport, photo, gadget pages: a fight is a bout, a shot a photo
    for n_sent, (s0, s1) in enumerate(sentences):
        sent_events, instruments = sentence_events(body, tokens, s0, s1, lex, noun_starts, name_spans, hits)
        if detector != "lexicon":
            sent_events = with_learned(sent_events, learned, probs, model, tokens, s0, s1, lex,
                                        noun_starts, keep_lexicon=detector == "hybrid", hits=hits)
        sent_events = events_only(sent_events, tokens, parsed, lang)
        if domains and sent_events:
            off = contests(sent_events, tokens, s0, s1, lex, domains)
            sent_events = [ev for ev in sent_events if ev["i"] not in off]
        if has_cue(tokens, s0, s1, lex, "disaster"):
            disaster_at = n_sent
            disaster_starts.append(tokens[s0].start)
        if not sent_events:
            _unknown_without_trigger(body, tokens, s0, s1, lex, events)
            if events and n_sent - last_sentence <= 2:
                _casualty_phrases(head_event(events[-1], events), counts, claims, tokens[s0].start, tokens[s1 - 1].end)
            continue
        last_sentence = n_sent
        sent_start, sent_end = tokens[s0].start, tokens[s1 - 1].end
        unknown = unknown_in(tokens, s0, s1, lex)
        sent_times = [t for t in times if sent_start <= t["start"] < sent_end]
        place = find_place(body, tokens, s0, s1, lex, entities, day_words(lang), parsed)
        hedged = has_cue(tokens, s0, s1, lex, "hedge")
        clause_cache: dict = {}
        for ev in sent_events:
            i = ev["i"]
            if ev["mode"] is None and ev["type"] == "ASSAULT":
                # An instrument word, else another ASSAULT trigger of the sentence that names a
                # mode ("killed in a suicide car bombing" -> the bombing's mode).
                ev["mode"] = instruments[0] if instruments else next(
                    (e["mode"] for e in sent_events if e["type"] == "ASSAULT" and e["mode"]
                     and e["mode"] not in OWN_ACT_MODES), None)
            ev["hedged"] = hedged
            ev["negated"] = any(tokens[k].low in lex.cues.get("negation", ()) for k in range(max(s0, i - 3), i)) \
                or _negated_by_preposition(tokens, s0, i, lex) or _after_cue_phrase(tokens, s0, i, lex, "negation-phrase")
            ev["modality"] = modality(tokens, s0, i, lex)
            head = head_of(parsed, ev["start"], ev["end"]) if parsed is not None else None
            if ev["modality"] is None and parsed is not None and _intended(head, lex.cues):
                ev["modality"] = "future"
            if ev["modality"] == "future-negated":
                ev["negated"] = True  # "has no plans to demand", "would not return": not done
            if parsed is not None and _conditional(head, lex.cues.get("conditional-mark", ())):
                # "if he's elected", "unless the army attacks": not (yet) done; a future cue before
                # the "if" is the main clause's ("will respond if the rebels withdraw")
                ev["modality"] = "conditional"
            if ev["modality"] and _in_prepositional_phrase(parsed, ev, lex.cues.get("about", ())):
                # "berecht zal worden voor een schietpartij", "een onderzoek voor moord moet ...":
                # the modal verb governs the trial or the inquiry, not the shooting it is about
                ev["modality"] = None
            new_type = lex.modality.get((ev["modality"], ev["type"]))
            if new_type:  # "will provide aid" = AGREE; "will impose a blockade" = THREATEN
                mode = threaten_mode(ev["type"], ev["mode"]) if new_type == "THREATEN" else None
                ev["type"], ev["mode"], ev["role"] = new_type, mode, None
            claim, speaker = speaker_for(tokens[i].start, claims)
            ev["claims"] = [claim.id] if claim is not None and claim.id else []
            if claim is not None and claim.attrs.get("hedged"):
                ev["hedged"] = True
            _actor_target(body, tokens, s0, s1, ev, lex, entities, places, speaker, clause_cache, parsed)
            actor = ev.get("actor")
            if actor is not None and head is not None and head.dep_ == "amod" and not (
                    actor.get("start") is not None and head.left_edge.idx <= actor["start"] <= head.right_edge.idx):
                ev["actor"] = None  # "tried to save one of the wounded demonstrators": the
                # adjective's noun suffered it; the clause's subject did not do it (an agent
                # inside the participle's phrase stays: "de door de politie opgepakte man")
            for around in claims.holding(tokens[i].start):  # every reporter around it
                _not_the_reporter(ev, around.attrs.get("speaker"))
            if tokens[i].pos == "NOUN" and claim is not None:
                if not _claims_a_deed(claim, lex):
                    _speaker_not_actor(ev, speaker)
                elif ev.get("actor") is None and speaker and speaker.get("start") is not None:
                    ev["actor"] = dict(speaker)  # "Rebels claimed the attack on the convoy": theirs
            ev["place"] = place
            ev["place_unknown"] = "place" in unknown
            ev["time_unknown"] = "time" in unknown
            ev["time"] = min(sent_times, key=lambda t: abs(t["start"] - tokens[i].start), default=None)
        sent_events = [ev for ev in sent_events if not _between_animals(ev, lex)]
        if not sent_events:
            continue
        if disaster_at is not None and n_sent - disaster_at <= DISASTER_REACH:
            sent_events = _disaster_tolls(sent_events, tokens, disaster_at == n_sent, lex.cues.get("disaster", set()))
            if not sent_events:
                continue
        threat_modes(sent_events, tokens, s0)
        _shared_actor(sent_events, tokens, lex)
        _figures(sent_events, counts, claims, sent_start, sent_end, tokens, parsed, lex.cues.get("locative", set()))
        _refer_back(sent_events, events, tokens, lex, heads)
        for ev in sent_events:
            if ev["same_as"] is None:
                heads.setdefault(ev["type"], []).append(len(events))
            events.append(ev)
    place_orphans(events, counts, claims, disaster_starts)
    mark_restated(events, counts, body, lex.cues.get("definite", set()))
    return [_span(ev, k) for k, ev in enumerate(events, 1)]


def _between_animals(ev: dict, lex) -> bool:
    """An attack done by or to animals (the ``animal`` class of ``quantity_nouns.tsv`` and the
    ``animal`` cues: *schapen gedood door een wolf*, *aangevallen door leeuwen*) is no event
    between people."""
    if ev["type"] != "ASSAULT":
        return False
    animals = lex.cues.get("animal", set())
    for part in (ev["actor"], ev["target"]):
        words = (part or {}).get("text", "").lower().split()
        if words and (words[-1] in animals or lex.nouns.get(words[-1]) == "animal"
                      or lex.nouns.get(lemma(words[-1], lex.lang)) == "animal"):
            return True
    return False


def _shared_actor(sent_events, tokens, lex) -> None:
    """A trigger noun that names its own actors (``actor-noun``: *duizenden betogers ... om te
    protesteren*) lends them to a mention of its type in the same sentence that has none: one
    crowd, one protest."""
    nouns = lex.cues.get("actor-noun", ())
    for ev in sent_events:
        if ev["actor"] is not None or ev.get("modality"):
            continue
        crowd = next((e for e in sent_events if e is not ev and e["type"] == ev["type"] and e["actor"] is not None
                      and tokens[e["i"]].low in nouns and e["actor"]["start"] <= tokens[e["i"]].start), None)
        if crowd is not None and not (ev["target"] and ev["target"]["start"] < crowd["actor"]["end"]
                                      and crowd["actor"]["start"] < ev["target"]["end"]):
            ev["actor"] = dict(crowd["actor"])


def _intended(h, cues) -> bool:
    """An infinitive trigger that is only intended: the complement of a verb of intending
    (``intends`` cues: *wil vuurwerk verbieden*, however far the verb stands), or the purpose
    clause of a verb whose object is an order or a plan (*gaf opdracht om ... te verbieden*)."""
    if h is None or h.pos_ != "VERB" or h.head.i == h.i or "Inf" not in h.morph.get("VerbForm") and h.lower_ != _lemma(h):
        return False
    words, v = cues.get("intends", ()), h.head
    if h.dep_ in ("xcomp", "ccomp") and _lemma(v) in words:
        return True
    marks = cues.get("purpose-mark", ())
    return h.dep_ in ("advcl", "xcomp") and any(c.dep_ == "mark" and c.lower_ in marks for c in h.children) \
        and any(c.dep_ == "obj" and _lemma(c) in words for c in v.children)


def _after_cue_phrase(tokens, s0: int, i: int, lex, kind: str) -> bool:
    """A cue phrase of ``kind`` ends right before the trigger ("much less demand", "let alone
    attack": ``negation-phrase``, what is even less the case than a thing denied)."""
    if not lex.cue_phrases:
        return False
    for k in range(max(s0, i - 3), i):
        hit = lex.cue_phrases.match_at(tokens, k) if tokens[k].low in lex.cue_phrases.by_first else None
        if hit and hit[1] == kind and k + hit[0] == i:
            return True
    return False


def _conditional(h, marks) -> bool:
    """The trigger stands in a conditional clause (``conditional-mark`` cues: *if*, *unless*):
    "likely to roll it back if he's returned to office" tells of no act that has happened. Up
    the heads from the trigger to the root, the first adverbial clause decides."""
    if h is None or not marks:
        return False
    x = h
    for _ in range(6):
        if x.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in marks for c in x.children)
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _in_prepositional_phrase(parsed, ev, about) -> bool:
    """Is the trigger a noun in a phrase that tells what another act is about or after
    (``about`` cues: *voor*, *wegens*, *na* ...)? "met een offensief beginnen" stays future."""
    if parsed is None or ev["n"] != 1 or not about:
        return False
    h = head_of(parsed, ev["start"], ev["end"])
    return h is not None and h.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "case" and c.lower_ in about for c in h.children)


def _unknown_without_trigger(body, tokens, s0, s1, lex, events) -> None:
    """'It is unclear where and when.' with no trigger of its own: about the last event."""
    unknown = unknown_in(tokens, s0, s1, lex)
    if unknown and events:
        head = head_event(events[-1], events)
        head["place_unknown"] |= "place" in unknown
        head["time_unknown"] |= "time" in unknown


DISASTER_REACH = 3  # sentences after a disaster word in which a bare casualty noun is its toll
DISASTER = "DISASTER"  # deaths and injuries in a disaster or an accident: not a PLOVER category


def _by_disaster(ev: dict, disaster_words, tokens) -> bool:
    """The killing's doer is the disaster itself: "The magnitude 5.9 quake has killed …", "a
    Monday night earthquake that killed …" (a real page had made them assaults by "The
    magnitude"): a disaster word from the actor's start to the trigger."""
    actor = ev.get("actor") or {}
    if actor.get("start") is None or actor["start"] > ev["start"]:
        return False
    return any(t.low in disaster_words or t.lemma.lower() in disaster_words
               for t in tokens[_tok_index(tokens, actor["start"]):ev["i"]])


def _negated_by_preposition(tokens, s0: int, i: int, lex) -> bool:
    """"ohne Anklage", "without charge", "zonder proces": the preposition negates the noun right
    after it (an article or adjective between), not the verb that follows ("ohne Anklage
    verhaftet": the arrest happened)."""
    preps = lex.cues.get("negation-prep", ())
    k = i - 1
    while k >= s0 and k >= i - 3 and tokens[k].pos in ("DET", "ADJ"):
        k -= 1
    return k >= s0 and tokens[k].low in preps and tokens[i].pos in ("NOUN", "PROPN")


def _disaster_tolls(sent_events: list[dict], tokens, disaster_here: bool, disaster_words=frozenset()) -> list[dict]:
    """A sentence near a disaster word: its killings and injuries are the disaster's toll.

    "tué dans le séisme", "killed in the crash": deaths in a disaster or an accident are no
    one's assault; a bare casualty noun a few sentences on ("206 passagers, dont 26 blessés",
    "200 more were injured") is the same, whatever actor the words around a noun offer. Such an
    event becomes a DISASTER (no PLOVER category) that keeps its toll; one without a toll goes.
    A sentence with an assault of its own ("Rebels attacked a convoy, killing three") keeps its
    deaths, however near the disaster word."""
    def casualty_noun(ev):
        return tokens[ev["i"]].pos == "NOUN" and bool(ev["role"])
    attack = any(ev["type"] == "ASSAULT" and not casualty_noun(ev) and (ev["actor"] is not None or not ev["role"])
                 and not _by_disaster(ev, disaster_words, tokens) for ev in sent_events)
    for ev in sent_events:
        if ev["type"] == "ASSAULT" and (ev["actor"] is None and disaster_here or _by_disaster(ev, disaster_words, tokens)
                                        or not attack and ev["role"] and (ev["actor"] is None or casualty_noun(ev))):
            ev["type"], ev["mode"], ev["actor"] = DISASTER, None, None
    return [ev for ev in sent_events if ev["type"] != DISASTER or ev["role"]]


def _parse_ref(body, head, entities, places, cues=None) -> dict | None:
    """A participant from a parse argument: the entity over its head word, else its noun
    phrase, each with the names and conjuncts after it (``extent``). A place the parse makes
    an argument is a participant (*Israël pakt ... op*, *de aanval op Syrië*): the event's own
    place comes from a locative phrase (``find_place``). ``entities`` is sorted by start.
    ``cues``: the language's event cues (personal pronouns, time nouns)."""
    cues = cues or {}
    a, b = extent(head)
    k = bisect_right(entities, head.idx, key=lambda e: e.start) - 1
    for e in entities[max(0, k - 3):k + 1]:
        if e.start <= head.idx < e.end:
            b = max(b, e.end)
            return {**ref(body[e.start:b], e.start, b, e.id), "kind": "entity", "head": head.lower_}
    nominal = head.pos_ in ("NOUN", "PROPN", "PRON") or head.pos_ == "NUM" and head.text.isalpha() \
        or head.pos_ == "ADJ" and (head.dep_ in ("nsubj", "nsubj:pass", "obj") or  # a noun tagged
                                   head.dep_ != "amod" and head.text[:1].isupper()  # "Verdachte aangehouden"
                                   or any(c.dep_ in ("flat", "compound") and c.pos_ in ("NOUN", "PROPN")
                                          for c in head.children))  # "hooggeplaatste Hamas-leider"
    if not nominal \
            or head.lower_ in day_words(head.doc.lang_):  # "Duizenden protesteren" counts people
        return None  # "Zondag protesteerden honderden mensen": Sunday protested nothing
    if _gerund(head):
        return None  # "from determining who ...": a verb's -ing form names no participant
    if _lemma(head) in cues.get("time-noun", ()):
        return None  # "Enkele dagen voor ... heeft de politie ...": a time is no participant
    kind = "pronoun" if head.pos_ == "PRON" and not (len(head.text) > 1 and head.text.isupper()) else "noun"  # "OM"
    if kind == "pronoun":  # "hij", "ze" are kept as written; "het", "dat", "zich", "elkaar" name no one
        personal = head.lower_ in cues.get("pronoun", ()) or head.lower_ in cues.get("object-pronoun", ()) \
            or head.dep_ == "nmod:poss" and head.lower_ in cues.get("possessive", ())
        return {**ref(body[a:b], a, b), "kind": kind, "head": head.lower_, "personal": personal}
    if kind == "noun":  # a role noun and the name after it, however parsed: "oud-president Zuma"
        k = bisect_right(entities, b + 1, key=lambda e: e.start) - 1
        name = entities[k] if k >= 0 else None
        if name is not None and name.start > b and not body[b:name.start].strip() and name.attrs.get("kind") == "person":
            b = name.end
    return {**ref(body[a:b], a, b), "kind": kind, "head": head.lower_}


def _passive_by_words(tokens, lo: int, i: int, lex) -> bool:
    """A participle (form is not its lemma) after a passive auxiliary within four tokens or right
    before one, or
    anywhere from ``lo`` when the participle ends its clause and the tagger calls the
    auxiliary one ("werden vier verdachten (drie dealers en een koper) gearresteerd.")."""
    if tokens[i].low == tokens[i].lemma:
        return False
    aux = lex.cues.get("passive-aux", ())
    if any(tokens[k].low in aux for k in range(max(lo, i - 4), i)):
        return True
    if i + 1 < len(tokens) and tokens[i + 1].low in aux and tokens[i + 1].pos == "AUX":
        return True  # a subordinate clause's order: "de man die dinsdag neergestoken werd"
    ends_clause = i + 1 >= len(tokens) or tokens[i + 1].text in CLAUSE_END
    return ends_clause and any(tokens[k].low in aux and tokens[k].pos == "AUX" for k in range(lo, i))


def _set_participants(ev, actor, target, speaker, target_head) -> None:
    """A pronoun actor is the speaker of the claim the event sits in when that speaker is
    named before it (``speaker``); other pronouns stay as written, as claims keep pronoun
    speakers. A meeting with one party named has that party as its actor (``MUTUAL_TYPES``)."""
    if actor is not None and actor["kind"] == "pronoun" and speaker \
            and not any(n < actor["start"] for n in speaker.get("_names", ())):
        # "Rebellen claimen dat ze ... hebben gedood": the claimant; not when a name stands
        # between ("Israel says … the rampage by Hamas, in which it killed 1,200": it is Hamas)
        actor = {k: v for k, v in speaker.items() if k != "_names"}
    elif actor is not None and actor["kind"] == "pronoun" and not actor.get("personal", True):
        actor = None
    if target is not None and target["kind"] == "pronoun" and not target.get("personal", True):
        target = None
    if actor is None and ev["type"] in MUTUAL_TYPES:
        actor, target = target, None
    if actor is not None and target is not None and actor["start"] < target["end"] and target["start"] < actor["end"]:
        actor = target = None  # one phrase read as both ("De Keyser" / "Keyser"): neither is sure
    if actor is not None and target is not None and actor["text"].lower() == target["text"].lower():
        actor = target = None  # "they are vulnerable to attack; they ...": one word twice, no one sure
    for r in (actor, target):  # a word inside a longer trigger is no participant ("opened fire": not
        # "fire"); a one-word trigger that names its doers stays theirs ("betogers", "strikers")
        if r is not None and ev["start"] <= r["start"] and r["end"] <= ev["end"] \
                and r["end"] - r["start"] < ev["end"] - ev["start"]:
            if r is actor:
                actor = None
            else:
                target = None
    ev["actor"] = _clean(actor)
    ev["target"] = _clean(target)
    ev["_target_head"] = target_head(target) if target and target.get("head") else None


def _antecedent_like(e: Span) -> bool:
    """A person or organisation a pronoun may stand for: not a medium or platform (*op Telegram*),
    which carries the claim rather than doing anything in it."""
    return e.label in ("PER", "ORG") and (e.attrs or {}).get("kind") not in ("media", "platform")


def _says_hurt(verb, lang: str) -> bool:
    """The verb (or its particle or complement) says its subject died or was hurt (raakten
    gewond, kwamen om, died): casualty_predicates.tsv."""
    table = predicates(lang)
    return any(_lemma(w) in table for w in [verb] + [c for c in verb.children
                                                   if c.dep_ in ("compound:prt", "xcomp", "acomp")])


HEADLINE_PASSIVE_LANGS = {"en"}  # past tense and participle look alike ("shot", "arrested")
HEADLINE_PASSIVE_TYPES = {"ASSAULT", "COERCE"}  # acts done to someone: without an object, a passive
HEADLINE_PASSIVE_FORMS = frozenset({  # verbs seldom used without an object ("rebels attacked" is active)
    "shot", "stabbed", "killed", "murdered", "slain", "wounded", "injured", "beaten", "kidnapped", "abducted",
    "arrested", "detained", "jailed", "captured", "executed", "hanged", "lynched", "tortured", "assassinated"})


def _headline_passive(parsed, ev, args, lang: str) -> bool:
    """Whether the trigger is a participle standing without its auxiliary and without an object,
    with the act's undergoer as its subject (headline style: *Teenager shot dead outside club*,
    *Two journalists arrested in Minsk*). Read on real English pages, where the victims of such
    headlines had become the attackers."""
    if lang not in HEADLINE_PASSIVE_LANGS or ev["type"] not in HEADLINE_PASSIVE_TYPES or parsed is None:
        return False
    trig = head_of(parsed, ev["start"], ev["end"])
    if trig is None or trig.lower_ not in HEADLINE_PASSIVE_FORMS or trig.pos_ not in ("VERB", "NOUN"):
        return False
    kids = list(trig.children)
    if any(c.dep_ in ("aux", "aux:pass", "obj", "iobj", "ccomp", "xcomp") and c.pos_ != "ADJ" for c in kids):
        return False  # "was shot", "has arrested", "shot two protesters"
    if trig.i + 1 < len(parsed) and parsed[trig.i + 1].lower_ in ("at", "back", "up", "and", "or", ","):
        return False  # "police shot at the car", "police arrested and beat him" (the object shared)
    if trig.i + 1 < len(parsed) and parsed[trig.i + 1].pos_ in ("DET", "NUM", "PRON", "PROPN"):
        return False  # an object the parser hung elsewhere ("Police arrested two men")
    subj = args[0]
    return subj is not None and subj.i < trig.i and subj.dep_ in ("nsubj", "compound") \
        and (trig.dep_ in ("ROOT", "acl:relcl", "parataxis") or trig.head.i == subj.i) \
        and not any(t.pos_ == "AUX" for t in parsed[subj.i:trig.i])


def _actor_target(body, tokens, s0, s1, ev, lex, entities, places, speaker, cache, parsed=None) -> None:
    i = ev["i"]
    if speaker and not (speaker.get("start") is not None and tokens[s0].start <= speaker["start"] < ev["start"]):
        # a pronoun stands for the claimant only when the claimant comes before it in its
        # sentence ("Rebellen claimen dat ze ..."); not for a source named after the report
        # ("Hij stak een agent neer. Dat meldde de krant.")
        speaker = None
    if speaker and speaker.get("end") is not None:
        # names between the claimant and the event: a nearer antecedent of its pronoun (below)
        lo = bisect_left(entities, speaker["end"], key=lambda e: e.start)
        hi = bisect_left(entities, ev["start"], key=lambda e: e.start)
        speaker = dict(speaker, _names=[e.start for e in entities[lo:hi] if _antecedent_like(e)])
    args = (arguments(parsed, ev["start"], ev["end"], _passive_by_words(tokens, s0, i, lex), lex.cues,
                      mutual=ev["type"] in MUTUAL_TYPES or lex.lang == "en" and ev["type"] == "AGREE")
            if parsed is not None else None)
    actor = target = None
    if args is not None:
        actor = _parse_ref(body, args[0], entities, places, lex.cues) if args[0] is not None else None
        target = _parse_ref(body, args[1], entities, places, lex.cues) if args[1] is not None else None
        actor, target = _before_trigger(actor, ev, body), _before_trigger(target, ev, body)
    if actor is not None or target is not None:
        if actor is not None and target is not None and actor["start"] == target["start"]:
            target = None
        if actor is None and target is not None and ev["type"] in DOER_ONLY_TYPES and _case_of(args[1]) is None \
                and args[1].dep_ in ("obj", "nsubj", "nsubj:pass", "appos", "nmod") and (
                    _people(args[1], lex) or args[1].dep_ in ("nsubj", "nsubj:pass") and lex.lang == "fr"):
            # ("Les enseignantes sont mobilisées": who is mobilised in a protest protests)
            # a protest is done, to no one: the crowd the parser took for its object ("Gisteren
            # hebben duizenden boeren betoogd" read as "betoogd ... duizenden boeren") protests
            actor, target = target, None
        if actor is not None and _headline_passive(parsed, ev, args, lex.lang):
            # "Teenager shot dead outside nightclub", "Two journalists arrested in Minsk": a
            # headline's participle without its auxiliary; the subject underwent the act
            actor, target = None, actor
        if target is None and actor is not None and _subject_undergoes(tokens, ev, lex) \
                and not (args[0] is not None and args[0].dep_.startswith("obl")):
            actor, target = None, actor  # "Hij staat terecht", "Alle verdachten gaan vrijuit"
        _set_participants(ev, actor, target, speaker, lambda t: t["head"])
        return
    c0 = clause_start(tokens, s0, i)
    if c0 not in cache:  # triggers of one clause share its participants
        cache[c0] = participants(body, tokens, c0, s1, lex, entities, places)
    cands = cache[c0]
    before = [c for c in cands if c["start"] < ev["start"]]
    after = [c for c in cands if c["start"] >= ev["end"]]
    trig = head_of(parsed, ev["start"], ev["end"]) if parsed is not None else None
    if trig is not None and trig.pos_ in ("NOUN", "PROPN") and lex.lang == "en":
        # an event noun takes no participant from the clause after it ("Their release came
        # hours after the government freed three prisoners": the government released no one
        # there): nothing after a finite verb or a subordinating word that follows the noun
        stop = next((x.idx for x in trig.doc[trig.i + 1:trig.sent.end]
                     if x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm")
                     or x.dep_ == "mark" or x.pos_ == "SCONJ"), None)
        if stop is not None:
            after = [c for c in after if c["start"] < stop]
    passive = _passive_by_words(tokens, c0, i, lex) if trig is None else \
        is_passive(trig, _passive_by_words(tokens, c0, i, lex), lex.cues)
    if not passive and trig is not None and trig.pos_ == "NOUN":
        v = trig
        for _ in range(3):  # up the phrases: "door X in staat van beschuldiging gesteld" hung on X
            if v.dep_.startswith(("obl", "nmod")) and v.head.i != v.i:
                v = v.head
            else:
                break
        v = v if v is not trig and v.pos_ == "VERB" else None
        # "X is door Y in staat van beschuldiging gesteld", "onder arrest geplaatst": the passive
        # of the verb of such a phrase (``phrase-verb`` cues) is the act's
        passive = v is not None and v.pos_ == "VERB" and verb_lemma(v) in lex.cues.get("phrase-verb", ()) \
            and is_passive(v, False, lex.cues)
    if not passive and trig is not None and trig.pos_ == "NOUN" and trig.dep_.startswith("obl") \
            and trig.head.pos_ in ("VERB", "ADJ", "AUX") and before \
            and (is_passive(trig.head, False, lex.cues) or _says_hurt(trig.head, lex.lang)):
        # "Two soldiers were wounded in the attack", "Twee soldaten raakten gewond bij de aanval":
        # the clause's subject underwent the attack; it is not the attack's actor (a real page's
        # victims had become attackers)
        _set_participants(ev, None, before[-1], speaker, lambda c: c.get("head"))
        return
    agents = lex.cues.get("agent", set())
    definite = lex.cues.get("definite", set())

    def agent_marked(c):  # "door (het) leger"
        k = _tok_index(tokens, c["start"]) - 1
        if k > 0 and tokens[k].low in definite:
            k -= 1
        return tokens[k].low in agents
    by_agent = [c for c in after if agent_marked(c)]
    if passive:
        # the undergoer is the nearest participant before the participle and before any "door"
        # agent ("Het leger meldt vier soldaten gedood": the soldiers, not the army)
        by_at = next((tokens[k].start for k in range(c0, i) if tokens[k].low in agents), ev["start"])
        # the agent: after "door", right after it or after a role noun ("door aanklager Y")
        by_agent = by_agent or [c for c in before if agent_marked(c)] or [c for c in before if c["start"] > by_at][:1]
        actor = by_agent[0] if by_agent else None
        undergoers = [c for c in before if not agent_marked(c) and c["start"] < by_at]
        target = undergoers[-1] if undergoers else None
    elif _argument_of_another_verb(trig, lex):
        # "De politie onderzoekt de moord op X": the words before the noun are the other verb's
        # participants (the police did not murder); only what follows the noun can be its own
        target = after[0] if after else None
    else:
        actor = before[0] if before else None
        rest = [c for c in before[1:] + after if c is not actor]
        target = rest[0] if rest else None
        if _subject_undergoes(tokens, ev, lex) and target is None:
            actor, target = None, actor
    _set_participants(ev, actor, target, speaker, lambda t: lemma(t["head"], lex.lang))


def _before_trigger(r: dict | None, ev: dict, body: str) -> dict | None:
    """A participant phrase that runs into its own trigger (a headline's subject and verb parsed
    as one phrase: *Honderdduizenden protesteren*) ends before the trigger."""
    if r is None or not r["start"] < ev["start"] < r["end"]:
        return r
    text = body[r["start"]:ev["start"]].rstrip()
    return {**r, "text": text, "end": r["start"] + len(text)} if text else None


def _people(t, lex) -> bool:
    """The parse head ``t`` names people: a name, a person or group noun, a crowd count
    (*duizenden*), a capitalised noun (*Grieken*), a counted noun (*300 boeren*) or the noun a
    relative clause tells of (*de piloten die het werk neerleggen*)."""
    return t.pos_ in ("PROPN", "NUM") or (lex.nouns.get(t.lower_) or lex.nouns.get(_lemma(t))) in ("person", "group") \
        or t.lower_ in lex.cues.get("crowd", ()) or t.pos_ == "NOUN" and t.text[:1].isupper() and t.i > t.sent.start \
        or any(c.dep_ in ("nummod", "acl:relcl") for c in t.children)  # "de piloten die ..."


def _case_of(t) -> str | None:
    return next((c.lower_ for c in t.children if c.dep_ == "case"), None)


def _subject_undergoes(tokens, ev, lex) -> bool:
    """A trigger whose subject undergoes it (``subject-undergoes`` cues: *terechtstaan*,
    *vrijuit gaan*, *verdacht*): the one tried, acquitted or suspected is the target."""
    words = lex.cues.get("subject-undergoes", ())
    return any(t.low in words or t.lemma in words for t in tokens[ev["i"]:ev["i"] + ev["n"]])


def _argument_of_another_verb(trig, lex) -> bool:
    """An event noun that is the subject or object of a verb which is no support verb of it
    (*onderzoekt de moord*, not *pleegde een moord*)."""
    return trig is not None and trig.pos_ == "NOUN" and trig.head.i != trig.i \
        and trig.head.pos_ in ("VERB", "AUX") and trig.dep_ in ("obj", "nsubj", "nsubj:pass") \
        and verb_lemma(trig.head) not in lex.cues.get("support-verb", ())


def _tok_index(tokens, start: int) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo


BARE_ARTICLES = frozenset({"a", "an", "the", "de", "het", "een", "der", "die", "das", "ein", "eine", "le", "la", "les",
                           "un", "une", "l'", "l’"})


def _clean(r: dict | None) -> dict | None:
    if r is None:
        return None
    text = r["text"]
    if text.lower() in BARE_ARTICLES:
        return None  # "a protester …": an article alone names no one
    cut = min((text.find(q) for q in ("“", "„", "«", '"') if text.find(q) > 0), default=-1)
    if cut > 0:  # 'the hostages “give[s': a participant ends before a quotation opens
        text = text[:cut].rstrip()
        r = {**r, "text": text, "end": r["start"] + len(text)} if text and r.get("start") is not None else r
    if text.count("(") > text.count(")"):  # "Paul Manafort (69": no half of a bracket
        text = text[:text.rindex("(")].rstrip()
        r = {**r, "text": text, "end": r["start"] + len(text)} if text else None
        if r is None:
            return None
    out = ref(r["text"], r["start"], r["end"], r.get("entity"))
    if r.get("geo"):
        out["geo"] = r["geo"]
    return out


def _figures(sent_events, counts, claims, sent_start, sent_end, tokens, parsed=None, locative=frozenset()) -> None:
    """Give each count in the sentence to the nearest event that can take it. A count of a
    casualty noun (*doden*, *wounded*, *arrests*) names its role itself; a count of people
    (*strijders*, *people*) counts only when the parse makes it an argument of the trigger."""
    for q in counts:
        if not sent_start <= q.start < sent_end:
            continue
        cls = q.attrs.get("noun_class")
        role = CLASS_ROLE.get(cls)
        if role:
            fits = [e for e in sent_events if e["role"] == role or e["type"] in ("ASSAULT", "COERCE")]
        elif cls in ("person", None):
            fits = [e for e in sent_events if e["role"]]
            if parsed is not None and q.attrs.get("noun_start") is not None:
                fits = [e for e in fits if linked(parsed, q.attrs["noun_start"], e["start"], trigger_end=e["end"])
                        and not (cls is None and is_agent(parsed, q.attrs["noun_start"], e["start"], e["end"]))
                        and not is_passive_agent(parsed, q.attrs["noun_start"], e["start"], e["end"])
                        and not (cls is None and in_place_phrase(parsed, q.attrs["noun_start"], locative))]
            elif parsed is not None:
                fits = []  # a bare number with no noun: not a toll
        else:
            fits = []
        if not fits:
            continue
        ev = min(fits, key=lambda e: abs(e["start"] - q.start))
        role = role or ev["role"]
        add_figure(ev, role, figure_of(q, claims))
        if ev["target"] is None and q.attrs.get("noun") and cls in ("person", None) and not (
                ev["actor"] and ev["actor"]["start"] < q.attrs["noun_end"] and q.attrs["noun_start"] < ev["actor"]["end"]):
            ev["target"] = ref(q.attrs["noun"], q.attrs["noun_start"], q.attrs["noun_end"])  # not the actor again


def _casualty_phrases(ev: dict, counts, claims, sent_start: int, sent_end: int) -> None:
    """A sentence with no trigger of its own that counts casualties by a casualty noun
    (*Daarbij vielen tien doden*, *Another 900 were wounded*: the noun says the role) tells
    the toll of the event just before it (within two sentences)."""
    if ev["type"] not in ("ASSAULT", "COERCE", DISASTER):
        return
    for q in counts:
        role = CLASS_ROLE.get(q.attrs.get("noun_class"))
        if role is None or not sent_start <= q.start < sent_end:
            continue
        if role == "arrested" and ev["type"] != "COERCE" or role != "arrested" and ev["type"] == "COERCE":
            continue
        add_figure(ev, role, figure_of(q, claims))


def _other_toll(ev: dict, head: dict) -> bool:
    """Both tell a toll of the same kind, and the tolls differ: two events, not one."""
    for role in ROLES:
        mine = {f["value"] for f in (ev[role] or {}).get("figures", [])}
        theirs = {f["value"] for f in (head[role] or {}).get("figures", [])}
        if mine and theirs and not mine & theirs:
            return True
    return False


def _refer_back(sent_events, events, tokens, lex, heads: dict[str, list[int]]) -> None:
    """Link a mention to the earlier event it refers to (definite trigger or same target).
    ``heads``: type -> indices of earlier events that refer to no other (kept by the caller)."""
    definite = lex.cues.get("definite", set())
    generic = lex.cues.get("generic-target", set())  # "people": says nothing about which event
    for ev in sent_events:
        earlier = heads.get(ev["type"])
        if not earlier:
            continue
        same_target = [k for k in earlier if ev["_target_head"] and events[k]["_target_head"] == ev["_target_head"]
                       and ev["_target_head"].lower() not in generic and not _other_toll(ev, events[k])]
        is_definite = ev["i"] > 0 and tokens[ev["i"] - 1].low in definite and ev["actor"] is None
        if same_target and (ev["actor"] is None or events[same_target[-1]]["actor"] is None
                            or ev["actor"]["text"] == events[same_target[-1]]["actor"]["text"]):
            k = same_target[-1]
        elif is_definite and ev["target"] is None:
            k = earlier[-1]
        else:
            continue
        ev["same_as"] = k
        head = events[k]
        head["place_unknown"] |= ev["place_unknown"]
        head["time_unknown"] |= ev["time_unknown"]
        for role in ROLES:
            for f in (ev[role] or {}).get("figures", []):
                add_figure(head, role, f)


def _not_the_reporter(ev: dict, speaker: dict | None) -> None:
    """A participant after the trigger that is the speaker of the claim the event sits in reports
    it and takes no part in it ("... will provide aid, Minister X said": not X as aid's target;
    "Soon after the barricade was in place, X said"). A speaker before the trigger can be its
    actor ("Rebels claim they killed ...") and is left to the argument rules."""
    if not speaker or speaker.get("start") is None:
        return
    for role in ("actor", "target"):
        r = ev.get(role)
        if r and r.get("start") is not None and (r["start"] >= ev["end"] or role == "target") \
                and r["start"] < speaker["end"] and speaker["start"] < r["end"]:
            ev[role] = None  # (whoever tells of it is not its target either: "X's office said the
            # deaths were caused by gunshot wounds")


# modes that are an act of their own, not a means another act of the sentence shares: "killed
# some 1,200 people and kidnapped 240" (the killing was no abduction)
OWN_ACT_MODES = frozenset({"abduct", "sexual", "beat"})


def _claims_a_deed(claim: Span, lex) -> bool:
    """The claim's cue takes responsibility (*Rebels claim attack on convoy*, *eisen aanslag op*,
    *revendique l'attentat*): its speaker is the act's doer."""
    cue = (claim.attrs.get("cue") or {}).get("text", "").lower().split()
    return any(w in lex.cues.get("responsibility", ()) for w in cue)


def _speaker_not_actor(ev: dict, speaker: dict | None) -> None:
    """An act named by a noun inside what someone says is not the speaker's own (*Pompeo said
    the release gives hope for the success of peace negotiations*: Pompeo negotiates nothing)."""
    r = ev.get("actor")
    if speaker and r and r.get("start") is not None and speaker.get("start") is not None \
            and r["start"] < speaker["end"] and speaker["start"] < r["end"]:
        ev["actor"] = None


def _span(ev: dict, k: int) -> Span:
    return Span(ev["start"], ev["end"], ev["type"], {
        "mode": ev["mode"], "actor": ev["actor"], "target": ev["target"], "place": ev["place"],
        "place_unknown": ev["place_unknown"], "time": ev["time"], "time_unknown": ev["time_unknown"],
        "fatalities": ev["fatalities"], "injured": ev["injured"], "arrested": ev["arrested"],
        "claims": ev["claims"], "hedged": ev["hedged"], "negated": ev["negated"],
        "same_as": f"v{ev['same_as'] + 1}" if ev["same_as"] is not None else None,
        "modality": ev.get("modality"),
    }, id=f"v{k}")


class EventStep(AnalysisStep):
    name = "events"
    adds = "events"
    needs = ("parsed",)  # entities, quantities and claims are used when present

    def analyse(self, art: Article, lang: str) -> None:
        if art.page_type != "article":
            # The page gate: a section front, a product page, an error page or a teaser reports
            # no events ("Support us" is no SUPPORT); entities and claims are still read.
            art.layers[self.adds] = []
            art.notes.append(f"events-skipped: the page is a {art.page_type}, not an article")
            return
        art.layers[self.adds] = find_events(art.body, lang, art.layers, published_date(art),
                                            parsed=art.parsed)
