"""The command line: batch to JSONL, stdin, a readable single-page view, errors per document."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

REPO = Path(__file__).resolve().parents[2]
DATELINE = [sys.executable, "-m", "dateline.cli.__main__"]
SCHEMA = json.loads((REPO / "src/dateline/schema/record.schema.json").read_text())

PAGE = ("Economie\n\nHaven van Rotterdam verwerkt minder containers\n\n"
        "ROTTERDAM (ANP). De haven van Rotterdam heeft vorig jaar minder containers verwerkt dan een jaar eerder, "
        "meldt het havenbedrijf. De daling kwam vooral door de zwakke handel met Azië.\n\n"
        "Het havenbedrijf verwacht dat het volume dit jaar weer stijgt. Volgens een woordvoerder zijn er al nieuwe "
        "contracten getekend met rederijen.\n")


def run(args, stdin=None):
    return subprocess.run(DATELINE + args, input=stdin, capture_output=True, timeout=300, cwd=REPO)


def test_batch_to_jsonl_with_one_record_per_input(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.html").write_bytes(b"\x00\xff\x00\xfe" * 50)
    out = tmp_path / "out.jsonl"
    res = run(["read", str(tmp_path), "--out", str(out), "--no-analyse"])
    assert res.returncode == 1, res.stderr.decode()  # some inputs became errors
    assert "2 errors (1 binary, 1 empty)" in " ".join(res.stderr.decode().split())
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 3
    for rec in records:
        jsonschema.validate(rec, SCHEMA)
    status = {Path(r["source"]["path"]).name: r["status"] for r in records}
    assert status == {"a.txt": "ok", "b.txt": "error", "c.html": "error"}
    ok = next(r for r in records if r["status"] == "ok")
    assert "havenbedrijf" in ok["body"] and ok["language"]["code"] == "nl"


def test_stdin_with_url():
    html = ("<html><body><article><h1>Storm closes port</h1><p>The port was closed on Monday after a storm "
            "damaged two cranes, the harbour master said, and it may stay shut for days.</p>"
            "</article></body></html>")
    res = run(["read", "-", "--url", "https://www.news.example/world/storm", "--json", "--no-analyse"],
              stdin=html.encode())
    assert res.returncode == 0, res.stderr.decode()
    rec = json.loads(res.stdout.decode().splitlines()[0])
    jsonschema.validate(rec, SCHEMA)
    assert rec["source"]["url"] == "https://www.news.example/world/storm"
    assert rec["source"]["site"] == "news.example"
    assert "two cranes" in rec["body"]


def test_fast_html_path_from_the_command_line():
    paras = "".join(f"<p>The port was closed on Monday after a storm damaged crane {i}, the harbour master said, "
                    f"and it may stay shut for several days while engineers inspect the quay.</p>" for i in range(6))
    html = (f'<html><head><meta property="article:published_time" content="2023-03-06T09:00:00+01:00"></head>'
            f"<body><article><h1>Storm closes port</h1>{paras}</article></body></html>")
    res = run(["read", "-", "--json", "--no-analyse", "--fast"], stdin=html.encode())
    assert res.returncode == 0, res.stderr.decode()
    rec = json.loads(res.stdout.decode().splitlines()[0])
    jsonschema.validate(rec, SCHEMA)
    assert rec["title"] == "Storm closes port" and rec["published"]["value"][:10] == "2023-03-06"
    assert len(rec["paragraphs"]) == 6 and "crane 5" in rec["body"]


def test_single_page_readable_view(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE)
    res = run(["read", str(tmp_path / "a.txt"), "--no-analyse"])
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode()
    assert "language" in out and "nl" in out and "havenbedrijf" in out


def test_readable_view_shows_page_text_with_brackets_as_written(tmp_path):
    page = ("Nieuws\n\nKabinet kiest voor nieuwe huurregels [video]\n\n"
            "DEN HAAG (ANP). Het kabinet [ANP] heeft dinsdag nieuwe [bold]huurregels[/bold] aangekondigd, "
            "meldt het ministerie. De regels gaan volgend jaar in.\n\n[advertentie]\n")
    (tmp_path / "a.txt").write_text(page)
    res = run(["read", str(tmp_path / "a.txt"), "--no-analyse"])
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode()
    assert "huurregels [video]" in out
    assert "[bold]huurregels[/bold]" in out and "[ANP]" in out
    assert "'[advertentie]'" in out
