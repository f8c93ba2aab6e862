"""The quantities layer: numbers and ranges with what they count.

"40 soldaten" -> exact 40; "bijna 200 strijders" -> low 180, best 199, high 199;
"tientallen doden" -> 20..99; "2,5 miljoen" -> 2500000. Years, dates, clock times,
durations, percentages and money are kept with a ``unit`` so later stages never mistake
them for counts of people. Rules per modifier: ``lang/xx/quantities/quantity_rules.txt``.

Span: the modifier + number (+ scale word), e.g. "bijna 200"; the counted noun is in attrs
(noun, noun_start, noun_end, noun_class). Fields beyond the shared contract: unit, rule,
noun_class (dead | injured | arrested | person | group | null).
"""

from __future__ import annotations

from ...types import Article, Span
from ..base import AnalysisStep
from .parse import (SUPPORTED, LangData, Token, apply_rule, as_number, is_number_word,
                               lang_data, parse_digits, tokenize, tokens_from_parse, word_value)

RANGE_JOINS = {"-", "–", "—", "tot", "to", "à", "a", "bis", "tot en met"}
BETWEEN = {"tussen": "en", "between": "and", "zwischen": "und", "entre": "et"}
YEAR_CUES = {"in", "sinds", "van", "tot", "since", "from", "by", "until", "im", "seit", "bis", "en", "depuis",
             "jaar", "year", "jahr", "année", "zomer", "winter", "summer", "voorjaar", "najaar", "spring", "autumn"}
CLOCK_CUES = {"om", "at", "um", "à", "vers", "rond", "around"}
CLOCK_AFTER = {"uur", "u", "h", "uhr", "am", "pm", "a.m", "p.m", "heures", "heure"}


SPACE_GROUPS = {"fr", "nl", "de"}  # languages that may group thousands with a (thin) space


def _phone_part(tokens: list[Token], i: int) -> bool:
    """A digit run that opens with a zero ("01622", "0800") or stands beside one is a phone
    number or a code, no amount ("on 01622 798538")."""
    def zero_led(t: Token) -> bool:
        return t.text.isdigit() and len(t.text) >= 3 and t.text[0] == "0"
    if zero_led(tokens[i]):
        return True
    return i > 0 and zero_led(tokens[i - 1]) and tokens[i].text.isdigit() and tokens[i].start == tokens[i - 1].end + 1


def _read_number(tokens: list[Token], i: int, lang: str, d: LangData) -> tuple[float, int] | None:
    """The number starting at token i: (value, index after it) or None."""
    t = tokens[i]
    if t.is_digit:
        if ":" in t.text:
            return None
        if _phone_part(tokens, i):
            return None
        # Digits glued to letters ("F16", "5G", "21st") are names or ordinals, not counts.
        if i + 1 < len(tokens) and tokens[i + 1].start == t.end and tokens[i + 1].is_word:
            return None
        v = parse_digits(t.text, lang)
        if v is None:
            return None
        j = i + 1
        if lang in SPACE_GROUPS and t.text.isdigit() and len(t.text) <= 3:
            # "5 500 morts", "12 000 blessés": thousands grouped by a space
            while j < len(tokens) and tokens[j].text.isdigit() and len(tokens[j].text) == 3 \
                    and tokens[j].start == tokens[j - 1].end + 1:
                v = v * 1000 + int(tokens[j].text)
                j += 1
    elif is_number_word(t, d) or (d.words.get(t.low, (0, ""))[1] == "article" and i + 1 < len(tokens)
                                  and d.words.get(tokens[i + 1].low, (0, ""))[1] in ("hundred", "thousand", "scale")):
        words = [t.low]
        j = i + 1
        while j < len(tokens):
            nxt = tokens[j]
            if is_number_word(nxt, d) and d.words.get(nxt.low, (0, ""))[1] != "scale":
                words.append(nxt.low)
                j += 1
            elif (nxt.text == "-" or d.words.get(nxt.low, (0, ""))[1] == "join") and j + 1 < len(tokens) \
                    and is_number_word(tokens[j + 1], d) and tokens[j + 1].start - nxt.end <= 1:
                words.append(nxt.low)
                j += 1
            else:
                break
        words = [w for w in words if w != "-"]
        if words[0] in d.words and d.words[words[0]][1] == "article":
            words[0] = next((w for w, (v, k) in d.words.items() if v == 1 and k == "unit"), words[0])
        val = word_value(words, lang, d)
        if val is None:
            return None
        v = float(val)
    else:
        return None
    # A scale word after the number: "2,5 miljoen", "two million".
    if j < len(tokens) and d.words.get(tokens[j].low, (0, ""))[1] == "scale":
        v *= d.words[tokens[j].low][0]
        j += 1
    return v, j


LIST_JOINS = {"en", "and", "et", "und", "of", "or", "ou", "oder", ","}
AGE_AFTER = {",", ")", ";", ".", "and", "en", "et", "und", "from", "of", "uit", "van", "de", "aus"}


def _unit(tokens: list[Token], i: int, j: int, value: float, d: LangData) -> tuple[str, int]:
    """What kind of number tokens[i:j] is, and where the quantity's span ends."""
    first, prev = tokens[i], tokens[i - 1] if i else None
    nxt = tokens[j] if j < len(tokens) else None
    if prev is not None:
        hit = d.units.match_ending(tokens, i - 1)
        if hit and hit[1][1] == "before" and hit[1][0] in ("currency", "measure", "age"):
            return hit[1][0], j  # "€ 12", "magnitude 5.9", "aged 34"
    if first.is_digit and _street_number(tokens, i, j, d):
        return "address", j
    if nxt is not None:
        hit = d.units.match_at(tokens, j)
        if hit and hit[1][1] == "after":
            unit = hit[1][0]
            if unit == "duration" and prev is not None and prev.low in CLOCK_CUES:
                unit = "time"
            return unit, j + hit[0]
    if nxt is not None and nxt.low in LIST_JOINS and j + 2 < len(tokens):
        second = _read_number(tokens, j + 1, d.lang, d)
        hit = d.units.match_at(tokens, second[1]) if second and second[1] < len(tokens) else None
        if hit and hit[1][1] == "after" and hit[1][0] in ("duration", "age"):
            return hit[1][0], j  # "twee broers van 29 en 26 jaar": the unit of the list's last number
    if ":" in first.text or (first.is_digit and "." in first.text and nxt is not None and nxt.low in CLOCK_AFTER):
        return "time", j
    if (first.is_digit and first.text.isdigit() and value <= 120 and j == i + 1 and i >= 2 and prev.text == ","
            and tokens[i - 2].is_word and (tokens[i - 2].text[:1].isupper() or d.nouns.get(tokens[i - 2].low) == "person")
            and (nxt is None or nxt.text in AGE_AFTER or nxt.low in AGE_AFTER)):
        return "age", j  # "Paul Floyd, 47, of Leeds", "a woman, 20, and …": an age in commas
    if (first.is_digit and first.text.isdigit() and value <= 120 and j == i + 1 and i >= 2 and prev.text == "("
            and nxt is not None and nxt.text == ")" and tokens[i - 2].text[:1].isupper() and tokens[i - 2].is_word):
        return "age", j  # "Peter Janssen (46)": a name's age in brackets
    if nxt is not None and nxt.low in d.months and value <= 31:
        return "date", j
    if prev is not None and prev.low in d.months and value <= 31:
        return "date", j
    if (first.is_digit and len(first.text) == 4 and first.text.isdigit() and 1800 <= value <= 2100
            and j == i + 1):
        noun_class = d.nouns.get(nxt.low) if nxt is not None else None
        if noun_class is None or (prev is not None and prev.low in YEAR_CUES) or (prev is not None and prev.low in d.months):
            return "year", j
    return "count", j


STREET_NAME_WORDS = 3  # "1200 Martin Luther King Boulevard": the capitalised words before the street word


def _street_number(tokens: list[Token], i: int, j: int, d: LangData) -> bool:
    """A house or road number: "1200 Main Street", "the 1400 block of", "12 rue de Rivoli",
    "Route 9", "Kerkstraat 12" (the street words: ``street*`` rows of quantity_units.tsv)."""
    prev = tokens[i - 1] if i else None
    if prev is not None and prev.is_word and prev.text[:1].isupper():
        hit = d.units.match_at(tokens, i - 1)
        if hit and hit[1][1] == "street-before":
            return True
        if any(prev.low.endswith(w) and len(prev.low) > len(w) + 2 for w in d.street_suffixes):
            return True
    k = j
    while k < len(tokens) and k - j <= STREET_NAME_WORDS:
        t = tokens[k]
        hit = d.units.match_at(tokens, k)
        if hit and hit[1][1] == "street":
            if k > j or t.text[:1].isupper() or d.lang == "fr":
                return True
            return t.low == "block" and k + 1 < len(tokens) and tokens[k + 1].low == "of"
        if not (t.is_word and t.text[:1].isupper()):
            return False
        k += 1
    return False


# words after a number that round it, not its noun: "a million or more Uighurs"
APPROX_AFTER = {"en": {"or": {"more", "so", "fewer", "less"}}, "nl": {"of": {"meer", "zo"}},
                "fr": {"ou": {"plus"}}, "de": {"oder": {"mehr"}}}


def _noun(tokens: list[Token], j: int, d: LangData) -> tuple[Token | None, str | None]:
    """The head noun a count counts: the next word, stepping over links and adjectives."""
    k, steps = j, 0
    while k < len(tokens) and steps < 4:
        t = tokens[k]
        if not t.is_word:
            return None, None
        cls = d.nouns.get(t.low)
        if cls == "skip":
            k, steps = k + 1, steps + 1
            continue
        if cls is not None:
            return t, cls
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if steps == 0 and t.low in APPROX_AFTER.get(d.lang, {}) and nxt is not None \
                and nxt.low in APPROX_AFTER[d.lang][t.low]:
            k, steps = k + 2, steps + 1  # "a million or more Uighurs", "30 or so people"
            continue
        if nxt is not None and nxt.text in ("-", "‑") and nxt.start == t.end and k + 2 < len(tokens) \
                and tokens[k + 2].is_word and tokens[k + 2].start == nxt.end and k + 3 < len(tokens) \
                and tokens[k + 3].is_word and d.lang == "en":
            k, steps = k + 3, steps + 1  # "three high-ranking insurgents": the hyphenated modifier
            continue
        if nxt is not None and nxt.is_word and (t.pos == "ADV" or t.low.endswith("ly") and len(t.low) > 4
                                                and not t.pos and d.lang == "en"):
            k, steps = k + 1, steps + 1  # "five heavily armed men"
            continue
        adjectival = (
            nxt is not None and nxt.is_word and d.nouns.get(nxt.low) not in (None, "skip")
            and (t.low.endswith(d.adj_suffixes) or (t.text[0].isupper() and d.lang == "en"))
        ) or (
            # a modifier the tagger calls an adjective, or a hyphenated one, before another word
            # that can be the noun: "three high-ranking insurgents", "three separate cuts"
            nxt is not None and nxt.is_word and (t.pos == "ADJ" or "-" in t.text and d.lang == "en")
            and (nxt.pos in ("NOUN", "PROPN", "ADJ") or not nxt.pos and d.nouns.get(nxt.low) not in (None, "skip"))
        )
        if adjectival:
            k, steps = k + 1, steps + 1
            continue
        if d.lang == "de" and not t.text[0].isupper():  # German nouns are capitalised
            k, steps = k + 1, steps + 1
            continue
        return t, None
    return None, None


def find_quantities(body: str, lang: str, tokens: list[Token] | None = None) -> list[Span]:
    d = lang_data(lang)
    tokens = tokens if tokens is not None else tokenize(body, lang)
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        vague = d.vague.match_at(tokens, i) if tokens[i].low in d.vague.by_first else None
        if vague:
            n, (low, high) = vague
            end = i + n
            noun, cls = _noun(tokens, end, d)
            last = end - 1  # the span leaves out a trailing "of"/"de" ("dozens of")
            while last > i and d.nouns.get(tokens[last].low) == "skip":
                last -= 1
            spans.append(_span(tokens[i].start, tokens[last].end, low, low, high, False,
                               "vague", tokens[i:last + 1], noun, cls, "count"))
            i = end
            continue
        if ":" in tokens[i].text and any(ch.isdigit() for ch in tokens[i].text):
            # a clock time ("6:38"): kept, but it is no amount; a bare colon is punctuation
            spans.append(_span(tokens[i].start, tokens[i].end, None, None, None, False, "exact",
                               None, None, None, "time"))
            spans[-1].attrs["clock"] = tokens[i].text
            i += 1
            continue
        read = _read_number(tokens, i, lang, d)
        if read is None:
            i += 1
            continue
        value, j = read
        start_tok, rule, mod_toks = i, "exact", None
        low = best = high = value
        # A range "20 tot 30" / "between 20 and 30".
        between = i > 0 and tokens[i - 1].low in BETWEEN
        if j + 1 < len(tokens) and (tokens[j].low in RANGE_JOINS or
                                    (between and tokens[j].low == BETWEEN[tokens[i - 1].low])):
            second = _read_number(tokens, j + 1, lang, d)
            if second and second[0] > value:
                high, j, rule = second[0], second[1], "range"
                if between:
                    start_tok = i - 1
        if rule == "exact" and i > 0:
            hit = d.modifiers.match_ending(tokens, i - 1)
            if hit:
                n, rule = hit
                start_tok = i - n
                mod_toks = tokens[start_tok:i]
                low, best, high = apply_rule(rule, value)
        unit, end = _unit(tokens, i, j, value, d)
        noun, cls = (None, None)
        if unit == "count":
            noun, cls = _noun(tokens, j, d)
        spans.append(_span(tokens[start_tok].start, tokens[max(j, end) - 1].end if unit in ("percent", "currency")
                           else tokens[j - 1].end, low, best, high, rule == "exact", rule,
                           mod_toks, noun, cls, unit))
        i = max(j, i + 1)
    for k, s in enumerate(spans, 1):
        s.id = f"q{k}"
    return spans


def _span(start, end, low, best, high, exact, rule, mod_toks, noun, cls, unit) -> Span:
    modifier = None
    if mod_toks:
        modifier = " ".join(t.text for t in mod_toks)
    return Span(start, end, "QUANTITY", {
        "value": as_number(best), "low": as_number(low), "high": as_number(high), "exact": exact,
        "modifier": modifier, "rule": rule, "unit": unit,
        "noun": noun.text if noun else None, "noun_start": noun.start if noun else None,
        "noun_end": noun.end if noun else None, "noun_class": cls,
    })


class QuantityStep(AnalysisStep):
    name = "quantities"
    adds = "quantities"
    needs = ("parsed",)

    def analyse(self, art: Article, lang: str) -> None:
        art.layers[self.adds] = find_quantities(art.body, lang, tokens_from_parse(art.parsed))
