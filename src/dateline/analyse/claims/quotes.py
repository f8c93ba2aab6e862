"""Direct quotes and hedged reports.

Quotes: "…," said X. / "…," X said. / X zei: "…" / „…", zegt X / « … », a déclaré X.
Hedges: a sentence that reports without a named source ("De soldaten zouden zijn omgebracht",
"were allegedly killed") is a claim with no speaker; a hedge inside another claim marks it.
"""

from __future__ import annotations

from .layout import dash_signed
from .lexicon import MODAL_TAGS, ClaimLexicon
from .parse import children_of, parse_subject
from .phrases import np_right, so_speaker_follows, trim_speaker
from .fronts import CONDITIONALS
from .rules import Found, clause_end
from .subjects import _participle
from .text import END_PUNCT, OPEN_QUOTES, Tok

ATTRIBUTION_SENTENCE = 14  # tokens of a sentence that only attributes the quote before it
ATTRIBUTION_TAIL = 4  # words after its cue and speaker ("… said on Twitter.", "… said Friday.")
MIN_QUOTE_TOKENS = 3  # shorter quoted bits are scare quotes or titles, not statements


def _cue_at(toks: list[Tok], c: int, lx: ClaimLexicon) -> bool:
    """A reporting verb, not a capitalised name ("State") or a noun after a determiner,
    preposition or number ("in 50 states", "the report")."""
    t = toks[c]
    if not (t.lemma in lx.verbs or t.lemma in lx.particle_verbs) or t.is_upper:
        return False
    p = toks[c - 1] if c else None
    return p is None or not (lx.is_(p, "det") and not lx.is_(p, "pron") or lx.is_(p, "prep")
                             or p.text[:1].isdigit()
                             or lx.lang == "fr" and t.pos == "ADJ" and p.pos == "NOUN")  # "un œil critique"


def _sentence_end(sents, i):
    for a, b in sents:
        if a <= i < b:
            return a, b
    return i, i + 1


def quote_claims(toks: list[Tok], pairs, sents, lx: ClaimLexicon, used: set[int],
                 breaks: set[int] = frozenset()) -> list[Found]:
    out: list[Found] = []
    opens = {qo: qc for qo, qc in pairs}
    taken: set[int] = set()
    for qo, qc in pairs:
        if qo in taken:
            continue
        if qc - qo - 1 < MIN_QUOTE_TOKENS and not _resumed_after(toks, qc, opens, sents):
            continue
        ce = qc
        while ce > qo + 1 and toks[ce - 1].text in (",", ":"):
            ce -= 1
        content = (qo + 1, ce)
        s, e = _sentence_end(sents, qc)
        f = _after_quote(toks, qc + 1, e, lx, content, used)
        if f is None and e == qc + 1 and toks[qc - 1].text in ("?", "!", ".") and qc + 1 < len(toks) \
                and qc not in breaks:
            # '“… a show, no?” Freddy Ortega said.': a question, an exclamation (or a full stop)
            # ends the sentence before a capitalised speaker; the short sentence after it that
            # only names who said it is the attribution
            s2, e2 = _sentence_end(sents, qc + 1)
            if s2 == qc + 1 and e2 - s2 <= ATTRIBUTION_SENTENCE and toks[e2 - 1].text in END_PUNCT:
                f = _after_quote(toks, qc + 1, e2, lx, content, used)
                after = range(max(f.cue[1], f.speaker[1]), e2) if f else range(0)
                if f is not None and (sum(toks[j].is_word for j in after) > ATTRIBUTION_TAIL
                                      or any(toks[j].pos in ("AUX", "VERB") for j in after) or any(
                        toks[j].pos in ("AUX", "VERB") or toks[j].text == "," for j in range(s2, f.cue[0]))):
                    used.discard(f.cue[0])  # "The question was asked by many": no speaker before it
                    f = None
        if f is not None and lx.lang == "de":
            f.content = _de_partial_quote(toks, sents, qo, f, lx)
        if f is not None:
            more = _resumed_quote(toks, f, opens, sents, qc)
            if more is not None:  # "“A,” he said, “B.”": one quote, the attribution inside it
                taken.add(more[0])
                f.resumed = (more[0] + 1, more[1])
        if f is None:
            s0, _ = _sentence_end(sents, qo)
            ends = toks[qc - 1].text in END_PUNCT or qc + 1 >= e or toks[qc + 1].text in END_PUNCT
            f = _before_quote(toks, s0, qo, lx, content, used, ends)
        if f is None:
            f = dash_signed(toks, qo, qc, lx, used, content)
        if f is None and out:
            f = _follow_on(toks, sents, breaks, out[-1], qo, qc, content)
        if f:
            out.append(f)
    return out


def _de_partial_quote(toks, sents, qo: int, f: Found, lx: ClaimLexicon) -> tuple[int, int]:
    """German quotes a phrase inside the reported clause: *Es gebe eine „alarmierende Zahl von
    Fällen“, macht Wolff deutlich*: what is said is the whole clause from the sentence start."""
    s0, _ = _sentence_end(sents, qo)
    a = s0
    while a < qo and (toks[a].text in OPEN_QUOTES or not toks[a].is_word):
        a += 1
    words = [j for j in range(a, qo) if toks[j].is_word]
    if len(words) < 2 or f.content[0] != qo + 1 or any(
            toks[j].quoted or toks[j].text in OPEN_QUOTES or toks[j].text in (":", ";", "?", "!", "(", ")")
            or toks[j].lemma in lx.verbs and not toks[j].is_upper for j in range(a, qo)):
        return f.content
    if not any(toks[j].pos in ("VERB", "AUX") for j in range(a, qo)):
        return f.content  # "Die Ministerin: „…“" or a bare name before the quote
    return (a, f.content[1])


def _quote_end(toks, qo: int, qc: int) -> int:
    ce = qc
    while ce > qo + 1 and toks[ce - 1].text in (",", ":"):
        ce -= 1
    return ce


def _resumed_at(toks, after: int, opens: dict, sents) -> tuple[int, int] | None:
    """The quotation that opens right after ``after`` (a comma, then the opening mark) in the
    same sentence: (its opening mark, the end of its words)."""
    if after + 1 >= len(toks) or toks[after].text != ",":
        return None
    qo2 = after + 1
    if qo2 not in opens:
        return None
    s, e = _sentence_end(sents, after)
    qc2 = opens[qo2]
    if not s <= qo2 < e or qc2 - qo2 - 1 < 2:
        return None
    return qo2, _quote_end(toks, qo2, qc2)


def _resumed_after(toks, qc: int, opens: dict, sents) -> bool:
    """A short quote whose sentence resumes it after the attribution (*“Yes,” she said, “we
    will.”*): kept, as the first piece of one quotation."""
    s, e = _sentence_end(sents, qc)
    for j in range(qc + 1, min(e, qc + 12)):
        if toks[j].quoted or toks[j].text in END_PUNCT:
            return False
        if toks[j].text == "," and j + 1 < e and j + 1 in opens and j > qc + 2:
            return True
    return False


def _resumed_quote(toks, f: Found, opens: dict, sents, qc: int) -> tuple[int, int] | None:
    """ "“There are real problems,” Mr. Brown said, “and we see the results.”": the quotation
    goes on after its attribution, in the same sentence. Returns (the second opening mark, the
    end of its words); the claim's content runs from the first piece to the end of the second,
    as one interrupted quotation (PolNeAR marks the two pieces as one content)."""
    end = max(f.cue[1], f.speaker[1] if f.speaker else 0, f.addressee[1] if f.addressee else 0)
    if end <= qc:
        return None
    relative = False
    for j in range(end, min(len(toks), end + 20)):  # past an apposition: "said X, the planner, “…”"
        t = toks[j]
        relative = relative or t.lower in ("who", "which", "whose")  # "…, an economist who is …,"
        if t.quoted or t.text in END_PUNCT or t.text in OPEN_QUOTES or t.pos in ("VERB", "AUX") and not relative:
            return None
        if t.text == ",":
            got = _resumed_at(toks, j, opens, sents)
            if got is not None:
                return got
    return None


def _follow_on(toks, sents, breaks, prev: Found, qo, qc, content) -> Found | None:
    """ "…," he said. "More." — a quotation standing alone as the next sentence of the same
    paragraph continues the previous speaker's quote: same speaker and cue, ``follows`` set."""
    s0, e0 = _sentence_end(sents, qo)
    if prev.kind != "quote" or prev.speaker is None or s0 != qo or e0 > qc + 3:
        return None
    if any(k in breaks for k in range(prev.cue[0], qo)):
        return None  # another paragraph: maybe another speaker
    ps, _ = _sentence_end(sents, qo - 1)
    if not ps <= prev.cue[0] < qo:
        return None
    return Found(content, prev.cue, "quote", prev.speaker, addressee=prev.addressee, follows=prev)


def _after_quote(toks, k, e, lx, content, used) -> Found | None:
    if k < e and toks[k].text == ",":
        k += 1
    limit = min(e, k + 24)
    p = lx.according.match_at(toks, k) if k < e else None
    if p and p.tag == "post" and not so_speaker_follows(toks, k, lx):
        return None  # "…“ So oder so: …"
    if p and p.tag == "post":  # „…", aldus de minister.
        xe = np_right(toks, k + len(p.words), e, lx)
        if xe > k + len(p.words):
            used.update(range(k, k + len(p.words)))
            return Found(content, (k, k + len(p.words)), "quote", (k + len(p.words), xe))
    for c in range(k, limit):
        t = toks[c]
        if t.text in END_PUNCT or t.quoted or t.text in OPEN_QUOTES:
            return None
        if _cue_at(toks, c, lx) and c not in used:
            if lx.lang == "en" and toks[c].lower.endswith("ing") and (c == k or toks[c - 1].text == ","):
                return None  # '"…" at the release, adding that …', '"…," blaming …': not its cue
            if c > k and lx.is_(toks[c - 1], "conj"):
                return None  # '"…" the legal footing for a deal and said …': a second verb
            a, b = trim_speaker(toks, k, c, lx)
            comma = next((x for x in range(k, c) if toks[x].text == ","), None)
            if comma is not None and comma > k:  # "…," Scott Pruitt, the attorney general, said
                a, b = k, comma  # (a long apposition too: "…," Joe Hyland, 18, from Truro, Cornwall, told)
            if b - a > 8:  # a clause, not a speaker: "…," he kept his temper, then said
                return None
            addressee = None
            if b > a:
                speaker = (a, b)  # "…," he said.
                if lx.verbs.get(toks[c].lemma) == "tell":  # "…," she told the BBC: the outlet
                    ne = np_right(toks, c + 1, e, lx)
                    addressee = (c + 1, ne) if ne > c + 1 else None
            else:
                r0 = c + 2 if c + 1 < e and toks[c + 1].text in ("-", "-t-") else c + 1  # "dit-elle"
                ne = np_right(toks, r0, e, lx)  # "…," said the spokesman.
                speaker = (r0, ne) if ne > r0 else None
            if speaker is None:
                return None
            used.add(c)
            return Found(content, (c, c + 1), "quote", speaker, addressee=addressee)
    return None


def _before_quote(toks, s, qo, lx, content, used, ends: bool = True) -> Found | None:
    """X zei: "…" / X said, "…" — the cue stands just before the opening quote; an English
    speech verb may stand right against it (*X says "…"*); or X spreekt van „…" — with a
    preposition between."""
    if qo - 2 >= s and lx.is_(toks[qo - 1], "prep") and not toks[qo - 2].quoted and _cue_at(toks, qo - 2, lx) \
            and qo - 2 not in used:
        a, b = trim_speaker(toks, s, qo - 2, lx)
        if b > a:
            used.add(qo - 2)
            f = Found(content, (qo - 2, qo - 1), "quote", (a, b))
            f.cue_parts.append((qo - 1, qo))
            return f
    if qo - 1 < s:
        return None
    first, bare = qo - 2, False
    if toks[qo - 1].text not in (":", ","):
        c = qo - 1
        if not (ends and lx.lang == "en" and lx.verbs.get(toks[c].lemma) in ("say", "tell")
                and toks[c].pos == "VERB" and not toks[c].lower.endswith("ing") and c > s and not toks[c].quoted):
            # (a quotation that ends the sentence: "told “The Daily News” that …" names a paper)
            return None
        first, bare = c, True  # "X says “…”" (the rule below finds its subject before it)
    for c in range(first, max(s - 1, qo - 10), -1):
        t = toks[c]
        if t.quoted or t.text in END_PUNCT:
            return None
        if _cue_at(toks, c, lx) and c not in used:
            if _participle(toks, s, c, lx):
                # "X said there were no plans, adding: “…”": the participle's subject is the
                # sentence's, not the words before it
                speaker = parse_subject(toks, children_of(toks), c, s, qo)
                if speaker is not None and speaker[1] > c:
                    speaker = None
                used.add(c)
                return Found(content, (c, c + 1), "quote", speaker)
            if bare:  # 'X says “…”': the verb's subject by the parse, right before it
                speaker = parse_subject(toks, children_of(toks), c, s, qo)
                if speaker is not None:
                    a, b = speaker
                    while b > a and toks[b - 1].text == ",":
                        b -= 1
                    speaker = (a, b) if b > a and all(toks[j].text == "," or toks[j].pos in ("ADV", "AUX")
                                                      for j in range(b, c)) else None
                if speaker is None or toks[speaker[0]].lower in ("which", "who", "that"):
                    return None
                used.add(c)
                return Found(content, (c, c + 1), "quote", speaker)
            a, b = trim_speaker(toks, s, c, lx)
            speaker = (a, b) if b > a else None
            if speaker is None:
                ne = np_right(toks, c + 1, qo - 1, lx)
                speaker = (c + 1, ne) if ne > c + 1 else None
            if speaker is None:
                return None
            used.add(c)
            return Found(content, (c, c + 1), "quote", speaker)
    return None


PERFECT_AUX = frozenset({"haben", "sein"})


def _perfect_infinitive(toks: list[Tok], i: int, e: int) -> bool:
    """A perfect infinitive after the modal (*soll ... getötet worden sein*, *soll gesagt
    haben*): German *sollen* reports hearsay with it; with a plain infinitive (*soll ...
    beinhalten*, *soll möglich sein*) it says what is planned or required."""
    for k in range(i + 1, e):
        if toks[k].text in (".", ";", ":") or (toks[k].text == "," and k > i + 1 and toks[k - 1].lower in PERFECT_AUX):
            break
        if toks[k].lower in PERFECT_AUX and toks[k - 1].pos in ("VERB", "AUX"):
            return True
    return False


def apply_hedges(toks: list[Tok], s: int, e: int, lx: ClaimLexicon,
                 in_sentence: list[Found]) -> Found | None:
    """Mark claims of the sentence hedged, or return a speakerless hedged claim."""
    i = s
    while i < e:
        p = lx.hedges.match_at(toks, i) if not toks[i].quoted else None
        if not p:
            i += 1
            continue
        h = (i, i + len(p.words))
        if len(p.words) == 1 and (toks[i].dep == "amod" or toks[i].pos == "ADJ" and i + 1 < e
                                  and toks[i + 1].pos in ("NOUN", "PROPN", "ADJ")):
            i += 1  # "de vermeende schutter", "the alleged attacker": it qualifies a noun, reports no one
            continue
        if p.tag == "modal-perfect" and not _perfect_infinitive(toks, i + len(p.words), e):
            i += len(p.words)  # "Die App soll ... beinhalten": the plan, not a report
            continue
        modal = p.tag in MODAL_TAGS
        hosts = [f for f in in_sentence
                 if not (modal and f.content[0] <= i < f.content[1] and f.content[0] > f.cue[0])]
        if in_sentence:
            for f in hosts:
                f.hedge = f.hedge or h
            return None
        if toks[e - 1].text == "?" or (modal and any(t.lower in CONDITIONALS for t in toks[s:e])):
            return None
        if p.tag == "epistemic":  # the writer's own doubt ("mogelijk", "vermutlich"): no one is reported
            i += len(p.words)
            continue
        a = s
        while a < e and (lx.is_(toks[a], "conj") or toks[a].text in OPEN_QUOTES):
            a += 1
        end = clause_end(toks, a, e, lx)
        if end - a >= 3:
            return Found((a, end), h, "hedge", None, hedge=h)
        return None
    return None
