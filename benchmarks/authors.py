"""Authors on naeb, side by side with trafilatura: exact match of the set of names per page.

    .venv/bin/python -c "from dateline.cli import main; main()" read ../shared/data/extraction/naeb/html \\
        --no-analyse --no-templates -o /tmp/naeb.jsonl
    .venv/bin/python benchmarks/authors.py /tmp/naeb.jsonl [--data ../shared/data/extraction/naeb] [-v]

Pages: those whose gold ``authors`` is not empty and whose HTML is stored.  Names are compared
lower-cased with punctuation folded ("Jane O'Doe" = "jane o doe"), as a set per page; the gold
string is split on commas, semicolons, "and" and "&".  trafilatura runs here, on the same HTML
(``extract_metadata(html).author``, split on ";").  Where the gold names an organisation
("Associated Press", "Chicago Tribune"), dateline puts it in ``dateline.agency`` /
``source.publisher`` rather than ``authors``, so those pages count against it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _names(names) -> list[str]:
    return sorted(re.sub(r"\W+", " ", n).strip().lower() for n in names if n and n.strip())


def _split(s: str | None) -> list[str]:
    return [x for x in re.split(r"\s*(?:,|;| and |&)\s*", s or "") if x.strip()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "extraction" / "naeb"))
    ap.add_argument("-v", action="store_true", help="print every page where dateline is wrong")
    args = ap.parse_args()
    data = Path(args.data)
    gold = json.loads((data / "articles.json").read_text(encoding="utf-8"))
    ours = {}
    for line in open(args.records, encoding="utf-8"):
        r = json.loads(line)
        ours[os.path.basename(r["source"]["path"]).split(".")[0]] = r.get("authors") or []
    from trafilatura import extract_metadata

    n = ok = traf_ok = 0
    for pid, g in sorted(gold.items()):
        want = _names(_split(g.get("authors")))
        path = data / "html" / f"{pid}.html.gz"
        if not want or not path.exists():
            continue
        n += 1
        got = _names(ours.get(pid, []))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            meta = extract_metadata(gzip.open(path).read().decode("utf-8", "replace"))
        traf = _names((meta.author or "").split(";") if meta is not None else [])
        ok += got == want
        traf_ok += traf == want
        if args.v and got != want:
            print(pid, "gold", want, "dateline", got, "trafilatura", traf)
    print(f"naeb pages with gold authors: {n}")
    print(f"dateline     exact {ok:4d}  {ok / n:.3f}")
    print(f"trafilatura  exact {traf_ok:4d}  {traf_ok / n:.3f}")


if __name__ == "__main__":
    main()
