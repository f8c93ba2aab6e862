"""Scraped-text path on invented pages in real page forms (nl, en, de, fr).

Each ``fixtures/<name>.txt`` has ``fixtures/<name>.json`` with the expected record, checked
field by field; every line listed under "chrome" must be removed with a reason and must not
leak into the body.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dateline
from dateline import Options

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
FAST = Options(analyse=False)


def _read(name: str) -> tuple[dict, dict]:
    record = dateline.read(str(FIXTURES / f"{name}.txt"), options=FAST)
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    assert record["status"] == "ok", record
    return record, expected


def test_enough_fixture_pages():
    assert len(PAGES) >= 8
    assert {p[:2] for p in PAGES} >= {"nl", "en", "de", "fr"}


@pytest.mark.parametrize("name", PAGES)
def test_chrome_removed_with_reason(name):
    record, expected = _read(name)
    removed = {b["text"]: b.get("reason") for b in record["removed"]}
    for line in expected["chrome"]:
        assert line in removed, f"chrome line kept: {line!r}"
        assert removed[line], f"no reason for {line!r}"
        assert line not in record["paragraphs"]
    for block in record["removed"]:
        assert block.get("reason"), block


@pytest.mark.parametrize("name", [p for p in PAGES if not p.endswith("all-chrome")])
def test_fields(name):
    record, exp = _read(name)
    assert record["section"] == exp["section"]
    assert record["title"] == exp["title"]
    assert record["dateline"]["place"] == exp["dateline_place"]
    assert record["dateline"]["agency"] == exp["agency"]
    for key in ("published", "modified"):
        got = record[key]["value"][:16] if record[key] else None
        assert got == exp[key], key
    assert record["authors"] == exp["authors"]
    assert record["lead"].startswith(exp["lead_starts"])
    assert len(record["paragraphs"]) == exp["n_paragraphs"], record["paragraphs"]
    assert record["paragraphs"][-1].startswith(exp["last_paragraph_starts"])
    assert record["title"] not in record["paragraphs"]
    roles = {b["role"] for b in record["blocks"]}
    assert "lead" in roles and "title" in roles


def test_all_chrome_page_gets_no_invented_body():
    record, _ = _read("en-all-chrome")
    assert record["paragraphs"] == []
    assert record["body"] == ""
    assert any(n.startswith("all-chrome") for n in record["notes"])
    assert all(b["role"] == "chrome" for b in record["blocks"])


def test_glued_timestamp_is_not_body():
    record, _ = _read("nl-anp-buitenland")
    stamp = [b for b in record["blocks"] if "Gewijzigd op" in b["text"]]
    assert stamp and stamp[0]["role"] == "timestamp"
    assert not any("Gewijzigd" in p for p in record["paragraphs"])
