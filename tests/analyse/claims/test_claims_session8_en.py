"""Session 8 (PolNeAR train errors, English): shapes of attribution the claims missed or cut
short. Invented sentences of the same shapes; each checks speaker, cue and content."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_claims_round2 import summary  # noqa: E402


def _one(text, cue=None):
    got = [c for c in summary([text], "en") if cue is None or c[1] == cue]
    assert len(got) == 1, got
    return got[0]


def test_a_quotation_interrupted_by_its_attribution_is_one_claim():
    speaker, cue, content, kind = _one('"There are real problems here," Mr. Brown said, "and we are seeing the results."')
    assert (speaker, cue, kind) == ("Mr. Brown", "said", "quote")
    assert content.startswith("There are real problems here") and content.endswith("we are seeing the results.")


def test_a_short_first_piece_of_an_interrupted_quotation_is_kept():
    speaker, cue, content, kind = _one('"Yes," she said, "we will be back next year with a better team."')
    assert (speaker, cue) == ("she", "said")
    assert content.startswith("Yes") and content.endswith("with a better team.")


def test_an_apposition_between_the_pieces_stays_with_the_speaker():
    speaker, cue, content, _ = _one('"The plan is good," said Mr. Brown, the city\'s planner, "but it will cost a lot."')
    assert speaker == "Mr. Brown, the city's planner" and cue == "said"
    assert content.endswith("but it will cost a lot.")


def test_a_quotation_in_the_next_sentence_is_not_merged():
    claims = summary(['"It is late," she said. "And the money is gone."'], "en")
    assert [c[2] for c in claims] == ["It is late", "And the money is gone."]


def test_an_infinitive_after_an_interjected_cue_finishes_the_clause():
    speaker, cue, content, _ = _one("Nor does the company have any plans, analysts say, to cut prices this year.")
    assert (speaker, cue) == ("analysts", "say")
    assert content == "Nor does the company have any plans, analysts say, to cut prices this year"


def test_a_phrase_with_no_verb_after_an_interjected_cue_finishes_the_clause():
    speaker, cue, content, _ = _one("The mayor met two union leaders, aides said, the first in March and the second in June.")
    assert (speaker, cue) == ("aides", "said")
    assert content.endswith("the second in June")


def test_a_new_clause_a_participle_or_a_channel_after_the_cue_stays_out():
    for text in ("The ferry was late again, he said, and nobody apologised.",
                 "The ferry was late again, he said, in an interview on Tuesday."):
        assert _one(text, "said")[2] == "The ferry was late again"


def test_a_participle_after_a_quote_speaks_for_the_quotes_speaker():
    claims = summary(['"We will win," she said, adding that the party was united.'], "en")
    assert ("she", "adding", "the party was united", "say") in claims
    assert all(c[0] == "she" for c in claims)  # not "We", the quotation's first word


def test_a_participle_before_a_quote_takes_the_sentences_speaker():
    claims = summary(['The spokesman said there were no plans to meet, adding: "If one is proposed we will look at it."'], "en")
    adding = [c for c in claims if c[1] == "adding"]
    assert len(adding) == 1 and adding[0][0] == "The spokesman"  # not "no plans to meet"
    assert adding[0][2].startswith("If one is proposed")


def test_a_quotation_right_after_a_speech_verb_is_taken_whole():
    speaker, cue, content, kind = _one('Jane Hill, a consultant in Boston, says "Parties are struggling. Donors have gone quiet."')
    assert (speaker, cue, kind) == ("Jane Hill, a consultant in Boston", "says", "quote")
    assert content == "Parties are struggling. Donors have gone quiet."


def test_a_quoted_title_after_told_is_no_quotation():
    claims = summary(['He told "The Daily News" that he would run for mayor.'], "en")
    assert all(c[2] != "The Daily News" for c in claims)


def test_a_quantified_group_is_a_speaker():
    assert _one("Most of them said they had enjoyed working at the plant.")[0] == "Most of them"
    assert _one("Some of the workers say the company lied to them.")[0] == "Some of the workers"
    assert _one("Many said they were very worried about the new rules.")[0] == "Many"
    # an idiom's quantifier is no one
    assert _one("All told, the mayor said the plan was a failure.")[0] == "the mayor"


def test_a_role_and_comma_before_a_name_are_part_of_the_speaker():
    assert _one("Carter's press secretary, Peter Cook, told reporters that the secretary regretted it.")[0] \
        == "Carter's press secretary, Peter Cook"
    # not a phrase after a comma, which can be anything
    assert _one("In Boston, Peter Cook, the mayor, said the port would close.")[0] == "Peter Cook, the mayor"


def test_an_apposition_with_a_participle_or_before_a_relative_clause_joins_the_speaker():
    assert _one("Peter Morency, a customer based in Boston, said he was frustrated with the company.", "said")[0] \
        == "Peter Morency, a customer based in Boston"
    got = _one("But that is not enough, said Howard Rubel, a senior analyst at Jefferies, who notes that costs rose.", "said")
    assert got[0] == "Howard Rubel, a senior analyst at Jefferies"


def test_a_name_between_commas_after_its_role_is_the_speaker():
    assert _one("The chief, Paul Manafort, suggested that the candidate's style was an act.")[0] \
        == "The chief, Paul Manafort"


def test_a_fronted_clause_before_the_subject_is_no_part_of_the_speaker():
    got = _one('After winning Ohio in the primary, Gov. John Kasich (R-OH), said, "I am ready to rent a wagon."')
    assert got[0] == "Gov. John Kasich (R-OH)" and got[2] == "I am ready to rent a wagon."


def test_a_pattern_placed_speaker_the_parse_misreads_is_kept():
    # the tagger reads the surname as an adjective, the role noun as an adjective
    assert _one('"The senator had a record of fighting the party," Bright said.')[0] == "Bright"
    claims = summary(['"This is strictly a business decision," a company executive tells employees, '
                      'describing how their jobs will be sent abroad.'], "en")
    assert [c[0] for c in claims] == ["a company executive", "a company executive"]


def test_a_name_after_a_fronted_clause_is_the_speaker():
    assert _one("Last September, when the center was hit by vandals, Babar says he contacted the family.")[0] == "Babar"


def test_glued_words_stay_in_a_source_phrase():
    assert _one("Her ratings have been falling, according to the NBC-Wall Street Journal poll.")[0] \
        == "the NBC-Wall Street Journal poll"
    assert _one("According to a Reuters/Ipsos poll, the two candidates are in a dead heat.")[:3] \
        == ("a Reuters/Ipsos poll", "According to", "the two candidates are in a dead heat")


def test_a_plain_subject_right_before_its_verb_survives_a_misparse():
    got = _one("The two admit that, given the partisan divide, reaching these goals will not be easy.")
    assert got[0] == "The two"
    got = _one("A Reuters rolling poll shows the mayor at the top with 36 percent support.")
    assert got[0] == "A Reuters rolling poll"


def test_a_quantifier_inside_a_phrase_is_no_speaker():
    claims = summary(["The governor signed an order to protect equality for many state workers."], "en")
    assert all(c[0] != "many" for c in claims)


def test_a_name_after_an_inverted_quote_cue_and_a_poll_share_are_speakers():
    assert _one('"It is all a fraud," says Suckling, who runs the center.', "says")[0] == "Suckling"
    assert _one("Six in 10 Republicans said that the party should pick the leader.")[0] == "Six in 10 Republicans"


def test_a_question_or_exclamation_quote_before_a_named_speaker_is_attributed():
    assert _one('"His campaign, it is all a show, no?" Freddy Ortega said.')[:2] == ("Freddy Ortega", "said")
    claims = summary(['"Can we win the state?" Mr. Brown asked. "I do not know. But we can make her spend money."'], "en")
    assert [c[:2] for c in claims] == [("Mr. Brown", "asked"), ("Mr. Brown", "asked")]
    assert claims[0][2] == "Can we win the state?"


def test_a_sentence_after_a_question_quote_that_is_no_attribution_takes_nothing():
    assert summary(['"What is the plan?" The question was asked by many.'], "en") == []
    claims = summary(['"Is it over?"', "German Ortega says that the reaction has been rejection."], "en")
    assert claims == [("German Ortega", "says", "the reaction has been rejection", "say")]


def test_a_sentence_with_its_own_clause_after_a_quote_keeps_its_claim():
    claims = summary(['"We will win the fight." Mr. Brown said the party was united.'], "en")
    assert claims == [("Mr. Brown", "said", "the party was united", "say")]
    assert _one('"We will win the fight." Mr. Brown said on Twitter.')[2] == "We will win the fight."


def test_an_interrupted_quotation_resumes_after_a_speaker_with_a_relative_clause():
    speaker, cue, content, _ = _one('"The risk," said Edward Leamer, an economist who runs the forecast, '
                                    '"is that we are going to lose jobs."')
    assert speaker.startswith("Edward Leamer") and cue == "said"
    assert content.startswith("The risk") and content.endswith("we are going to lose jobs.")


def test_a_fronted_word_the_parse_makes_a_subject_does_not_speak():
    got = _one("Offstage, the actors agree with the widespread repudiation of the talk.")
    assert got[0] == "the actors"


def test_according_to_a_source_with_a_relative_clause_names_the_source():
    got = _one("The speech bore no resemblance to the draft, according to a senior campaign adviser "
               "who requested anonymity to speak candidly.")
    assert got[:3] == ("a senior campaign adviser", "according to", "The speech bore no resemblance to the draft")


def test_a_catenative_verb_is_written_with_its_cue():
    assert _one("Polls continue to show that the governor's voters are more likely to turn out.")[1] == "continue to show"
    assert _one("The senator is continuing to insist that she will release the transcripts.")[1] \
        == "is continuing to insist"


def test_a_floating_quantifier_after_the_auxiliary_leaves_the_subject_before_it():
    got = _one("Donald Smith and Senator Tom Brown have both argued that workers have lost jobs.")
    assert got[0] == "Donald Smith and Senator Tom Brown"
