"""Stance links between claims (analyse/claims/links.py): one invented story per pattern.

Each test states which claim should link to which, found by the claim text so that the
test does not depend on how many other claims the rules find around it.
"""

import pytest

from dateline.analyse.base import LayerStep
from dateline.analyse.claims import ClaimStep
from dateline.types import Article, Doc, RawPage


def claims_of(text: str, lang: str):
    article = Article(page_id="t", source="t", language=lang, paragraphs=text.split("\n\n"))
    doc = ClaimStep().guarded(LayerStep().guarded(Doc(RawPage("t", b""), article=article)))
    assert doc.ok, doc.error
    body = article.body
    return {c.id: c for c in article.layers["claims"]}, body


def find(claims, body, words: str):
    hits = [c for c in claims.values() if words in c.text_in(body)]
    assert hits, f"no claim with {words!r}: {[c.text_in(body) for c in claims.values()]}"
    return hits[0]


def links(claim):
    return [(l["type"], l["target"]) for l in claim.attrs["links"]]


def test_claimless_contradiction_sentence_passes_its_stance_to_the_next_claim_nl():
    text = ("Strijders in de provincie zeggen dat ze 30 agenten hebben gedood. "
            "Het ministerie van Binnenlandse Zaken spreekt dat tegen. "
            "Volgens een woordvoerder raakten bij het treffen vier agenten gewond.")
    claims, body = claims_of(text, "nl")
    first = find(claims, body, "30 agenten")
    answer = find(claims, body, "vier agenten")
    assert links(answer) == [("disputes", first.id)]


def test_denial_of_a_deed_answers_the_other_partys_opening_claim_en():
    text = ("At least nine people died when missiles struck a market in Dnipro, the mayor said. "
            "\"The missiles hit the fish stalls,\" he wrote. Dozens were hurt, he added.\n\n"
            "The defence ministry said its forces hit an arms depot and denied hitting the market.")
    claims, body = claims_of(text, "en")
    opening = find(claims, body, "At least nine people died")
    denial = next(c for c in claims.values() if c.attrs["cue"]["text"] == "denied")
    assert links(denial) == [("disputes", opening.id)]


def test_denial_never_targets_the_same_speaker():
    text = ("The ministry said troops had entered the town. "
            "The ministry said its soldiers had also denied entering the school.")
    claims, body = claims_of(text, "en")
    for c in claims.values():
        assert all(l["target"] != c.id for l in c.attrs["links"])
    assert all(not links(c) for c in claims.values())


def test_negated_confirmation_is_no_link():
    text = ("Rebels said they had seized the airport. "
            "The agency could not independently verify the claim.")
    claims, body = claims_of(text, "en")
    assert all(not links(c) for c in claims.values())


def test_insisting_on_a_negation_disputes_the_report_before_it():
    text = ("The hijackers had reportedly demanded 2 million dollars for the crew. "
            "A company spokesman insisted that no money had been paid.")
    claims, body = claims_of(text, "en")
    report = find(claims, body, "2 million dollars")
    rebuttal = find(claims, body, "no money had been paid")
    assert links(rebuttal) == [("disputes", report.id)]


def test_reaction_with_a_negation_disputes_the_earlier_ruling_nl():
    text = ("Volgens de rechter handelde de portier uit zelfverdediging. "
            "De ouders van het slachtoffer reageerden boos. "
            "„Dit is geen gerechtigheid”, zei hun advocaat.")
    claims, body = claims_of(text, "nl")
    ruling = find(claims, body, "zelfverdediging")
    reaction = find(claims, body, "geen gerechtigheid")
    assert links(reaction) == [("disputes", ruling.id)]


def test_reaction_without_a_negation_is_no_link_nl():
    text = ("Volgens de rechter handelde de portier uit zelfverdediging. "
            "De ouders van het slachtoffer reageerden opgelucht. "
            "„Dit is gerechtigheid”, zei hun advocaat.")
    claims, body = claims_of(text, "nl")
    assert all(not links(c) for c in claims.values())


def test_calling_the_accusations_absurd_disputes_them_nl():
    text = ("Twee diplomaten zouden hebben gespioneerd, meldt de minister. "
            "De ambassade noemt de beschuldigingen „absurd”.")
    claims, body = claims_of(text, "nl")
    accusation = find(claims, body, "gespioneerd")
    verdict = find(claims, body, "absurd")
    assert links(verdict) == [("disputes", accusation.id)]


def test_data_showing_something_confirms_the_figures_en():
    text = ("Rivers in Wales were polluted for 2 million hours last year, according to figures "
            "released by the regulator. Campaigners said the data showed \"a disgrace\".")
    claims, body = claims_of(text, "en")
    figures = find(claims, body, "2 million hours")
    support = find(claims, body, "the data showed")
    assert links(support) == [("confirms", figures.id)]


def test_not_recognising_what_a_review_says_disputes_it_en():
    text = ("A school in Leeds allegedly ignored 30 bullying reports, according to an internal "
            "review. The head teacher said she \"did not recognise\" the account given in the review.")
    claims, body = claims_of(text, "en")
    review = find(claims, body, "ignored 30 bullying reports")
    answer = find(claims, body, "did not recognise")
    assert links(answer) == [("disputes", review.id)]


def test_bare_figure_answers_the_crowd_count_before_it_nl():
    text = ("De organisatie zegt dat er ruim 8000 boeren waren. "
            "Volgens de politie waren het er hooguit 3000.")
    claims, body = claims_of(text, "nl")
    count = find(claims, body, "8000")
    answer = find(claims, body, "hooguit 3000")
    assert links(answer) == [("disputes", count.id)]


def test_figures_of_different_deeds_do_not_conflict_en():
    text = ("Activists said that 40 people had been detained by police. "
            "Doctors said that 12 people were killed in the clashes.")
    claims, body = claims_of(text, "en")
    assert all(not links(c) for c in claims.values())


def test_same_noun_without_a_deed_does_not_conflict_nl():
    text = ("De minister zegt dat er volgend jaar hooguit 20.000 mensen mogen komen. "
            "Vorig jaar kwamen er 45.000 mensen, aldus het statistiekbureau.")
    claims, body = claims_of(text, "nl")
    assert all(not links(c) for c in claims.values())


def test_dead_counts_by_noun_and_by_deed_conflict_nl():
    text = ("De militie beweert dat haar strijders 60 soldaten hebben gedood. "
            "Het leger heeft laten weten dat het om 14 doden gaat.")
    claims, body = claims_of(text, "nl")
    boast = find(claims, body, "60 soldaten")
    answer = find(claims, body, "14 doden")
    assert links(answer) == [("disputes", boast.id)]


def test_same_side_figures_do_not_conflict_en():
    text = ("Rights groups said that 30 people were killed on Monday. "
            "Human rights groups say that 45 people were killed during the week.")
    claims, body = claims_of(text, "en")
    assert all(not links(c) for c in claims.values())


def test_stance_sentence_does_not_pass_to_an_unrelated_speaker_nl():
    text = ("Actievoerders zeggen dat de fabriek gif loost. "
            "Het bedrijf wees de beschuldiging van de hand. "
            "Volgens de burgemeester is de wijk veilig.")
    claims, body = claims_of(text, "nl")
    assert all(not links(c) for c in claims.values())


def test_stance_sentence_passes_to_the_same_party_nl():
    text = ("Actievoerders zeggen dat de fabriek gif loost. "
            "Het bedrijf spreekt dat tegen. "
            "Volgens het bedrijf wordt het afvalwater twee keer gezuiverd.")
    claims, body = claims_of(text, "nl")
    first = find(claims, body, "gif loost")
    answer = find(claims, body, "twee keer gezuiverd")
    assert links(answer) == [("disputes", first.id)]


def test_stance_sentence_passes_to_a_possessive_speaker_en():
    text = ("Activists say the plant dumps toxic waste into the river. "
            "The company responded angrily on Monday. "
            "\"We have never dumped anything,\" its lawyer Mark Dunn said.")
    claims, body = claims_of(text, "en")
    first = find(claims, body, "toxic waste")
    answer = find(claims, body, "never dumped")
    assert links(answer) == [("disputes", first.id)]


def test_referent_naming_its_source_targets_that_source_nl():
    text = ("De politie zegt dat de betogers stenen gooiden. "
            "De burgemeester zegt dat de stad de kosten betaalt. "
            "De actiegroep betwist de lezing van de politie.")
    claims, body = claims_of(text, "nl")
    police = find(claims, body, "stenen gooiden")
    answer = find(claims, body, "de lezing van de politie")
    assert links(answer) == [("disputes", police.id)]


def test_denial_in_german_and_french():
    de, body = claims_of("Die Polizei sagte, dass 300 Menschen festgenommen wurden. "
                         "Die Organisatoren bestreiten diese Zahlen.", "de")
    assert any(links(c) == [("disputes", "c1")] for c in de.values())
    fr, body = claims_of("La police a déclaré que 300 personnes ont été arrêtées. "
                         "Les organisateurs contestent ces chiffres.", "fr")
    assert any(links(c) == [("disputes", "c1")] for c in fr.values())


def test_a_confirmation_confirms_a_report_at_one_remove_not_a_plain_claim_de():
    # the team confirming what the maker said is one party told twice: no link
    plain = ("Nach Angaben von Alfa Romeo wird der neue Wagen am Morgen des 27. Februar vorgestellt. "
             "Das Team bestätigt, dass der neue Wagen am 27. Februar vorgestellt wird.")
    claims, body = claims_of(plain, "de")
    assert links(find(claims, body, "am 27. Februar vorgestellt wird")) == []
    hedged = ("Der neue Wagen soll am 27. Februar vorgestellt worden sein, berichten Medien. "
              "Das Team bestätigt, dass der neue Wagen am 27. Februar vorgestellt wurde.")
    claims, body = claims_of(hedged, "de")
    report = find(claims, body, "Wagen soll")
    assert report.attrs["hedged"]
    assert links(find(claims, body, "vorgestellt wurde")) == [("confirms", report.id)]


def test_a_denial_sharing_only_the_storys_topic_name_answers_no_claim_en():
    # "Ukraine" is what every claim of a hearing is about; it ties the denial to nobody
    text = ("Witness Tom Harlan said he feared how the disclosure of the call would play in Washington. "
            "He said aid to Ukraine had been delayed for weeks.\n\n"
            "Ambassador Kurt Pelmer disputed that he had been part of an irregular channel of Ukraine policy.")
    claims, body = claims_of(text, "en")
    denial = next(c for c in claims.values() if c.attrs["cue"]["text"] == "disputed")
    assert links(denial) == []


def test_a_bare_hedge_around_a_claim_someone_makes_is_that_claim_hedged_nl():
    text = ("De regering zou een akkoord hebben over de verkoop van de staatsbank, dat meldt een zakenkrant. "
            "De woordvoerder van de premier ontkent dat er sprake is van een akkoord.")
    claims, body = claims_of(text, "nl")
    about = [c for c in claims.values() if "verkoop van de staatsbank" in c.text_in(body)]
    assert len(about) == 1
    assert about[0].attrs["speaker"]["text"] == "een zakenkrant" and about[0].attrs["hedged"]


def test_a_newspaper_whose_name_is_a_common_word_speaks_after_volgens_nl():
    claims, body = claims_of("Volgens De Tijd gaat het om een principeakkoord tussen de partijen.", "nl")
    [c] = claims.values()
    assert c.attrs["speaker"]["text"] == "De Tijd" and c.attrs["outlet"]["text"] == "De Tijd"


def test_a_role_and_a_name_the_parser_made_two_subjects_are_one_speaker_en():
    claims, body = claims_of("Regional governor Oleh Marchenko said Russian missiles hit two schools overnight.", "en")
    [c] = claims.values()
    assert c.attrs["speaker"]["text"] == "Regional governor Oleh Marchenko"


def test_a_french_source_keeps_its_du_and_d_phrases_fr():
    claims, body = claims_of("Selon une source du Quai d'Orsay, 206 passagers sont arrivés à Paris.", "fr")
    [c] = claims.values()
    assert c.attrs["speaker"]["text"] == "une source du Quai d'Orsay"
    assert c.text_in(body).startswith("206 passagers")


@pytest.mark.parametrize("text,speaker", [
    ("Het gaat om een vergissing, aldus een expert van de universiteit.", "een expert van de universiteit"),
    ("\"We hebben niets gezien\", zegt Anna van der Meer, woordvoerster van de politie.",
     "Anna van der Meer, woordvoerster van de politie"),
])
def test_a_speaker_the_tagger_misreads_is_kept_whole_nl(text, speaker):
    claims, body = claims_of(text, "nl")
    [c] = claims.values()
    assert c.attrs["speaker"]["text"] == speaker


def test_a_participle_after_a_comma_speaks_for_the_subject_before_it_en():
    claims, body = claims_of("Lisa Nandy was among the critics, saying the plan was a mess.", "en")
    [c] = claims.values()
    assert c.attrs["speaker"]["text"] == "Lisa Nandy"
    claims, body = claims_of("The group released a memo saying that the plan was a mess.", "en")
    assert [c.attrs["speaker"]["text"] for c in claims.values()] == ["a memo"]


def test_a_verdict_on_that_claim_disputes_it_en():
    # "that claim": the clause reader takes "that" for a complementizer; the verdict still points back
    claims, body = claims_of("Police said the man had fired first. His lawyer said that claim was untrue.", "en")
    first = find(claims, body, "fired first")
    assert links(find(claims, body, "untrue")) == [("disputes", first.id)]


@pytest.mark.parametrize("lang,text,said,verdict", [
    ("en", "Trump said he had opposed the war from the start. Clinton said Trump is lying about the war.",
     "opposed the war", "is lying"),
    ("nl", "Janssens zei dat hij niets wist van de fraude. De oppositie zegt dat Janssens liegt over de fraude.",
     "niets wist", "liegt"),
])
def test_calling_a_named_speaker_a_liar_disputes_that_speakers_claim(lang, text, said, verdict):
    claims, body = claims_of(text, lang)
    assert links(find(claims, body, verdict)) == [("disputes", find(claims, body, said).id)]


def test_calling_others_liars_or_a_speaker_on_another_topic_links_nothing_en():
    for text in ("Trump said he had opposed the war from the start. Clinton said voters are lying to pollsters.",
                 "Trump said he had opposed the war from the start. Clinton said Trump is lying about his taxes."):
        claims, body = claims_of(text, "en")
        assert all(not links(c) for c in claims.values())


def test_a_denial_answers_no_later_quote_nobody_is_named_for():
    # session 7 (English stance set): "disputes the idea that she needed … in the first place"
    # had been tied to a later unattributed quote sharing "first"
    text = ("The nurse disputes the idea that she needed to be admitted in the first place.\n\n"
            "\"The first time she had seen him, at a rally in June, she was calm,\" saying it twice.")
    claims, body = claims_of(text, "en")
    denial = find(claims, body, "the idea that she needed")
    assert links(denial) == []


def test_telling_lies_is_no_report_and_gives_no_link():
    # the English stance set: "Mook asserted Trump tells so many lies that …" had made Trump a
    # speaker "telling" the rest, and two disputes of that phantom claim
    text = ("Mook asserted Trump tells so many lies that Clinton could risk deviating from her message. "
            "Limbaugh told listeners the campaign had sent orders to the media.")
    claims, body = claims_of(text, "en")
    assert [c.attrs["cue"]["text"] for c in claims.values()] == ["asserted", "told"]
    assert all(links(c) == [] for c in claims.values())


def test_insisting_on_a_negation_answers_no_plain_report_it_shares_nothing_with():
    text = ("Laut verschiedener Berichte arbeiteten die Behörden mit paramilitärischen Gruppen zusammen. "
            "Die Opposition betonte, dass die Regierung sich nicht an die Vereinbarungen gehalten habe.")
    claims, body = claims_of(text, "de")
    insisting = find(claims, body, "nicht an die Vereinbarungen")
    assert links(insisting) == []


def test_a_denial_sharing_one_noun_and_names_answers_nothing():
    # a real page: "They disputed anyone had a problem with Mike's relationship with Elise" had
    # disputed the author's opening claim through "relationship" and the names
    text = ("The author John Ford wrote that the book was called The Waiting. "
            "He had written a will, but his relationship with Elise was not legal, Ford's lawyer said. "
            "The parents disputed that anyone had a problem with Mike's relationship with Elise.")
    claims, body = claims_of(text, "en")
    denial = find(claims, body, "anyone had a problem")
    assert links(denial) == []


def test_a_denial_answers_the_claim_it_shares_a_verb_with():
    text = ("The family said they did not know whether they were estranged before that. "
            "His parents disputed that he was estranged from them.")
    claims, body = claims_of(text, "en")
    first = find(claims, body, "whether they were estranged")
    denial = find(claims, body, "he was estranged from them")
    assert links(denial) == [("disputes", first.id)]


def test_calling_the_charges_unsubstantiated_disputes_the_charges_just_told():
    # the English stance set's tune half: "The Trump campaign called the charges unsubstantiated
    # and fabricated by disgruntled former employees" after three paragraphs of accusations
    text = ("An internal review shows the files were never released.\n\n"
            "Former crew members said the host demeaned the contestants. "
            "Several cast members said he had one contestant twirl before him.\n\n"
            "The campaign called the charges unsubstantiated and fabricated by disgruntled former employees.")
    claims, body = claims_of(text, "en")
    verdict = find(claims, body, "the charges unsubstantiated and fabricated by disgruntled")
    told = find(claims, body, "he had one contestant twirl")
    earlier = find(claims, body, "the host demeaned the contestants")
    review = find(claims, body, "the files were never released")
    # every charge just told, not the review's finding before them
    assert links(verdict) == [("disputes", told.id), ("disputes", earlier.id)]
    assert review.id not in [t for _, t in links(verdict)]
