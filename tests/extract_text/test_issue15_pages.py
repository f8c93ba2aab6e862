"""Issue 15's failures on scraped text, each on an invented page of the same form.

Real German pages gave: article text split into fragments at inline links, a body that was
mostly the site menu, and a body of AngularJS template code passed as an article.  Every page
below is invented (place and people names included); none is text from a real site.
"""

from __future__ import annotations

import dateline
from dateline import Options

FAST = Options(analyse=False)

MENU = ["Startseite", "Lokales", "Salzmeer-Nord", "Salzmeer-Süd", "Altstadt", "Hafen", "Umland",
        "Politik", "Wirtschaft", "Sport", "Fußball", "Handball", "Kultur", "Freizeit", "Ratgeber",
        "Service", "Abo", "E-Paper", "Anzeigen", "Trauer", "Kontakt"]


def _read(blocks: list[str]) -> dict:
    record = dateline.read("\n\n".join(blocks).encode(), kind="text", options=FAST)
    assert record["status"] == "ok", record
    return record


# -- links and inline elements never split a paragraph ------------------------------------------

LINKED_PAGE = MENU[:8] + [
    "Stadtwerke senken den Strompreis zum Sommer",
    "Von Ilse Brandt",
    "12.06.2024, 08:40 Uhr",
    # one paragraph, cut by a scraper at two links
    "Die Stadtwerke Salzmeer senken nach Angaben von",
    "Bürgermeisterin Greta Olsen",
    "und",
    "Kämmerer Paul Frei",
    "zum 1. Juli den Strompreis für Haushalte um gut sechs Prozent.",
    # one paragraph whose first words were a link
    "Die Stadtwerke",
    "begründen den Schritt mit gesunkenen Einkaufspreisen an der Strombörse und mit dem neuen "
    "Windpark vor der Küste, der seit dem Frühjahr Strom liefert.",
    # one paragraph cut at a bold name and at a closing link before the full stop
    "Für einen Haushalt mit drei Personen bedeutet das nach Rechnung der",
    "Verbraucherzentrale Salzmeer",
    "eine Ersparnis von rund 70 Euro im Jahr, wie die Beraterin",
    "Jana Holm",
    "sagte.",
    "Die Preise für Gas bleiben bis zum Jahresende unverändert, teilten die Stadtwerke weiter mit.",
    "Artikel teilen",
    "Impressum",
    "Datenschutz",
]


def test_inline_links_do_not_split_paragraphs():
    record = _read(LINKED_PAGE)
    paragraphs = record["paragraphs"]
    assert ("Die Stadtwerke Salzmeer senken nach Angaben von Bürgermeisterin Greta Olsen und Kämmerer "
            "Paul Frei zum 1. Juli den Strompreis für Haushalte um gut sechs Prozent.") in paragraphs
    assert any(p.startswith("Die Stadtwerke begründen den Schritt") for p in paragraphs)
    assert ("Für einen Haushalt mit drei Personen bedeutet das nach Rechnung der Verbraucherzentrale "
            "Salzmeer eine Ersparnis von rund 70 Euro im Jahr, wie die Beraterin Jana Holm sagte.") in paragraphs
    # no fragment of a sentence stands alone in the body or among the removed blocks
    for piece in ("Bürgermeisterin Greta Olsen", "Kämmerer Paul Frei", "Verbraucherzentrale Salzmeer",
                  "Jana Holm", "sagte.", "und"):
        assert piece not in paragraphs
        assert piece not in [b["text"] for b in record["blocks"]]
    assert record["title"] == "Stadtwerke senken den Strompreis zum Sommer"


def test_menu_items_between_sentences_are_not_glued_into_the_body():
    # a menu followed by a lower-case line is not a broken sentence: nothing ends the menu items
    record = _read(MENU + ["Hafenfest", "verschoben: neuer Termin folgt"] + LINKED_PAGE[8:])
    assert not any(item in p for p in record["paragraphs"] for item in ("Handball", "E-Paper", "Trauer"))


# -- a body that is mostly the site menu is not an article --------------------------------------

TEASERS = [f"{topic}: Alles Wichtige aus {place} im Überblick"
           for topic in ("Verkehr", "Schulen", "Baustellen", "Vereine", "Wetter", "Veranstaltungen")
           for place in ("Salzmeer-Nord", "Salzmeer-Süd", "der Altstadt")]


def test_page_of_menus_and_teasers_gets_no_menu_body():
    record = _read(MENU + ["Lokales aus Salzmeer"] + TEASERS + ["Die Ampel an der Hafenstraße ist seit Montag "
                                                                 "wieder in Betrieb."] + ["Impressum", "AGB"])
    menu_words = set(MENU) | set(TEASERS)
    kept = record["paragraphs"]
    assert not [p for p in kept if p in menu_words], kept
    # what is left is no article: a listing of teasers, or a page without article text
    assert record["page_type"] != "article" or not kept
    assert record["notes"], record["notes"]


def test_article_inside_a_heavy_menu_keeps_only_the_article():
    article = [
        "Fähre nach Krabbensand fährt wieder nach Fahrplan",
        "Von Ole Petersen",
        "03.02.2024, 11:05 Uhr",
        "Nach drei Wochen in der Werft fährt die Fähre nach Krabbensand seit Samstag wieder nach dem "
        "regulären Fahrplan. Die Reederei hatte das Schiff für eine neue Maschine aus dem Verkehr gezogen.",
        "In der Zwischenzeit hatte ein kleineres Ausflugsschiff die Insel zweimal am Tag angefahren. "
        "Autos konnten in dieser Zeit nicht übersetzen, und Lieferungen für die beiden Läden der Insel "
        "kamen mit einem Frachtkahn, der nur bei Hochwasser anlegen konnte.",
        "Die Reederei rechnet mit weniger Ausfällen im Winter, weil die neue Maschine mehr Leistung hat "
        "und das Schiff auch bei starkem Ostwind sicher gegen die Strömung halten kann. Die Kosten für "
        "den Umbau lagen nach Angaben des Geschäftsführers bei knapp zwei Millionen Euro.",
        "Für die Bewohner von Krabbensand ändert sich am Fahrplan nichts: Die erste Fähre legt weiterhin "
        "um sieben Uhr ab, die letzte kehrt um neunzehn Uhr zurück.",
    ]
    record = _read(MENU + TEASERS[:9] + article + TEASERS[9:] + ["Impressum", "Datenschutz"])
    assert record["title"] == article[0]
    assert record["paragraphs"] == article[3:]
    assert record["page_type"] == "article"


# -- AngularJS template code is never an article ------------------------------------------------

ANGULAR_PAGE = MENU[:6] + [
    "{{ artikel.rubrik }}",
    "{{ artikel.titel }}",
    "Von {{ artikel.autor.name }} | {{ artikel.datum | date:'dd.MM.yyyy HH:mm' }}",
    "{{ artikel.vorspann }}",
    "{{ absatz.text }} – weitere Informationen zu diesem Thema finden Sie in unserem Archiv und in der "
    "Übersicht der Rubrik.",
    "{{ absatz.zwischentitel }}",
    "Lesen Sie auch: {{ empfehlung.titel }} ({{ empfehlung.datum | date:'dd.MM.' }})",
    "Diesen Artikel teilen",
    "Impressum",
    "Datenschutz",
]


def test_angular_template_page_is_no_article():
    record = _read(ANGULAR_PAGE)
    assert record["page_type"] == "template"
    assert any(n.startswith("template:") for n in record["notes"])
    assert not any("{{" in p for p in record["paragraphs"])
    assert record["title"] is None or "{{" not in record["title"]
    code = [b for b in record["blocks"] if "{{" in b["text"]]
    assert code and all(b["role"] == "chrome" and b["reason"] == "template-code" for b in code)


def test_article_that_quotes_one_template_expression_stays_an_article():
    # a tech blog post about Angular may quote "{{ ... }}" inside its prose: the prose stays
    article = [
        "Warum unsere Vereinsseite jetzt ohne Framework auskommt",
        "Von Lars Kemper",
        "Die alte Seite des Segelvereins Salzmeer baute jede Liste im Browser zusammen. Fiel das "
        "Skript aus, sahen Besucher nur Platzhalter wie {{ termin.datum }}, und Suchmaschinen fanden "
        "keine Termine.",
        "Seit dem Umbau erzeugt ein kleines Programm die Seiten einmal am Tag als fertiges HTML. Die "
        "Termine stehen damit sofort auf der Seite, auch ohne Skript.",
        "Der Umbau hat zwei Wochenenden gedauert; die Kosten für den Server sind gesunken.",
    ]
    record = _read(MENU[:6] + article + ["Impressum"])
    assert record["page_type"] == "article"
    assert record["paragraphs"] == article[2:]
