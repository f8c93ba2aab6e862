"""Ingest the fixture families into a store and score grouping and claim linking.

Run: ``.venv/bin/python tests/link/score_fixtures.py`` (prints the table in docs/store.md).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from fixture_records import fixture_records, load_expected  # noqa: E402

from dateline.link.score import format_table, link_scores, pairwise  # noqa: E402
from dateline.store import StoreWriter  # noqa: E402


def build_store(db: str, order: str = "as-written") -> dict[str, str]:
    recs, ids = fixture_records()
    if order == "reversed":
        recs = recs[::-1]
    w = StoreWriter(db, batch_size=4)
    w.begin(["fixtures"])
    for r in recs:
        w.add(r)
    w.close()
    return ids


def scores(db: str, ids: dict[str, str]) -> dict[str, dict[str, float]]:
    exp = load_expected()
    key_of = {v: k for k, v in ids.items()}
    con = sqlite3.connect(db)
    rows = con.execute("SELECT id, dup_group, story_id FROM articles").fetchall()
    dup = {key_of[i]: g for i, g, _ in rows}
    sto = {key_of[i]: s for i, _, s in rows}
    sight = {(key_of[a], s): c for a, s, c in con.execute("SELECT article_id, span_id, claim_id FROM claim_sightings")}
    exp_claims = [[tuple(x) for x in g] for g in exp["claims"]]
    claim_items: dict[str, list] = {}
    for item, c in sight.items():
        claim_items.setdefault(c, []).append(item)
    # Directed: (source, target) = the source claim disputes the target; a link stored the
    # wrong way round counts as a false link and a miss.
    pred_disputes = set(con.execute("SELECT DISTINCT source_claim, target_claim FROM claim_links "
                                    "WHERE type='disputes'"))
    gold_disputes = {(sight[tuple(a)], sight[tuple(b)]) for a, b in exp["disputes"]
                     if tuple(a) in sight and tuple(b) in sight}
    con.close()
    return {"duplicates": pairwise(dup, exp["duplicates"]), "stories": pairwise(sto, exp["stories"]),
            "claims": pairwise(sight, exp_claims), "disputes": link_scores(pred_disputes, gold_disputes)}


# Inflected-word queries with the articles (fixture keys) a reader would want, judged by hand
# from the fixture texts: forms in the query differ from the forms in the articles.
SEARCH_QUERIES = {
    "executie": {"anp", "nu", "ad", "telegraaf", "anp_v2", "nos", "volkskrant_followup"},
    "demonstrant": {"anp", "nu", "ad", "telegraaf", "anp_v2", "nos", "nrc_denial", "volkskrant_followup"},
    "veroordelen": {"anp", "nu", "ad", "telegraaf", "anp_v2", "nrc_denial", "volkskrant_followup"},
    "ambassadeurs": {"anp", "nu", "ad", "telegraaf", "anp_v2", "nos", "nrc_denial", "en_report"},
    "schaaksters asiel": {"chess_anp", "chess_nh"},
    "strikes": {"port_reuters", "port_reprint", "port_followup"},
    "execute": {"en_report"},
}


def search_scores(db: str, ids: dict[str, str]) -> dict[str, dict[str, float]]:
    """Micro-averaged precision / recall of the queries above, with and without lemmas."""
    from dateline.store import open_store, search

    key_of = {v: k for k, v in ids.items()}
    con = open_store(db)
    out = {}
    for stem in (False, True):
        tp = n_pred = n_gold = 0
        for q, want in SEARCH_QUERIES.items():
            got = {key_of[h["id"]] for h in search(con, q, limit=50, stem=stem)}
            tp, n_pred, n_gold = tp + len(got & want), n_pred + len(got), n_gold + len(want)
        out["search+lemma" if stem else "search-plain"] = {
            "precision": tp / n_pred if n_pred else 1.0, "recall": tp / n_gold,
            "links_predicted": n_pred, "links_expected": n_gold}
    return out


def main() -> None:
    for order in ("as-written", "reversed"):
        with tempfile.TemporaryDirectory() as d:
            db = str(Path(d) / "f.db")
            ids = build_store(db, order)
            print(f"fixture families, ingest order {order}:")
            print(format_table({**scores(db, ids), **search_scores(db, ids)}))
            print()


if __name__ == "__main__":
    main()
