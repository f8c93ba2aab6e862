"""Site templates: blocks recurring on many pages of one site are chrome, in any words;
a story printed on two pages of the batch is not a template."""

from __future__ import annotations

from pathlib import Path

import dateline
from dateline import Options
from dateline.extract.templates import learn_templates

SITE = Path(__file__).parent / "fixtures" / "site-dorpsbode"
HOUSE_LINES = [
    "Kopij voor de volgende editie graag uiterlijk dinsdagavond inleveren bij het redactieadres aan de Kerkstraat.",
    "De Dorpsbode verschijnt elke donderdag in Hoogland, Laagveen en omstreken en wordt gemaakt door vrijwilligers.",
]


def _records(learn: bool) -> dict[str, dict]:
    opts = Options(analyse=False, learn_templates=learn)
    return {Path(r["source"]["path"]).name: r for r in dateline.read_many([str(SITE)], options=opts)}


def test_recurring_blocks_become_site_template_chrome():
    records = _records(True)
    assert len(records) == 4
    for name, r in records.items():
        removed = {b["text"]: b.get("reason") for b in r["removed"]}
        for line in HOUSE_LINES:
            assert removed.get(line) == "site-template", (name, line)
            assert line not in r["paragraphs"]
        assert len(r["paragraphs"]) == 3, (name, r["paragraphs"])


def test_wire_story_on_two_pages_is_kept():
    records = _records(True)
    for name in ("p1.txt", "p2.txt"):
        r = records[name]
        assert r["lead"].startswith("GRONINGEN (ANP).")
        assert r["dateline"]["agency"] == "ANP"
        assert r["title"].startswith("Storm legt treinverkeer")


def test_learn_templates_needs_three_pages_and_a_share():
    menu = ["Voorpagina", "Agenda"]
    story = ["Een verhaal dat twee keer in de batch staat, van een persbureau."]
    pages = [menu + story, menu + story, menu + ["a"], menu + ["b"], menu + ["c"]]
    template = learn_templates(pages)
    assert "voorpagina" in template and "agenda" in template
    assert not any("persbureau" in t for t in template)
    assert learn_templates(pages[:2]) == frozenset()


def test_copies_of_one_story_count_as_one_page():
    story = ["Een lang verhaal van het persbureau over de storm in het noorden van het land vandaag.",
             "Een tweede alinea van datzelfde verhaal met nog meer woorden over de schade en de wind."]
    pages = [["Menu"] + story + [f"dag {i}"] for i in range(6)]
    assert learn_templates(pages) == frozenset()
    topics = ("de markt", "het zwembad", "de bibliotheek")  # distinct words: digits fold to 0
    others = [["Menu", f"Een ander verhaal over {t} met genoeg woorden om lang te zijn hier."] for t in topics]
    template = learn_templates(pages + others)
    assert "menu" in template
    assert not any("persbureau" in t for t in template)


def test_html_pages_pass_through_without_waiting_and_order_is_kept():
    from dateline.extract.templates import TemplateStep
    from dateline.types import Doc, RawPage

    consumed = []

    def stream():
        for i, kind in enumerate(["html", "html", "text", "html", "text"]):
            consumed.append(i)
            doc = Doc(RawPage(source=f"dir/{i}", content=b"x"), text="Blok een.\n\nBlok twee.")
            doc.scratch["kind"] = kind
            yield doc

    out = TemplateStep().run(stream())
    first = next(out)
    assert first.page.source == "dir/0" and consumed == [0]  # an HTML page ahead of any text page: not held
    rest = [d.page.source for d in out]
    assert rest == ["dir/1", "dir/2", "dir/3", "dir/4"]  # text pages wait for their window; order unchanged
