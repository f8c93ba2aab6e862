"""The link indexes' reads: frequencies and signatures come back in chunks, as one by one."""

import numpy as np

from dateline.link import minhash
from dateline.store.copy_index import candidate_signatures, index_signature
from dateline.store.schema import connect
from dateline.store.statements import IN_CHUNK
from dateline.store.story_index import StoryKeyIndex


def test_frequencies_of_more_keys_than_one_chunk(tmp_path):
    con = connect(str(tmp_path / "s.db"))
    keys = [f"t:w{i}" for i in range(IN_CHUNK * 2 + 7)]
    con.executemany("INSERT INTO key_df VALUES(?,?)", [(k, i % 5) for i, k in enumerate(keys) if i % 3])
    index = StoryKeyIndex(con)
    df = index.frequencies(keys + ["t:never"])
    assert df == {**{k: (i % 5 if i % 3 else 0) for i, k in enumerate(keys)}, "t:never": 0}
    index.add(1, 100, {keys[1]: 1.0}, df)  # the cache counts the new article's keys
    assert index.frequencies([keys[1]]) == {keys[1]: df[keys[1]] + 1} and index.n == 1


def test_candidate_signatures_in_index_order_without_the_article_itself(tmp_path):
    con = connect(str(tmp_path / "s.db"))
    sig = minhash.signature("het kabinet ontbiedt de ambassadeur na de executies van drie demonstranten")
    keys = minhash.band_keys(sig)
    for art in range(1, IN_CHUNK + 20):
        index_signature(con, art, sig, keys)
    found = candidate_signatures(con, keys, exclude=3)
    arts = [a for a, _ in found]
    assert 3 not in arts and len(arts) == IN_CHUNK + 18
    assert arts == [r[0] for r in con.execute("SELECT DISTINCT art FROM lsh_bands WHERE key IN (%s)"
                                              % ",".join("?" * len(keys)), keys) if r[0] != 3]
    assert all(np.array_equal(s, sig) for _, s in found)


def _claim(cid, story, first_seen, terms):
    return {"id": cid, "story_id": story, "text": " ".join(terms), "speaker": "Karin van Dijk",
            "first_seen": first_seen, "first_article": "a-" + cid, "terms": terms, "nums": ["3"],
            "stance": None, "names": [], "lang": "nl"}


def test_stored_claims_kept_parsed_read_as_the_table_is_now(tmp_path):
    from dateline.link.claims import ClaimDecisions
    from dateline.store.claims_write import StoredClaims, write_claims
    from dateline.store.deferred_rows import DeferredRows
    from dateline.store.story_index import merge_stories

    con = connect(str(tmp_path / "s.db"))
    con.executemany("INSERT INTO stories(id, n_articles) VALUES(?, 1)", [("s1",), ("s2",)])
    later = DeferredRows()
    first = ClaimDecisions("2026-03-02", new_claims=[_claim("c1", "s1", "2026-03-02", ["executie", "demonstrant"])])
    write_claims(con, later, first)
    kept = StoredClaims(con, keep=IN_CHUNK * 3)
    [c1] = kept.of_story("s1")
    assert c1["terms"] == {"executie", "demonstrant"} and c1["nums"] == {"3"} and c1["first_seen"] == "2026-03-02"
    # An earlier sighting moves first_seen; a claim of another story joins when the stories merge.
    write_claims(con, later, ClaimDecisions("2026-03-01", seen_again=["c1"]))
    many = [_claim(f"d{i}", "s2", None, [f"woord{i}"]) for i in range(IN_CHUNK + 3)]
    write_claims(con, later, ClaimDecisions(None, new_claims=many))
    merge_stories(con, "s1", {"s2"})
    got = kept.of_story("s1")
    fresh = StoredClaims(con).of_story("s1")
    assert got == fresh and len(got) == IN_CHUNK + 4
    assert next(c for c in got if c["id"] == "c1")["first_seen"] == "2026-03-01"
    # Bounded: past ``keep`` parsed claims it starts afresh and still reads every claim.
    small = StoredClaims(con, keep=10)
    assert small.of_story("s1") == fresh and len(small.parsed) == IN_CHUNK + 4
