"""Attribution (claims) on a real annotated set, scored by the shared scorer.

    .venv/bin/python benchmarks/attribution.py                                  # PolNeAR dev, en
    .venv/bin/python benchmarks/attribution.py --set /tmp/attr-nl --lang nl     # a materialised set
    .venv/bin/python benchmarks/attribution.py --baseline                       # the scorer's regex baseline

Runs dateline on the set's ``articles/`` (language forced, so detection errors do not count
against the claims), flattens the records with ``../shared/eval/flatten.py`` and scores them
with ``../shared/eval/polnear/score.py``: overlap = the spans share >= 50 % of the words of the
longer one, one-to-one; exact = the same words. The scorer's output is printed as it is.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=Path, default=EVAL / "polnear" / "dev")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--records", type=Path, help="also keep the records here")
    args = ap.parse_args()
    scorer = EVAL / "polnear" / "score.py"
    if not (args.set / "articles").is_dir() or not scorer.exists():
        print(f"skipped: {args.set}/articles or {scorer} not found (they live in ../shared)")
        return 0
    if args.baseline:
        return subprocess.call([sys.executable, str(scorer), str(args.set), "--baseline"])
    import dateline
    from dateline.pipeline import Options

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "records.jsonl"
        flat = Path(tmp) / "flat.jsonl"
        with raw.open("w", encoding="utf-8") as out:
            for rec in dateline.read_many([str(args.set / "articles")],
                                          Options(language=args.lang, learn_templates=False)):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if args.records:
            args.records.write_bytes(raw.read_bytes())
        subprocess.check_call([sys.executable, str(EVAL / "flatten.py"), str(raw), str(flat)])
        return subprocess.call([sys.executable, str(scorer), str(args.set), str(flat)])


if __name__ == "__main__":
    sys.exit(main())
