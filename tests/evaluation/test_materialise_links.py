"""evaluation_sets/materialise.py: stance links added to a PolNeAR-layout gold set (invented texts)."""

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "evaluation_sets" / "materialise.py"
spec = importlib.util.spec_from_file_location("materialise", SCRIPT)
materialise = importlib.util.module_from_spec(spec)
spec.loader.exec_module(materialise)

TEXT = "The paper reported that the bridge will close. The city denied that the bridge will close."
OTHER = "Nobody said anything about the weather."


def span(text, part):
    s = text.index(part)
    return [[s, s + len(part)]]


def gold_set(tmp_path: Path) -> Path:
    base = tmp_path / "base"
    (base / "articles").mkdir(parents=True, exist_ok=True)
    (base / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    (base / "articles" / "b.txt").write_text(OTHER, encoding="utf-8")
    atts = [
        {"id": "E1", "kind": "Attribution", "source": {"spans": span(TEXT, "The paper")},
         "cue": {"spans": span(TEXT, "reported")}, "content": {"spans": span(TEXT, "that the bridge will close")}},
        {"id": "E2", "kind": "Attribution", "source": {"spans": span(TEXT, "The city")},
         "cue": {"spans": span(TEXT, "denied")}, "content": {"spans": [[TEXT.rindex("that"), len(TEXT) - 1]]}},
    ]
    with (base / "gold.jsonl").open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a", "file": "a.txt", "attributions": atts}) + "\n")
        f.write(json.dumps({"id": "b", "file": "b.txt", "attributions": []}) + "\n")
    return base


def links_file(tmp_path: Path, **change) -> Path:
    link = {"from": "E2", "to": "E1", "type": "disputes", "cue": {"spans": span(TEXT, "denied"), "text": "denied"}}
    link.update(change)
    rec = {"file": "a.txt", "sha1": hashlib.sha1(TEXT.encode()).hexdigest(), "links": [link]}
    path = tmp_path / "links.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


def test_links_added_to_gold_and_texts_copied(tmp_path):
    out = tmp_path / "out"
    docs, atts, links = materialise.with_links(gold_set(tmp_path), links_file(tmp_path), out)
    assert (docs, atts, dict(links)) == (2, 2, {"disputes": 1})
    gold = [json.loads(x) for x in (out / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert gold[0]["links"] == [{"from": "E2", "to": "E1", "type": "disputes",
                                 "cue": {"spans": [[TEXT.index("denied"), TEXT.index("denied") + 6]], "text": "denied"}}]
    assert gold[1]["links"] == []
    assert (out / "articles" / "a.txt").read_text(encoding="utf-8") == TEXT


def test_changed_text_unknown_id_or_moved_cue_refused(tmp_path):
    base = gold_set(tmp_path)
    (base / "articles" / "a.txt").write_text(TEXT + " ", encoding="utf-8")
    with pytest.raises(SystemExit, match="text changed"):
        materialise.with_links(base, links_file(tmp_path), tmp_path / "o1")
    base = gold_set(tmp_path)
    with pytest.raises(SystemExit, match="not in the gold"):
        materialise.with_links(base, links_file(tmp_path, to="E9"), tmp_path / "o2")
    with pytest.raises(SystemExit, match="reads"):
        materialise.with_links(base, links_file(tmp_path, cue={"spans": [[0, 3]], "text": "denied"}), tmp_path / "o3")
