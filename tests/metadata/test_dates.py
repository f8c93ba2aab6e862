"""Dates in running text: month names per language, numeric forms, times, zones, roles."""

import pytest

from dateline.metadata.dates import find_dates, is_timestamp_block


@pytest.mark.parametrize("text,lang,values", [
    ("zondag 3 maart 2019", "nl", ["2019-03-03"]),
    ("3 mrt. 2019 om 9.12 uur", "nl", ["2019-03-03T09:12:00"]),
    ("12 okt 2020 14:05", "nl", ["2020-10-12T14:05:00"]),
    ("Sunday, March 3, 2019 9:12 a.m. EST", "en", ["2019-03-03T09:12:00-05:00"]),
    ("3 March 2019 at 9:12pm GMT", "en", ["2019-03-03T21:12:00+00:00"]),
    ("Sept. 14, 2021", "en", ["2021-09-14"]),
    ("3. März 2019, 14:20 Uhr", "de", ["2019-03-03T14:20:00"]),
    ("Sonntag, 3. Jänner 2021", "de", ["2021-01-03"]),
    ("1er févr. 2019 à 14h30", "fr", ["2019-02-01T14:30:00"]),
    ("le 4 août 2020", "fr", ["2020-08-04"]),
    ("03-03-2019 09:12", None, ["2019-03-03T09:12:00"]),
    ("3.3.2019", None, ["2019-03-03"]),
    ("2019-03-03T09:12:00+01:00", None, ["2019-03-03T09:12:00+01:00"]),
    ("2019-03-03 09:12 CET", None, ["2019-03-03T09:12:00+01:00"]),
    ("13/4/2019", "en", ["2019-04-13"]),
    ("4/13/2019", "en", ["2019-04-13"]),
    ("3/4/2019", "en", []),          # month/day or day/month: cannot be told
    ("3/4/2019", "nl", ["2019-04-03"]),
    ("10:03 UTC+2, 4 May 2021", "en", ["2021-05-04T10:03:00+02:00"]),
    ("31 februari 2019", "nl", []),  # no such day
    ("Het kost 9.12 euro", "nl", []),
])
def test_values(text, lang, values):
    assert [f.value for f in find_dates(text, lang)] == values


def test_glued_published_and_modified():
    text = "3 March 2019 09:12Gewijzigd op 4 May 2021 10:03"
    found = find_dates(text)
    assert [(f.value, f.role) for f in found] == [
        ("2019-03-03T09:12:00", "published"), ("2021-05-04T10:03:00", "modified")]
    assert text[found[1].start:found[1].end] == found[1].text == "4 May 2021 10:03"


@pytest.mark.parametrize("text,lang,roles", [
    ("Gepubliceerd: 3 maart 2019 Bijgewerkt: 4 maart 2019", "nl", ["published", "modified"]),
    ("Updated 10:03 GMT, 4 May 2021", "en", ["modified"]),
    ("First published on Sun 3 Mar 2019", "en", ["published"]),
    ("Veröffentlicht am 3. März 2019, aktualisiert am 5. März 2019", "de", ["published", "modified"]),
    ("Publié le 3 mars 2019 à 09h12, mis à jour le 4 mars 2019 à 10h00", "fr", ["published", "modified"]),
    ("De vergadering van 3 maart 2019 ging niet door", "nl", [None]),
])
def test_roles(text, lang, roles):
    assert [f.role for f in find_dates(text, lang)] == roles


def test_zone_flag():
    with_zone, without = find_dates("3 March 2019 09:12 CET"), find_dates("3 March 2019 09:12")
    assert with_zone[0].timezone_known and with_zone[0].value.endswith("+01:00")
    assert not without[0].timezone_known


@pytest.mark.parametrize("text,lang,expected", [
    ("Gepubliceerd op 3 maart 2019 om 09:12", "nl", True),
    ("Bijgewerkt: 4 mei 2021, 10:03 uur", "nl", True),
    ("Updated: March 4, 2021 10:03 a.m. ET", "en", True),
    ("Aktualisiert am 4. Mai 2021, 10:03 Uhr", "de", True),
    ("Mis à jour le 4 mai 2021 à 10h03", "fr", True),
    ("Publié le 3 mars 2019", "fr", True),
    ("3 March 2019 09:12Gewijzigd op 4 May 2021 10:03", None, True),
    ("Op 3 maart 2019 besloot de gemeenteraad van Utrecht om het plan af te blazen.", "nl", False),
    ("Het kabinet komt vandaag bijeen.", "nl", False),
])
def test_timestamp_block(text, lang, expected):
    assert is_timestamp_block(text, lang) is expected
