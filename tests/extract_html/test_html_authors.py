"""Authors from every markup source, with publishers, places and agencies sorted out (issue 15)."""

from page_maker import page, read


def test_name_only_in_a_rel_author_link():
    r = read(page(body='<div class="byline"><a rel="author" href="/staff/mara-olsen">Mara Olsen</a></div>'))
    assert r["authors"] == ["Mara Olsen"]


def test_jsonld_list_of_persons_and_an_id_reference():
    head = ('<script type="application/ld+json">{"@graph": ['
            '{"@type": "NewsArticle", "headline": "Channel to be dredged", '
            '"author": [{"@type": "Person", "name": "Mara Olsen"}, {"@id": "#p2"}]},'
            '{"@type": "Person", "@id": "#p2", "name": "Tomas Brink"}]}</script>')
    assert read(page(head))["authors"] == ["Mara Olsen", "Tomas Brink"]


def test_cxense_author_meta():
    r = read(page('<meta name="cXenseParse:author" content="Ilse Vandermeer">'))
    assert r["authors"] == ["Ilse Vandermeer"]


def test_publisher_place_and_agency_are_not_authors():
    head = ('<meta property="og:site_name" content="Küstenbote">'
            '<meta name="author" content="Küstenbote Verlag GmbH, Munich, Germany">')
    r = read(page(head), url="https://kuestenbote.example/a/1")
    assert r["authors"] == []
    assert r["source"]["publisher"] == "Küstenbote"


def test_site_name_with_web_address_goes_to_publisher():
    r = read(page('<meta name="author" content="Radio Nordsee (www.radionordsee.example)">'))
    assert r["authors"] == [] and r["source"]["publisher"] == "Radio Nordsee"


def test_agency_in_author_field_goes_to_the_agency():
    r = read(page('<meta name="author" content="The Associated Press">'))
    assert r["authors"] == [] and r["dateline"]["agency"] == "AP"


def test_person_behind_a_publisher_author_meta_is_found_in_markup():
    head = '<meta name="author" content="HARBOUR DAILY">'
    body = '<p class="author">By Jonas Keller</p>'
    r = read(page(head, body))
    assert r["authors"] == ["Jonas Keller"]
