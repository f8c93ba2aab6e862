"""One name, one label per document.

A statistical tagger labels each mention on its own, so "Swissair" can come out as ORG,
LOC and PER in one article.  ``harmonise`` gives every mention of the same string the
label most of its model/gazetteer mentions got, and labels the mentions the model missed
(capitalised, not at a sentence start unless already seen there).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .matcher import Hit, Toks, is_country





def harmonise(parts: list[tuple[Toks, list[Hit]]], propagate: bool = True) -> list[list[Hit]]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for toks, hits in parts:
        for h in hits:
            if not (h.source == "pattern" and h.kind in ("role", "group")):  # roles: nouns
                votes[toks.span_text(h.start, h.end)][h.label] += 1
    winner = {}
    for name, counts in votes.items():
        (label, top), *rest = counts.most_common()
        if not rest or top > rest[0][1]:
            winner[name] = label
    surnames = set()
    for name, label in list(winner.items()):  # "Wouter van Dalen" ... "Van Dalen zei"
        words = name.split()
        if label != "PER" or len(words) < 2:
            continue
        # The surname of a person named in full is that person, even where the tagger read it
        # alone as a place ("Donald Trump" ... "Trump would raise taxes"); not when the bare
        # word is a country ("Michael Jordan" ... "King Abdullah of Jordan"). So is the first
        # word leading a name of three or more words: the family name of *Kim Jong Un* ("Kim
        # lud Trump ein"), not the Indian town Kim.
        bare = [words[-1]] if len(words[-1]) > 2 and words[-1][:1].isupper() else []
        if len(words) >= 3 and len(words[0]) > 2 and words[0][:1].isupper() and winner.get(words[0]) in (None, "LOC"):
            bare.append(words[0])
        for word in bare:
            if not is_country(word):
                winner[word] = "PER"
                surnames.add(word)
    # a word of a person's full name written in capitals ("OBAMA" heading an article on Barack
    # Obama) is that person, not the Japanese town
    person_words = {w for name, label in winner.items() if label == "PER" and len(name.split()) >= 2
                    for w in name.split() if len(w) > 2 and w[:1].isupper() and not w.isupper()}
    out = []
    for toks, hits in parts:
        new = []
        for h in hits:
            name = toks.span_text(h.start, h.end)
            label = winner.get(name)
            if name.isupper() and h.end - h.start == 1 and h.source in ("model", "gazetteer") \
                    and name.title() in person_words and not is_country(name.title()):
                new.append(Hit(h.start, h.end, "PER", "person", h.source))
                continue
            if label and label != h.label and (h.source == "model" or h.source == "gazetteer" and name in surnames):
                # a surname the gazetteer also knows as a town (Rivera, Kielce for Kelce) is the person
                h = Hit(h.start, h.end, label, "", h.source, h.norm, h.country, h.precision)
            new.append(h)
        if propagate:
            new = _propagate(toks, new, winner)
        out.append(new)
    return out


def _propagate(toks: Toks, hits: list[Hit], winner: dict[str, str]) -> list[Hit]:
    """Label unlabelled exact repeats of a name labelled elsewhere in the document."""
    by_first: dict[str, list[tuple[list[str], str, str]]] = defaultdict(list)
    for name, label in winner.items():
        words = name.split()
        if words and words[0][:1].isupper() and len(name) > 2:
            by_first[words[0]].append((words, name, label))
    if not by_first:
        return hits
    taken = [False] * toks.n
    for h in hits:
        for k in range(h.start, h.end):
            taken[k] = True
    added = []
    for i, w in enumerate(toks.text):
        if taken[i] or w not in by_first:
            continue
        for words, name, label in sorted(by_first[w], key=lambda x: -len(x[0])):
            j = i + len(words)
            if j <= toks.n and not any(taken[i:j]) and toks.span_text(i, j) == name \
                    and (j == toks.n or not toks.cap[j]):
                added.append(Hit(i, j, label, "", "pattern"))
                for k in range(i, j):
                    taken[k] = True
                break
    return sorted(hits + added, key=lambda h: h.start) if added else hits
