"""Stance links, English, session 8: invented stories, one per rule (analyse/claims/links.py)."""

from test_claim_links import claims_of, find, links


def test_they_after_a_he_is_not_that_persons_side_en():
    # "They" after "He" (the mayor) are the residents, not the mayor: the mayor's camp may
    # dispute what they said
    text = ("Mayor Alden Voss said the new tram line would open in May. He added that the budget was "
            "balanced.\n\nResidents of the east side met on Sunday. They said the council ignored their "
            "letters about the tram depot.\n\nThe mayor's office called the charges baseless.")
    claims, body = claims_of(text, "en")
    letters = find(claims, body, "ignored their letters")
    verdict = find(claims, body, "the charges baseless")
    assert ("disputes", letters.id) in links(verdict)


def test_republicans_and_gop_sources_are_one_side_en():
    text = ("Republicans said the hearing was rushed. A GOP source called the claim false.")
    claims, body = claims_of(text, "en")
    verdict = find(claims, body, "the claim false")
    assert links(verdict) == []


def test_the_accused_partys_denial_disputes_the_accusation_en():
    text = ("Anglers accused Harlow Foods of dumping waste into the Meer river.\n\n"
            "The ferry company said it would cut its timetable.\n\n"
            "Harlow Foods has repeatedly denied doing anything wrong.")
    claims, body = claims_of(text, "en")
    charge = find(claims, body, "dumping waste")
    denial = find(claims, body, "doing anything wrong")
    assert links(denial) == [("disputes", charge.id)]


def test_the_accused_answering_with_a_negation_on_the_same_deed_disputes_the_charge_en():
    text = ("Opposition leaders accused the mayor of hiding the audit from voters. "
            "The mayor said he had never hidden any audit.")
    claims, body = claims_of(text, "en")
    charge = find(claims, body, "hiding the audit")
    answer = find(claims, body, "never hidden any audit")
    assert links(answer) == [("disputes", charge.id)]


def test_the_accuseds_negation_on_another_matter_answers_nothing_en():
    text = ("Opposition leaders accused the mayor of hiding the audit from voters. "
            "The mayor said he would not resign.")
    claims, body = claims_of(text, "en")
    answer = find(claims, body, "would not resign")
    assert links(answer) == []


def test_rejecting_that_charge_disputes_the_charge_en():
    # "that" right after the cue was read as a conjunction: the object is still a charge
    text = "Jones accused Smith of lying about the loan. Smith rejected that charge."
    claims, body = claims_of(text, "en")
    charge = find(claims, body, "lying about the loan")
    rejection = next(c for c in claims.values() if c.attrs["cue"]["text"] == "rejected")
    assert links(rejection) == [("disputes", charge.id)]


def test_an_accusation_of_lying_does_not_target_the_accuseds_later_denial_en():
    text = "Jones accused Smith of lying about the loan. Smith denied lying about the loan."
    claims, body = claims_of(text, "en")
    charge = find(claims, body, "Smith of lying")
    denial = next(c for c in claims.values() if c.attrs["cue"]["text"] == "denied")
    assert links(charge) == []
    assert links(denial) == [("disputes", charge.id)]


def test_sums_dates_spans_and_hyphened_numbers_are_no_conflicting_counts_en():
    text = ("The chairman has said he expects to save as much as $300 million from the merger. "
            "The paper reportedly laid off more than 60.\n\n"
            "The band will tour together for the first time in nearly 25 years, the label said. "
            "The promoter announced the 30-date tour.\n\n"
            "The fund said it sold its 25.2% stake for $13 a share. Its rival reported losses in "
            "the quarter that ended Sept. 29.")
    claims, body = claims_of(text, "en")
    assert all(links(c) == [] for c in claims.values())


def test_a_million_count_still_conflicts_with_another_count_en():
    text = ("Officials said 2 million residents lost power in the storm. "
            "The utility said 300,000 residents lost power.")
    claims, body = claims_of(text, "en")
    first = find(claims, body, "2 million residents")
    second = find(claims, body, "300,000 residents")
    assert links(second) == [("disputes", first.id)]


def test_a_side_remark_in_a_relative_clause_is_no_target_en():
    # "…, who wrote in his memoir that …" with no speaker of its own: a remark about a third
    # person; the denial answers the host's point about the comparisons
    text = ("The host noted the comparisons critics have made between the senator's rhetoric and "
            "Voltrane, who wrote in his memoir that the nation was being poisoned by outsiders.\n\n"
            "The senator denied that he had said the nation was poisoned by outsiders.")
    claims, body = claims_of(text, "en")
    remark = next(c for c in claims.values() if c.attrs["cue"]["text"] == "wrote")
    host = find(claims, body, "the comparisons critics")
    denial = next(c for c in claims.values() if c.attrs["cue"]["text"] == "denied")
    assert remark.attrs.get("speaker") is None
    assert links(denial) == [("disputes", host.id)]


def test_denying_allegations_in_general_names_no_earlier_claim_en():
    text = ("Visa said it disagreed with the court. The site has also denied allegations of wrongdoing.")
    claims, body = claims_of(text, "en")
    denial = next(c for c in claims.values() if "denied" in c.attrs["cue"]["text"])
    assert links(denial) == []
    text = ("Visa said it disagreed with the court. The site has also denied the allegations.")
    claims, body = claims_of(text, "en")
    denial = next(c for c in claims.values() if "denied" in c.attrs["cue"]["text"])
    assert len(links(denial)) == 1
