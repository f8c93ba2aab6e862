from dateline.extract.blocks import normalise, split_blocks


def test_blank_lines_separate_blocks_and_inner_breaks_join():
    assert split_blocks("Menu\n\nEen zin\nloopt door.\n\n\nEinde") == ["Menu", "Een zin loopt door.", "Einde"]


def test_no_blank_lines_means_one_block_per_line():
    assert split_blocks("Home\nNieuws\n  Een zin.  \n") == ["Home", "Nieuws", "Een zin."]


def test_normalise_folds_case_and_digits():
    assert normalise("3 hours AGO") == normalise("12 hours ago")


def test_paragraph_broken_at_inline_links_is_joined():
    page = ("Nachrichten\n\nDie Stadtwerke von Salzmeer haben nach Angaben von\n\nBürgermeisterin Ilse Brandt\n\n"
            "am Montag beschlossen, die Preise zu senken.\n\nEin zweiter Absatz folgt hier.")
    assert split_blocks(page) == [
        "Nachrichten",
        "Die Stadtwerke von Salzmeer haben nach Angaben von Bürgermeisterin Ilse Brandt am Montag "
        "beschlossen, die Preise zu senken.",
        "Ein zweiter Absatz folgt hier."]


def test_inline_break_before_punctuation_and_lines_without_blank_lines():
    page = "Le conseil municipal a voté lundi soir selon\n« Le Courrier »\n, qui cite la mairie.\nFin."
    assert split_blocks(page) == ["Le conseil municipal a voté lundi soir selon « Le Courrier », qui cite la mairie.",
                                  "Fin."]


def test_menus_and_closed_sentences_are_not_joined():
    assert split_blocks("Home\n\nnews\n\nsport") == ["Home", "news", "sport"]
    assert split_blocks("Ein Satz endet hier mit Punkt.\n\nund dann klein weiter") == [
        "Ein Satz endet hier mit Punkt.", "und dann klein weiter"]


def test_headline_over_a_byline_or_a_lower_case_handle_is_not_joined():
    assert split_blocks("Harbour board agrees to dredge the old channel\n\nby Mara Olsen") == [
        "Harbour board agrees to dredge the old channel", "by Mara Olsen"]
    assert split_blocks("Harbour board agrees to dredge the old channel\n\non 3 March 2024") == [
        "Harbour board agrees to dredge the old channel", "on 3 March 2024"]


def test_sentence_cut_at_two_links_and_opening_with_a_link_is_joined():
    page = ("Politik\n\nDie Stadt hat nach Angaben von\n\nBürgermeisterin Ilse Brandt\n\nund\n\nKämmerer Paul Frei\n\n"
            "am Montag beschlossen, die Preise zu senken.\n\nIlse Brandt\n\nhat am Dienstag gesagt, dass die "
            "Gebühren sinken werden.\n\nEnde.")
    assert split_blocks(page) == [
        "Politik",
        "Die Stadt hat nach Angaben von Bürgermeisterin Ilse Brandt und Kämmerer Paul Frei am Montag "
        "beschlossen, die Preise zu senken.",
        "Ilse Brandt hat am Dienstag gesagt, dass die Gebühren sinken werden.",
        "Ende."]


def test_a_menu_is_no_chain_of_inline_pieces():
    # short items one after another are a menu, even when a lower-case line follows
    assert split_blocks("Heute gibt es in der Stadt viele neue Angebote für\n\nSport\n\nKultur\n\n"
                        "und vieles mehr, wie die Stadt mitteilt.") == [
        "Heute gibt es in der Stadt viele neue Angebote für", "Sport", "Kultur",
        "und vieles mehr, wie die Stadt mitteilt."]
    # a short label over a lower-case line that does not end a sentence is not joined either
    assert split_blocks("Meldungen\n\nHafen\n\nbekommt neue Kräne") == ["Meldungen", "Hafen", "bekommt neue Kräne"]
