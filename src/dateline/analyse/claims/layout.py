"""Claims marked by layout rather than a verb: a colon after a name, a dash before a name.

  Name: content                  "Kasich: 'We go all the way to Cleveland.'" (headlines,
                                 interview transcripts "TAPPER: And obviously, …")
  Name verb: content             "Trump continued: …" with a verb the sentence rules skip
  "quote" — Name                 a quotation signed after a dash, on the same line or the
                                 next ("- Hillary Clinton."), and tweets "… — Name (@bj)"
  Subject verb …: own words      a headline "X slaat terug: Laat me niet …" (see
                                 ``headline_colon``)
The colon's left side must be short (1–5 tokens) and look like a name (capitalised words);
labels such as "Update:", "Foto:", "Lees ook:" are listed per language in colon_labels.txt.
"""

from __future__ import annotations

from functools import lru_cache

from ...lang import load_list
from .lexicon import ClaimLexicon
from .phrases import np_right
from .rules import Found, clause_end
from .text import CLOSERS, END_PUNCT, OPEN_QUOTES, Tok

DASHES = {"-", "–", "—", "―", "--"}
MIN_QUOTED = 3  # "Sanders: ‘Of Course’ Clinton Is Qualified": a short quote opens the content
NAME_GLUE = {"'s", "’s", ".", "&", "-"}  # "Mr. Trump", "AT&T", "Clinton's" inside a name


@lru_cache(maxsize=None)
def _labels(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_list(lang, "colon_labels.txt"))


NOT_A_NAME_POS = frozenset({"ADV", "CCONJ", "SCONJ", "PRON", "AUX", "DET"})  # (not ADP: an
# unknown name can be read as one, "Puigdemont:")


def _name_like(toks: list[Tok], a: int, b: int, any_pos: bool = False) -> bool:
    words = [t for t in toks[a:b] if t.text not in NAME_GLUE]
    if not (0 < len(words) <= 5 and all(t.is_word and t.is_upper for t in words)):
        return False
    # German capitalises every noun and a sentence's first word: "Allerdings:" is no speaker
    # (any_pos: a quotation follows the colon, so the word speaks whatever its tag: "Geens: '…'")
    return any_pos or not (len(words) == 1 and words[0].pos in NOT_A_NAME_POS)


HEADLINE_PREP_TAIL = 7  # words of "aan Francken", "over ingestorte brug", "in Davos"


def _name_prep_colon(toks: list[Tok], s: int, j: int, lx: ClaimLexicon) -> tuple[int, int] | None:
    """A headline "Name PREP phrase: 'quotation'" (*Charles Michel aan Francken: '…'*, *Parket
    over ingestorte brug: '…'*, *Trump in Davos: '…'*): the name speaks, to or about or where the
    phrase says. The prepositions are the "hprep" words of claims_grammar.tsv (Dutch); the
    phrase holds no verb. Read by position, so the caller keeps it only when the entity layer
    reads the name as a person, organisation or group."""
    p = next((x for x in range(s + 1, j) if lx.is_(toks[x], "hprep")), None)
    if p is None or j - p - 1 < 1 or j - p - 1 > HEADLINE_PREP_TAIL or not _name_like(toks, s, p, any_pos=True):
        return None
    if any(toks[x].pos in ("VERB", "AUX") and toks[x].dep != "amod" or toks[x].lemma in lx.verbs
           or not toks[x].is_word and toks[x].text not in NAME_GLUE for x in range(p + 1, j)):
        return None
    return s, p


def _line_end(k: int, n: int, breaks: set[int]) -> int:
    while k < n - 1 and k not in breaks:
        k += 1
    return k + 1


def colon_claims(toks: list[Tok], sents, breaks: set[int], pairs, lx: ClaimLexicon,
                 used: set[int]) -> list[Found]:
    out = []
    labels = _labels(lx.lang)
    close_of = dict(pairs)
    n = len(toks)
    for s, e in sents:
        j = next((k for k in range(s + 1, min(e, s + HEADLINE_LEFT)) if toks[k].text == ":" and not toks[k].quoted), None)
        if j is None or j + 1 >= e or j in used:
            continue
        left = " ".join(t.lower for t in toks[s:j]).replace(" ’s", "'s").replace(" 's", "'s")
        if left in labels or toks[s].lower in labels:
            continue
        cue, speaker = (j, j + 1), (s, j)
        quoted_after = (toks[j + 1].text in OPEN_QUOTES or toks[j + 1].text == "'") and j + 1 in close_of \
            and close_of[j + 1] - (j + 1) > MIN_QUOTED
        if not _name_like(toks, s, j) and not (lx.lang == "nl" and j == s + 1 and quoted_after
                                               and _name_like(toks, s, j, any_pos=True)):
            named = _name_prep_colon(toks, s, j, lx) if quoted_after else None
            if named is not None:  # "Charles Michel aan Francken: '…'", "Parket over brug: '…'"
                used.add(j)
                out.append(Found((j + 2, close_of[j + 1]), cue, "colon", named, needs_entity=True))
                continue
            v = toks[j - 1]  # "Trump continued:", "Clinton wrote:", "…, Trump reageert:"
            a = next((x + 1 for x in range(j - 2, s, -1) if toks[x].text == "," and not toks[x].quoted), s)
            if a > s and j - 1 > a and _name_like(toks, a, j - 1):
                speaker = (a, j - 1)
            if not (j - 1 > speaker[0] and (v.lemma in lx.verbs or v.lemma in lx.particle_verbs)
                    and _name_like(toks, speaker[0], j - 1)) or j - 1 in used:
                found = headline_colon(toks, s, e, j, breaks, lx, used)
                if found is not None:
                    used.add(j)
                    out.append(found)
                continue
            cue, speaker = (j - 1, j), (speaker[0], j - 1)
        k = j + 1
        if (toks[k].text in OPEN_QUOTES or toks[k].text == "'") and k in close_of and close_of[k] - k > MIN_QUOTED:
            content = (k + 1, close_of[k])
        elif (toks[k].text in OPEN_QUOTES or toks[k].text == "'") and k not in close_of and k + 1 < e:
            # a quote left open (a headline's 'Voorlopig …): the quote mark is not said
            content = (k + 1, clause_end(toks, k + 1, e, lx))
        elif speaker[1] == j:  # bare "NAME: …" runs to the end of the line (transcripts)
            content = (k, clause_end(toks, k, _line_end(k, n, breaks), lx))
        else:
            content = (k, clause_end(toks, k, e, lx))
        if content[1] - content[0] < 3:
            continue
        used.update(range(speaker[0], cue[1]))  # "Report: …" is no verb "report"
        out.append(Found(content, cue, "colon", speaker))
    return out


HEADLINE_LEFT = 20  # tokens before a headline's colon
HEADLINE_SPEAKER = 8  # words of its speaker
RELATIVES = {"die", "dat", "who", "which", "that", "der", "das", "qui", "que"}


def headline_colon(toks: list[Tok], s: int, e: int, j: int, breaks: set[int], lx: ClaimLexicon,
                   used: set[int]) -> Found | None:
    """A headline that tells what someone did, then gives their own words after a colon
    (*Minister slaat terug na kritiek: Laat me niet beschuldigen van leugens*): the words are
    the subject's. Only on a line of its own without a final full stop (a headline), and only
    when the words after the colon speak in the first or second person (*ik, me, we, je*), so
    that *Bus rijdt in op voetgangers: zeker 18 gewonden* is no claim. The speaker is the
    subject of the clause before the colon, or that whole side when it is a noun phrase
    (*Getuigen die ontsnapten aan de brand: Ik stond …*)."""
    last = e - 1
    while last > s and toks[last].text in CLOSERS:
        last -= 1
    if not (s == 0 or s - 1 in breaks) or toks[last].text in END_PUNCT or any(k in breaks for k in range(s, e - 1)) \
            or any(k in used for k in range(s, e)):
        return None
    k = j + 1
    quoted = False
    if toks[k].text in OPEN_QUOTES or toks[k].text == "'":
        quoted = k + 1 < e and toks[k + 1].quoted
        k += 1
    end = clause_end(toks, k, e, lx)
    own = any(lx.is_(toks[x], "speech") for x in range(k, end))
    # a quotation in the third person (*Politie slaat alarm: 'Jonge meisjes …'*) is the subject's
    # too when the entity layer reads the subject as a person or body (``needs_entity``)
    if end - k < 3 or not own and not (quoted and lx.lang == "nl"):
        return None
    # the first verb (by the tag, or a cue word the tagger missed: a headline parses badly);
    # after a relative pronoun it is the label's own clause (*Getuigen die ontsnapten …*); a
    # verb tagged as an adjective whose head lies after the colon is a misparsed verb
    # (*Nigel Farage hernieuwt strijd …: 'Ik ben terug'*)
    v = next((x for x in range(s + 1, j) if toks[x].pos in ("VERB", "AUX") and (toks[x].dep != "amod" or toks[x].head > j)
              or toks[x].lemma in lx.verbs or lx.dispute.match_at(toks, x) or lx.confirm.match_at(toks, x)), None)
    if v is None:
        return None
    speaker = (s, j) if toks[v - 1].lower in RELATIVES else (s, v)
    if speaker[1] - speaker[0] > HEADLINE_SPEAKER or not toks[s].is_upper \
            or any(toks[x].text in (",", ";") or toks[x].quoted for x in range(*speaker)):
        return None
    return Found((k, end), (j, j + 1), "colon", speaker, needs_entity=not own)


def share_headline_speaker(found: list[Found]) -> None:
    """A headline's verb before its colon claim has the colon claim's speaker (*Oud-kampioen
    en trainer bevestigt positieve test: Ik was …*): the words before the first verb, where the
    parse of a headline often keeps only one of them."""
    for f in found:
        if f.kind != "colon" or f.speaker is None or f.speaker[1] > f.cue[0]:
            continue
        for g in found:
            if g is not f and g.kind != "colon" and f.speaker[1] <= g.cue[0] < f.cue[0] \
                    and (g.speaker is None or f.speaker[0] <= g.speaker[0] < f.speaker[1]):
                g.speaker = f.speaker


def dash_signed(toks: list[Tok], qo: int, qc: int, lx: ClaimLexicon, used: set[int],
                content) -> Found | None:
    """ "…" — Name / "…". (new line) - Name: the dash is the cue, the name the speaker."""
    k, n = qc + 1, len(toks)
    while k < n and toks[k].text in END_PUNCT | {","}:
        k += 1
    if k >= n or toks[k].text not in DASHES or k in used:
        return None
    ne = np_right(toks, k + 1, n, lx, max_len=6)
    if ne == k + 1 or not _name_like(toks, k + 1, ne):
        return None
    used.add(k)
    return Found(content, (k, k + 1), "quote", (k + 1, ne))


def signed_lines(toks: list[Tok], s: int, e: int, lx: ClaimLexicon, used: set[int]) -> list[Found]:
    """An unquoted post signed "… — Name (@handle)" (embedded tweets)."""
    for k in range(s + 3, e - 3):
        t = toks[k]
        if t.text in DASHES and not t.quoted and k not in used:
            ne = np_right(toks, k + 1, e, lx, max_len=6)
            if ne > k + 1 and ne + 1 < e and toks[ne].text == "(" and toks[ne + 1].text == "@" \
                    and _name_like(toks, k + 1, ne):
                used.add(k)
                return [Found((s, clause_end(toks, s, k, lx)), (k, k + 1), "quote", (k + 1, ne))]
    return []
