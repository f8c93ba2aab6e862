"""The layer's tokens as plain Python lists, read from the spaCy Doc once and shared.

Analysers look at every token many times; reading spaCy tokens one attribute at a time from
Python creates a Token object per access. One pass fills these lists; they are kept in the
Doc's ``user_data``, so every analyser of one article gets the same table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class TokenTable:
    text: list[str]
    idx: list[int]
    lemma: list[str]
    pos: list[str]
    dep: list[str]
    head: list[int]
    space: list[bool]
    sent_start: list[bool]


def table(doc) -> TokenTable:
    cached = doc.user_data.get("dateline_table")
    if cached is not None and len(cached.text) == len(doc):
        return cached
    text, idx, lemma, pos, dep, head, space, sent = [], [], [], [], [], [], [], []
    for t in doc:
        text.append(t.text)
        idx.append(t.idx)
        lemma.append(t.lemma_)
        pos.append(t.pos_)
        dep.append(t.dep_)
        head.append(t.head.i)
        space.append(t.is_space)
        sent.append(bool(t.is_sent_start))
    out = TokenTable(text, idx, lemma, pos, dep, head, space, sent)
    doc.user_data["dateline_table"] = out
    return out
