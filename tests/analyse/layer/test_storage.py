"""How the pipelines are stored: slimmed folders (packed weights, only the strings looked up,
no default tokenizer) load and label exactly as the folder spaCy wrote."""

from __future__ import annotations

import shutil

import pytest

from dateline.analyse.layer import LANGUAGES
from dateline.analyse.layer.storage import PACKED, load_pipeline, pack, slim, unpack
from dateline.models import locate

TRAIN = [
    ("The ministers said that the bridges were closed .", ["say", "close", "bridge", "minister"]),
    ("A spokeswoman denied the reports on Tuesday .", ["deny", "report", "spokeswoman"]),
    ("Officials were reporting fewer cases .", ["report", "case", "official"]),
]
LEMMAS = {"said": "say", "closed": "close", "bridges": "bridge", "ministers": "minister", "denied": "deny",
          "reports": "report", "reporting": "report", "cases": "case", "Officials": "official", "were": "be"}


def tiny_pipeline(path):
    """A small English tagger + trained lemmatizer, as nlp.to_disk writes it."""
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    nlp.add_pipe("tagger")
    nlp.add_pipe("trainable_lemmatizer", config={"backoff": "orth", "min_tree_freq": 1})
    examples = []
    for text, _ in TRAIN:
        words = text.split()
        examples.append(Example.from_dict(nlp.make_doc(text), {
            "tags": ["VERB" if LEMMAS.get(w, w).endswith(("y", "e")) and w in LEMMAS else "NOUN" for w in words],
            "lemmas": [LEMMAS.get(w, w.lower()) for w in words]}))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        nlp.update(examples, sgd=optimizer)
    nlp.to_disk(path)
    return nlp


def labels(nlp, text):
    return [(t.text, t.tag_, t.lemma_) for t in nlp(text)]


def test_slimmed_folder_labels_as_before(tmp_path):
    import spacy

    tiny_pipeline(tmp_path / "full")
    shutil.copytree(tmp_path / "full", tmp_path / "slim")
    sizes = slim(tmp_path / "slim")
    assert sizes["after"] < sizes["before"]
    assert not list((tmp_path / "slim").glob("*/model")) and list((tmp_path / "slim").glob(f"*/{PACKED}"))
    assert not (tmp_path / "slim" / "tokenizer").exists(), "the default tokenizer is not stored"
    full, slimmed = spacy.load(tmp_path / "full"), load_pipeline(tmp_path / "slim")
    text = "The officials denied that the ministers were reporting cases, a spokeswoman said."
    assert labels(slimmed, text) == labels(full, text)
    assert [t.lemma_ for t in slimmed("reports said")] == [t.lemma_ for t in full("reports said")]


def test_a_tokenizer_with_its_own_rules_is_kept(tmp_path):
    nlp = tiny_pipeline(tmp_path / "full")
    nlp.tokenizer.add_special_case("ANP/Reuters", [{"ORTH": "ANP"}, {"ORTH": "/Reuters"}])
    nlp.to_disk(tmp_path / "full")
    slim(tmp_path / "full")
    assert (tmp_path / "full" / "tokenizer").exists()
    assert [t.text for t in load_pipeline(tmp_path / "full")("via ANP/Reuters")] == ["via", "ANP", "/Reuters"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shipped_weights_come_back_byte_for_byte(lang):
    packed = (locate(f"pipeline-{lang}") / "morphologizer" / PACKED).read_bytes()
    assert pack(unpack(packed)) == packed
    assert not list(locate(f"pipeline-{lang}").glob("*/model")), "every model file is packed"
