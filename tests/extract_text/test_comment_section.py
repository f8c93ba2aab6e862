"""Readers' comments under an article ("joetoronto says:" + the comment's time): the article's
body ends before the first of them. Invented pages; hand-made block scores, as the model
often scores comments like article prose."""

from __future__ import annotations

from dateline.extract.segment import segment

A1 = ("The Harbour City council voted on Tuesday to rebuild the old ferry pier before the summer "
      "season, ending two years of delays.")
A2 = "The work will cost about two million dollars, the mayor said after the vote."
C1 = "Two million for a pier nobody uses is a scandal, and everyone on the council knows it."
C2 = "Finally some good news for the harbour after all these years of waiting for the work."


def body(texts: list[str], scores: list[float], lang: str = "en") -> list[str]:
    seg = segment(texts, scores, lang)
    return [t for t, b in zip(texts, seg.blocks) if b.role in ("lead", "body")]


def test_comments_after_the_article_are_not_body():
    texts = ["Home", "News", A1, A2, "12 Comments", "harbourfan says:", "November 19, 2019 at 6:34 am", C1,
             "Mary Jones says:", "November 19, 2019 at 7:02 am", C2, "Back to top"]
    scores = [0.01, 0.02, 0.95, 0.9, 0.05, 0.05, 0.05, 0.8, 0.05, 0.05, 0.7, 0.01]
    assert body(texts, scores) == [A1, A2]


def test_one_says_line_or_one_without_a_time_is_no_comment_section():
    # an article may set a speaker's line apart ("The mayor says:"): without a time under it,
    # and without a second such line, nothing is cut
    texts = [A1, "The mayor says:", C1, A2]
    scores = [0.95, 0.3, 0.8, 0.9]
    assert body(texts, scores)[-2:] == [C1, A2]
    texts = [A1, "harbourfan says:", "November 19, 2019 at 6:34 am", C1, A2]
    scores = [0.95, 0.05, 0.05, 0.8, 0.9]
    assert body(texts, scores) == [A1, C1, A2]


def test_dutch_comment_markers():
    texts = [A1, A2, "havenfan schreef:", "19 november 2019 om 06:34", C1, "Jan de Vries schreef:",
             "19 november 2019 om 07:02", C2]
    scores = [0.95, 0.9, 0.05, 0.05, 0.8, 0.05, 0.05, 0.7]
    assert body(texts, scores, "nl") == [A1, A2]


def test_three_replies_by_name_open_a_comment_section():
    # session 7: a German page's unmarked comments answered each other by name ("@Name …")
    r1 = "@harbourfan Two million is not much for a pier that old, and the ferry needs it."
    r2 = "@Mary Jones Nobody asked the people who live by the harbour about any of this."
    r3 = "@harbourfan The council has wasted more on less, look at the bus station."
    texts = [A1, A2, C1, r1, r2, C2, r3, "Back to top"]
    scores = [0.95, 0.9, 0.8, 0.8, 0.8, 0.8, 0.8, 0.01]
    assert body(texts, scores) == [A1, A2, C1]


def test_two_replies_by_name_cut_nothing():
    r1 = "@harbourfan Two million is not much for a pier that old, and the ferry needs it."
    texts = [A1, r1, A2, "@mayor asked the council to wait for the spring tides before work starts."]
    scores = [0.95, 0.8, 0.9, 0.8]
    assert body(texts, scores) == texts


def test_a_french_read_label_opens_a_related_link():
    # session 7: "Lire : Que sont …" stayed in a French body and "Lire" became a town in France
    link = "Lire : Que sont les valises qui espionnent les téléphones portables ?"
    texts = [A1, link, A2]
    assert body(texts, [0.95, 0.6, 0.9], "fr") == [A1, A2]


def test_an_article_end_label_ends_the_body():
    # session 7: a French page kept a related link and six reader comments after
    # "L'auteur vous recommande"
    para = ("Le conseil municipal a voté mardi la reconstruction de la vieille jetée avant l'été, "
            "après deux ans de retard, et les travaux coûteront environ deux millions d'euros. ") * 4
    para2 = para.replace("mardi", "jeudi")
    texts = [para, para2, "L'auteur vous recommande", "Faut-il craindre un nouveau confinement ?",
             "Deux millions pour une jetée que personne n'utilise, c'est un scandale et tout le monde le sait."]
    scores = [0.95, 0.9, 0.05, 0.6, 0.8]
    assert body(texts, scores, "fr") == [para, para2]


def test_an_end_label_in_the_lead_or_a_read_also_link_cuts_nothing():
    para = ("Le conseil municipal a voté mardi la reconstruction de la vieille jetée avant l'été, "
            "après deux ans de retard. ")
    texts = [para, "Vous aimerez aussi", para + "Les travaux commencent en mars."]
    scores = [0.95, 0.05, 0.9]
    assert body(texts, scores, "fr") == [texts[0], texts[2]]


def test_comments_signed_with_a_name_and_the_time_open_a_comment_section():
    # session 8: a French page's readers signed each comment in its first words ("Name Le
    # 10 décembre 2019 à 19:24 …"); they had given claims and events
    c1 = "harbourfan Le 10 décembre 2019 à 19:24 deux millions pour un quai que personne n'utilise."
    c2 = "Marie Dupont Le 17 février à 15:30 Répondre enfin une bonne nouvelle pour le port."
    texts = [A1, A2, c1, C1, c2, "Haut de page"]
    scores = [0.95, 0.9, 0.8, 0.8, 0.8, 0.01]
    assert body(texts, scores, "fr") == [A1, A2]


def test_one_signed_block_or_an_article_sentence_with_a_time_cuts_nothing():
    c1 = "harbourfan Le 10 décembre 2019 à 19:24 deux millions pour un quai que personne n'utilise."
    texts = [A1, c1, A2]
    assert body(texts, [0.95, 0.8, 0.9], "fr") == texts
    s1 = "The council met on 12 March at 10:00 to vote on the pier and the ferry timetable."
    s2 = "The mayor spoke on 14 March at 09:30 and promised work would start in May."
    texts = [A1, s1, s2, A2]
    assert body(texts, [0.95, 0.8, 0.8, 0.9]) == texts


def test_date_lines_are_no_signed_comments():
    # "Publié le 18 avril 2024 à 06h00" / "Mis à jour le … à 12h45" under a headline: nothing is
    # said after the time, so these are the page's dates, not readers' comments
    texts = ["Le marché couvert rouvre", "Publié le 18 avril 2024 à 06h00", "Mis à jour le 18 avril 2024 à 12h45",
             A1, A2]
    scores = [0.3, 0.05, 0.05, 0.95, 0.9]
    assert body(texts, scores, "fr")[-2:] == [A1, A2]


def test_live_blog_updates_are_no_signed_comments():
    # a German live blog's entries open "Update vom 03. Mai 2020, 16:05 Uhr: …": the article itself
    u1 = "Update vom 03. Mai 2020, 16:05 Uhr: Der Hafen bleibt nach dem Sturm bis Montag geschlossen."
    u2 = "Update vom 03. Mai 2020, 14:10 Uhr: Die Fähre nach der Insel fällt heute aus, meldet die Reederei."
    texts = [A1, u1, u2, A2]
    assert body(texts, [0.95, 0.8, 0.8, 0.9], "de") == texts
