"""Session 8, German: general forms of German grammar found failing on the de/fr dev set and
on unseen German news pages. Invented sentences."""

import pytest

from test_claims_round2 import summary


# (paragraphs, expected [(speaker, cue, content, kind)]); a None entry = no claims at all
PATTERNS = [
    # "sollte(n)" with a plain infinitive gives advice or a condition, it reports no one
    ("Die Brücke sollte bis Ende Mai nicht befahren werden.", []),
    ("Sollten die Preise weiter steigen, wird die Regierung eingreifen.", []),
    # ... but "soll" with a perfect infinitive is still hearsay
    ("Der Täter soll die Bank am Montag überfallen haben.",
     [(None, "soll", "Der Täter soll die Bank am Montag überfallen haben", "hedge")]),
]


@pytest.mark.parametrize("paragraphs,expected", PATTERNS)
def test_de_patterns(paragraphs, expected):
    assert summary(paragraphs, "de") == expected
