"""Which mentions are one event: inside an article (the events layer's ``same_as``) and across
articles (same type, place, time and participants).

Inside one article the events layer decides: a mention with ``same_as`` refers back to an
earlier one ("de aanval" after "hebben aangevallen"), so a chain of ``same_as`` is one event;
mentions without it are different events, even of one type ("rebels attacked a convoy" and
"the government killed ~200 fighters" are two ASSAULTs).

The layer can miss a restatement ("opstandelingen hebben dinsdag een konvooi aangevallen" twice,
the second inside a denial): a later mention whose actor or target is the same as an earlier
event's and that agrees on at least one more part (place, time, the other participant), with
nothing disagreeing, is folded into that event (``fold_restated``).

Across articles a report joins a stored event of its story only when nothing disagrees:
the PLOVER type is the same, the places (gazetteer id or name) are the same or one is
unknown, the dates are at most a day apart or one is unknown, and actor and target are the
same or one is unknown.  Participants are compared by their content lemmas ("De regering" =
"regering"; "rebellen" and "rebels" both give "rebel"); in two different languages different
words are not read as a disagreement (no translation lexicon), only equal words as agreement.
Of the compatible events the one with the most agreeing parts wins (the earliest of equals);
at least one part must agree — a report that only fails to disagree ("de aanslag", nothing
else known) starts its own event rather than guess.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .text import content_lemmas

TIME_SLACK_DAYS = 1  # "dinsdag" resolved against two publication dates can land a day apart


def chains(spans: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The article's event mentions grouped by ``same_as`` (head mention first), in text order."""
    by_id = {s.get("id"): s for s in spans if s.get("id")}

    def head(s: dict[str, Any]) -> dict[str, Any]:
        seen = set()
        while (nxt := by_id.get((s.get("attrs") or {}).get("same_as") or "")) and id(nxt) not in seen:
            seen.add(id(s))
            s = nxt
        return s

    groups: dict[int, list[dict[str, Any]]] = {}
    for s in spans:
        h = head(s)
        if h.get("label") != s.get("label"):  # a reference across types is not one event
            h = s
        groups.setdefault(id(h), []).append(s)
    return list(groups.values())


def first(mentions: list[dict[str, Any]], key: str) -> dict[str, Any] | None:
    """The first mention's ``key`` (actor, target, place, time) that is known."""
    for m in mentions:
        v = (m.get("attrs") or {}).get(key)
        if v:
            return v
    return None


def participant_key(name: str | None, lang: str | None) -> str | None:
    if not name:
        return None
    lem = sorted(set(content_lemmas(name, lang))) or [name.lower().strip()]
    return " ".join(lem)


def _same_words(a: str, b: str) -> bool:
    """One participant's words inside the other's: "regering" / "afghaanse regering"."""
    ta, tb = set(a.split()), set(b.split())
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _dates_agree(a: str, b: str) -> bool:
    try:
        da, db = date.fromisoformat(a[:10]), date.fromisoformat(b[:10])
    except ValueError:  # month or year precision: one must contain the other
        return a.startswith(b) or b.startswith(a)
    return abs((da - db).days) <= TIME_SLACK_DAYS


def agreement(new: dict[str, Any], old: dict[str, Any]) -> int | None:
    """How many parts agree (place, time, actor, target); None when one disagrees."""
    if new["type"] != old["type"]:
        return None
    score = 0
    if new["place_key"] and old["place_key"]:
        # Same gazetteer id, or the same name: a city and its province share a name
        # (Kandahar, Helmand) and the gazetteer may pick either.
        same_name = (new.get("place") or "").lower() == (old.get("place") or "").lower() != ""
        if new["place_key"] != old["place_key"] and not same_name:
            return None
        score += 1
    if new["time"] and old["time"]:
        if not _dates_agree(new["time"], old["time"]):
            return None
        score += 1
    same_lang = not new["lang"] or not old["lang"] or new["lang"] == old["lang"]
    for part in ("actor_key", "target_key"):
        a, b = new[part], old[part]
        if a and b:
            if _same_words(a, b):
                score += 1
            elif same_lang:
                return None
    return score


def participants_agree(new: dict[str, Any], old: dict[str, Any]) -> bool:
    return any(new[p] and old[p] and _same_words(new[p], old[p]) for p in ("actor_key", "target_key"))


def fold_restated(groups: list[list[dict[str, Any]]], reports: list[dict[str, Any]]) -> list[int]:
    """For each mention group, the index of the group it restates (itself when none): same
    participant and one more agreeing part, nothing disagreeing, within one article."""
    into = list(range(len(groups)))
    for i, rep in enumerate(reports):
        for j in range(i):
            if into[j] == j and participants_agree(rep, reports[j]) and (agreement(rep, reports[j]) or 0) >= 2:
                into[i] = j
                break
    return into


def best_event(new: dict[str, Any], stored: list[dict[str, Any]], taken: set[str]) -> dict[str, Any] | None:
    """The stored event this report belongs to, or None (a new event)."""
    scored = [(s, e) for e in stored if e["id"] not in taken and (s := agreement(new, e)) is not None]
    if not scored:
        return None
    top = max(s for s, _ in scored)
    if top == 0:
        return None  # nothing disagrees but nothing agrees either: not evidence of one event
    return next(e for s, e in scored if s == top)
