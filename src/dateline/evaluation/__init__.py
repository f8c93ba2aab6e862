"""Scoring dateline's analysers against a hand-annotated gold set (``dateline eval``).

- ``text``: normalising and locating text, token F1 (pure).
- ``matching``: counts, precision/recall/F1 and one-to-one matching (pure).
- ``score``: per-part comparison of one article's gold expectations with its predicted layers (pure).
- ``gold``: reading the gold set (``tests/gold/``) and building each Article exactly as documented.
- ``runner``: running the analysis steps over the gold articles and adding up the counts.
- ``report``: rich tables and the JSON form of the results.
"""
