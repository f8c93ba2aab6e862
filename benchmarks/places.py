"""Places on GeoWebNews (real English news, GeoNames ids), scored by the shared geo scorer.

    .venv/bin/python benchmarks/places.py [--records out.jsonl] [--limit N]

Runs dateline on ``../shared/data/geo/geowebnews/articles`` (language forced to English) and
scores with ``../shared/eval/geo/score.py``: recognition = exact-span P/R/F1 over the 2,718
literal + associative toponyms; resolution = accuracy within 161 km of recognised places.
GeoWebNews was never used to train or tune a model here (rules were tuned on it in the past:
see docs/entities.md), so read its figures as development figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT.parent / "shared" / "data" / "geo" / "geowebnews"
SCORER = ROOT.parent / "shared" / "eval" / "geo" / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=Path, help="also keep the records here")
    args = ap.parse_args()
    if not (SET / "articles").is_dir() or not SCORER.exists():
        print(f"skipped: {SET} or {SCORER} not found (they live in ../shared)")
        return 0
    import dateline
    from dateline.pipeline import Options

    with tempfile.TemporaryDirectory() as tmp:
        raw = args.records or Path(tmp) / "records.jsonl"
        with raw.open("w", encoding="utf-8") as out:
            for rec in dateline.read_many([str(SET / "articles")], Options(language="en", learn_templates=False)):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return subprocess.call([sys.executable, str(SCORER), str(SET), str(raw)])


if __name__ == "__main__":
    sys.exit(main())
