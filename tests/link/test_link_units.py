"""Units of the linker: MinHash, what-changed diffs, agency marks, the low/best/high rule."""

import subprocess
import sys

from dateline.link import minhash
from dateline.link.agency import agency_of
from dateline.link.figures import summarise
from dateline.link.reprints import DUP_THRESHOLD, changes

TEXT = ("Het kabinet heeft de ambassadeur ontboden na de executie van drie demonstranten. "
        "Dat maakte de minister dinsdag bekend in een korte verklaring aan de pers in Den Haag. "
        "De ambassadeur wordt woensdag op het ministerie verwacht voor een gesprek.")


def test_signature_same_in_another_process():
    # Stored signatures must stay comparable with ones computed by a later run.
    code = ("from dateline.link import minhash; import sys; "
            f"sys.stdout.write(minhash.signature({TEXT!r}).tobytes().hex())")
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert other == minhash.signature(TEXT).tobytes().hex()


def test_reprint_with_added_sentence_is_duplicate_and_other_text_is_not():
    reprint = TEXT + " Ook België ontbood de ambassadeur, meldt het Belgische ministerie."
    other = ("Havenwerkers in Rotterdam legden woensdag het werk neer in een conflict over nachttoeslagen; "
             "tientallen containerschepen wachten op zee.")
    s = minhash.signature(TEXT)
    assert minhash.similarity(s, minhash.signature(reprint)) >= DUP_THRESHOLD
    assert minhash.similarity(s, minhash.signature(other)) < DUP_THRESHOLD
    assert set(minhash.band_keys(s)) & set(minhash.band_keys(minhash.signature(reprint)))


def test_changes_finds_headline_added_removed_and_edited_paragraphs():
    old = {"title": "Kabinet ontbiedt ambassadeur",
           "paragraphs": ["Rahimi was 23 jaar oud en kwam uit Kermanshah in het westen.", "Tweede alinea.",
                          "Een alinea die de herdruk weglaat."]}
    new = {"title": "Woede in Den Haag",
           "paragraphs": ["Rahimi was 24 jaar oud en kwam uit Kermanshah in het westen.", "Tweede alinea.",
                          "Correctie: hij was 24."]}
    d = changes(old, new)
    assert d["headline"] == {"from": "Kabinet ontbiedt ambassadeur", "to": "Woede in Den Haag"}
    assert d["edited"] == [{"from": old["paragraphs"][0], "to": new["paragraphs"][0]}]
    assert d["added"] == ["Correctie: hij was 24."]
    assert d["removed"] == ["Een alinea die de herdruk weglaat."]


def test_agency_from_dateline_mark_and_not_from_a_mention():
    assert agency_of({"paragraphs": ["DEN HAAG (ANP) - Het kabinet ..."]}) == "ANP"
    assert agency_of({"paragraphs": ["ROTTERDAM (Reuters) - Lashing crews ..."]}) == "Reuters"
    assert agency_of({"paragraphs": ["Volgens Reuters is het rustig in de haven."]}) is None
    assert agency_of({"dateline": {"agency": "AFP"}, "paragraphs": ["x"]}) == "AFP"


def test_figures_rule_most_cited_and_median_and_disputed():
    figs = [{"value": 3, "site": "anp.nl"}, {"value": 3, "site": "nu.nl"}, {"value": 4, "site": "nos.nl"}]
    s = summarise(figs)
    assert (s["low"], s["best"], s["high"], s["rule"]) == (3, 3, 4, "most-cited")
    tie = [{"value": 10, "site": "a"}, {"value": 20, "site": "b"}, {"value": 12, "site": "c"}]
    assert summarise(tie)["best"] == 12 and summarise(tie)["rule"] == "median"
    # A disputed figure is left out while undisputed ones exist; a range gives its own low/high.
    figs = [{"value": 50, "site": "a", "disputed": True}, {"value": 12, "low": 10, "high": 15, "site": "b"}]
    s = summarise(figs)
    assert (s["low"], s["best"], s["high"]) == (10, 12, 15)
    assert summarise([{"value": 5, "negated": True}]) is None


def test_copy_bridging_two_stories_merges_them(tmp_path):
    # Texts X+Y and Y+Z, 18 days apart, are too different to be copies (Jaccard ~1/3): two stories.
    # X+Y+Z is a copy of both (~2/3), so the two stories are one.
    import random
    import sqlite3

    from dateline.store import StoreWriter

    rng = random.Random(3)
    words = "haven staking kabinet begroting brug sluis schip kade markt school trein dijk".split()
    x, y, z = ([" ".join(rng.choice(words) for _ in range(60))] for _ in range(3))
    half_a, half_b = x + y, y + z

    def rec(rid, paras, day):
        return {"id": rid, "status": "ok", "source": {}, "language": {"code": "nl"}, "title": rid,
                "paragraphs": paras, "body": "\n\n".join(paras),
                "published": {"value": f"2031-01-{day:02d}"}, "annotations": {}}

    db = str(tmp_path / "m.db")
    w = StoreWriter(db, batch_size=1)
    w.add(rec("a", half_a, 1))
    w.add(rec("b", half_b, 19))  # outside a's story window: compared with a by MinHash only
    con = sqlite3.connect(db)
    assert len({s for (s,) in con.execute("SELECT story_id FROM articles")}) == 2
    w.add(rec("ab", x + y + z, 10))
    w.close()
    stories = dict(con.execute("SELECT id, story_id FROM articles"))
    groups = {g for (g,) in con.execute("SELECT dup_group FROM articles")}
    assert len(set(stories.values())) == 1 and len(groups) == 1
    assert con.execute("SELECT n_articles, first_published, last_published FROM stories").fetchall() == \
        [(3, "2031-01-01", "2031-01-19")]


def test_same_speaker_allows_a_name_inside_a_longer_one():
    from dateline.link.claims import _same_speaker

    assert _same_speaker("Van Dijk", "Karin van Dijk")
    assert _same_speaker("Mensenrechtenorganisatie Amnesty International", "Amnesty International")
    assert not _same_speaker("Karin van Dijk", "Amnesty International")
    assert not _same_speaker(None, "Amnesty International")


def test_summary_says_when_every_figure_is_disputed():
    only_disputed = [{"value": 40, "disputed": True, "claimant": "rebels"}]
    s = summarise(only_disputed)
    assert s["best"] == 40 and s["disputed_only"] is True
    mixed = only_disputed + [{"value": 10, "claimant": "army"}]
    s = summarise(mixed)
    assert s["best"] == 10 and s["disputed_only"] is False  # the disputed 40 is left out
