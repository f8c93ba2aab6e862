"""Attribution (claims) on a real annotated set, scored by the shared scorer.

    .venv/bin/python benchmarks/attribution.py                                  # PolNeAR dev, en
    .venv/bin/python benchmarks/attribution.py --set /tmp/attr-nl --lang nl     # a materialised set
    .venv/bin/python benchmarks/attribution.py --baseline                       # the scorer's regex baseline
    .venv/bin/python benchmarks/attribution.py --set /tmp/attr-nl --lang nl --half held

``--half tune|held`` scores one half of a set, split by article id (``half_of``): rules were
tuned by reading errors on the ``tune`` half only; the ``held`` half is the figure to quote.
(PolNeAR dev is held out whole: tuning reads a sample of PolNeAR *train*, benchmarks/polnear_set.py.)

Runs dateline on the set's ``articles/`` (language forced, so detection errors do not count
against the claims), flattens the records with ``../shared/eval/flatten.py`` and scores them
with ``../shared/eval/polnear/score.py``: overlap = the spans share >= 50 % of the words of the
longer one, one-to-one; exact = the same words. The scorer's output is printed as it is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def half_of(article_id: str) -> str:
    return "held" if int(hashlib.sha1(f"dateline:{article_id}".encode()).hexdigest(), 16) % 2 else "tune"


def subset(src: Path, dst: Path, half: str) -> Path:
    (dst / "articles").mkdir(parents=True)
    with (src / "gold.jsonl").open(encoding="utf-8") as fin, (dst / "gold.jsonl").open("w", encoding="utf-8") as fout:
        for line in fin:
            gold = json.loads(line)
            if half_of(gold["id"]) == half:
                fout.write(line)
                shutil.copy(src / "articles" / gold["file"], dst / "articles" / gold["file"])
    if (src / "manifest.json").exists():
        shutil.copy(src / "manifest.json", dst / "manifest.json")
    return dst


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=Path, default=EVAL / "polnear" / "dev")
    ap.add_argument("--lang", default="en", help="force this language; auto: detect it per article")
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--records", type=Path, help="also keep the records here")
    ap.add_argument("--half", choices=("tune", "held"), help="score one half of the set (by article id)")
    args = ap.parse_args()
    scorer = EVAL / "polnear" / "score.py"
    if not (args.set / "articles").is_dir() or not scorer.exists():
        print(f"skipped: {args.set}/articles or {scorer} not found (they live in ../shared)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.half:
            args.set = subset(args.set, Path(tmp) / "set", args.half)
        if args.baseline:
            return subprocess.call([sys.executable, str(scorer), str(args.set), "--baseline"])
        import dateline
        from dateline.pipeline import Options

        raw = Path(tmp) / "records.jsonl"
        flat = Path(tmp) / "flat.jsonl"
        with raw.open("w", encoding="utf-8") as out:
            for rec in dateline.read_many([str(args.set / "articles")],
                                          Options(language=None if args.lang == "auto" else args.lang,
                                                  learn_templates=False)):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if args.records:
            args.records.write_bytes(raw.read_bytes())
        subprocess.check_call([sys.executable, str(EVAL / "flatten.py"), str(raw), str(flat)])
        return subprocess.call([sys.executable, str(scorer), str(args.set), str(flat)])


if __name__ == "__main__":
    sys.exit(main())
