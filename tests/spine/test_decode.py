"""Bytes -> text: encodings, binary junk, empty pages, html/text sniffing."""

import pytest

from dateline.readers.decode import decode_bytes, looks_binary, sniff_kind

NL = "Rebellen claimen aanslag op konvooi; één café, privé-overleg en coördinatie."


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "iso-8859-1", "utf-16"])
def test_decodes_each_encoding_without_declaration(encoding):
    data = (NL + "\n") * 20
    text, used = decode_bytes(data.encode(encoding))
    assert "één café, privé-overleg en coördinatie" in text


def test_wrong_declared_charset_does_not_win_over_valid_utf8():
    html = f'<html><head><meta charset="iso-8859-1"></head><body><p>{NL}</p></body></html>'
    text, used = decode_bytes(html.encode("utf-8"), declared="iso-8859-1")
    assert used == "utf-8"
    assert "één café" in text


def test_declared_charset_used_when_bytes_are_not_utf8():
    html = f'<html><head><meta charset="windows-1252"></head><body><p>{NL} “quote”</p></body></html>'
    text, used = decode_bytes(html.encode("cp1252"))
    assert "“quote”" in text and "één" in text


def test_binary_detection():
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert not looks_binary(NL.encode("utf-8"))
    assert not looks_binary(NL.encode("utf-16"))


@pytest.mark.parametrize("text,kind", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("<html lang='nl'><head><title>t</title></head></html>", "html"),
    ("Buitenland\n\nRebellen claimen aanslag\n\nKABUL (ANP). Rebellen zeggen...", "text"),
    ("Prices rose 3 < 4 percent, and a > b in the text only.", "text"),
])
def test_sniff_kind(text, kind):
    assert sniff_kind(text) == kind
