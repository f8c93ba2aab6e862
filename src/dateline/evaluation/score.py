"""Compare one article's gold expectations with the layers the analysers produced (pure).

Inputs are plain data: the gold JSON dict, the article body, and the record's
``annotations`` (span dicts with ``start``, ``end``, ``label``, ``text``, ``attrs``, ``id``).
Each ``score_*`` returns ``(metrics, misses)``: metrics maps a metric name to a ``PRF`` or
``Acc``; misses lists what the main metric missed ("missed ...") or invented ("spurious ...").

Gold items marked ``"optional": true`` are cases annotators could argue either way: a
prediction that matches one is neither rewarded nor counted as wrong, and missing it costs nothing.
"""

from __future__ import annotations

from typing import Any, Callable

from .matching import PRF, Acc, Count, match_one_to_one
from .text import close, find_all, nested, norm, overlap, same, token_f1

Metrics = dict[str, PRF | Acc | Count]
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")


def _count(gold: list[dict], n_pred: int, pairs: list[tuple[int, int]],
           ok: Callable[[int, int], bool] = lambda gi, pi: True) -> PRF:
    """PRF over matched pairs, leaving optional gold items (and predictions matched to them) out."""
    opt = {i for i, g in enumerate(gold) if g.get("optional")}
    tp = sum(1 for gi, pi in pairs if gi not in opt and ok(gi, pi))
    on_opt = sum(1 for gi, _ in pairs if gi in opt)
    return PRF(tp, tp, n_pred - on_opt, len(gold) - len(opt))


def _misses(gold: list[dict], pred: list[Any], pairs, gtext, ptext, what: str) -> list[str]:
    """Unmatched gold items ("missed") and predictions ("spurious"); a None prediction is not shown."""
    gm = {gi for gi, _ in pairs}
    pm = {pi for _, pi in pairs}
    out = [f"missed {what}: {gtext(g)}" for i, g in enumerate(gold) if i not in gm and not g.get("optional")]
    out += [f"spurious {what}: {ptext(p)}" for i, p in enumerate(pred) if i not in pm and p is not None]
    return out


def _alts(v: Any) -> list[str]:
    """A gold field may be a string, a list of acceptable strings, or null."""
    if v is None:
        return []
    return [v] if isinstance(v, str) else [x for x in v if x]


def _sub_text(sub: Any) -> str | None:
    """Text of a nested attribute such as ``speaker`` ({text, start, end, entity}) or a bare string."""
    if isinstance(sub, dict):
        return sub.get("text")
    return sub if isinstance(sub, str) else None


def _num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))
    except (TypeError, ValueError):
        return False


def _ranges_meet(gl, gh, pl, ph) -> bool:
    """Do [gl, gh] and [pl, ph] intersect? None is an open end; a fully unknown range meets nothing."""
    if pl is None and ph is None:
        return False
    lo = max(x for x in (gl, pl, float("-inf")) if x is not None)
    hi = min(x for x in (gh, ph, float("inf")) if x is not None)
    return lo <= hi


# ----------------------------------------------------------------------------- entities

def is_generic(pred: dict) -> bool:
    """A generic actor rather than a name: kind role/group written in lower case ("rebellen",
    "army", "woordvoerder"). The analysers may emit these (the contract has kinds role and group,
    useful for claim speakers); the gold set annotates names only."""
    a = pred.get("attrs") or {}
    name = a.get("norm") or pred.get("text") or ""
    return a.get("kind") in ("role", "group") and name == name.lower()


def unscored(pred: dict) -> bool:
    return pred["label"] == "MISC" or is_generic(pred)


def score_entities(gold: list[dict], body: str, pred_spans: list[dict]) -> tuple[Metrics, list[str]]:
    """Entities are compared per article as distinct (text, label) pairs: a name that occurs
    five times is one gold item, found when any of its mentions is predicted with that label."""
    groups: dict[tuple[str, str], dict] = {}
    for s in pred_spans:
        if s.get("label") not in ENTITY_LABELS:
            continue
        key = (norm(s.get("text") or body[s["start"]:s["end"]]), s["label"])
        if key[0]:
            groups.setdefault(key, {"text": s.get("text") or body[s["start"]:s["end"]],
                                    "label": s["label"], "attrs": s.get("attrs") or {}})
    pred = list(groups.values())

    def exact(g, p):
        return 1.0 if g["label"] == p["label"] and same(g["text"], p["text"]) else 0.0

    def lenient(g, p):
        return token_f1(g["text"], p["text"]) if g["label"] == p["label"] and nested(g["text"], p["text"]) else 0.0

    def text_only(g, p):
        return 1.0 if same(g["text"], p["text"]) else 0.0

    # Predictions the gold set does not annotate are only counted when they match a gold item:
    # MISC (nationalities and the like) and generic actors ("politie", "soldiers", "woordvoerder").
    def n_pred(pairs):
        matched = {pi for _, pi in pairs}
        return sum(1 for i, p in enumerate(pred) if not unscored(p) or i in matched)

    pairs = match_one_to_one(gold, pred, exact)
    lpairs = match_one_to_one(gold, pred, lenient)
    tpairs = match_one_to_one(gold, pred, text_only)
    m: Metrics = {"exact": _count(gold, n_pred(pairs), pairs),
                  "overlap": _count(gold, n_pred(lpairs), lpairs),
                  "text_any_label": _count(gold, n_pred(tpairs), tpairs),
                  "kind": Acc(), "country": Acc(), "precision": Acc()}
    for gi, pi in pairs:
        g, a = gold[gi], pred[pi]["attrs"]
        if g.get("optional"):
            continue
        if g.get("kind"):
            m["kind"].count(a.get("kind") == g["kind"])
        geo = a.get("geo") or {}
        if "country" in g:
            m["country"].count((a.get("country") or geo.get("country")) == g["country"])
        if g.get("precision"):
            m["precision"].count(geo.get("precision") == g["precision"])
    m["generic_unscored"] = Count(sum(1 for p in pred if is_generic(p)))
    matched = {pi for _, pi in pairs}
    pred_shown = [p if i in matched or not unscored(p) else None for i, p in enumerate(pred)]
    miss = _misses(gold, pred_shown, pairs, lambda g: f"{g['text']} [{g['label']}]",
                   lambda p: f"{p['text']} [{p['label']}]", "entity")
    return m, miss


# ----------------------------------------------------------------------------- quantities

def _quantity_texts(p: dict, body: str) -> list[str]:
    """The span as predicted, and the span stretched over its head noun (attrs noun_start/noun_end),
    since the gold text includes the noun ("bijna 200 strijders") and the contract keeps it apart."""
    out = [p.get("text") or body[p["start"]:p["end"]]]
    a = p.get("attrs") or {}
    ns, ne = a.get("noun_start"), a.get("noun_end")
    if isinstance(ns, int) and isinstance(ne, int):
        out.append(body[min(p["start"], ns):max(p["end"], ne)])
    return out


def score_quantities(gold: list[dict], body: str, pred_spans: list[dict]) -> tuple[Metrics, list[str]]:
    """A predicted quantity matches a gold one when its span overlaps the gold text in the body."""
    occ = [find_all(body, g["text"]) for g in gold]

    def ov(gi_g, p):
        gi, _ = gi_g
        best = 0.0
        for o in occ[gi]:
            shared = overlap(o, (p["start"], p["end"]))
            if shared:
                best = max(best, shared / (max(o[1], p["end"]) - min(o[0], p["start"])))
        return best

    indexed = list(enumerate(gold))
    pairs = match_one_to_one(indexed, pred_spans, ov)
    a = lambda pi: pred_spans[pi].get("attrs") or {}
    m: Metrics = {
        "overlap": _count(gold, len(pred_spans), pairs),
        "exact_span": _count(gold, len(pred_spans), pairs,
                             lambda gi, pi: any(same(gold[gi]["text"], t) for t in _quantity_texts(pred_spans[pi], body))),
        "bounds": Acc(), "range": Acc()}
    for gi, pi in pairs:
        g = gold[gi]
        if g.get("optional"):
            continue
        m["bounds"].count(_num_eq(a(pi).get("low"), g.get("low")) and _num_eq(a(pi).get("high"), g.get("high")))
        m["range"].count(_ranges_meet(g.get("low"), g.get("high"), a(pi).get("low"), a(pi).get("high")))
    return m, _misses(gold, pred_spans, pairs, lambda g: g["text"], lambda p: p.get("text"), "quantity")


# ----------------------------------------------------------------------------- claims + links

def _speaker_texts(attrs: dict, entity_text: dict[str, list[str]]) -> list[str]:
    """The predicted speaker as written, plus the entity it was resolved to (for "hij", "she")."""
    sp = attrs.get("speaker")
    out = [t for t in [_sub_text(sp)] if t]
    if isinstance(sp, dict) and sp.get("entity") in entity_text:
        out += entity_text[sp["entity"]]
    return out


def align_claims(gold: list[dict], pred_spans: list[dict]) -> list[tuple[int, int]]:
    """Claims pair up on their content: exact after normalising, or token F1 >= .5."""
    def s(g, p):
        if same(g["content"], p.get("text")):
            return 2.0
        f = token_f1(g["content"], p.get("text"))
        return f if f >= 0.5 else 0.0

    return match_one_to_one(gold, pred_spans, s)


def score_claims(gold: list[dict], body: str, pred_spans: list[dict],
                 entity_spans: list[dict] | None = None) -> tuple[Metrics, list[str], list[tuple[int, int]]]:
    """Content, speaker and cue are each scored exact and lenient (token F1 >= .5) over the
    aligned claims; channel, outlet and hedged as accuracy among aligned claims."""
    entity_text: dict[str, list[str]] = {}
    for e in entity_spans or []:
        if e.get("id"):
            entity_text[e["id"]] = [t for t in (e.get("text"), (e.get("attrs") or {}).get("norm")) if t]
    pairs = align_claims(gold, pred_spans)
    pa = [p.get("attrs") or {} for p in pred_spans]
    opt = {i for i, g in enumerate(gold) if g.get("optional")}
    m: Metrics = {
        "content_exact": _count(gold, len(pred_spans), pairs,
                                lambda gi, pi: same(gold[gi]["content"], pred_spans[pi].get("text"))),
        "content_overlap": _count(gold, len(pred_spans), pairs)}
    for field in ("speaker", "cue"):
        def got(pi, field=field):
            return _speaker_texts(pa[pi], entity_text) if field == "speaker" else [t for t in [_sub_text(pa[pi].get("cue"))] if t]

        n_gold = sum(1 for i, g in enumerate(gold) if i not in opt and _alts(g.get(field)))
        on_opt = {pi for gi, pi in pairs if gi in opt}
        n_pred = sum(1 for pi in range(len(pred_spans)) if pi not in on_opt and got(pi))
        for kind, test in (("exact", same), ("overlap", close)):
            tp = sum(1 for gi, pi in pairs if gi not in opt and any(
                test(g, p) for g in _alts(gold[gi].get(field)) for p in got(pi)))
            m[f"{field}_{kind}"] = PRF(tp, tp, n_pred, n_gold)
    for field in ("channel", "outlet"):
        acc = Acc()
        for gi, pi in pairs:
            if gi in opt or field not in gold[gi]:
                continue
            want, have = _alts(gold[gi][field]), _sub_text(pa[pi].get(field))
            acc.count(not have if not want else bool(have) and any(close(w, have) or nested(w, have) for w in want))
        m[field] = acc
    hedged = Acc()
    for gi, pi in pairs:
        if gi not in opt and "hedged" in gold[gi]:
            hedged.count(bool(pa[pi].get("hedged")) == bool(gold[gi]["hedged"]))
    m["hedged"] = hedged
    miss = _misses(gold, pred_spans, pairs, lambda g: g["content"], lambda p: p.get("text"), "claim")
    return m, miss, pairs


def score_links(gold_links: list[dict], gold_claims: list[dict], pred_claims: list[dict],
                pairs: list[tuple[int, int]]) -> tuple[Metrics, list[str]]:
    """A predicted link is right when both its claims are aligned with gold claims that the gold
    set links with the same type. Direction is not scored ("A disputes B" = "B disputes A")."""
    gid_of_pred = {pred_claims[pi].get("id"): gold_claims[gi]["id"] for gi, pi in pairs}
    want = {(frozenset((l["from"], l["to"])), l["type"]) for l in gold_links}
    found: set = set()
    pred_links = []
    for p in pred_claims:
        for l in (p.get("attrs") or {}).get("links") or []:
            pred_links.append((p.get("id"), l.get("target"), l.get("type")))
    tp_pred = 0
    seen_pred: set = set()
    miss = []
    for src, dst, typ in pred_links:
        a, b = gid_of_pred.get(src), gid_of_pred.get(dst)
        key = (frozenset((a, b)), typ) if a and b else None
        if key in seen_pred:  # the same link stated from both ends counts once
            continue
        if key:
            seen_pred.add(key)
        if key in want:
            tp_pred += 1
            found.add(key)
        else:
            miss.append(f"spurious link: predicted {src} {typ} {dst} (as gold claims: {a or '-'} / {b or '-'})")
    n_pred = len(seen_pred) + sum(1 for s, d, _ in pred_links if not (gid_of_pred.get(s) and gid_of_pred.get(d)))
    for l in gold_links:
        if (frozenset((l["from"], l["to"])), l["type"]) not in found:
            miss.append(f"missed link: {l['from']} {l['type']} {l['to']}")
    return {"links": PRF(len(found), tp_pred, n_pred, len(want))}, miss


# ----------------------------------------------------------------------------- events

def score_events(gold: list[dict], body: str, pred_spans: list[dict]) -> tuple[Metrics, list[str]]:
    """Events match on their trigger (the gold trigger text overlapping the predicted span);
    ``typed`` also needs the same PLOVER type (or one of the gold's accepted types, for events
    PLOVER itself leaves open, e.g. a sentence: COERCE or ACCUSE). Place and figures are scored
    among typed matches."""
    occ = [find_all(body, g["trigger"]) for g in gold]

    def trig(gi_g, p, typed):
        gi, g = gi_g
        if typed and p.get("label") not in _alts(g["type"]):
            return 0.0
        return float(max((overlap(o, (p["start"], p["end"])) for o in occ[gi]), default=0))

    indexed = list(enumerate(gold))
    any_pairs = match_one_to_one(indexed, pred_spans, lambda g, p: trig(g, p, False))
    pairs = match_one_to_one(indexed, pred_spans, lambda g, p: trig(g, p, True))
    m: Metrics = {"typed": _count(gold, len(pred_spans), pairs),
                  "trigger": _count(gold, len(pred_spans), any_pairs),
                  "place": Acc(), "place_unknown": Acc(), "fatalities": Acc(), "injured": Acc(), "arrested": Acc()}
    for gi, pi in pairs:
        g, a = gold[gi], pred_spans[pi].get("attrs") or {}
        if g.get("optional"):
            continue
        if "place" in g:
            want, have = _alts(g["place"]), _sub_text(a.get("place"))
            m["place"].count(not have if not want else bool(have) and any(close(w, have) or nested(w, have) for w in want))
        if "place_unknown" in g:
            m["place_unknown"].count(bool(a.get("place_unknown")) == bool(g["place_unknown"]))
        for fig in ("fatalities", "injured", "arrested"):
            if fig in g:
                want, have = g[fig], a.get(fig)
                if want is None:
                    m[fig].count(not have)
                else:
                    have = have or {}
                    m[fig].count(_num_eq(have.get("low"), want.get("low")) and _num_eq(have.get("high"), want.get("high")))
    miss = _misses(gold, pred_spans, pairs, lambda g: f"{g['trigger']} [{'/'.join(_alts(g['type']))}]",
                   lambda p: f"{p.get('text')} [{p.get('label')}]", "event")
    return m, miss


def score_article(gold: dict, body: str, annotations: dict[str, list[dict]]) -> dict[str, tuple[Metrics, list[str]]]:
    """Every part for one article: {part: (metrics, misses)}."""
    ents = annotations.get("entities") or []
    claims = annotations.get("claims") or []
    cm, cmiss, pairs = score_claims(gold.get("claims", []), body, claims, ents)
    return {
        "entities": score_entities(gold.get("entities", []), body, ents),
        "quantities": score_quantities(gold.get("quantities", []), body, annotations.get("quantities") or []),
        "claims": (cm, cmiss),
        "links": score_links(gold.get("links", []), gold.get("claims", []), claims, pairs),
        "events": score_events(gold.get("events", []), body, annotations.get("events") or []),
    }
