"""htmldate is asked only where its answer could change the published day (date_choice.htmldate_can_change)."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.metadata.date_choice import DateCandidate, choose_published, htmldate_can_change
from dateline.types import Dated

FETCHED = "2024-06-01T00:00:00Z"


def cand(day: str, source: str = "json-ld", role: str = "published", weight: str = "markup", time: str = "") -> DateCandidate:
    value = day + time
    return DateCandidate(role, Dated(value, value, source, bool(time)), source, weight)


def test_the_urls_day_stands_when_another_source_is_within_a_day():
    assert not htmldate_can_change([cand("2023-11-09", time="T03:30:00+00:00"), cand("2023-11-08", "url")])


def test_a_lone_url_date_leaves_room_for_htmldate():
    assert htmldate_can_change([cand("2023-11-08", "url")])


def test_no_markup_date_asks_htmldate():
    assert htmldate_can_change([])
    assert htmldate_can_change([cand("2023-11-08", "time-tag", weight="page")])


def test_agreeing_markup_dates_at_daytime_need_no_htmldate():
    assert not htmldate_can_change([cand("2023-11-08", time="T14:00:00+01:00"), cand("2023-11-08", "opengraph:x")])


def test_utc_time_near_midnight_asks_htmldate():
    assert htmldate_can_change([cand("2023-11-09", time="T02:00:00+00:00")])
    assert htmldate_can_change([cand("2023-11-08", time="T22:30:00+00:00")])


def test_disagreeing_markup_dates_ask_htmldate():
    assert htmldate_can_change([cand("2023-11-08"), cand("2023-10-01", "time-tag")])


DAYS = st.dates(min_value=date(2015, 1, 1), max_value=date(2024, 5, 1)).map(date.isoformat)
TIMES = st.sampled_from(["", "T14:00:00+00:00", "T02:00:00+00:00", "T22:00:00+00:00", "T14:00:00-05:00",
                         "T23:30:00+02:00"])
CANDIDATE = st.builds(cand, DAYS, st.sampled_from(["json-ld", "opengraph:x", "time-tag", "text", "url"]),
                      st.sampled_from(["published", "published", "modified"]), st.sampled_from(["markup", "page"]),
                      TIMES)


@settings(max_examples=400, deadline=None)
@given(st.lists(CANDIDATE, max_size=5), DAYS, st.sampled_from([None, "en", "de"]))
def test_when_htmldate_cannot_change_the_day_no_htmldate_answer_does(cands, hd_day, lang):
    # keep one URL candidate at most, as the cascade makes
    urls = [c for c in cands if c.source == "url"]
    cands = [c for c in cands if c.source != "url"] + urls[:1]
    if htmldate_can_change(cands, lang, FETCHED):
        return
    without, _ = choose_published(cands, lang, FETCHED)
    for day in (hd_day, *(c.day for c in cands),
                *((date.fromisoformat(c.day) + timedelta(days=d)).isoformat() for c in cands for d in (-1, 1))):
        with_hd, _ = choose_published(cands + [cand(day, "htmldate")], lang, FETCHED)
        assert (with_hd.value[:10] if with_hd else None) == (without.value[:10] if without else None)

