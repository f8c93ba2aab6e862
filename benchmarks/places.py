"""Places on GeoWebNews (real English news, GeoNames ids), scored by the shared geo scorer.

    .venv/bin/python benchmarks/places.py [--records out.jsonl] [--half all|tune|held]

Runs dateline on ``../shared/data/geo/geowebnews/articles`` (language forced to English) and
scores with ``../shared/eval/geo/score.py``: recognition = exact-span P/R/F1 over the 2,718
literal + associative toponyms; resolution = accuracy within 161 km of recognised places.
GeoWebNews was never used to train a model here; rules were tuned on it in the past (see
docs/entities.md), and since 2026-12-05 only on its ``tune`` half: the articles are split in two
by document (``half()``: the first byte of the SHA-1 of the article id, even = tune, odd = held,
100 articles each), and ``--half held`` scores the half not looked at.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT.parent / "shared" / "data" / "geo" / "geowebnews"
SCORER = ROOT.parent / "shared" / "eval" / "geo" / "score.py"


def half(article_id: str) -> str:
    """``tune`` or ``held``: a stable split of the articles by document."""
    return "held" if hashlib.sha1(article_id.encode()).digest()[0] % 2 else "tune"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=Path, help="also keep the records here")
    ap.add_argument("--half", choices=("all", "tune", "held"), default="all",
                    help="score every article, or one half of the split by document (default all)")
    args = ap.parse_args()
    if not (SET / "articles").is_dir() or not SCORER.exists():
        print(f"skipped: {SET} or {SCORER} not found (they live in ../shared)")
        return 0
    import dateline
    from dateline.pipeline import Options

    with tempfile.TemporaryDirectory() as tmp:
        raw = args.records or Path(tmp) / "records.jsonl"
        with raw.open("w", encoding="utf-8") as out:
            files = sorted(str(f) for f in (SET / "articles").glob("*.txt")
                           if args.half == "all" or half(f.stem) == args.half)
            for rec in dateline.read_many(files, Options(language="en", learn_templates=False)):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        only = [] if args.half == "all" else ["--only-present"]
        if only:
            print(f"half: {args.half} ({len(files)} articles)")
        return subprocess.call([sys.executable, str(SCORER), str(SET), str(raw), *only])


if __name__ == "__main__":
    sys.exit(main())
