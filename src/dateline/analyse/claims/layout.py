"""Claims marked by layout rather than a verb: a colon after a name, a dash before a name.

  Name: content                  "Kasich: 'We go all the way to Cleveland.'" (headlines,
                                 interview transcripts "TAPPER: And obviously, …")
  Name verb: content             "Trump continued: …" with a verb the sentence rules skip
  "quote" — Name                 a quotation signed after a dash, on the same line or the
                                 next ("- Hillary Clinton."), and tweets "… — Ben Jacobs (@bj)"
The colon's left side must be short (1–5 tokens) and look like a name (capitalised words);
labels such as "Update:", "Foto:", "Lees ook:" are listed per language in colon_labels.txt.
"""

from __future__ import annotations

from functools import lru_cache

from ...lang import load_list
from .lexicon import ClaimLexicon
from .phrases import np_right
from .rules import Found, clause_end
from .text import END_PUNCT, OPEN_QUOTES, Tok

DASHES = {"-", "–", "—", "―", "--"}
MIN_QUOTED = 3  # "Sanders: ‘Of Course’ Clinton Is Qualified": a short quote opens the content
NAME_GLUE = {"'s", "’s", ".", "&", "-"}  # "Mr. Trump", "AT&T", "Clinton's" inside a name


@lru_cache(maxsize=None)
def _labels(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_list(lang, "colon_labels.txt"))


def _name_like(toks: list[Tok], a: int, b: int) -> bool:
    words = [t for t in toks[a:b] if t.text not in NAME_GLUE]
    return 0 < len(words) <= 5 and all(t.is_word and t.is_upper for t in words)


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
        j = next((k for k in range(s + 1, min(e, s + 7)) if toks[k].text == ":" and not toks[k].quoted), None)
        if j is None or j + 1 >= e or j in used:
            continue
        left = " ".join(t.lower for t in toks[s:j]).replace(" ’s", "'s").replace(" 's", "'s")
        if left in labels or toks[s].lower in labels:
            continue
        cue, speaker = (j, j + 1), (s, j)
        if not _name_like(toks, s, j):
            v = toks[j - 1]  # "Trump continued:", "Clinton wrote:"
            if not (j - 1 > s and (v.lemma in lx.verbs or v.lemma in lx.particle_verbs)
                    and _name_like(toks, s, j - 1)) or j - 1 in used:
                continue
            cue, speaker = (j - 1, j), (s, j - 1)
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
