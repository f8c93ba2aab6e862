"""Every gold file parses, follows tests/gold/schema.json, and every expected text is in its article."""

import json
from collections import Counter
from pathlib import Path

import jsonschema
import pytest

from dateline.evaluation.gold import check_gold, load_gold, parse_article_text

GOLD = Path(__file__).resolve().parents[1] / "gold"
ITEMS = load_gold(GOLD)
MIN_PER_LANGUAGE = 30  # the brief: at least 30 nl and 30 en
SCHEMA = json.loads((GOLD / "schema.json").read_text(encoding="utf-8"))


def test_every_article_has_expectations_and_back():
    texts = {p.stem for p in (GOLD / "articles").glob("*.txt")}
    expected = {p.stem for p in (GOLD / "expected").glob("*.json")}
    assert texts == expected


def test_gold_set_size_and_languages():
    langs = Counter(it.language for it in ITEMS)
    assert langs["nl"] >= MIN_PER_LANGUAGE and langs["en"] >= MIN_PER_LANGUAGE, langs


@pytest.mark.parametrize("item", ITEMS, ids=[it.id for it in ITEMS])
def test_gold_file_valid(item):
    jsonschema.validate(item.expected, SCHEMA)
    assert check_gold(item) == []


def test_article_format():
    title, paras = parse_article_text("Titel\n\nEerste alinea\nloopt door.\n\n\nTweede.\n")
    assert title == "Titel" and paras == ["Eerste alinea loopt door.", "Tweede."]
