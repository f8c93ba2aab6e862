"""Every language data file loads, is listed in the manifest, and a misspelt name fails."""

from __future__ import annotations

import pytest

from dateline.lang import LANG_DIR, UnknownDataFile, load_list, load_table, manifest

LANGS = ("nl", "en", "de", "fr", "xx")


def test_every_file_on_disk_is_listed_and_every_listed_file_exists_somewhere():
    on_disk = {p.name for d in LANG_DIR.iterdir() if d.is_dir() for p in d.iterdir()
               if p.suffix in (".txt", ".tsv")}
    listed = set(manifest())
    assert on_disk <= listed, f"not in MANIFEST.tsv: {sorted(on_disk - listed)}"
    stages = {stage for stage, _ in manifest().values()}
    assert stages <= {"extract", "metadata", "entities", "quantities", "claims", "events"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_listed_file_loads_for_every_language(lang):
    loaded = 0
    for name, (_stage, scope) in manifest().items():
        if scope == "shared" and lang != "xx" or scope == "per-language" and lang == "xx":
            continue
        rows = load_table(lang, name) if name.endswith(".tsv") else load_list(lang, name)
        if (LANG_DIR / lang / name).exists() and name != "quantity_rules.txt":  # documentation only
            assert rows, f"{lang}/{name} exists but holds no entries"
            loaded += 1
    assert loaded >= 5


def test_a_per_language_file_exists_for_each_analysed_language():
    for name, (_stage, scope) in manifest().items():
        if scope == "per-language" and name in ("reporting_verbs.tsv", "event_triggers.tsv", "number_words.tsv"):
            for lang in ("nl", "en", "de", "fr"):
                assert (LANG_DIR / lang / name).exists(), f"{lang}/{name} missing"


def test_misspelt_file_name_fails_loudly():
    with pytest.raises(UnknownDataFile):
        load_list("nl", "reporting_verb.tsv")
