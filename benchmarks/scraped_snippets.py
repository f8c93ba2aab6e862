"""Records for a snippet-gold scraped-text set, every page read by a block model that never saw its site.

    .venv/bin/python benchmarks/scraped_snippets.py [--set ../shared/data/scraped_text/trafilatura-eval-dev]
        [--out /tmp/snippets.jsonl] [--shipped]
    python3 ../shared/eval/scraped_text/score_snippets.py ../shared/data/scraped_text/trafilatura-eval-dev /tmp/snippets.jsonl

The block model is trained on this set's pages too (``training/train_block_model.py``), so a
figure on it is honest only with the fold model that did not see the page's site
(``models/blocks/cv.json``, folds by URL host, the same hash as training).  ``--shipped`` uses
the shipped model instead (trained on every page: an in-sample figure, for comparison only).
Scoring is the shared scorer's (``score_snippets.py``); this script only writes the records.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scraped_text import fold_models, fold_of, host_of  # noqa: E402

from dateline.extract import ExtractStep  # noqa: E402
from dateline.pipeline import Options  # noqa: E402
from dateline.readers.decode import DecodeStep  # noqa: E402
from dateline.types import Doc, RawPage  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=str(ROOT.parent / "shared" / "data" / "scraped_text" / "trafilatura-eval-dev"))
    ap.add_argument("--out", default="/tmp/dateline-snippets.jsonl")
    ap.add_argument("--shipped", action="store_true", help="the shipped model (in-sample), not the fold models")
    ap.add_argument("--models", help="a folder with another cv.json (e.g. train_block_model.py --out DIR)")
    args = ap.parse_args()
    opts = Options(analyse=False, learn_templates=False)
    decode, extract = DecodeStep(opts), ExtractStep(opts)
    k, models = fold_models(args.models)
    set_dir = Path(args.set)
    t0 = time.process_time()
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for line in open(set_dir / "gold.jsonl", encoding="utf-8"):
            g = json.loads(line)
            path = set_dir / "pages" / f"{g['id']}.txt"
            doc = Doc(RawPage(source=str(path), content=path.read_bytes(), url=g["url"], kind="text"))
            if not args.shipped:
                doc.scratch["block_model"] = models[fold_of(host_of(g["url"]), k)]
            doc = extract.guarded(decode.guarded(doc))
            record = doc.article.to_record() if doc.ok else doc.error.to_record()
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    spent = time.process_time() - t0
    print(f"{n} records -> {args.out} ({n / spent:.1f} pages/CPU-s; "
          f"{'shipped model' if args.shipped else 'fold models, site held out'})")


if __name__ == "__main__":
    main()
