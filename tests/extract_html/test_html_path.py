"""The HTML path end to end through dateline.read: metadata cascade, body, blocks, bad input."""

from pathlib import Path

import pytest

import dateline
from dateline import Options

FIX = Path(__file__).parent / "fixtures"


def read(name_or_bytes, url=None):
    opts = Options(analyse=False)
    if isinstance(name_or_bytes, bytes):
        return dateline.read(name_or_bytes, url=url, kind="html", options=opts)
    return dateline.read(str(FIX / name_or_bytes), url=url, options=opts)


def test_jsonld_page():
    r = read("jsonld.html", url="https://courier.example/local/2021/03/03/sea-wall")
    assert r["status"] == "ok" and r["source"]["kind"] == "html"
    assert r["title"] == "Harbour town votes to rebuild its old sea wall"
    evidence = r["published"].pop("evidence")
    assert r["published"] == {"value": "2021-03-03T09:12:00+01:00", "text": "2021-03-03T09:12:00+01:00",
                              "source": "json-ld", "timezone_known": True}
    # Every date the page states is kept with its source, the rejected opengraph one included.
    assert "published:opengraph:article:published_time=2020-01-01T00:00:00+00:00" in evidence
    assert "published:url=2021-03-03" in evidence
    assert r["modified"]["value"] == "2021-03-04T10:03:00+01:00" and r["modified"]["source"] == "json-ld"
    assert r["authors"] == ["Jane Doe", "John Roe"]
    assert r["section"] == "Local news"
    assert r["lead"].startswith("The council of Saltmere voted on Tuesday evening")
    assert len(r["paragraphs"]) == 5 and r["paragraphs"][-1].startswith("Work is due to begin")
    assert r["language"]["code"] == "en"
    # what trafilatura left out is kept, marked as chrome
    removed = [b["text"] for b in r["removed"]]
    assert any("Subscribe to our newsletter" in t for t in removed)
    assert all(b["reason"] == "not-main-content" for b in r["removed"])
    roles = [b["role"] for b in r["blocks"]]
    assert roles.count("lead") == 1 and roles.count("body") == 4


def test_opengraph_only_page():
    r = read("opengraph.html")
    assert r["title"] == "Neue Fahrradbrücke über den Kanal eröffnet"
    assert r["published"]["value"] == "2022-06-14T07:30:00+02:00" and r["published"]["source"] == "opengraph"
    assert r["modified"]["value"] == "2022-06-14T15:45:00+02:00" and r["modified"]["source"] == "opengraph"
    assert r["section"] == "Lokales"
    assert r["authors"] == ["Anna Schmidt"]
    assert r["language"]["code"] == "de"
    assert r["lead"].startswith("Nach zwei Jahren Bauzeit")
    assert r["dateline"] == {"place": None, "agency": None}


def test_time_tag_only_page_with_byline():
    r = read("timetag.html")
    assert r["title"] == "Bibliotheek in Veenhoven krijgt een tweede leven"
    assert r["published"]["value"] == "2023-11-20T08:15:00+01:00" and r["published"]["source"] == "time-tag"
    assert r["modified"]["value"] == "2023-11-21T12:00:00+01:00" and r["modified"]["source"] == "time-tag"
    assert r["authors"] == ["Jan de Vries"]  # from the byline text: no markup names the author
    assert r["lead"].startswith("De oude bibliotheek aan het Marktplein")
    assert not any(p.startswith("Door Jan") for p in r["paragraphs"])
    roles = {b["text"]: b["role"] for b in r["blocks"]}
    assert roles["Door Jan de Vries"] == "byline"
    assert roles["20 november 2023, 08:15 Bijgewerkt 21 november 2023, 12:00"] == "timestamp"
    assert r["language"]["code"] == "nl"


def test_dateline_in_first_paragraph():
    r = read("dateline_belga.html")
    assert r["dateline"] == {"place": "Brussel", "agency": "Belga"}
    assert r["title"] == "Federale regering akkoord over nieuwe treinverbinding"
    assert r["published"]["value"] == "2024-02-08T11:20:00+01:00"
    assert r["lead"].startswith("BRUSSEL (Belga) - De federale regering")  # the text stays as printed
    assert r["authors"] == []


def test_broken_truncated_html():
    r = read("broken.html")
    assert r["status"] == "ok"
    assert r["title"] == "Storm damages pier at Eastbay"
    assert r["published"]["value"] == "2019-10-02T18:00:00+00:00"
    assert r["lead"].startswith("A storm with gusts of over a hundred kilometres")
    assert any("coastguard" in p for p in r["paragraphs"])


def _charset_page(charset: str) -> str:
    body = "".join(
        f"<p>Le café de la gare à Sainte-Hélène a rouvert ses portes après des travaux qui ont duré "
        f"près d'un an. Les habitués étaient ravis de retrouver leur comptoir préféré, numéro {i}.</p>"
        for i in range(4))
    return (f'<html><head><meta charset="{charset}"><title>Le café rouvert</title>'
            f'<meta property="article:published_time" content="2021-09-01T10:00:00+02:00"></head>'
            f"<body><article><h1>Le café rouvert</h1>{body}</article></body></html>")


@pytest.mark.parametrize("declared,actual", [("utf-8", "cp1252"), ("iso-8859-1", "utf-8")])
def test_wrong_declared_charset(declared, actual):
    r = read(_charset_page(declared).encode(actual))
    assert r["status"] == "ok"
    assert r["title"] == "Le café rouvert"
    assert "Le café de la gare à Sainte-Hélène" in r["lead"]
    assert "\ufffd" not in r["body"] and "Ã©" not in r["body"]
    assert r["language"]["code"] == "fr"


def test_huge_page_gives_record_or_clean_error(tmp_path):
    para = b"<p>" + b"Lorem ipsum dolor sit amet, the harbour wall is old. " * 20 + b"</p>\n"
    path = tmp_path / "huge.html"
    with path.open("wb") as f:
        f.write(b"<html><head><title>Huge</title></head><body>")
        for _ in range(50_000_000 // len(para) + 1):
            f.write(para)
        f.write(b"</body></html>")
    assert path.stat().st_size >= 50_000_000
    r = dateline.read(str(path), options=Options(analyse=False))
    assert r["status"] in ("ok", "error")
    if r["status"] == "error":
        assert r["error"]["kind"] in ("too-large", "unparseable")
    else:
        assert any("truncated" in n for n in r["notes"])


def test_empty_markup_is_a_clean_error():
    r = read(b"<html><head></head><body></body></html>")
    assert r["status"] in ("ok", "error")
    if r["status"] == "ok":
        assert r["paragraphs"] == [] and any("all-chrome" in n for n in r["notes"])


@pytest.mark.parametrize("name", ["jsonld.html", "opengraph.html", "timetag.html", "dateline_belga.html",
                                  "broken.html"])
def test_records_follow_the_schema(name):
    import json

    import jsonschema

    schema_path = Path(dateline.__file__).parent / "schema" / "record.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.validate(read(name), schema)


def _story(head: str, h1: str) -> bytes:
    paras = "".join(f"<p>The ferry between the two islands will run every hour from next month, the operator "
                    f"said on Monday, after a year in which passengers complained about long waits {i}.</p>"
                    for i in range(4))
    return (f"<html><head>{head}</head><body>{h1}<article>{paras}</article></body></html>").encode()


def test_visible_headline_beats_search_title():
    r = read(_story('<meta property="og:title" content="Ferry timetable 2024: hourly ferries, prices, routes">',
                    "<article><h1>Island ferry to run every hour</h1></article>"))
    assert r["title"] == "Island ferry to run every hour"


def test_logo_h1_is_not_the_headline():
    r = read(_story('<meta property="og:title" content="Island ferry to run every hour">'
                    "<title>Island ferry to run every hour | Island Post</title>",
                    "<h1>Island Post Logo</h1>"))
    assert r["title"] == "Island ferry to run every hour"


def test_promo_h1_inside_the_article_is_not_the_title():
    promo = "<article><h1>Win a weekend by the sea with our summer quiz</h1></article>"
    head = '<meta property="og:title" content="Island ferry to run every hour from May">'
    r = read(_story(head, promo + "<article><h1>Island ferry to run every hour from May</h1></article>"))
    assert r["title"] == "Island ferry to run every hour from May"


def test_blog_name_h1_is_not_the_headline():
    head = "<title>Saltmere Notes » Blog Archive » Small integers are cached in Python</title>"
    r = read(_story(head, "<h1>Saltmere Notes</h1>"))
    assert r["title"] == "Small integers are cached in Python"
