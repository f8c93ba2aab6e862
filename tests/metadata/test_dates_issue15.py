"""Relative timestamps, two-digit years and US time zones (issue 15)."""

import pytest

from dateline.metadata.dates import find_dates
from dateline.metadata.relative_dates import relative_timestamp

FETCHED = "2024-03-05T10:00:00+00:00"


@pytest.mark.parametrize("text,lang,day", [
    ("2 uur geleden", "nl", "2024-03-05"),
    ("12 uur geleden", "nl", "2024-03-04"),
    ("gisteren", "nl", "2024-03-04"),
    ("gestern", "de", "2024-03-04"),
    ("Aktualisiert: vor 3 Stunden", "de", "2024-03-05"),
    ("3 days ago", "en", "2024-03-02"),
    ("Updated yesterday", "en", "2024-03-04"),
    ("il y a 2 jours", "fr", "2024-03-03"),
    ("hier", "fr", "2024-03-04"),
])
def test_relative_timestamps(text, lang, day):
    d = relative_timestamp(text, FETCHED, lang)
    assert d is not None and d.value == day and d.source == "text-relative"


@pytest.mark.parametrize("text,fetched", [
    ("Gestern sagte der Bürgermeister, der Hafen werde ausgebaggert.", FETCHED),  # a sentence
    ("gestern", None),  # no fetch time: no reference to count back from
])
def test_relative_timestamps_refused(text, fetched):
    assert relative_timestamp(text, fetched, "de") is None


@pytest.mark.parametrize("text,lang,value", [
    ("Updated 12/22/23 9:15 p.m. ET", "en", "2023-12-22T21:15:00-05:00"),
    ("22.12.23, 14:30 Uhr", "de", "2023-12-22T14:30:00"),
    ("July 4, 2023 10:00 a.m. ET", "en", "2023-07-04T10:00:00-04:00"),  # daylight time
    ("Jan. 5, 2024 3:00 PM PT", "en", "2024-01-05T15:00:00-08:00"),  # standard time
    ("March 10, 2024 3:00 AM CT", "en", "2024-03-10T03:00:00-05:00"),  # DST from the 2nd Sunday of March
])
def test_two_digit_years_and_us_zones(text, lang, value):
    assert [f.value for f in find_dates(text, lang)] == [value]


@pytest.mark.parametrize("text", ["Version 2.1.23 released", "Final score 3.1.10", "ID 12.34.56"])
def test_version_numbers_are_not_dates(text):
    assert find_dates(text, "en") == []
