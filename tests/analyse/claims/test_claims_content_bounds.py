"""Where a reported clause ends when the sentence goes on (session 7, PolNeAR train errors;
invented sentences of the same shapes). Each checks speaker, cue and content item by item."""

from dateline.analyse.claims import find_claims
from dateline.types import Article


def claims_of(paragraphs, lang="en"):
    article = Article(page_id="t", source="t", language=lang, paragraphs=paragraphs)
    body = article.body
    return [{"speaker": (c.attrs["speaker"] or {}).get("text"), "cue": c.attrs["cue"]["text"],
             "content": c.text_in(body)} for c in find_claims(article)]


def by_cue(claims, cue):
    return next(c for c in claims if c["cue"] == cue)


def test_a_second_cue_of_the_same_speaker_ends_the_first_content():
    claims = claims_of(["She says people may not like the answer, but insists the mayor is mounting a weak attack."])
    says, insists = by_cue(claims, "says"), by_cue(claims, "insists")
    assert says["speaker"] == "She" and says["content"] == "people may not like the answer"
    assert insists["speaker"] == "She" and insists["content"] == "the mayor is mounting a weak attack"


def test_a_verb_coordinated_with_the_cue_is_the_speakers_next_act():
    claims = claims_of(["The reporter tweeted a photograph of the flooded street and said she had been told to leave."])
    assert by_cue(claims, "tweeted")["content"] == "a photograph of the flooded street"
    assert by_cue(claims, "said")["content"] == "she had been told to leave"


def test_a_conjunct_with_its_own_subject_or_a_contrast_stays_in_the_content():
    [c] = claims_of(["The engineer said the bridge was safe and the costs are rising."])
    assert c["content"] == "the bridge was safe and the costs are rising"
    [c] = claims_of(["Analysts note the city would not truly close the port, but rather move the ships to the north."])
    assert c["content"] == "the city would not truly close the port, but rather move the ships to the north"


def test_a_claim_reported_inside_another_keeps_its_own_subject():
    # the outer cue is the tagger's; the inner claim's subject lies inside the outer content
    claims = claims_of(["The governor hinted that his aides had said the budget was short."])
    assert by_cue(claims, "had said")["speaker"] == "his aides"
    assert by_cue(claims, "had said")["content"] == "the budget was short"


def test_a_coordinated_denial_is_not_the_reported_clauses_subjects():
    claims = claims_of(["The ministry said its forces hit a depot and denied that civilians were hurt."])
    assert by_cue(claims, "said") == {"speaker": "The ministry", "cue": "said", "content": "its forces hit a depot"}
    assert by_cue(claims, "denied")["speaker"] == "The ministry"


def test_a_cue_between_commas_after_a_phrase_with_no_verb_leaves_the_clause_whole():
    [c] = claims_of(["Still, he said, officials have to decide who gets extra checks."])
    assert c["speaker"] == "he" and c["content"] == "Still, he said, officials have to decide who gets extra checks"
    [c] = claims_of(["Many of the closures, he said, were caused by the long drought."])
    assert c["content"] == "Many of the closures, he said, were caused by the long drought"
    [c] = claims_of(["The bridge is closed, he said, and the ferry is full."])
    assert c["content"] == "The bridge is closed"


def test_a_second_speakers_claim_coordinated_with_the_cue_ends_the_first_content():
    claims = claims_of(["The mayor admits the critics are decent people and have a point, "
                        "but ultimately the council thinks their logic is flawed."])
    assert by_cue(claims, "admits") == {"speaker": "The mayor", "cue": "admits",
                                        "content": "the critics are decent people and have a point"}
    assert by_cue(claims, "thinks")["speaker"] == "the council"
    claims = claims_of(["The coach warned him not to get too angry in his interviews, but the player said he "
                        "answered: “I cannot stay calm.”"])
    assert by_cue(claims, "warned")["content"] == "him not to get too angry in his interviews"


def test_a_role_written_before_a_name_is_part_of_the_speaker():
    [c] = claims_of(["Ohio delegate Mary Stone said she is proud of the campaign."])
    assert c["speaker"] == "Ohio delegate Mary Stone"
    [c] = claims_of(["The club’s spokesman Tom Hill said the match was off."])
    assert c["speaker"] == "The club’s spokesman Tom Hill"
    [c] = claims_of(["9:30 p.m.", "Donald Smith says he may move to the South."])
    assert c["speaker"] == "Donald Smith"  # a clock time on the line before is no role


def test_speakers_behind_a_fronted_phrase_or_shared_by_a_coordinated_cue():
    [c] = claims_of(["Early Tuesday, the ministry disclosed in court that it asked for the return of the files."])
    assert c["speaker"] == "the ministry" and c["content"] == "it asked for the return of the files"
    [c] = claims_of(["In opposing the request, her lawyer, David Kent, wrote in a court filing that such a request was futile."])
    assert c["speaker"] == "her lawyer, David Kent" and c["content"] == "such a request was futile"
    claims = claims_of(["The governor's campaign said he has not accepted any new jobs and suggested that "
                        "the bigger question is whether officials are working."])
    assert [(c["speaker"], c["cue"]) for c in claims] == [("The governor's campaign", "said"),
                                                          ("The governor's campaign", "suggested")]
    assert by_cue(claims, "said")["content"] == "he has not accepted any new jobs"


def test_an_impersonal_belief_stays_hedged_without_a_holder():
    # beliefs with no holder are dropped in English, but not the impersonal passive
    [c] = claims_of(["It is widely believed that the mayor will resign."])
    assert c["speaker"] is None and c["cue"] == "is widely believed" and c["content"] == "the mayor will resign"


def test_the_written_cue_holds_its_auxiliaries_and_negation():
    [c] = claims_of(["The senator did not mention the plan by name."])
    assert c["speaker"] == "The senator" and c["cue"] == "did not mention"
    [c] = claims_of(["The council has also said that the works are late."])
    assert c["cue"] == "has also said" and c["content"] == "the works are late"
    [c] = claims_of(["The mayor said on Twitter on Thursday that the bridge would open."])
    assert c["cue"] == "said"  # the words after the verb stay out (the channel is its own field)


def test_according_to_after_a_quote_closing_on_its_comma_is_trailing():
    claims = claims_of(['The mayor wrote to the firm\'s chief executive, threatening "a major lawsuit," '
                        'according to a copy of the letter reviewed by the paper.'])
    c = by_cue(claims, "according to")
    assert c["speaker"] == "a copy of the letter"
    assert c["content"] == 'The mayor wrote to the firm\'s chief executive, threatening "a major lawsuit'
    [c] = claims_of(['The plan would cost the city "far too much," according to the auditor.'])
    assert c["speaker"] == "the auditor" and c["content"].endswith('cost the city "far too much')


def test_a_relative_speaker_with_no_noun_in_the_parse_is_kept_as_written():
    from dateline.analyse.claims.speaker_check import checked
    from dateline.analyse.claims.text import Tok

    words = [("donors", "NOUN", "nsubj", 3), (",", "PUNCT", "punct", 0), ("who", "PRON", "nsubj", 3),
             ("backed", "VERB", "ROOT", 3), ("him", "PRON", "obj", 3)]
    toks, pos = [], 0
    for i, (w, p, d, h) in enumerate(words):
        toks.append(Tok(i, w, w.lower(), w.lower(), pos, pos + len(w), pos=p, dep=d, head=h))
        pos += len(w) + 1
    # the parse hangs "backed" nowhere under "donors": no antecedent, so "who" stays (English)
    assert checked(toks, (2, 3), (4, 5), "en") == (2, 3)
    assert checked(toks, (2, 3), (4, 5), "nl") is None
