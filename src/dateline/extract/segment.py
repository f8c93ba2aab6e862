"""Give every block of a scraped page its role, from body scores, form and position.

Order of decisions (each on ROLE and FORM, never a site's wording):
1. body candidates: the block model's score, minus site-template blocks, short blocks made
   of chrome phrases, and repeats of an earlier body block;
2. the headline: nearest headline-shaped block above the body that shares words with it;
   a short label right above it is the section;
3. timestamps, bylines and block-level datelines between the headline and the body end;
4. everything else is chrome, with the reason its form or position gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import load_list, load_table
from ..metadata.byline import parse_byline
from ..metadata.dateline import parse_dateline as _parse_dateline
from ..metadata.dates import FoundDate, find_dates, is_timestamp_block
from ..types import Block
from . import chrome
from .block_features import may_be_linky
from .blocks import normalise, words
from .page_type import TEMPLATE_CODE

_SENTENCE_END = re.compile(r"[.!?…:;]['\"”’»)]?$")  # used on a block's last two characters
_DIGIT = re.compile(r"\d")
# reading-time and picture-credit marks: "5 min read", "Photo: ...", ".../Getty Images"
_CREDIT = re.compile(r"\b\d+\s*min\b|/|\b(?:photo|foto|image|bild|credit)s?\b", re.I)
_LINKY = re.compile(r"https?:|www\.|\.com\b|@\w|^[»›•·>|]|[»›|]$")
_DATELINE_SEP = re.compile(r"[-–—:.)]")  # a dateline ends in one of these (metadata.dateline)


@lru_cache(maxsize=16384)  # short lines ("Advertisement", a section name) recur on a site's pages
def parse_dateline(text: str):
    """``metadata.dateline.parse_dateline``, skipped for blocks without a separator mark in
    the first 160 characters (its pattern cannot match them)."""
    if not _DATELINE_SEP.search(text, 0, 160):
        return None
    return _parse_dateline(text)
HEADER_REACH = 15  # blocks above the body searched for headline, byline, time
CAPTION_MAX_WORDS = 40
TEXT_MIN_CHARS = 120  # a body needs one prose block or one block this long ...
_CJK_ENDS = ("。", "！", "？")  # ... or one closed sentence in a script without spaces


@lru_cache(maxsize=None)
def _credit_pattern(lang: str | None) -> re.Pattern:
    """A picture or source credit (``credit`` cues of ``lang/<code>/block_cues.tsv``): opening
    the block ("Abbildung 4: ...", "Photo: ..."), closing it ("... (Bild: dpa)", "... Foto: Anna
    Schmidt"), or a copyright sign anywhere."""
    words = {row[1].lower() for code in chrome._langs(lang) for row in load_table(code, "block_cues.tsv")
             if len(row) == 2 and row[0] == "credit"}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"
    # a credit glued to the caption by the scrape ("... ate a rabbitCredit: Getty"): capitalised
    # right after a lower-case letter
    glued = "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"^(?:{alt})\s*\d*\s*:|\((?:{alt})\s*:[^()]*\)\s*$|(?<!\w)(?:{alt})\s*:\s*[^.!?:]{{1,60}}$|©"
                      rf"|(?-i:(?<=[a-zß-ÿ])(?:{glued}))\s*:\s*[^.!?:]{{1,60}}$", re.I)


def is_caption(text: str, lang: str | None, n_words: int) -> bool:
    """A short block that carries a picture or source credit: a caption, not article text."""
    return n_words <= CAPTION_MAX_WORDS and bool(_credit_pattern(lang).search(text))


@dataclass
class Segmented:
    blocks: list[Block]
    title: int | None = None
    section: int | None = None
    dates: list[FoundDate] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)


def _linky(text: str):
    """``_LINKY`` behind substring tests each of its matches needs (most blocks have none)."""
    return may_be_linky(text) and _LINKY.search(text)


def _ends_sentence(text: str) -> bool:
    """``_SENTENCE_END`` tried on the tail only: searched over a whole block, a ``$``-anchored
    pattern is tried at every character."""
    return bool(_SENTENCE_END.search(text[-2:]))


def _stamp(text: str) -> bool:
    """A date/time line; the digit test first spares the date parser most blocks."""
    return bool(_DIGIT.search(text)) and is_timestamp_block(text)


def _headline_shaped(text: str) -> bool:
    n = len(words(text))
    return 3 <= n <= 30 and not (text.endswith(".") and not text.endswith("..."))


def _overlap(a: str, b_words: set[str]) -> float:
    aw = [w for w in words(a) if len(w) > 3]
    return sum(w in b_words for w in aw) / len(aw) if aw else 0.0


def _short_runs(n_words: list[int]) -> list[int]:
    """Length of the run of short (<= 4 words) blocks each block stands in; 0 if not short."""
    run = [0] * len(n_words)
    i = 0
    while i < len(n_words):
        j = i
        while j < len(n_words) and n_words[j] <= 4:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = max(j, i + 1)
    return run


def _chrome_reason(i: int, text: str, n_words: list[int], short_run: list[int], lang: str | None,
                   title: int | None, body_end: int, repeated: bool) -> str:
    reason, cover = chrome.match(text, lang) if n_words[i] <= 40 else (None, 0.0)
    if reason and cover >= 0.3:
        return reason
    short = n_words[i] <= 4
    if short and short_run[i] >= 3:
        return "menu-run"
    if n_words[i] <= 12 and _linky(text):
        return "short-link-like"
    if n_words[i] <= 20 and _stamp(text):
        return "timestamp-elsewhere"
    if repeated:
        return "repeated-block"
    if title is not None and i < title:
        return "before-headline"
    if i > body_end:
        return "related-links" if _headline_shaped(text) else "footer"
    return "short-link-like" if short else "low-score"


# a block that calls for action (cookies, sign-up, corrections) or files a blog post ("This entry
# was posted in ...") is never prose to rescue
CALLS = frozenset({"cookie-notice", "newsletter-call", "subscribe-call", "correction-prompt", "login",
                   "post-meta"})
LEAD_SCORE = 0.1  # a prose block between headline and body needs only this score


def _prose_cover_ok(text: str, lang: str | None, n_words: int) -> bool:
    if n_words > 40:  # phrases never cover a long block (features skip them too)
        return True
    reason, cover = chrome.match(text, lang)
    return cover < 0.3 and reason not in CALLS


MIN_BODY_WORDS = 60  # less than this above the threshold: the model was unsure of the page
RELATIVE = 0.4  # ... then prose blocks scoring this share of the page's best block are body
GAP_SCORE = 0.4  # a prose block between two body blocks needs only this score (.3 before the
# ensemble of issue 15, whose scores are surer; read off the dev sets, see docs/scraped-text.md)
TAIL_SCORE = 0.3  # a prose block right after the body run (a last paragraph) needs this one
BACK_SCORE = 0.3  # ... and one right before it (an opening paragraph)


# Short blocks inside the article (issue 15): list items, table cells, subheadings.  The three
# constants below were read off trafilatura-eval-dev and the English sets (not held out).
LIST_MAX_WORDS = 12  # a list item or table cell has at most this many words
LIST_MAX_RUN = 8  # ... and a run of them between two body blocks at most this many blocks
EXT_REACH = 3  # across at most this many such blocks, prose right beyond the run's ends
EXT_SCORE = 0.3  # ... scoring at least this joins the body (with the blocks between)
# A lower bar for body candidates in a language whose snippet pages showed the model too shy
# there: German .4 (read off trafilatura-eval-dev, 359 German pages, site-held-out fold models;
# the English sets keep .5, where a lower bar costs naeb precision).
LANG_THRESHOLD = {"de": 0.4}


NOUN_CAPITALS = frozenset({"de", "lb"})  # languages that capitalise every noun
_CASED_WORD = re.compile(r"[^\W\d_]{4,}")


def _cased_item(text: str, lang: str | None) -> bool:
    """A list item or subheading by its letter case: it has a lower-case letter or a digit
    (a script without case cannot tell an item from a menu), and in a language that does not
    capitalise its nouns it is not in Title Case (a teaser headline)."""
    if not any(c.islower() or c.isdigit() for c in text):
        return False
    if lang in NOUN_CAPITALS:
        return True
    longer = _CASED_WORD.findall(text)[1:]
    return len(longer) < 2 or sum(w[0].isupper() for w in longer) / len(longer) < 0.5


def _fill_lists(have: set[int], listy) -> None:
    """Short item-like blocks standing between two body blocks join the body: an ingredient
    list, a spec table, a subheading between two paragraphs."""
    order = sorted(have)
    for a, b in zip(order, order[1:]):
        if 1 < b - a <= LIST_MAX_RUN + 1 and all(listy(k) for k in range(a + 1, b)):
            have.update(range(a + 1, b))


def _extend(have: set[int], scores: list[float], prose: list[bool], usable: list[bool],
            listy) -> None:
    """Beyond each end of the body run, across at most ``EXT_REACH`` item-like blocks (a
    subheading, a short list), a prose block scoring ``EXT_SCORE`` joins the body with the
    blocks between; repeated from the new end."""
    n = len(scores)
    for step in (1, -1):
        edge = max(have) if step == 1 else min(have)
        while True:
            j, between, found = edge + step, [], None
            while 0 <= j < n and len(between) <= EXT_REACH:
                if prose[j] and usable[j] and scores[j] >= EXT_SCORE:
                    found = j
                    break
                if not listy(j):
                    break
                between.append(j)
                j += step
            if found is None:
                break
            have.add(found)
            have.update(between)
            edge = found


def _pick_body(scores: list[float], prose: list[bool], usable: list[bool], n_words: list[int],
               threshold: float, is_call: list[bool], listy) -> list[int]:
    """Body candidates by score, robust to pages unlike the training pages.

    The model learnt on long pages; a short wire item between heavy chrome may score low
    everywhere.  Then the page's own best prose blocks decide (scores relative to the page's
    maximum).  Prose blocks between two body blocks join them: article text is one run.  The
    run reaches across a subheading or short list to prose beyond its ends (``_extend``), and
    item-like blocks between two body blocks are list items or table cells (``_fill_lists``)."""
    picked = [i for i, s in enumerate(scores) if s >= threshold and usable[i]]
    join, tail = GAP_SCORE, TAIL_SCORE
    if sum(n_words[i] for i in picked if prose[i]) < MIN_BODY_WORDS and scores:
        rel = max(0.04, RELATIVE * max(scores))
        join = rel / 2
        # a short item's last paragraph reads least like the long pages the model learnt
        tail = rel / 4
        picked = sorted(set(picked) | {i for i, s in enumerate(scores)
                                       if s >= rel and prose[i] and usable[i]})
    if not picked:
        return picked
    have = set(picked)
    for i in range(picked[0] + 1, picked[-1]):
        if i not in have and prose[i] and usable[i] and scores[i] >= join:
            have.add(i)
    # the run goes on through prose blocks right after it (a one-to-three-word line such as
    # an ad label may stand between): a last paragraph the model was unsure of
    i, skipped = picked[-1] + 1, 0
    while i < len(scores):
        if prose[i] and usable[i] and scores[i] >= tail:
            have.add(i)
        elif not usable[i]:
            break
        elif n_words[i] > 3:
            # one chrome-phrase line ("Read also: ...") may stand inside the article
            if skipped or not is_call[i]:
                break
            skipped += 1
        i += 1
    # ... and back through prose blocks right before it: an opening paragraph the model was unsure of
    i = picked[0] - 1
    while i >= 0 and BACK_SCORE < 1:
        if prose[i] and usable[i] and scores[i] >= BACK_SCORE:
            have.add(i)
        elif not usable[i] or n_words[i] > 3:
            break
        i -= 1
    _extend(have, scores, prose, usable, listy)
    _fill_lists(have, listy)
    return sorted(have)


def _dates_of_stamp(text: str) -> list[FoundDate]:
    """Dates of one timestamp block; of two uncued dates, the later one is the update
    (a glued cue such as "GMTUpdated" may hide the word that said so)."""
    found = find_dates(text)
    if len(found) == 2 and found[0].role is None and found[1].role is None \
            and found[1].value > found[0].value:
        found[1].role = "modified"
    return found


DATE_REACH = 8  # blocks above the headline searched for a date when none was found below it


def _dates_near_headline(seg: Segmented, texts: list[str], n_words: list[int], body: list[int],
                         first: int) -> None:
    """A page's time often stands above the headline or glued to other words ("by X on
    Dec 21, 2023", "NamePublished: ..."): take the dated short line nearest the headline."""
    anchor = seg.title if seg.title is not None else first
    lo, hi = max(0, anchor - DATE_REACH), min(len(texts), first + 4)
    body_set = set(body)
    for i in sorted(range(lo, hi), key=lambda k: (abs(k - anchor), k)):
        if i in body_set or n_words[i] > 30 or not _DIGIT.search(texts[i]):
            continue
        found = _dates_of_stamp(texts[i])
        if found:
            seg.dates.extend(found)
            if seg.blocks[i].role == "unknown" and n_words[i] <= 15:
                seg.blocks[i].role = "timestamp"
            return


TEMPLATE_PAGE_BLOCKS = 3  # blocks with template code that make the page an unrendered template


def _template_code(texts: list[str]) -> list[bool]:
    """Blocks of unrendered template code (``{{ artikel.titel }}``, ``ng-repeat``), never article
    text.  On a page with several such blocks (an unrendered template) every block holding
    code is; elsewhere only a block that is mostly code, so an article quoting one expression
    keeps its paragraph."""
    if not any("{" in t or "ng-" in t for t in texts):
        return [False] * len(texts)
    found = [TEMPLATE_CODE.findall(t) for t in texts]
    if sum(map(bool, found)) >= TEMPLATE_PAGE_BLOCKS:
        return list(map(bool, found))
    return [bool(f) and sum(map(len, f)) >= 0.5 * len(t) for f, t in zip(found, texts)]


@lru_cache(maxsize=None)
def _comment_marker(lang: str | None) -> re.Pattern | None:
    rows = load_list(lang, "comment_markers.txt") if lang in ("en", "nl", "de", "fr") else ()
    return re.compile("|".join(f"(?:{r})" for r in rows), re.I) if rows else None


def _comments_start(texts: list[str], n_words: list[int], lang: str | None) -> int | None:
    """The block that opens the first of two or more readers' comments ("joetoronto says:"
    with the comment's time within two lines) or of three or more replies by name
    ("@Martinxyz …"), or None."""
    replies = [i for i, t in enumerate(texts) if REPLY.match(t)]
    first_reply = replies[0] if len(replies) >= MIN_REPLIES else None
    signed = [i for i, t in enumerate(texts) if _signed_comment(t)]
    if len(signed) >= MIN_SIGNED:
        first_reply = min(signed[0], first_reply) if first_reply is not None else signed[0]
    marker = _comment_marker(lang)
    if marker is None:
        return first_reply
    found = [i for i, t in enumerate(texts) if n_words[i] <= 8 and marker.match(t.strip())
             and any(_stamp(texts[j]) for j in range(i + 1, min(len(texts), i + 3)))]
    first = found[0] if len(found) >= 2 else None
    return min((i for i in (first, first_reply) if i is not None), default=None)


# a reader answering another by name ("@Martinxyz ob die …", "@Gregor Tobias Sie hat …"): a page
# with three such blocks has a comment section from the first on (a real page's comments,
# unmarked otherwise, had given events and claims)
REPLY = re.compile(r"@[^\W\d][\w.\-]*\s")
MIN_REPLIES = 3
# a reader's comment signed in its first words: a name of one to three words, then the day and
# the clock time it was posted ("rageul Le 10 décembre 2019 à 19:24 les Français …", "Jan Peters
# op 3 maart 2020 om 10:12 Wat een …"); two such blocks open a comment section (a French page's
# comments had given claims and events); a live blog's "10:31 The minister …" has no day before
SIGNED = re.compile(r"(?!(?:the|a|an|de|het|een|der|die|das|le|la|les|un|une)\s)[^\W\d][\w.'’\-]*(?:\s+[^\W\d][\w.'’\-]*){0,2}\s+(?:le\s+|on\s+|op\s+|am\s+)?"
                    r"\d{1,2}\.?\s+[^\W\d]+\.?(?:\s+\d{4})?,?\s+(?:à|at|om|um|-)?\s*\d{1,2}[:h]\d{2}\b", re.I)
MIN_SIGNED = 2
SIGNED_TEXT = 3  # words a signed comment says after its time ("Publié le … à 06h00" alone is the date line)


NOT_SIGNERS = frozenset({"update", "updated", "aktualisiert", "aktualisierung", "stand", "mise", "mis", "publié",
                         "published", "posted", "gepubliceerd", "bijgewerkt", "veröffentlicht", "geplaatst"})


def _signed_comment(text: str) -> bool:
    """A reader's comment signed in its first words; not a live blog's "Update vom 3. Mai,
    16:05 Uhr: …" (a label word, or a colon after the time) nor a date line."""
    m = SIGNED.match(text)
    if m is None or text.split()[0].lower().strip(":") in NOT_SIGNERS:
        return False
    rest = text[m.end():].lstrip()
    if rest[:3].lower() == "uhr":
        rest = rest[3:].lstrip()
    return not rest.startswith(":") and len(rest.split()) >= SIGNED_TEXT


ARTICLE_END_AFTER = 150  # body words before it: an end label in the lead is a teaser box


def _article_end(texts: list[str], n_words: list[int], picked: list[int], lang: str | None) -> int | None:
    """The first block that is wholly a label sites print after the article ("article-end" in
    chrome.txt: "L'auteur vous recommande", "Recommended for you"), once the body has
    ARTICLE_END_AFTER words; "Read also" labels stay mid-article, so they are not such labels."""
    seen = 0
    body = set(picked)
    for i, t in enumerate(texts):
        if seen >= ARTICLE_END_AFTER and n_words[i] <= 8 and i not in body:
            reason, share = chrome.match(t, lang)
            if reason == "article-end" and share >= 0.8:
                return i
        if i in body:
            seen += n_words[i]
    return None


def segment(texts: list[str], scores: list[float], lang: str | None,
            template: frozenset[str] | set[str] = frozenset(), threshold: float | None = None,
            counts_of_words: list[int] | None = None) -> Segmented:
    """Roles for ``texts`` given body ``scores``; ``counts_of_words`` (words per block) may
    come from the features already computed."""
    if threshold is None:
        threshold = LANG_THRESHOLD.get(lang or "", 0.5)
    n = len(texts)
    blocks = [Block(t) for t in texts]
    keys = [normalise(t) for t in texts]
    n_words = counts_of_words if counts_of_words is not None else [len(words(t)) for t in texts]
    short_run = _short_runs(n_words)
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    prose = [n_words[i] >= 8 and bool(_ends_sentence(t)) and not _linky(t)
             and _prose_cover_ok(t, lang, n_words[i]) for i, t in enumerate(texts)]
    code = _template_code(texts)
    usable = [keys[i] not in template and bool(keys[i]) and not code[i] for i in range(n)]
    for i in range(n):
        if code[i]:
            blocks[i].role, blocks[i].reason = "chrome", "template-code"
        elif not usable[i] and keys[i]:
            blocks[i].role, blocks[i].reason = "chrome", "site-template"
    is_call = [n_words[i] <= 12 and chrome.match(t, lang)[1] >= 0.2 for i, t in enumerate(texts)]
    # item-like: short, once on the page, no chrome phrase, link, time or byline (the costly
    # tests only for blocks the body rules ask about)
    shortish = [usable[i] and not is_call[i] and 0 < n_words[i] <= LIST_MAX_WORDS and counts[keys[i]] == 1
                for i in range(n)]
    memo: dict[int, bool] = {}

    def listy(i: int) -> bool:
        if i not in memo:
            t = texts[i]
            memo[i] = shortish[i] and _cased_item(t, lang) and not _linky(t) \
                and chrome.match(t, lang)[1] == 0 and not _stamp(t) and not parse_byline(t, lang)
        return memo[i]
    picked = _pick_body(scores, prose, usable, n_words, threshold, is_call, listy)
    comments = _comments_start(texts, n_words, lang)
    if comments is not None:  # readers' comments follow the article: never its body
        picked = [i for i in picked if i < comments]
    end = _article_end(texts, n_words, picked, lang)
    if end is not None:  # "L'auteur vous recommande": what follows is other stories or comments
        picked = [i for i in picked if i < end]
    seen_body: set[str] = set()
    body = []
    for i in picked:
        if is_caption(texts[i], lang, n_words[i]):
            blocks[i].role, blocks[i].reason = "chrome", "caption"
            continue
        labelled = chrome.label(texts[i], lang) if n_words[i] <= CAPTION_MAX_WORDS else None
        if labelled:  # "Read more: ...", "Tags: ...": a link or a list under a chrome label
            blocks[i].role, blocks[i].reason = "chrome", labelled
            continue
        if n_words[i] <= 12:
            reason, cover = chrome.match(texts[i], lang)
            if reason and cover >= 0.5:
                continue
        elif n_words[i] <= 40:
            # a cookie notice or sign-up call in full sentences is still a call to act
            reason, cover = chrome.match(texts[i], lang)
            if reason in CALLS and cover >= 0.25:
                continue
        if keys[i] in seen_body:
            blocks[i].role, blocks[i].reason = "chrome", "duplicate"
            continue
        seen_body.add(keys[i])
        body.append(i)
    seg = Segmented(blocks)
    if body and not any(prose[i] or len(texts[i]) >= TEXT_MIN_CHARS or texts[i].endswith(_CJK_ENDS)
                        for i in body):
        # short headline-like lines without one sentence of prose or one long text among them:
        # a menu or a teaser list the model was unsure of, never an article (issue 15)
        body = []
    if not body:
        for i in range(n):
            if blocks[i].role != "chrome":
                blocks[i].role = "chrome"
                blocks[i].reason = _chrome_reason(i, texts[i], n_words, short_run, lang, None, -1, counts[keys[i]] > 1)
        return seg
    first, last = body[0], body[-1]
    body_words = set(w for i in body[:5] for w in words(texts[i]) if len(w) > 3)
    # headline: headline-shaped, not a timestamp/byline/chrome line, sharing words with the lead
    best, best_score = None, 0.0
    for i in range(first - 1, max(-1, first - 1 - HEADER_REACH), -1):
        t = texts[i]
        if blocks[i].role == "chrome" or not _headline_shaped(t) or _stamp(t) \
                or is_caption(t, lang, n_words[i]):
            continue
        reason, cover = chrome.match(t, lang)
        if cover >= 0.5 or parse_byline(t, lang):
            continue
        # a headline shares words with the lead paragraphs; captions and author lines do not
        s = (0.2 + _overlap(t, body_words) - 0.02 * (first - 1 - i) + (0.3 if n_words[i] >= 5 else 0)
             - (0.5 if cover > 0 else 0) - (0.3 if _CREDIT.search(t) else 0))
        if s > best_score:
            best, best_score = i, s
    seg.title = best
    if best is not None:
        blocks[best].role = "title"
        j = best - 1
        if j >= 0 and 1 <= n_words[j] <= 3 and not _ends_sentence(texts[j]) \
                and (blocks[j].role != "chrome" or blocks[j].reason == "site-template") \
                and not _stamp(texts[j]) \
                and chrome.match(texts[j], lang)[1] < 0.5 and not _linky(texts[j]):
            # section labels recur on a site's pages by nature: a template block may be one
            blocks[j].role, blocks[j].reason = "section", None
            seg.section = j
        # the lead may stand above a timestamp or byline that the body follows
        # (a paragraph opening with a dateline, "KABUL (ANP).", is a lead by its form)
        lead = [i for i in range(best + 1, first) if prose[i] and usable[i] and n_words[i] >= 12
                and not is_caption(texts[i], lang, n_words[i])
                and (scores[i] >= LEAD_SCORE or parse_dateline(texts[i]) is not None)
                and blocks[i].role == "unknown"
                and not _stamp(texts[i]) and keys[i] not in seen_body]
        if lead:
            body = lead + body
            seen_body.update(keys[i] for i in lead)
            first = body[0]
    header_start = best if best is not None else max(0, first - HEADER_REACH)
    body_set = set(body)
    for i in range(header_start, last + 1):
        if blocks[i].role != "unknown" or i in body_set:
            continue
        t = texts[i]
        if n_words[i] <= 30 and _stamp(t):
            blocks[i].role = "timestamp"
            seg.dates.extend(_dates_of_stamp(t))
            continue
        if n_words[i] <= 25 and i < first + 3:
            names = parse_byline(t, lang)
            if names:
                blocks[i].role = "byline"
                seg.authors.extend(a for a in names if a not in seg.authors)
                seg.dates.extend(find_dates(t))
                continue
        dl = parse_dateline(t) if n_words[i] <= 6 else None
        if dl and dl.end >= len(t.rstrip()) - 2:
            blocks[i].role = "dateline"
    if not seg.dates:
        _dates_near_headline(seg, texts, n_words, body, first)
    for i in body:
        blocks[i].role = "body"
    for i in range(n):
        if blocks[i].role == "unknown":
            blocks[i].role = "chrome"
            blocks[i].reason = _chrome_reason(i, texts[i], n_words, short_run, lang, seg.title, last,
                                              counts[keys[i]] > 1)
    blocks[first].role = "lead"
    return seg
