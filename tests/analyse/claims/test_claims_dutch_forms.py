"""Dutch attribution forms read on the Flemish dev set (analyse/claims), each in an invented
sentence: headline colons in the speaker's own words, subjects the parse gets only in part."""

from __future__ import annotations

from dateline.analyse.claims import find_claims
from dateline.types import Article


def claims(text: str, lang: str = "nl") -> list[tuple[str | None, str, str]]:
    article = Article(page_id="t", source="t", language=lang, paragraphs=[text])
    out = []
    for c in find_claims(article, lang):
        sp = c.attrs["speaker"]
        out.append((sp["text"] if sp else None, c.attrs["cue"]["text"], article.body[c.start:c.end]))
    return out


def test_a_headline_colon_in_the_first_person_is_the_subjects_own_words():
    got = claims("Wethouder Anke Vos slaat terug na kritiek van de oppositie: Laat me niet wegzetten als leugenaar")
    assert ("Wethouder Anke Vos", ":", "Laat me niet wegzetten als leugenaar") in got


def test_a_headline_label_with_a_relative_clause_is_the_speaker():
    got = claims("Reizigers die vastzaten in de tunnel: Ik zag alleen nog rook om me heen")
    assert ("Reizigers die vastzaten in de tunnel", ":", "Ik zag alleen nog rook om me heen") in got


def test_a_headline_colon_without_own_words_is_no_claim():
    assert claims("Vrachtwagen rijdt in op wachtende auto's bij tolpoort in Gent: zeker twaalf gewonden") == []


def test_a_headline_stance_verb_keeps_its_object_and_shares_the_colon_speaker():
    got = claims("Oud-wielrenner en ploegleider ontkent fraude bij de ploeg: Ik ben slachtoffer van laster")
    assert ("Oud-wielrenner en ploegleider", ":", "Ik ben slachtoffer van laster") in got
    assert ("Oud-wielrenner en ploegleider", "ontkent", "fraude bij de ploeg") in got


def test_a_body_sentence_with_a_colon_quote_stays_with_its_verb():
    got = claims('De burgemeester zei: "We bouwen de brug opnieuw op."')
    assert [c[:2] for c in got] == [("De burgemeester", "zei")]


def test_an_inverted_subject_ends_where_the_reported_clause_starts():
    got = claims("Intussen melden Franse kranten dat een compromis zou bereikt zijn over de grens.")
    assert [c[:2] for c in got] == [("Franse kranten", "melden")]


def test_dat_before_a_participle_has_the_subject_between_auxiliary_and_participle():
    got = claims("In het asielcentrum is een tweede gezin aangekomen. Dat heeft de Dienst Vreemdelingenzaken bevestigd.")
    assert ("de Dienst Vreemdelingenzaken", "bevestigd", "In het asielcentrum is een tweede gezin aangekomen") in got


def test_dat_zegt_after_a_comma_attributes_the_clause_before_it():
    got = claims("Minstens twaalf mensen raakten gewond, van wie twee zwaar, dat meldt de brandweer.")
    assert got == [("de brandweer", "meldt", "Minstens twaalf mensen raakten gewond, van wie twee zwaar")]


def test_a_relative_dat_after_a_comma_is_no_report():
    assert claims("De burgemeester kocht een huis, dat hij later verkocht.") == []


def test_a_determiner_and_a_mistagged_noun_are_a_speaker():
    got = claims("Het aantal gevallen stijgt elk jaar, zeggen die huidspecialisten.")
    assert ("die huidspecialisten", "zeggen") in [c[:2] for c in got]


def test_a_passive_cue_without_agent_has_no_speaker():
    got = claims("De brandweer sprak eerder over vijf doden, maar die cijfers zijn niet bevestigd.")
    assert ("De brandweer", "bevestigd") not in [c[:2] for c in got]
    assert all(sp is None for sp, cue, _ in got if cue == "bevestigd")


def test_a_weekday_glued_to_voormiddag_is_no_speaker():
    from dateline.analyse.claims.speaker_check import time_word

    assert time_word("dinsdagvoormiddag", "nl") and time_word("vrijdagnamiddag", "nl")
    assert not time_word("zondagskrant", "nl")


def test_a_first_person_speaker_in_dutch_is_someone_already_quoted():
    got = claims("Ik vind dat een schande, zei de burgemeester in de gemeenteraad.")
    assert [c[0] for c in got] == ["de burgemeester"]


def test_a_soft_hyphen_inside_a_cue_does_not_hide_it():
    got = claims("De wachtlijsten worden elk jaar langer, zegt de vakbond. Dat is onaanvaardbaar, zo \xadreageert de minister.")
    assert any(cue.replace("\xad", "") == "reageert" and sp == "de minister" for sp, cue, _ in got)


def test_zo_after_a_comma_inverts_and_the_apposition_stops_before_a_prepositional_tail():
    got = claims("De meeste ouders zijn ongerust over de nieuwe regels, zo reageert Els Martens, "
                 "voorzitter van de ouderraad, op de beslissing.")
    assert got == [("Els Martens, voorzitter van de ouderraad", "reageert",
                    "De meeste ouders zijn ongerust over de nieuwe regels")]


def test_a_pronoun_object_before_a_closing_cue_is_the_content():
    got = claims("De staking is voorbij. Eerder had ook de Franse minister Paul Girard dat al gemeld.")
    assert ("de Franse minister Paul Girard", "gemeld", "dat") in got
    got = claims("Agenten kregen quota voor boetes, hoewel de burgemeester dat ontkende")
    assert ("de burgemeester", "ontkende", "dat") in got


def test_a_relative_dat_before_its_verb_is_no_pointer():
    assert all(cue != "schreef" for _s, cue, _c in claims("Het rapport dat de inspecteur schreef, bleef geheim."))


def test_a_bare_stance_verb_answers_the_sentence_before():
    got = claims("De coach zou de spelers hebben uitgescholden. De voorzitter van de club ontkent.")
    assert ("De voorzitter van de club", "ontkent", "De coach zou de spelers hebben uitgescholden") in got


def test_blijkt_uit_names_the_source_after_the_preposition():
    got = claims("Er waren quota voor boetes. Dat blijkt uit interne nota's van de politiezone.")
    assert ("interne nota's", "blijkt uit", "Er waren quota voor boetes") in [(s and s.split(" van ")[0], c, t) for s, c, t in got]
    got = claims("Uit een rapport van de inspectie blijkt dat de sporthal onveilig is.")
    assert ("een rapport van de inspectie", "blijkt", "de sporthal onveilig is") in got


def test_klinkt_het_bij_gives_the_speaker_and_without_bij_none():
    got = claims("We konden niemand meer redden, klinkt het bij de reddingsdiensten.")
    assert got == [("de reddingsdiensten", "klinkt het bij", "We konden niemand meer redden")]
    got = claims("De onderhandelingen zitten op het goede spoor, klinkt het.")
    assert got == [(None, "klinkt het", "De onderhandelingen zitten op het goede spoor")]


def test_a_plain_blijkt_is_no_report():
    assert claims("Het gebouw blijkt onveilig.") == []


def test_object_verbs_laken_vragen_om_spreken_van():
    assert claims("Minister Peeters laakt uitspraken van de burgemeester over de haven") == [
        ("Minister Peeters", "laakt", "uitspraken van de burgemeester over de haven")]
    assert claims("De oppositie vraagt om het ontslag van de minister.") == [
        ("De oppositie", "vraagt", "het ontslag van de minister")]
    assert claims("Getuigen spraken van een van de hevigste branden in jaren.") == [
        ("Getuigen", "spraken", "een van de hevigste branden in jaren")]


def test_acht_the_number_is_no_cue():
    assert claims("De politie heeft acht verdachten opgepakt.") == []


def test_the_subject_before_the_auxiliary_and_not_the_channel_name_speaks():
    got = claims("De Britse minister van Handel John Carter heeft zondagavond op de zender Sky News "
                 "gezegd dat de handelsoorlog voorlopig stilligt.")
    assert [c[:2] for c in got] == [("De Britse minister van Handel John Carter", "gezegd")]


def test_a_van_phrase_after_the_subject_stays_in_the_speaker():
    got = claims("De rechter beslist op vrijdag, melden de advocaten van de verdachten.")
    assert [c[:2] for c in got] == [("de advocaten van de verdachten", "melden")]


def test_the_one_spoken_to_is_no_part_of_an_inverted_speaker():
    got = claims("'Je wist wat je deed', zou Mark Jansen aan de moeder van een vermiste jongen hebben gezegd.")
    assert [c[:2] for c in got] == [("Mark Jansen", "gezegd")]
    got = claims("Het plan is te duur, zegt Jan Peeters, hoogleraar aan de universiteit van Gent.")
    assert [c[:2] for c in got] == [("Jan Peeters, hoogleraar aan de universiteit van Gent", "zegt")]


def test_a_name_and_verb_after_a_comma_open_a_colon_claim_and_end_the_one_before():
    got = claims("Iran noemt sancties van de VS onaanvaardbaar, Washington reageert: Dit is pas het begin")
    assert ("Iran", "noemt", "sancties van de VS onaanvaardbaar") in got
    assert ("Washington", "reageert", "Dit is pas het begin") in got


def test_naar_eigen_zeggen_makes_the_subject_the_speaker():
    got = claims("De Poolse douane heeft naar eigen zeggen geen sporen van explosieven gevonden in de vrachtwagen.")
    assert got == [("De Poolse douane", "naar eigen zeggen", "geen sporen van explosieven gevonden in de vrachtwagen")]


def test_an_unquoted_question_before_reageert_is_what_the_speaker_said():
    got = claims("Waarom luisteren ze nooit naar de buurt? reageert de voorzitter van het buurtcomité.")
    assert got == [("de voorzitter van het buurtcomité", "reageert", "Waarom luisteren ze nooit naar de buurt")]


def test_a_participle_adjective_opens_a_volgens_source():
    got = claims("De premier heeft volgens eensluidende berichten zijn Duitse collega uitgenodigd voor een bezoek.")
    assert [c[:2] for c in got] == [("eensluidende berichten", "volgens")]
