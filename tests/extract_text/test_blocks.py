from dateline.extract.blocks import normalise, split_blocks


def test_blank_lines_separate_blocks_and_inner_breaks_join():
    assert split_blocks("Menu\n\nEen zin\nloopt door.\n\n\nEinde") == ["Menu", "Een zin loopt door.", "Einde"]


def test_no_blank_lines_means_one_block_per_line():
    assert split_blocks("Home\nNieuws\n  Een zin.  \n") == ["Home", "Nieuws", "Een zin."]


def test_normalise_folds_case_and_digits():
    assert normalise("3 hours AGO") == normalise("12 hours ago")
