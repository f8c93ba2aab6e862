"""Claims from a trained attribution tagger, where a language has one (English: PolNeAR).

The tagger (``models/attribution-<lang>``, ``training/train_attribution_en.py``) marks CUE and
SOURCE spans, and (when it has a ``content`` component) tags each token B / I / O for content.
A tagged cue that the rules did not find becomes a claim: its speaker is the tagged source in
the sentence, else the cue's subject by the parse; its content is the clause the cue governs in
the parse (complement, parataxis, object), else the noun phrase it governs (not for speech
verbs), else the rest of the sentence before an inverted cue, else the tagged content run next
to it. The rules stay first: the tagger only adds, and with content tags it moves the edges of
every claim's content to the tagged run where the two mostly agree, growing them only (``refine_contents``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ...models import available, locate
from .cue_check import deed_cue, plausible_cue
from .parse import (children_of, cue_verb, has_nominal, inverted_subject, is_passive,
                           parse_subject)
from .lexicon import lexicon
from .text import END_PUNCT, Tok

# a claim's content is a clause the cue governs; an object noun phrase is not ("reported a loss")
CONTENT_DEPS = ("ccomp", "parataxis", "xcomp", "csubj", "obj", "advcl")
# subordinators of an adverbial clause that tells when or why, not what is said
ADVERBIAL_MARKS = frozenset({"while", "because", "when", "after", "before", "since", "although", "though",
                             "as", "if", "unless", "until", "whereas", "once"})
CLAUSE_ONLY = ("obj", "advcl")  # these count only when a verb heads a clause inside them


@lru_cache(maxsize=None)
def tagger(lang: str):
    name = f"attribution-{lang}"
    if not available(name):
        return None
    from ..layer.storage import load_pipeline  # weights stored packed, as the layer's

    return load_pipeline(locate(name))


def _tok_range(toks: list[Tok], starts: list[int], a: int, b: int) -> tuple[int, int] | None:
    i = max(0, bisect_right(starts, a) - 1)
    j = bisect_left(starts, b)
    if i >= j or toks[i].end <= a and i + 1 >= j:
        return None
    if toks[i].end <= a:
        i += 1
    return (i, j) if j > i else None


def _content(toks, kids, k: int, s: int, e: int, speaker, cue=None,
             verbs: dict | None = None) -> tuple[int, int] | None:
    for dep in CONTENT_DEPS:
        for c in kids[k]:
            if toks[c].dep == dep and s <= c < e:
                lo, hi = _subtree(kids, c)
                if dep in CLAUSE_ONLY and not any(toks[j].pos in ("VERB", "AUX") for j in range(lo, hi)):
                    continue
                if dep == "advcl" and any(toks[g].dep == "mark" and g < c and toks[g].lower in ADVERBIAL_MARKS
                                          for g in kids[c]):
                    continue  # "…, while others have slipped": a circumstance, not what is said
                if dep == "advcl" and toks[c].lower.endswith("ing") and c > k and toks[c - 1].text == ",":
                    continue  # "defended the plan, saying …": the participle's own claim, not this one's
                if hi - lo >= 2 and not (speaker and lo < speaker[1] and speaker[0] < hi):
                    return _trim(toks, lo, hi)
    if NP_CONTENT and cue is not None:
        got = _object_phrase(toks, kids, k, s, e, speaker, cue, verbs or {})
        if got is not None:
            return got
    before = speaker[0] if speaker and speaker[0] < k else k
    after = speaker[1] if speaker and speaker[0] > k else (cue[1] if cue else k + 1)
    tail = sum(toks[j].is_word for j in range(after, e))
    if before - s >= 3 and k > s and toks[before - 1].text == "," and tail <= INVERSION_TAIL:
        return _trim(toks, s, before)  # "…, the governor said." (not "X, a governor, repeated …")
    if k + 2 < e and (speaker is None or speaker[0] < k) and toks[k + 1].lower in ("that", ":"):
        return _trim(toks, k + 1, e)  # "X said that …" the parse did not attach
    return None


REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def _reported_clause(toks, kids, k: int, content: tuple[int, int]) -> bool:
    """Whether ``content`` reads as something stated: a clause with its own subject that the cue
    governs (*noted the plan had failed*, *that …*), a quote, or the clause before an inverted cue
    (*…, X hinted*). An infinitive or a noun phrase after a rarer verb (*intended the profits to
    serve …*, *is planning to buy …*, *wanted some say*) tells what someone wants or does."""
    a, b = content
    if b <= k or toks[a].quoted or toks[a].lower in ("that", ":"):
        return True
    for c in kids[k]:
        if a <= c < b and toks[c].dep in REPORTED_DEPS and any(
                toks[g].dep.startswith(("nsubj", "expl")) or toks[g].lower == "that" for g in kids[c]):
            return True
    return False


INVERSION_TAIL = 6  # words after an inverted cue ("…, the governor said on Tuesday.")
NP_CONTENT = True  # a tagged cue may govern a noun phrase ("has proposed a ban", "talked about X")
NP_DEPS = ("obj", "obl")
CLAUSE_CLASSES = frozenset({"say", "tell", "belief", "announce", "colon"})
NP_VERBS = frozenset({"announce", "tweet", "recall", "propose", "deny", "mention", "cite", "praise", "criticize"})  # speech verbs whose noun-phrase object is still what is said


def _clause_verb(toks, cue, verbs: dict) -> bool:
    return any(verbs.get(toks[j].lemma) in CLAUSE_CLASSES and toks[j].lemma not in NP_VERBS for j in range(*cue))


TOPIC_PREPS = frozenset({"about", "on", "over", "for", "against", "of", "regarding", "into", "upon"})


def _object_phrase(toks, kids, k: int, s: int, e: int, speaker, cue, verbs: dict) -> tuple[int, int] | None:
    """The noun phrase a tagged cue governs after it: its object (*supported a ban on …*), or
    the object of a preposition the cue ends with (*talked about the plan*, *called for …*)."""
    if _clause_verb(toks, cue, verbs):
        return None  # "reported a loss", "wrote a letter": a speech verb's content is a clause
    ends_in_prep = toks[cue[1] - 1].pos == "ADP"
    for c in kids[k]:
        if not (cue[1] <= c < e) or toks[c].dep not in NP_DEPS:
            continue
        if toks[c].dep == "obl" and not (ends_in_prep and any(
                toks[g].dep == "case" and cue[0] <= g < cue[1] and toks[g].lower in TOPIC_PREPS for g in kids[c])):
            continue  # an oblique only when its preposition closes the cue and says what about
            # ("talked about the plan", "called for a ban"; not "a phone call to her lawyer")
        lo, hi = _subtree(kids, c)
        lo = max(lo, cue[1])
        if speaker and lo < speaker[1] and speaker[0] < hi:
            continue
        return _trim_np(toks, lo, hi)
    return None


def _trim_np(toks, lo: int, hi: int) -> tuple[int, int] | None:
    while lo < hi and not toks[lo].is_word and not toks[lo].quoted:
        lo += 1
    while hi > lo and (toks[hi - 1].text in END_PUNCT or toks[hi - 1].text in (",", ";", ":")):
        hi -= 1
    return (lo, hi) if hi > lo else None


def _subtree(kids, i: int) -> tuple[int, int]:
    lo = hi = i
    stack = [i]
    while stack:
        n = stack.pop()
        lo, hi = min(lo, n), max(hi, n)
        stack.extend(kids[n])
    return lo, hi + 1


def _trim(toks, lo: int, hi: int) -> tuple[int, int] | None:
    while lo < hi and (toks[lo].text in (",", ":", "that", "—", "-") or not toks[lo].is_word and not toks[lo].quoted):
        lo += 1
    while hi > lo and (toks[hi - 1].text in END_PUNCT or toks[hi - 1].text in (",", ";", ":")):
        hi -= 1
    return (lo, hi) if hi - lo >= 2 else None


REFINE = True  # content edges from the tagger's content tags, where it has them
COVERED_ENOUGH = 0.8  # a sentence whose words the rules' claims already hold is not tagged
CUES_IN_OPEN_ONLY = True  # with content tags: the span tagger (ner) reads only the open sentences


def _tagged_spans(nlp, body: str, toks: list[Tok], sents, covered: set[int]
                  ) -> tuple[list[tuple[int, int, str]], dict[int, str]]:
    """(start, end, label) of the tagger's spans over the sentences the rules left open, and
    the content tags (B / I / O by token start) where the tagger has them.

    The span tagger costs most of the model, and a cue inside a found claim's cue or content is
    dropped anyway, so sentences the found claims already cover are not tagged for spans. The
    open ones are tagged in runs of neighbouring sentences (the tagger's window sees their
    context). When the model also tags content, which the found claims use, its tok2vec and
    content tagger read every sentence; the span tagger then reads the open runs as pieces of
    that one doc, with its token vectors, in one batch (``CUES_IN_OPEN_ONLY``)."""
    with_content = "content" in nlp.pipe_names
    runs: list[list[int]] = []  # the text the model reads
    open_runs: list[list[int]] = []  # the text the span tagger reads
    open_: list[tuple[int, int]] = []
    for s, e in sents:
        words = [i for i in range(s, e) if toks[i].is_word]
        a, b = toks[s].start, toks[e - 1].end
        if words and sum(i in covered for i in words) >= COVERED_ENOUGH * len(words):
            if not with_content:
                continue
        else:
            open_.append((a, b))
            if open_runs and open_runs[-1][1] >= a - 2:
                open_runs[-1][1] = b
            else:
                open_runs.append([a, b])
        if runs and runs[-1][1] >= a - 2:
            runs[-1][1] = b
        else:
            runs.append([a, b])
    out, tags = [], {}
    starts = [a for a, _ in open_]

    def keep(ents, offset: int) -> None:
        for ent in ents:
            x = offset + ent.start_char
            k = bisect_right(starts, x) - 1
            if k >= 0 and open_[k][0] <= x < open_[k][1]:
                out.append((x, offset + ent.end_char, ent.label_))

    if not (with_content and CUES_IN_OPEN_ONLY and "ner" in nlp.pipe_names):
        for (a, _b), doc in zip(runs, nlp.pipe(body[a:b] for a, b in runs)):
            keep(doc.ents, a)
            if with_content:
                tags.update(zip((a + i for i in doc.to_array("IDX").tolist()), _tags(doc)))
        return out, tags
    pieces, offsets = [], []
    for (a, b), doc in zip(runs, nlp.pipe((body[a:b] for a, b in runs), disable=["ner"])):
        tags.update(zip((a + i for i in doc.to_array("IDX").tolist()), _tags(doc)))
        lo = bisect_left(open_runs, [a, a])
        for x, y in open_runs[lo:bisect_right(open_runs, [b, b])]:
            piece = doc.char_span(x - a, y - a, alignment_mode="expand")
            if piece is not None and len(piece):
                pieces.append(_piece(piece))
                offsets.append(a + piece.start_char)
    for doc, offset in zip(nlp.get_pipe("ner").pipe(pieces, batch_size=1000), offsets):
        keep(doc.ents, offset)
    return out, tags


def _piece(span):
    """A span as a doc of its own that keeps the run's token vectors (``doc.tensor``, which the
    span tagger reads), without ``Span.as_doc``'s copy of every attribute of the whole doc."""
    from spacy.tokens import Doc

    words = [t.text for t in span]
    spaces = [bool(t.whitespace_) for t in span]
    doc = Doc(span.doc.vocab, words=words, spaces=spaces)
    doc.tensor = span.doc.tensor[span.start:span.end]
    return doc


def _tags(doc) -> list[str]:
    """The content tagger's tag of every token (by hash, looked up once per label)."""
    names: dict[int, str] = {}
    strings = doc.vocab.strings
    return [names.get(h) or names.setdefault(h, strings[h]) for h in doc.to_array("TAG").tolist()]


TAGGED_CONTENT = True  # a tagged cue with no content by the parse takes the tagger's content run next to it
RUN_NEEDS_SOURCE = True  # such a claim's speaker only from the tagger's sources
RUN_GAP = 3  # tokens between the cue (or its speaker) and the run
SOURCE_REACH = 12  # tokens between a tagged cue and the tagged source that speaks it


def _tagged_run(toks, tags: dict[int, str], cue, speaker, s: int, e: int) -> tuple[int, int] | None:
    """The tagger's content run starting just after the cue (and a speaker after it), else
    the one ending just before the cue (and a speaker before it), within the sentence."""
    inside = lambda i: tags.get(toks[i].start, "O") != "O"
    right = max(cue[1], speaker[1]) if speaker and speaker[0] >= cue[1] else cue[1]
    lo = next((i for i in range(right, min(e, right + RUN_GAP)) if inside(i) and toks[i].is_word), None)
    if lo is not None:
        while lo < e and toks[lo].lower in COMPLEMENTIZERS:
            lo += 1
        hi = lo
        while hi < e and (inside(hi) or not toks[hi].is_word and hi + 1 < e and inside(hi + 1)):
            hi += 1
        return _trim_np(toks, lo, hi) if hi - lo >= 2 else None
    left = min(cue[0], speaker[0]) if speaker and speaker[1] <= cue[0] else cue[0]
    hi = next((i + 1 for i in range(left - 1, max(s, left - RUN_GAP) - 1, -1) if inside(i) and toks[i].is_word), None)
    if hi is None:
        return None
    lo = hi - 1
    while lo > s and inside(lo - 1) and tags.get(toks[lo].start) != "B":
        lo -= 1
    return _trim_np(toks, lo, hi) if hi - lo >= 2 else None


def refine_contents(toks: list[Tok], found: list, tags: dict[int, str]) -> None:
    """Grow each claim's content to the tagger's content run (in place): a clause cut short
    at a comma grows to the run's end. Only where the tagger agrees on most of the content's
    words, never over the claim's cue or speaker. The run never cuts a content: its edges
    stop short inside phrases (*… to build a 120-room*) more often than they find a better
    end (on PolNeAR train, cutting cost .012 of exact content F1 and gained no overlap)."""
    if not tags:
        return
    inside = [tags.get(t.start, "O") != "O" for t in toks]
    begins = [tags.get(t.start) == "B" for t in toks]
    for f in found:
        a, b = f.content
        words = [i for i in range(a, b) if toks[i].is_word]
        if not words or sum(inside[i] for i in words) < REFINE_AGREE * len(words):
            continue
        blocked = set(range(*f.cue)) | (set(range(*f.speaker)) if f.speaker else set())
        for part in f.cue_parts:
            blocked.update(range(*part))
        lo = next(i for i in range(a, b) if inside[i] and toks[i].is_word)
        hi = max(i for i in range(a, b) if inside[i] and toks[i].is_word) + 1
        while lo > 0 and inside[lo - 1] and not begins[lo] and lo - 1 not in blocked and a - lo < REFINE_REACH:
            lo -= 1
        while hi < len(toks) and inside[hi] and not begins[hi] and hi not in blocked and hi - b < REFINE_REACH:
            hi += 1
        f.content = (min(a, _edge(toks, a, lo, inside)), max(b, _edge(toks, b - 1, hi - 1, inside, end=True)))


REFINE_MIN = 2  # words an edge must move by (smaller moves are the two conventions' noise)
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})  # left out of a content by contract


def _edge(toks, old: int, new: int, inside, end: bool = False) -> int:
    """The content edge: the old one unless the tagger's moves it by REFINE_MIN words or
    more; a new edge sits on a word (a new start never on a complementizer)."""
    step = -1 if end else 1
    while not toks[new].is_word and (new - old) * step < 0:
        new += step
    lo, hi = min(old, new), max(old, new)
    if sum(toks[i].is_word for i in range(lo, hi + 1)) - 1 < REFINE_MIN:
        return old + 1 if end else old
    if not end:
        while toks[new].lower in COMPLEMENTIZERS or not toks[new].is_word and not toks[new].quoted:
            new += 1
    return new + 1 if end else new


REFINE_AGREE = 0.7  # share of the content's words the tagger must hold inside a content
REFINE_REACH = 40  # tokens a content may grow by on either side


def _nests(content, claims) -> bool:
    """Every claim touching ``content`` lies inside it, cue and content: a claim reported
    within what this cue governs (*imagined X was thinking: "…"*), as PolNeAR nests them."""
    a, b = content
    touching = [f for f in claims if f.content[0] < b and a < f.content[1] or f.cue[0] < b and a < f.cue[1]]
    return bool(touching) and all(a <= f.content[0] and f.content[1] <= b and a <= f.cue[0] and f.cue[1] <= b
                                  for f in touching)


def tagged_claims(body: str, toks: list[Tok], sents, found: list, lang: str) -> list:
    """Claims for the tagger's cues that no found claim covers."""
    from .rules import Found

    nlp = tagger(lang)
    if nlp is None or not toks:
        return []
    starts = [t.start for t in toks]
    sent_starts = [s for s, _ in sents]
    kids = children_of(toks)
    verbs = lexicon(lang).verbs
    covered = set()
    for f in found:
        covered.update(range(*f.cue))
        covered.update(range(*f.content))
        for part in f.cue_parts:
            covered.update(range(*part))
    ents, tags = _tagged_spans(nlp, body, toks, sents, covered)
    sources = [r for r in (_tok_range(toks, starts, a, b) for a, b, label in ents if label == "SOURCE") if r]
    source_starts = [r[0] for r in sources]  # in text order, as the tagger found them
    source_set = set(sources)
    out = []
    for a, b, label in ents:
        if label != "CUE":
            continue
        cue = _tok_range(toks, starts, a, b)
        if cue is None or any(i in covered for i in range(*cue)) or toks[cue[0]].quoted:
            continue
        n = bisect_right(sent_starts, cue[0]) - 1
        if n < 0:
            continue
        s, e = sents[n]
        k = cue_verb(toks, cue)
        near = sources[bisect_left(source_starts, max(s, cue[0] - SOURCE_REACH)):
                       bisect_right(source_starts, min(e - 1, cue[0] + SOURCE_REACH))]
        speaker = next((r for r in near if not (r[0] < cue[1] and cue[0] < r[1])), None)
        if speaker is not None and is_passive(toks, kids, k) and any(
                toks[c].dep == "nsubj:pass" and speaker[0] <= c < speaker[1] for c in kids[k]):
            speaker = None  # "X was accused of …": the subject of a passive cue is who it is about
        if speaker is None:
            speaker = parse_subject(toks, kids, k, s, e) or inverted_subject(toks, kids, k, e)
        if speaker is not None and not has_nominal(toks, speaker):
            speaker = None
        content = _content(toks, kids, k, s, e, speaker, cue, verbs)
        if content is None and TAGGED_CONTENT and tags:
            content = _tagged_run(toks, tags, cue, speaker, s, e)
            if content is not None and _clause_verb(toks, cue, verbs) and not any(
                    toks[j].pos in ("VERB", "AUX") for j in range(*content)):
                content = None  # "reported a loss": a speech verb's content is a clause
            if content is not None and RUN_NEEDS_SOURCE and speaker not in source_set:
                speaker = None  # the parse's subject of a cue the parse gives no content: unsure
        if content is not None and content[0] >= cue[1] and any(i in covered for i in range(*content)) \
                and not _nests(content, found + out):
            # the clause runs into a claim the rules found ("defended his call …, saying …"):
            # what this cue governs ends there
            first = next(i for i in range(*content) if i in covered)
            if first > content[0] + 1 and toks[first - 1].text == "," or toks[first].text == ",":
                content = _trim_np(toks, content[0], first)
                if content is not None and sum(toks[i].is_word for i in range(*content)) < 2:
                    content = None
        if content is None or content[0] <= cue[0] < content[1] or any(i in covered for i in range(*content)) \
                and not (content[0] >= cue[1] and _nests(content, found + out)):
            continue  # no content, or one a rule already attributed ("read Smith's statement that …")
        if content is not None and content[0] < cue[1] <= content[1] and cue[0] <= content[0]:
            content = _trim_np(toks, cue[1], content[1])  # "paid tribute to | tribute to X": not the cue's own words
        if content is not None and content[1] <= cue[0] and not any(
                toks[j].pos in ("VERB", "AUX") and not toks[j].lower.endswith("ing") for j in range(*content)):
            continue  # "At that moment, X uttered …", "Reading from a text, X …": a fronted phrase says nothing
        if content is None:
            continue
        if speaker is None and toks[content[0]].pos in ("AUX", "VERB") and not toks[content[0]].lower.endswith("ing"):
            continue  # "what they say | was her mistake": a relative clause's gap, not a statement
        plausible = plausible_cue(toks, cue, lang, verbs)
        if not plausible and not any(toks[j].pos in ("VERB", "AUX") for j in range(*content)):
            continue  # "the drones have inflicted so much damage": a thing done, not something said
        if (not plausible or deed_cue(toks, cue, lang, verbs)) \
                and not _reported_clause(toks, kids, k, content):
            continue  # "is planning to buy …", "wanted to buy …", "boasts a market cap of …": a wish,
            # a plan or a deed, not a statement (PolNeAR counts some; a reader quoting us would not)
        out.append(Found(content, cue, "model", speaker))
        covered.update(range(*cue))
    if REFINE:
        refine_contents(toks, found + out, tags)
    for f in found + out:
        if f.content[0] >= f.cue[1] and not toks[f.content[0]].quoted:
            n = bisect_right(sent_starts, f.content[0]) - 1
            f.content = (f.content[0], _whole_end(toks, f.content, sents[n][1] if n >= 0 else len(toks)))
    return out


DANGLING = frozenset({"ADP", "DET", "AUX", "PART", "CCONJ", "SCONJ"})
DANGLE_REACH = 8  # tokens a content ending mid-phrase may run on by


def _whole_end(toks: list[Tok], content: tuple[int, int], e: int) -> int:
    """A content cut mid-phrase by a tagged run's edge or another claim's start (*… for the
    Arizona*, *… since last*, *… drafted by*) runs on to the end of that phrase: past a
    function word it ends on, then over the words the parse hangs inside it."""
    a, b = content
    end = b
    if toks[b - 1].pos not in DANGLING and not (b < e and toks[b].pos in ("NOUN", "PROPN") and toks[b - 1].pos in ("ADJ", "PROPN", "NOUN")
                                                and a <= toks[b].head < b):
        return b
    while end < min(e, b + DANGLE_REACH) and toks[end].is_word and not toks[end].quoted and (
            toks[end - 1].pos in DANGLING or a <= toks[end].head < end):
        end += 1
    return end if end > b and toks[end - 1].pos not in DANGLING else b
