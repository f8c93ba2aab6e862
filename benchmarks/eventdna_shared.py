"""EventDNA-nl held-out documents scored by the shared scorer (``../shared/eval/eventdna``).

    .venv/bin/python benchmarks/eventdna_shared.py [--part test|train] [--baseline] [--keep DIR]

Runs the whole dateline pipeline (language forced to Dutch) on the articles of our document
split's ``test`` part (``benchmarks/eventdna.py: split_of``; the event model and any word list
derived from EventDNA saw only the ``train`` part), flattens the records with
``../shared/eval/flatten.py`` and scores them with ``../shared/eval/eventdna/score.py
--only-present``: document-level lenient F1, mention / event F1, actor and recipient slots.
``--baseline`` scores the scorer's keyword baseline on the same documents.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eventdna import split_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SET = EVAL / "eventdna" / "dev"


def subset(tmp: Path, part: str) -> Path:
    """The scorer's set restricted to one part (articles and gold lines of those ids)."""
    out = tmp / f"eventdna-{part}"
    (out / "articles").mkdir(parents=True)
    keep = set()
    for f in (SET / "articles").iterdir():
        if split_of(f.stem) == part:
            keep.add(f.stem)
            shutil.copy(f, out / "articles" / f.name)
    with (SET / "gold.jsonl").open(encoding="utf-8") as src, (out / "gold.jsonl").open("w", encoding="utf-8") as dst:
        for line in src:
            if json.loads(line)["id"] in keep:
                dst.write(line)
    for extra in ("manifest.json",):
        if (SET / extra).exists():
            shutil.copy(SET / extra, out / extra)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="test", choices=("test", "train"))
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the records, the scorer's JSON and per-article TSV here")
    args = ap.parse_args()
    scorer = EVAL / "eventdna" / "score.py"
    if not (SET / "articles").is_dir() or not scorer.exists():
        print(f"skipped: {SET} not found (it lives in ../shared)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        part_set = subset(Path(tmp), args.part)
        if args.baseline:
            return subprocess.call([sys.executable, str(scorer), str(part_set), "--baseline"])
        import dateline
        from dateline.pipeline import Options

        raw, flat = Path(tmp) / "records.jsonl", Path(tmp) / "flat.jsonl"
        with raw.open("w", encoding="utf-8") as out:
            for rec in dateline.read_many([str(part_set / "articles")], Options(language="nl", learn_templates=False)):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        subprocess.check_call([sys.executable, str(EVAL / "flatten.py"), str(raw), str(flat)])
        extra = []
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(raw, args.keep / "records.jsonl")
            shutil.copy(flat, args.keep / "flat.jsonl")
            extra = ["--json", str(args.keep / "score.json"), "--per-doc", str(args.keep / "per_doc.tsv")]
        return subprocess.call([sys.executable, str(scorer), str(part_set), str(flat), "--only-present", *extra])


if __name__ == "__main__":
    sys.exit(main())
