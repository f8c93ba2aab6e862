"""A saved page read without a URL still knows its address and outlet from its own markup."""

import dateline
from dateline.pipeline import Options

PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Veerpont Hoorn weer in de vaart | Westfries Dagblad</title>
<link rel="canonical" href="https://www.westfriesdagblad.example/regio/2024/06/03/veerpont-hoorn">
<meta property="og:site_name" content="Westfries Dagblad">
</head><body><article><h1>Veerpont Hoorn weer in de vaart</h1>
<p>HOORN - De veerpont tussen Hoorn en Enkhuizen vaart sinds maandag weer, na een reparatie van drie weken.
De gemeente had de pont stilgelegd nadat een motor was uitgevallen.</p>
<p>Volgens de schipper zijn de eerste reizigers blij dat ze weer over het water kunnen.</p>
</article></body></html>"""


def test_canonical_link_gives_url_site_and_date_and_site_name_gives_publisher():
    rec = dateline.read(PAGE.encode(), kind="html", options=Options(analyse=False))
    assert rec["status"] == "ok"
    assert rec["source"]["url"] == "https://www.westfriesdagblad.example/regio/2024/06/03/veerpont-hoorn"
    assert rec["source"]["site"] == "westfriesdagblad.example"
    assert rec["source"]["publisher"] == "Westfries Dagblad"
    assert rec["published"]["value"].startswith("2024-06-03")


def test_page_url_given_by_the_caller_wins_over_canonical():
    rec = dateline.read(PAGE.encode(), kind="html", url="https://mirror.example/a", options=Options(analyse=False))
    assert rec["source"]["url"] == "https://mirror.example/a"
    assert rec["source"]["site"] == "mirror.example"
