"""Content-Encoding is undone with the size cap applied to the decoded bytes."""

import gzip
import zlib

import pytest

from dateline.fetch.decompress import decode_content
from dateline.fetch.errors import FetchError


def test_gzip_and_both_deflate_forms_decode():
    text = b"<p>plan 7 was decided</p>" * 50
    assert decode_content(gzip.compress(text), "gzip", 10_000) == text
    assert decode_content(zlib.compress(text), "deflate", 10_000) == text
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    assert decode_content(raw.compress(text) + raw.flush(), "deflate", 10_000) == text


def test_bomb_is_stopped_at_the_cap_not_after_inflating():
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)
    assert len(bomb) < 100_000
    with pytest.raises(FetchError) as e:
        decode_content(bomb, "gzip", 1_000_000)
    assert e.value.kind == "too-large"


def test_unknown_and_corrupt_encodings_are_errors():
    with pytest.raises(FetchError) as e:
        decode_content(b"abc", "compress", 1000)
    assert e.value.kind == "encoding"
    with pytest.raises(FetchError) as e:
        decode_content(b"not gzip at all", "gzip", 1000)
    assert e.value.kind == "encoding"
