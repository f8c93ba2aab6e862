"""Which subject the parse may replace the rules' speaker with (analyse/claims/parse.py),
in invented English sentences of the forms read on the PolNeAR train sample."""

from __future__ import annotations

from dateline.analyse.claims import find_claims
from dateline.types import Article


def speakers(text: str, lang: str = "en") -> list[tuple[str | None, str]]:
    article = Article(page_id="t", source="t", language=lang, paragraphs=[text])
    return [((c.attrs["speaker"] or {}).get("text"), c.attrs["cue"]["text"]) for c in find_claims(article, lang)]


def test_a_fronted_phrase_the_parse_takes_for_the_subject_does_not_replace_the_speaker():
    text = ("Tuesday in New York City, while on the campaign trail for his wife Democratic presidential "
            "front-runner Hillary Clinton, former president Bill Clinton said his wife was uniquely "
            "qualified to lead the country.")
    assert ("former president Bill Clinton", "said") in speakers(text)


def test_a_party_label_in_brackets_does_not_break_the_speaker():
    text = ("Sunday, on a morning talk show, while commenting on the budget fight in the state "
            "capital, Governor Anne Miller (R-OK) said the governor of the neighbouring state was "
            "trying to campaign as a healer.")
    assert ("Governor Anne Miller (R-OK", "said") in speakers(text)



def test_the_object_of_a_fronted_preposition_never_speaks():
    got = speakers("On the campaign trail, Mrs. Ames regularly pledges to make the economy work for everyone.")
    assert all(sp != "the campaign trail" for sp, _cue in got)
    got = speakers("In addition to worrying that she is out of step, Mrs. Ames is hemmed in by her record.")
    assert all(sp != "addition" for sp, _cue in got)


def test_a_subject_right_before_its_cue_after_a_conjunction_still_speaks():
    text = "The senator released a statement after rival Jim Doe told voters in Dayton that the plan was dead."
    assert ("rival Jim Doe", "told") in speakers(text)
