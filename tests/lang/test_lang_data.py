"""Every language data file loads, is listed in the manifest, and a misspelt name fails."""

from __future__ import annotations

import pytest

from dateline.lang import LANG_DIR, UnknownDataFile, load_list, load_table, manifest, path

LANGS = ("nl", "en", "de", "fr", "xx")


def test_every_file_on_disk_is_listed_in_the_folder_of_its_stage():
    data_files = [p for p in LANG_DIR.rglob("*") if p.suffix in (".txt", ".tsv") and p.parent != LANG_DIR]
    assert data_files
    for p in data_files:
        rel = p.relative_to(LANG_DIR).parts
        assert len(rel) == 3, f"{p}: data files live in lang/<code>/<stage>/"
        lang, stage, name = rel
        assert name in manifest(), f"{lang}/{stage}/{name} is not in MANIFEST.tsv"
        assert manifest()[name][0] == stage, f"{lang}/{stage}/{name} belongs in {manifest()[name][0]}/"
    stages = {stage for stage, _ in manifest().values()}
    assert stages <= {"extract", "metadata", "entities", "quantities", "claims", "events"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_listed_file_loads_for_every_language(lang):
    loaded = 0
    for name, (_stage, scope) in manifest().items():
        if scope == "shared" and lang != "xx" or scope == "per-language" and lang == "xx":
            continue
        rows = load_table(lang, name) if name.endswith(".tsv") else load_list(lang, name)
        if path(lang, name).exists() and name != "quantity_rules.txt":  # documentation only
            assert rows, f"{lang}/{name} exists but holds no entries"
            loaded += 1
    assert loaded >= 5


def test_a_per_language_file_exists_for_each_analysed_language():
    for name, (_stage, scope) in manifest().items():
        if scope == "per-language" and name in ("reporting_verbs.tsv", "event_triggers.tsv", "number_words.tsv"):
            for lang in ("nl", "en", "de", "fr"):
                assert path(lang, name).exists(), f"{lang}/{name} missing"


def test_misspelt_file_name_fails_loudly():
    with pytest.raises(UnknownDataFile):
        load_list("nl", "reporting_verb.tsv")
