"""The span indexes events use on long pages answer exactly as a scan of the spans would:
"is this offset inside a name" and "which claims hold this offset" (in list order)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from dateline.analyse.events.args import Spans, speaker_for
from dateline.analyse.events.triggers import NameSpans


@dataclass
class S:
    start: int
    end: int
    attrs: dict


def _spans(rng, n):
    out = []
    for _ in range(n):
        a = rng.randrange(0, 500)
        out.append((a, a + rng.choice([1, 3, 8, 40, 200])))  # nested and overlapping ones too
    return out


def test_name_spans_cover_what_a_scan_covers():
    rng = random.Random(7)
    for _ in range(50):
        spans = _spans(rng, rng.randrange(0, 30))
        index = NameSpans(spans)
        assert bool(index) == bool(spans)
        for x in range(-2, 720):
            assert index.covers(x) == any(a <= x < b for a, b in spans)


def test_claims_holding_an_offset_and_the_innermost_one_as_a_scan_finds_them():
    rng = random.Random(11)
    for _ in range(50):
        claims = [S(a, b, {"speaker": {"text": f"s{k}"}}) for k, (a, b) in enumerate(_spans(rng, rng.randrange(0, 30)))]
        index = Spans(claims)
        assert list(index) == claims
        for x in range(-2, 720, 3):
            assert index.holding(x) == [c for c in claims if c.start <= x < c.end]
            assert speaker_for(x, index) == speaker_for(x, claims)
