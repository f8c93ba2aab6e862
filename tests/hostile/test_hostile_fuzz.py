"""Property-based fuzzing of the readers and the pipeline: whatever the bytes, every
document comes out as exactly one record or error record, and nothing raises."""

import gzip
import os
import re
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from hostile_inputs import rss, story_html, warc_records  # noqa: E402

from dateline.executors import LocalExecutor  # noqa: E402
from dateline.pipeline import Options  # noqa: E402
from dateline.readers import iter_pages, page_from_bytes  # noqa: E402
from dateline.types import ErrorRecord, RawPage  # noqa: E402

# In CI the examples are the same every run (a red run then means the code changed, not the
# dice); on a developer's machine they are new each run, so the fuzz keeps exploring.
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=bool(os.environ.get("CI")))
SINGLE_SUFFIXES = [".html", ".txt", ".htm", ".html.gz", ".txt.gz", ""]
CONTAINER_SUFFIXES = [".warc", ".warc.gz", ".xml", ".rss", ".atom", ".xml.gz"]
WARC_GZ, WARC_STARTS = warc_records(5)
WARC_RAW, WARC_RAW_STARTS = warc_records(5, gz=False)
FEED = rss([(f"Bericht {i}", "<p>De raad besloot dinsdag de brug te sluiten, meldt de gemeente.</p>")
            for i in range(6)]).encode("utf-8")
# an item tag: "<item" not followed by a name character, so also the start of one that the cut
# or the corruption left at the end ("...</item><item", "<item\x00"): the reader recovers that
# one too, as an error record for an item with no content
ITEM_TAG = re.compile(rb"<item(?![\w:.-])")
ENCODINGS = ["utf-8", "utf-16", "cp1252", "latin-1", "iso8859-2", "koi8-r", "shift_jis", "gb18030", "utf-8-sig"]
TEXT_PAGE = ("Binnenland\n\nBrug over de haven dicht\n\nDEN HAAG (ANP) - De gemeenteraad heeft dinsdag besloten "
             "de oude brug te sluiten voor herstelwerk, meldt een woordvoerder. Fietsers kunnen de pont nemen.\n")


def _read_file(data: bytes, suffix: str) -> list:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"input{suffix}"
        path.write_bytes(data)
        return list(iter_pages([str(path)]))


def _whole(items) -> bool:
    return all(isinstance(i, (RawPage, ErrorRecord)) for i in items)


@FUZZ
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SINGLE_SUFFIXES))
def test_random_bytes_in_a_page_file_give_one_record(data, suffix):
    items = _read_file(data, suffix)
    assert len(items) == 1 and _whole(items)


@FUZZ
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(CONTAINER_SUFFIXES))
def test_random_bytes_in_an_archive_or_feed_never_raise(data, suffix):
    items = _read_file(data, suffix)
    assert len(items) >= 1 and _whole(items)


@FUZZ
@given(cut=st.integers(min_value=1, max_value=len(WARC_GZ)))
def test_truncated_gzip_warc_accounts_for_every_record_it_holds_a_part_of(cut):
    items = _read_file(WARC_GZ[:cut], ".warc.gz")
    assert len(items) == sum(1 for s in WARC_STARTS if s < cut) and _whole(items)


@FUZZ
@given(cut=st.integers(min_value=1, max_value=len(WARC_RAW)))
def test_truncated_warc_accounts_for_every_record_it_holds_a_part_of(cut):
    items = _read_file(WARC_RAW[:cut], ".warc")
    held = sum(1 for s in WARC_RAW_STARTS if s < cut and WARC_RAW[s:cut].strip())
    assert len(items) == max(1, held) and _whole(items)


@FUZZ
@given(cut=st.integers(min_value=1, max_value=len(FEED)), corrupt=st.binary(max_size=8))
def test_truncated_or_corrupted_feed_accounts_for_every_item_it_holds_a_part_of(cut, corrupt):
    data = FEED[:cut] + corrupt
    items = _read_file(data, ".rss")
    assert _whole(items)
    assert len(items) == max(1, len(ITEM_TAG.findall(data)))


@FUZZ
@given(encoding=st.sampled_from(ENCODINGS), cut=st.integers(min_value=0, max_value=400),
       html=st.booleans())
def test_pages_in_any_encoding_and_cut_anywhere_give_one_record_each(encoding, cut, html):
    text = story_html("Brug dicht").decode() if html else TEXT_PAGE
    data = text.encode(encoding, errors="replace")
    pages = [page_from_bytes(data[:len(data) - cut], "a"), page_from_bytes(gzip.compress(data), "b")]
    records = list(LocalExecutor(Options(analyse=False)).run(pages))
    assert len(records) == 2 and all(r["status"] in ("ok", "error") for r in records)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=st.lists(st.one_of(st.binary(max_size=600), st.text(max_size=600).map(str.encode)), max_size=6))
def test_whole_pipeline_with_analysis_gives_one_record_per_document(pages):
    docs = [page_from_bytes(p, f"p{i}.txt") for i, p in enumerate(pages)]
    docs.append(page_from_bytes(TEXT_PAGE.encode(), "real.txt"))
    records = list(LocalExecutor(Options()).run(docs))
    assert len(records) == len(docs)
    assert [r["source"]["path"] for r in records] == [d.source for d in docs]
