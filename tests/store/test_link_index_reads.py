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
