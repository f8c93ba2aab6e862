"""The language of a scraped page is the language of its article, not of its longest menus."""

from __future__ import annotations

import dateline
from dateline import Options

# a site's locale picker: long blocks of country names and languages in several scripts
MENU = "\n\n".join(
    " | ".join(f"{c} | {lang}" for c, lang in row) for row in [
        [("Algérie", "العربية"), ("Bénin", "Français"), ("Burkina Faso", "Français"), ("Comores", "العربية"),
         ("Djibouti", "Français"), ("Égypte", "العربية"), ("Guinée", "Français"), ("Mali", "Français")],
        [("Maroc", "العربية"), ("Niger", "Français"), ("Sénégal", "Wolof"), ("Tchad", "العربية"),
         ("Togo", "Français"), ("Tunisie", "العربية"), ("Mauritanie", "Pulaar"), ("Gambie", "Fulfulde")],
        [("Brasil", "Português"), ("Angola", "Português"), ("Moçambique", "Português"), ("Cabo Verde", "Kriolu"),
         ("Guiné-Bissau", "Português"), ("São Tomé", "Português"), ("Timor-Leste", "Tetun"), ("Macau", "中文")],
    ] * 3)

ARTICLE = """Quake survivors shelter from the cold in the mountain villages

The earthquake destroyed hundreds of houses in the remote villages of the province on Monday night.

Survivors spent the night in tents as temperatures fell far below freezing, rescue workers said on Tuesday.

"We lost everything in a few seconds," said a farmer who was salvaging blankets from the ruins of his home.

The regional government said it had sent food, coats and heaters to the worst-hit villages and would rebuild the school before the spring."""


def test_a_long_locale_menu_does_not_decide_the_pages_language():
    page = "Menu\n\n" + MENU + "\n\n" + ARTICLE + "\n\nSign up for our newsletter\n"
    rec = dateline.read(page, kind="text", options=Options(learn_templates=False))
    assert rec["language"]["code"] == "en"
    assert "analysis-skipped" not in " ".join(rec["notes"])
    assert "earthquake destroyed" in rec["body"]
