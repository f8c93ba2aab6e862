"""Session 8: Dutch attribution forms met on a fresh, blind-annotated set of Flemish news
(evaluation_sets/attribution-nl-fresh) and on the tune half of attribution-nl, fixed as
grammar, not as wording. Invented sentences only."""

from dateline.analyse.claims import find_claims
from dateline.types import Article


def summary(paragraphs, lang="nl"):
    if isinstance(paragraphs, str):
        paragraphs = [paragraphs]
    article = Article(page_id="t", source="t", language=lang, paragraphs=paragraphs)
    body = article.body
    t = lambda part: part["text"] if part else None  # noqa: E731
    return [(t(c.attrs["speaker"]), t(c.attrs["cue"]), c.text_in(body)) for c in find_claims(article)]


def test_dat_hebben_with_a_plural_subject_between_auxiliary_and_participle():
    got = summary("De president erkent de stad als hoofdstad. Dat hebben functionarissen van het Witte Huis gezegd.")
    assert ("functionarissen van het Witte Huis", "gezegd", "De president erkent de stad als hoofdstad") in got


def test_dat_heeft_a_title_and_name_then_a_day_word_before_the_participle():
    got = summary("Een bevel van de president kan geweigerd worden. Dat heeft generaal John Hyten zaterdag gezegd.")
    assert got == [("generaal John Hyten", "gezegd", "Een bevel van de president kan geweigerd worden")]


def test_dat_is_gemeld_in_a_prepositional_phrase_has_no_speaker_between():
    got = summary("De brug blijft dicht. Dat is in een verklaring gemeld.")
    assert all(s is None or "verklaring" not in s for s, _, _ in got)


def test_volgens_a_rule_is_in_accordance_with_not_a_source():
    got = summary("Het is misschien toegelaten volgens de letter van de wet, maar volgens de geest van de wet "
                  "is het ontoelaatbaar, verklaarde de minister.")
    assert [s for s, c, _ in got if c.lower() == "volgens"] == []
    assert ("de minister", "verklaarde") in [(s, c) for s, c, _ in got]
    assert summary("Volgens de regels van de bond moet de club de boete betalen.") == []
    assert summary("Volgens de burgemeester moet de club betalen.") == [
        ("de burgemeester", "Volgens", "moet de club betalen")]


def test_a_mid_clause_volgens_after_a_comma_and_coordinator_says_only_its_own_clause():
    got = summary("Verschillende landen wezen diplomaten de deur, omdat Londen Moskou verdenkt, "
                  "maar dat is volgens Kneissl niet bewezen.")
    assert ("Kneissl", "volgens", "dat is volgens Kneissl niet bewezen") in got


def test_klinkt_het_after_a_quotation_takes_the_quotation_only():
    got = summary("Nooit eerder waren zoveel meisjes actief. Ze worden almaar jonger en verkopen zich voor "
                  "minder geld. 'Het is pure slavernij', klinkt het bij de politie.")
    assert got == [("de politie", "klinkt het bij", "Het is pure slavernij")]


def test_klinkt_het_after_two_words():
    got = summary("De premier heeft benadrukt dat ze een akkoord kan sluiten. Vertrouw mij, klinkt het in "
                  "een interview in de Sunday Times.")
    assert (None, "klinkt het", "Vertrouw mij") in got


def test_a_hedged_clause_before_klinkt_het_is_one_hedged_claim():
    article = Article(page_id="t", source="t", language="nl", paragraphs=[
        "Het leger heeft het gebied afgesloten. Op vijf plaatsen zouden honderden betogers betrokken zijn "
        "bij rellen, klinkt het nog."])
    claims = find_claims(article)
    assert len(claims) == 1
    c = claims[0]
    assert c.attrs["cue"]["text"] == "klinkt het" and c.attrs["speaker"] is None and c.attrs["hedged"] is True
    assert c.text_in(article.body) == "Op vijf plaatsen zouden honderden betogers betrokken zijn bij rellen"


def with_entities(text, lang="nl"):
    """Claims of one line read as the pipeline reads it: with its entity layer."""
    from dateline.analyse.entities import entity_spans
    from dateline.analyse.layer import parse

    article = Article(page_id="t", source="t", language=lang, paragraphs=[text])
    article.parsed = parse(article.body, lang)
    article.layers["entities"] = entity_spans(article.body, lang, None, parsed=article.parsed)
    t = lambda part: part["text"] if part else None  # noqa: E731
    return [(t(c.attrs["speaker"]), t(c.attrs["cue"]), c.text_in(article.body)) for c in find_claims(article, lang)]


def test_a_one_word_name_the_tagger_reads_as_an_adverb_speaks_before_a_quotation():
    assert summary("Geens: 'Fusie van de politiezones kan in het regeerakkoord staan'") == [
        ("Geens", ":", "Fusie van de politiezones kan in het regeerakkoord staan")]


def test_a_headline_name_then_a_prepositional_phrase_then_a_quotation():
    assert with_entities("Charles Michel aan Francken: 'Geen olie op het vuur gooien'") == [
        ("Charles Michel", ":", "Geen olie op het vuur gooien")]


def test_a_headline_topic_before_the_preposition_is_no_speaker():
    assert with_entities("Storm in Gent: 'Het was verschrikkelijk'") == []
    assert with_entities("Ongeval op E40: 'Ik zag de auto kantelen'") == []


def test_a_headline_verb_tagged_as_an_adjective_still_ends_the_speaker():
    got = summary("Nigel Farage hernieuwt strijd voor harde Brexit: 'Ik ben terug'")
    assert ("Nigel Farage", ":", "Ik ben terug") in got


def test_a_day_word_after_an_inverted_subject_is_no_part_of_it():
    assert summary("Hij wil de strijd hernieuwen, zei Farage zaterdag.") == [
        ("Farage", "zei", "Hij wil de strijd hernieuwen")]


def test_a_relative_clause_closing_the_sentence_after_a_right_speaker_is_part_of_it():
    got = summary("Het geeft veel voldoening om een steentje bij te dragen, zegt Franco Budano, "
                  "die vijf maanden in Rwanda verbleef.")
    assert got == [("Franco Budano, die vijf maanden in Rwanda verbleef", "zegt",
                    "Het geeft veel voldoening om een steentje bij te dragen")]


def test_an_apposition_opening_on_a_title_the_tagger_reads_as_a_verb():
    got = summary("Dit is de hoogste tijd, zegt Sébastien Snoeck, expert Vlees en Veeteelt bij Greenpeace België.")
    assert got == [("Sébastien Snoeck, expert Vlees en Veeteelt bij Greenpeace België", "zegt", "Dit is de hoogste tijd")]


def test_volgens_a_name_the_parse_split_keeps_the_whole_name():
    got = summary("Volgens Gunther Pauwels van Sanofi Geel laat de aanpak het bedrijf toe te groeien.")
    assert got[0][:2] == ("Gunther Pauwels van Sanofi Geel", "Volgens")


def test_the_subject_before_the_auxiliary_speaks_not_the_object_after_it():
    got = summary("De premier heeft de critici binnen haar partij gewaarschuwd dat een boycot de uitstap kan kosten.")
    assert [(s, c) for s, c, _ in got] == [("De premier", "gewaarschuwd")]


def test_clause_comma_zei_hij_then_a_time_and_place_the_clause_is_said_by_the_pronoun():
    got = summary("Ik betreur dat de Britse politici niet de moed hebben gehad om aan hun bevolking de voordelen "
                  "uit te leggen van het lidmaatschap van de EU, zei hij donderdagmiddag tijdens een gastcollege "
                  "aan studenten politieke wetenschappen aan de Universiteit van Gent.")
    assert got == [("hij", "zei", "Ik betreur dat de Britse politici niet de moed hebben gehad om aan hun "
                    "bevolking de voordelen uit te leggen van het lidmaatschap van de EU")]


def test_noemt_after_a_subject_and_a_long_bracketed_apposition():
    got = summary("De oppositie, de centrumlinkse Republikeinse Volkspartij (CHP), noemt de uitslag van de "
                  "verkiezingen manipulatie.")
    assert got == [("De oppositie, de centrumlinkse Republikeinse Volkspartij (CHP)", "noemt",
                    "de uitslag van de verkiezingen manipulatie")]


def test_noemt_after_a_title_with_a_van_phrase_and_a_name():
    got = summary("De woordvoerder van de Spaanse regeringspartij Partido Popular noemt de uitspraken van de "
                  "minister onaanvaardbaar.")
    assert got == [("De woordvoerder van de Spaanse regeringspartij Partido Popular", "noemt",
                    "de uitspraken van de minister onaanvaardbaar")]


def test_noemt_after_a_noun_phrase_and_its_relative_clause():
    got = summary("Een Europees parlementslid die in Spanje lid is van de partij van de premier, noemt de "
                  "minister een neofascist.")
    assert got == [("Een Europees parlementslid die in Spanje lid is van de partij van de premier", "noemt",
                    "de minister een neofascist")]


def test_zo_meldt_x_alone_points_back_to_the_sentence_before():
    got = summary("De onderhandelaars hebben een akkoord bereikt over de zogeheten 'Brexit Bill'. Zo meldt The Telegraph.")
    assert got == [("The Telegraph", "meldt",
                    "De onderhandelaars hebben een akkoord bereikt over de zogeheten 'Brexit Bill'")]


def test_zo_zegt_x_dat_has_its_own_content():
    got = summary("De brug is dicht. Zo zegt de minister dat de tunnel open blijft.")
    assert got == [("de minister", "zegt", "de tunnel open blijft")]


def test_zogeheten_qualifies_a_noun_and_makes_no_claim():
    assert summary("De regering heeft de zogeheten taks op effectenrekeningen ingevoerd.") == []


def test_a_fronted_quotation_noemt_hij_het():
    got = summary("Ze worden uit de lucht geschoten. 'Wraakroepend', noemt hij het.")
    assert ("hij", "noemt", "Wraakroepend") in got


def test_a_fronted_noun_phrase_noemen_ze_het_without_a_comma():
    got = summary("Rusland ontkent alles. Een complot noemen ze het.")
    assert ("ze", "noemen", "Een complot") in got
    assert all(s != "Een complot" for s, _, _ in got)


def test_a_te_infinitive_report_without_dat():
    assert summary("Toch zegt ze er vertrouwen in te hebben dat Brussel en Londen tot een akkoord komen.") == [
        ("ze", "zegt", "er vertrouwen in te hebben dat Brussel en Londen tot een akkoord komen")]
    assert summary("De man ontkent ook maar iets te maken te hebben met de liquidatie.") == [
        ("De man", "ontkent", "ook maar iets te maken te hebben met de liquidatie")]


def test_dreigt_te_is_no_report():
    assert summary("Het dodental na de ramp dreigt nog op te lopen.") == []


def test_a_medium_reporting_a_named_speakers_sentence_is_its_outlet():
    article = Article(page_id="t", source="t", language="nl", paragraphs=[
        "Een bevel van de president kan geweigerd worden. Dat heeft generaal John Hyten zaterdag gezegd "
        "op een forum in Halifax, zo melden Amerikaanse media."])
    claims = find_claims(article)
    assert len(claims) == 1
    a = claims[0].attrs
    assert (a["speaker"]["text"], a["cue"]["text"], a["outlet"]["text"]) == ("generaal John Hyten", "gezegd", "Amerikaanse media")


def test_volgens_a_title_with_its_portfolio_a_name_and_a_party():
    got = summary("Volgens Staatssecretaris voor Asiel en Migratie Theo Francken (N-VA) doet de Orde aan politiek.")
    assert got == [("Staatssecretaris voor Asiel en Migratie Theo Francken (N-VA)", "Volgens", "doet de Orde aan politiek")]


def test_a_separable_particle_makes_another_verb():
    assert summary("Het tijdschrift stelt elk jaar een top 50 samen van bedrijven die op de een of andere "
                   "manier de wereld willen veranderen.") == []
    assert ("De minister", "stelt") in [(s, c) for s, c, _ in summary("De minister stelt vast dat de brug onveilig is.")]
    got = summary("De lokale autoriteiten beschuldigen hem ervan dat hij de wandelaars in gevaar heeft gebracht.")
    assert [(s, c) for s, c, _ in got] == [("De lokale autoriteiten", "beschuldigen")]


def test_an_unknown_surname_the_tagger_reads_as_a_verb_stays_in_the_name():
    got = summary("De brug blijft dicht, zegt commissaris Valdis Dombrovskis in een interview met het Duitse Handelsblatt.")
    assert got == [("commissaris Valdis Dombrovskis", "zegt", "De brug blijft dicht")]
