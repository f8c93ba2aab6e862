"""Linking across articles: copies of one text, stories, claims with sightings, event figures.

Modules: ``minhash`` (signatures, LSH bands), ``reprints`` (near-duplicates and their edits),
``stories`` (incremental story clustering), ``claims`` (one claim, many sightings; disputes),
``events`` + ``figures`` (reports of one event and low / best / high), ``score`` (pairwise
precision / recall against expected groups).  They are functions over plain data (records
and stored candidates in, decisions out) and run no SQL: ``store/linking.py`` reads the
candidates for them, per article, and writes what they decide.
"""
