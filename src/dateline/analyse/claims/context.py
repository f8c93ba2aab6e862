"""Context around claims: datelines to keep out of speakers, and pronoun speakers resolved.

Datelines: when the dateline stays in the body ("KABUL (AP) — Rebels said …") the words
before the first verb would otherwise become the subject ("KABUL (AP) — Rebels"). The
metadata module's ``parse_dateline`` finds the prefix of each line; its tokens are cut from
the start of the sentence they open, so no rule sees them.

Pronoun speakers ("he said", "zei hij", "a-t-il déclaré") keep the pronoun as the speaker
span and get ``speaker.resolved`` = {text, start, end, entity}: among the compatible
antecedents that end before the pronoun, not inside quotation marks and not inside the
claim's own content, within the pronoun's sentence and the two before it, the one in the
latest sentence, and in that sentence the leftmost (subjects come first; docs/claims.md);
entities right after a preposition ("in an interview with X") are skipped.
Earlier speakers count only when they look like a name or a "the …" phrase (≤ 6 words).
Compatible: "he/hij/il" (person) takes a PER entity or an earlier non-pronoun speaker;
"they/ils" (group) an ORG entity, a group/organisation entity or an earlier speaker; "ze/sie"
(any) either. Gender and number are not checked beyond that. No antecedent: no "resolved".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ...lang import load_table
from ...metadata.dateline import parse_dateline
from ...types import Article, Span
from .lexicon import lexicon
from .text import Tok

WINDOW_SENTENCES = 2  # sentences before the pronoun's own sentence searched for antecedents


def dateline_tokens(article: Article, toks: list[Tok]) -> set[int]:
    """Indexes of tokens inside a dateline prefix at the start of a paragraph or line."""
    out: set[int] = set()
    starts = [t.start for t in toks]
    offset = 0
    for para in article.paragraphs:
        line_start = 0
        for line in para.split("\n"):
            if _may_open_with_dateline(line):
                m = parse_dateline(line.replace("―", "—"))  # the horizontal bar as a dash
                if m is not None:
                    a, b = offset + line_start, offset + line_start + m.end
                    i = bisect_right(starts, a - 1)
                    while i < len(toks) and toks[i].end <= b:
                        out.add(i)
                        i += 1
            line_start += len(line) + 1
        offset += len(para) + 2
    return out


_DATELINE_HINT = re.compile(r"^\s*(?:[A-Z][A-Z'’.-]+\b|[^\n]{0,60}\(|[^\n]{0,40}\s[-–—―]+\s)")


def _may_open_with_dateline(line: str) -> bool:
    """Cheap test before ``parse_dateline``: an all-caps first word, a parenthesis or a
    spaced dash near the start. Most body lines fail it, which saves the parser's city
    list (a 1.7 s load) when the metadata step has not loaded it already."""
    return bool(_DATELINE_HINT.match(line))


def cut_datelines(sents: list[tuple[int, int]], dl: set[int]) -> list[tuple[int, int]]:
    """Sentences with dateline tokens removed from their start (dropped when nothing is left)."""
    if not dl:
        return sents
    out = []
    for s, e in sents:
        while s < e and s in dl:
            s += 1
        if s < e:
            out.append((s, e))
    return out


@lru_cache(maxsize=None)
def _pronouns(lang: str) -> dict[str, str]:
    return {row[0].lower(): (row[1] if len(row) > 1 else "any") for row in load_table(lang, "speaker_pronouns.txt")}


@lru_cache(maxsize=None)
def _pronoun_sex(lang: str) -> dict[str, str]:
    """*she* -> f, *il* -> m: only the pronouns that say a sex (not Dutch *ze*, German *sie*)."""
    return {row[0].lower(): row[2] for row in load_table(lang, "speaker_pronouns.txt") if len(row) > 2 and row[2]}


@lru_cache(maxsize=None)
def _name_sex() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("xx", "given_names.txt") if len(row) > 1 and row[1]}


def _other_sex(pronoun: str, name: str, lang: str, given: dict[str, str] | None = None) -> bool:
    """The antecedent's given name says the other sex than the pronoun (*she* … *Andrew Rose
    Gregory*); an unknown name or a pronoun without a sex rules nothing out. The given name may
    follow a title (*Sen. Ben Sasse*), or stand with the surname earlier in the article
    (``given``: surname -> given name, *Sasse* -> *Ben*)."""
    want = _pronoun_sex(lang).get(pronoun.lower())
    if not want:
        return False
    words = name.split()
    got = next((_name_sex()[w] for w in words if w in _name_sex()), None)
    if got is None and words and given:
        got = _name_sex().get(given.get(words[-1], ""))
    return bool(got and want != got)


def _plural_group(text: str) -> bool:
    """*prison officials*, *prosecutors*: a group, no antecedent for *he* or *she*."""
    last = text.split()[-1] if text.split() else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def _one_person(entity: str | None, ent_by_id: dict) -> bool:
    """The speaker is one named person: no antecedent for "they"."""
    e = ent_by_id.get(entity) if entity else None
    return e is not None and (e.attrs or {}).get("kind") == "person"


def _compatible(kind: str, ent: Span) -> bool:
    ekind = (ent.attrs or {}).get("kind")
    person = ent.label == "PER" or ekind == "person"
    group = ent.label == "ORG" or ekind in ("organisation", "group", "media")
    if ekind == "role" and kind in ("group", "person"):
        plural = (ent.attrs or {}).get("norm", "")[-1:] in ("s", "x")
        return plural if kind == "group" else not plural  # "they": "officials"; "she": "the official"
    return person if kind == "person" else group if kind == "group" else person or group


def _name_like(text: str, lx) -> bool:
    """An earlier speaker fit to be an antecedent: short, and a name (capitalised) or a
    phrase opening with a determiner ("the spokesman"); not a stray clause the rules took."""
    words = [w.lower() for w in text.split()]
    if not 0 < len(words) <= 6 or any("pron" in lx.grammar.get(w, ()) for w in words):
        return False  # "While he": a clause with a pronoun, not a name
    first = lx.grammar.get(words[0], ())
    return "poss" not in first and (text[:1].isupper() or "det" in first)


INSTITUTION_HEADS = frozenset({
    "court", "government", "ministry", "department", "agency", "police", "army", "company", "committee",
    "council", "party", "campaign", "administration", "commission", "office", "board", "union", "newspaper",
    "rechtbank", "regering", "ministerie", "politie", "leger", "bedrijf", "partij", "gemeente", "krant",
    "gericht", "regierung", "ministerium", "polizei", "armee", "partei", "firma", "zeitung",
    "tribunal", "gouvernement", "ministère", "armée", "parti", "entreprise", "journal"})


def _institution(text: str, entity_id: str | None, ent_by_id: dict) -> bool:
    """An earlier speaker that is an institution (an organisation entity, or a phrase ending in
    *court*, *government* …) is no antecedent of *he* / *she* ("the court" had become "she")."""
    ent = ent_by_id.get(entity_id) if entity_id else None
    if ent is not None:
        return ent.label == "ORG" or (ent.attrs or {}).get("kind") in ("organisation", "group", "media")
    words = text.lower().replace("’", "'").split()
    return bool(words) and words[-1] in INSTITUTION_HEADS


def resolve_pronouns(claims: list[Span], toks: list[Tok], sents: list[tuple[int, int]],
                     ents: list[Span], body: str, lang: str) -> None:
    """Add ``speaker.resolved`` to claims whose speaker is a pronoun (in place)."""
    prons = _pronouns(lang)
    lx = lexicon(lang)
    if not prons or not toks:
        return
    quoted = [(t.start, t.end) for t in toks if t.quoted]
    q_starts = [a for a, _ in quoted]
    sent_starts = [toks[s].start for s, _ in sents]

    tok_starts = [t.start for t in toks]

    def after_prep(a: int) -> bool:
        """ "In an interview with X, …": a name after a preposition is not the subject."""
        k = bisect_right(tok_starts, a) - 1
        if k > 1 and lx.is_(toks[k - 1], "det"):
            k -= 1  # "at the National Baptist Convention"
        return k > 0 and lx.is_(toks[k - 1], "prep") and not lx.is_(toks[k - 1], "det")

    def in_quote(a: int) -> bool:
        k = bisect_right(q_starts, a) - 1
        return k >= 0 and quoted[k][0] <= a < quoted[k][1]

    # earlier speakers: (position start, end, then the antecedent's start, end, text, entity);
    # a resolved pronoun passes its antecedent on ("He said … He added …")
    named: list[tuple[int, int, int, int, str, str | None]] = []
    ent_by_id = {e.id: e for e in ents}
    given: dict[str, str] = {}  # surname -> the given name it was first told with ("Ben Sasse")
    for e in ents:
        words = body[e.start:e.end].split()
        if e.label == "PER" and len(words) >= 2 and words[-1] not in given:
            first = next((w for w in words[:-1] if w in _name_sex()), None)
            if first:
                given[words[-1]] = first
    for c in claims:
        sp = c.attrs.get("speaker")
        if not sp:
            continue
        kind = prons.get(sp["text"].lower())
        if kind is None:
            if _name_like(sp["text"], lx):
                named.append((sp["start"], sp["end"], sp["start"], sp["end"], sp["text"], sp.get("entity")))
            continue
        k = bisect_right(sent_starts, sp["start"]) - 1
        lo = sent_starts[max(0, k - WINDOW_SENTENCES)] if k >= 0 else 0
        cands = [(e.start, e.end, e.start, e.end, body[e.start:e.end], e.id) for e in ents
                 if lo <= e.start and e.end <= sp["start"] and _compatible(kind, e)
                 and not in_quote(e.start) and not (c.start <= e.start < c.end)
                 and not after_prep(e.start)]
        cands += [n for n in named if lo <= n[0] and n[1] <= sp["start"] and not (c.start <= n[0] < c.end)
                  and not (kind == "person" and (_institution(n[4], n[5], ent_by_id) or _plural_group(n[4])))
                  and not (kind == "group" and _one_person(n[5], ent_by_id))]
        cands = [x for x in cands if not _other_sex(sp["text"], x[4], lang, given)]
        # the latest sentence holding a candidate, and in it the leftmost (the subject, mostly)
        best = max(cands, key=lambda x: (bisect_right(sent_starts, x[0]), -x[0]), default=None)
        if best is not None:
            sp["resolved"] = {"text": best[4], "start": best[2], "end": best[3], "entity": best[5]}
            named.append((sp["start"], sp["end"]) + best[2:])
