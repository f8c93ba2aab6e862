"""Round-2 attribution patterns: colon and dash attributions, evidence and object verbs,
appositive speakers, multi-paragraph quotes, agentless passives, mid-sentence "according to",
datelines kept out of speakers and pronoun speakers resolved. Invented sentences."""

import pytest

from dateline.analyse.base import LayerStep
from dateline.analyse.claims import ClaimStep, find_claims
from dateline.types import Article, Doc, RawPage


def claims_of(paragraphs, lang):
    if isinstance(paragraphs, str):
        paragraphs = [paragraphs]
    article = Article(page_id="t", source="t", language=lang, paragraphs=paragraphs)
    return article.body, find_claims(article)


def _t(part):
    return part["text"] if part else None


def summary(paragraphs, lang):
    body, claims = claims_of(paragraphs, lang)
    return [(_t(c.attrs["speaker"]), _t(c.attrs["cue"]), c.text_in(body), c.attrs["kind"]) for c in claims]


# (lang, paragraphs, expected [(speaker, cue, content, kind)])
PATTERNS = [
    # a name and a colon (headlines, interview transcripts)
    ("en", 'Kasich: "We are going all the way to the convention."',
     [("Kasich", ":", "We are going all the way to the convention.", "colon")]),
    ("nl", 'Rutte: "We gaan niet onderhandelen over de begroting."',
     [("Rutte", ":", "We gaan niet onderhandelen over de begroting.", "colon")]),
    ("de", "Scholz: „Wir werden die Steuern nicht erhöhen.“",
     [("Scholz", ":", "Wir werden die Steuern nicht erhöhen.", "colon")]),
    ("fr", "Macron : « Nous ne reculerons pas sur la réforme. »",
     [("Macron", ":", "Nous ne reculerons pas sur la réforme.", "colon")]),
    ("en", "TAPPER: And obviously you are supporting the governor in this race.",
     [("TAPPER", ":", "And obviously you are supporting the governor in this race", "colon")]),
    ("en", "Report: Walker to speak at the convention.",
     [("Report", ":", "Walker to speak at the convention", "colon")]),  # not the verb "report"
    ("en", "Sanders: ‘Of Course’ Clinton Is Qualified To Be President.",
     [("Sanders", ":", "‘Of Course’ Clinton Is Qualified To Be President", "colon")]),
    ("en", 'The mayor continued: "We will rebuild every single house."',
     [("The mayor", "continued", "We will rebuild every single house.", "quote")]),
    # a quotation signed after a dash
    ("en", '"Taxes will not go up under my plan." - Jane Doe.',
     [("Jane Doe", "-", "Taxes will not go up under my plan.", "quote")]),
    ("nl", '"De belasting gaat niet omhoog." - Jan Jansen.',
     [("Jan Jansen", "-", "De belasting gaat niet omhoog.", "quote")]),
    # evidence verbs
    ("en", "The new poll shows that the senator leads by nine points.",
     [("The new poll", "shows", "the senator leads by nine points", "evidence")]),
    ("en", "Researchers found that the vaccine cut infections by half.",
     [("Researchers", "found", "the vaccine cut infections by half", "evidence")]),
    ("nl", "Het onderzoek toont aan dat de helft van de boeren wil stoppen.",
     [("Het onderzoek", "toont", "de helft van de boeren wil stoppen", "evidence")]),
    ("de", "Die Umfrage zeigt, dass die Partei verliert.",
     [("Die Umfrage", "zeigt", "die Partei verliert", "evidence")]),
    ("fr", "Le sondage montre que le parti recule.",
     [("Le sondage", "montre", "le parti recule", "evidence")]),
    # a longer subject is fine when it names a poll or study; the speaker stops at its verb
    ("en", "A poll from Marquette Law School released Wednesday found Clinton leading by 15 points.",
     [("A poll from Marquette Law School", "found", "Clinton leading by 15 points", "evidence")]),
    ("nl", "Een peiling van Ipsos die maandag verscheen toont aan dat de partij verliest.",
     [("Een peiling van Ipsos", "toont", "de partij verliest", "evidence")]),
    ("de", "Eine Umfrage von Forsa, die am Montag erschien, zeigt, dass die Partei verliert.",
     [("Eine Umfrage von Forsa", "zeigt", "die Partei verliert", "evidence")]),
    # the claim is the object: "called X Y", "accused X of Y"
    ("en", "The senator called the plan a disaster for working families.",
     [("The senator", "called", "the plan a disaster for working families", "object")]),
    ("en", "The governor accused the mayor of lying about the budget.",
     [("The governor", "accused", "the mayor of lying about the budget", "object")]),
    ("nl", "De minister noemde het plan een ramp voor boeren.",
     [("De minister", "noemde", "het plan een ramp voor boeren", "object")]),
    ("de", "Der Minister nannte den Plan eine Katastrophe.",
     [("Der Minister", "nannte", "den Plan eine Katastrophe", "object")]),
    ("fr", "Le ministre a qualifié le plan de catastrophe.",
     [("Le ministre", "qualifié", "le plan de catastrophe", "object")]),
    ("en", "The senator called the plan a disaster and said that it would fail.",
     [("The senator", "called", "the plan a disaster", "object"),
      ("The senator", "said", "it would fail", "say")]),
    ("en", "The senator called for a new inquiry into the deal.",
     [("The senator", "called for", "a new inquiry into the deal", "object")]),
    ("en", "The governor declined to comment on the report.",
     [("The governor", "declined", "to comment on the report", "object")]),
    ("en", "Clinton leads by nine points, the poll found.",
     [("the poll", "found", "Clinton leads by nine points", "evidence")]),
    # speakers set off by commas or dashes: the whole phrase, apposition included, as the
    # annotated real sets mark sources (PolNeAR, evaluation_sets/attribution-nl): scoring both
    # on PolNeAR train and the Dutch tune half, keeping the apposition scored higher
    ("en", "John Smith, the attorney general, said that the law was clear.",
     [("John Smith, the attorney general", "said", "the law was clear", "say")]),
    ("en", "Jason Sims — a teacher from Ohio — says that he will vote for the senator.",
     [("Jason Sims — a teacher from Ohio", "says", "he will vote for the senator", "say")]),
    ("nl", "Jan de Vries, de burgemeester van Utrecht, zei dat de wegen dicht gaan.",
     [("Jan de Vries, de burgemeester van Utrecht", "zei", "de wegen dicht gaan", "say")]),
    ("de", "Olaf Scholz, der Bundeskanzler, sagte, dass die Lage ernst sei.",
     [("Olaf Scholz, der Bundeskanzler", "sagte", "die Lage ernst sei", "say")]),
    ("fr", "Jean Dupont, le maire de Lyon, a déclaré que la ville était prête.",
     [("Jean Dupont, le maire de Lyon", "déclaré", "la ville était prête", "say")]),
    # "X, who …, says C" goes on after the verb: not an inversion, the content is on the right
    ("en", "Chris Cox, who runs the lobbying arm of the group, says the new rules would not have "
           "prevented any of the shootings.",
     [("Chris Cox, who runs the lobbying arm of the group", "says", "the new rules would not have prevented any of the shootings", "say")]),
    # an English participle clause hangs on the sentence's subject
    ("en", "Sanders denounced the attacks, saying his campaign did not want that kind of support.",
     [("Sanders", "denounced", "the attacks", "object"),
      ("Sanders", "saying", "his campaign did not want that kind of support", "say")]),
    ("en", "Donald Trump ended the speech by saying he is ready to work for the country.",
     [("Donald Trump", "saying", "he is ready to work for the country", "say")]),
    # French inverted subject pronouns after a quote
    ("fr", "« Nous allons la reconstruire », a-t-il déclaré.",
     [("il", "déclaré", "Nous allons la reconstruire", "quote")]),
    ("fr", "« Nous allons la reconstruire », estime-t-elle.",
     [("elle", "estime", "Nous allons la reconstruire", "quote")]),
    ("fr", "« Nous allons la reconstruire », dit-elle.",
     [("elle", "dit", "Nous allons la reconstruire", "quote")]),
    # "told X" followed by a clause without "that"
    ("en", "The Florida senator told reporters he feels good about his campaign.",
     [("The Florida senator", "told", "he feels good about his campaign", "tell")]),
    # a relative pronoun as subject stands for the name before it
    ("en", "There was Bret Stephens, who said that the party had become an echo chamber.",
     [("Bret Stephens", "said", "the party had become an echo chamber", "say")]),
    ("nl", "Daar was Jan Peters, die zei dat de partij was veranderd.",
     [("Jan Peters", "zei", "de partij was veranderd", "say")]),
    ("de", "Da war Olaf Scholz, der sagte, dass die Lage ernst sei.",
     [("Olaf Scholz", "sagte", "die Lage ernst sei", "say")]),
    ("fr", "Il y avait Jean Dupont, qui a déclaré que la ville était prête.",
     [("Jean Dupont", "déclaré", "la ville était prête", "say")]),
    ("en", "The minister said, however, that the talks would continue.",
     [("The minister", "said", "the talks would continue", "say")]),
    # "according to X" in the middle or at the end of a sentence
    ("en", "The plan, according to officials, would cost three billion dollars.",
     [("officials", "according to", "The plan, according to officials, would cost three billion dollars",
       "according")]),
    ("en", "The plan would cost three billion dollars, according to officials.",
     [("officials", "according to", "The plan would cost three billion dollars", "according")]),
    ("nl", "Het plan kost volgens ambtenaren 3 miljard euro.",
     [("ambtenaren", "volgens", "Het plan kost volgens ambtenaren 3 miljard euro", "according")]),
    # a reporting noun with its owner
    ("en", "Residents read Smith's statement that the bridge was safe.",
     [("Smith", "statement", "the bridge was safe", "noun")]),
    ("nl", "De verklaring van de minister dat de brug veilig was, bleek onjuist.",
     [("de minister", "verklaring", "de brug veilig was", "noun")]),
]


@pytest.mark.parametrize("lang,text,expected", PATTERNS)
def test_pattern(lang, text, expected):
    assert summary(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Update: The road was reopened on Monday evening."),
    ("nl", "Lees ook: Kabinet valt over stikstofplannen in de Kamer."),
    ("en", "The bottom line: the plan needs more money."),  # lower-case words: not a name
    ("en", "The plan was called a disaster."),  # passive: nobody to attribute it to
    ("en", "She made a phone call to her lawyer."),
    ("nl", "Het plan werd een ramp genoemd."),
    ("en", "Prices rose - again."),
    ("en", "The rally drew voters from 50 states."),  # "states" after a number: a noun
    ("en", "The deal puts the earlier accords into question."),  # stance word as a noun
])
def test_no_claim(lang, text):
    assert claims_of(text, lang)[1] == []


@pytest.mark.parametrize("lang,paragraphs,speaker,content", [
    ("en", ['"We will fight for every vote.', '"We will win this state," the senator said.'],
     "the senator", 'We will fight for every vote.\n\n"We will win this state'),
    ("nl", ["„We gaan door met de staking.", "„We geven niet op”, zei de vakbondsleider."],
     "de vakbondsleider", "We gaan door met de staking.\n\n„We geven niet op"),
])
def test_quote_over_several_paragraphs(lang, paragraphs, speaker, content):
    body, claims = claims_of(paragraphs, lang)
    assert [(_t(c.attrs["speaker"]), c.text_in(body)) for c in claims] == [(speaker, content)]


def test_stray_quote_mark_does_not_swallow_the_next_paragraph():
    body, claims = claims_of(['He wrote "hello to all.', "The minister said that the talks failed."], "en")
    assert [c.text_in(body) for c in claims] == ["the talks failed"]


@pytest.mark.parametrize("lang,text,hedge", [
    ("en", "It was reported that the army had left the city.", "It was reported"),
    ("nl", "Er wordt gezegd dat het leger de stad heeft verlaten.", "Er wordt gezegd"),
    ("de", "Es wird berichtet, dass die Armee abgezogen sei.", "Es wird berichtet"),
    ("fr", "On dit que l'armée a quitté la ville.", "On dit"),
])
def test_agentless_report_is_hedged_without_speaker(lang, text, hedge):
    body, claims = claims_of(text, lang)
    assert len(claims) == 1
    c = claims[0]
    assert c.attrs["speaker"] is None and c.attrs["hedged"] is True
    assert c.attrs["hedge"]["text"] == hedge


def test_passive_with_agent_names_the_speaker():
    body, claims = claims_of("It was reported by the BBC that the army had left the city.", "en")
    assert _t(claims[0].attrs["speaker"]) == "the BBC" and claims[0].attrs["hedged"] is False


def test_it_said_is_not_agentless():
    body, claims = claims_of("It said that the market would recover.", "en")
    assert _t(claims[0].attrs["speaker"]) == "It" and claims[0].attrs["hedged"] is False


# datelines left in the body must not become part of the speaker
@pytest.mark.parametrize("lang,text,speaker", [
    ("en", "KABUL (AP) — Rebels said on Telegram that they killed 40 soldiers.", "Rebels"),
    ("en", "LONDON (Reuters) - The minister said the talks had failed.", "The minister"),
    ("nl", "KABUL (ANP). Rebellen claimen op Telegram dat ze 40 soldaten hebben gedood.", "Rebellen"),
    ("nl", "DEN HAAG (ANP) - De minister zegt dat de belasting omhoog gaat.", "De minister"),
])
def test_dateline_is_not_part_of_the_speaker(lang, text, speaker):
    body, claims = claims_of(["Title", text], lang)
    assert [_t(c.attrs["speaker"]) for c in claims] == [speaker]


def run_with_entities(paragraphs, lang):
    article = Article(page_id="t", source="t", language=lang, paragraphs=paragraphs)
    doc = Doc(RawPage("t", b""), article=article)
    try:
        from dateline.analyse.entities import EntityStep
    except ImportError:
        pytest.skip("EntityStep not in this checkout")
    doc = ClaimStep().guarded(EntityStep().guarded(LayerStep().guarded(doc)))
    assert doc.ok, doc.error
    return article, article.layers["claims"]


@pytest.mark.parametrize("lang,paragraphs,antecedent", [
    ("en", ["Mayor John Smith visited the flooded plant on Monday.",
            '"We will rebuild it," he said. He added that the workers would be paid.'], "John Smith"),
    ("nl", ["Burgemeester Femke Halsema bezocht maandag de fabriek.",
            "„We bouwen het weer op”, zei ze. Ze zei ook dat de arbeiders worden betaald."], "Femke Halsema"),
    ("nl", ["Premier Mark Rutte bezocht maandag de fabriek.",
            "„We bouwen het weer op”, zei hij. Hij zei ook dat de arbeiders worden betaald."], "Mark Rutte"),
    ("de", ["Bundeskanzler Olaf Scholz besuchte am Montag das Werk.",
            "„Wir bauen es wieder auf“, sagte er. Er sagte auch, dass die Arbeiter bezahlt werden."],
     "Olaf Scholz"),
    ("fr", ["Le maire Jean Dupont a visité l'usine lundi.",
            "« Nous allons la reconstruire », a-t-il déclaré. Il a ajouté que les ouvriers seront payés."],
     "Jean Dupont"),
])
def test_pronoun_speakers_resolve_to_the_person(lang, paragraphs, antecedent):
    article, claims = run_with_entities(paragraphs, lang)
    entities = {e.id: e for e in article.layers.get("entities", [])}
    assert len(claims) == 2
    for c in claims:
        sp = c.attrs["speaker"]
        assert sp["text"].lower() in ("he", "ze", "hij", "er", "il")  # the pronoun stays the speaker
        res = sp["resolved"]
        assert res["text"] == antecedent
        assert article.body[res["start"]:res["end"]] == antecedent
        if res["entity"] is not None:
            e = entities[res["entity"]]
            assert e.start <= res["start"] and res["end"] <= e.end


def test_pronoun_resolves_to_an_earlier_speaker_without_entities():
    body, claims = claims_of(["The minister said that taxes would rise. Later she said that "
                              "the rise would be small."], "en")
    assert claims[1].attrs["speaker"]["resolved"]["text"] == "The minister"


def test_pronoun_skips_names_inside_quotes_and_far_back():
    paragraphs = ["Anna Berg opened the meeting. The weather was cold. The hall was full. "
                  "The lights were dim.", '"Peter Jansen is wrong," he said.']
    article, claims = run_with_entities(paragraphs, "en")
    assert "resolved" not in claims[0].attrs["speaker"]  # Anna Berg is three sentences back


@pytest.mark.parametrize("lang,paragraphs", [
    ("en", ['"We will win this state," the senator said. "Nobody can stop us now."']),
    ("nl", ["„We geven niet op”, zei de vakbondsleider. „De staking gaat door tot maandag.”"]),
])
def test_follow_on_quote_continues_the_speaker(lang, paragraphs):
    body, claims = claims_of(paragraphs, lang)
    assert len(claims) == 2
    first, second = claims
    assert second.attrs["continues"] == first.id
    assert second.attrs["speaker"] == first.attrs["speaker"]
    assert second.attrs["cue"] == first.attrs["cue"]
    assert "continues" not in first.attrs


def test_quote_in_the_next_paragraph_does_not_continue():
    body, claims = claims_of(['"We will win this state," the senator said.', '"Nobody can stop us now."'], "en")
    assert len(claims) == 1
