"""Main-text extraction benchmark: dateline's HTML path against trafilatura, readability, newspaper4k.

Data: ../shared/data/extraction/{scrapinghub,naeb} (read in place, never copied).  Body score as
those benchmarks do: whitespace tokens, multiset overlap, P/R/F1 per page averaged over pages.
Speed: pages per CPU-second (time.process_time around each extractor call only).  On naeb
also title accuracy (normalised exact or token F1 >= .9) and date accuracy (same day).

    .venv/bin/python benchmarks/extraction.py [--limit N] [--sets naeb,scrapinghub]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "extraction"
logging.disable(logging.CRITICAL)


def load_set(name: str, limit: int | None):
    folder = DATA / name
    gold_file = folder / ("ground-truth.json" if name == "scrapinghub" else "articles.json")
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    from dateline.readers.decode import decode_bytes

    items = []
    for pid in sorted(gold):
        path = folder / "html" / f"{pid}.html.gz"
        if not path.exists():
            continue
        html, _ = decode_bytes(gzip.decompress(path.read_bytes()))
        items.append((pid, html, gold[pid]))
        if limit and len(items) >= limit:
            break
    return items


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    p_toks, g_toks = Counter((pred or "").split()), Counter((gold or "").split())
    overlap = sum((p_toks & g_toks).values())
    if not p_toks or not g_toks:
        return (0.0, 0.0, 0.0) if p_toks or g_toks else (1.0, 1.0, 1.0)
    p, r = overlap / sum(p_toks.values()), overlap / sum(g_toks.values())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---- extractors: html, url -> (body, title, date) ----------------------------------------

def _whole_path(html, url, **options):
    """What ``dateline read --no-analyse --no-templates`` runs on a decoded page: the HTML path
    (main text, metadata cascade) and what the extract step adds (language, page type)."""
    from dateline.extract import ExtractStep
    from dateline.pipeline import Options
    from dateline.types import Doc, RawPage

    doc = Doc(RawPage(source="bench", content=b"", url=url, kind="html"), text=html)
    doc.scratch["kind"] = "html"
    art = ExtractStep(Options(analyse=False, learn_templates=False, **options)).process(doc).article
    return art.body, art.title, art.published.value[:10] if art.published else None


def run_dateline(html, url):
    return _whole_path(html, url)


def run_dateline_fast(html, url):
    return _whole_path(html, url, html_extractor="fast")


FAST_PASS_SURE = Counter()  # how often the first pass stood, on the last set run


def run_fast_main_text(html, url):
    """Main text only, as the fast path makes it: resiliparse, trafilatura where unsure."""
    from dateline.extract.fast import first_pass
    from dateline.extract.html import _main_text, parse_tree

    paragraphs, why = first_pass(html)
    FAST_PASS_SURE[why] += 1
    if paragraphs is None:
        paragraphs = _main_text(parse_tree(html), url, "dateline")
    return "\n".join(paragraphs), None, None


def run_resiliparse(html, url):
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(html, main_content=True, alt_texts=False, list_bullets=False), None, None


def run_trafilatura(html, url, **kw):
    import trafilatura

    return trafilatura.extract(html, url=url, **kw), None, None


def run_trafilatura_precision(html, url):
    return run_trafilatura(html, url, favor_precision=True)


def run_trafilatura_meta(html, url):
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    return (doc.text if doc else None), (doc.title if doc else None), (doc.date if doc else None)


def run_readability(html, url):
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    root = lxml.html.fromstring(summary)
    return "\n".join(t.strip() for t in root.itertext() if t.strip()), None, None


def run_newspaper(html, url):
    import newspaper

    a = newspaper.Article(url or "http://example.com/", fetch_images=False, request_timeout=1)
    a.download(input_html=html)
    a.parse()
    return a.text, a.title, None


def run_htmldate(html, url):
    from htmldate import find_date

    return None, None, find_date(html, original_date=True, url=url)


BODY_SYSTEMS = {
    "dateline (whole path)": run_dateline,
    "dateline fast (whole path)": run_dateline_fast,
    "dateline fast (main text only)": run_fast_main_text,
    "resiliparse (main content)": run_resiliparse,
    "trafilatura (default)": run_trafilatura,
    "trafilatura (favor_precision)": run_trafilatura_precision,
    "readability-lxml": run_readability,
    "newspaper4k": run_newspaper,
}
META_SYSTEMS = {"trafilatura (with_metadata)": run_trafilatura_meta, "htmldate": run_htmldate}


def norm_title(t: str | None) -> str:
    return re.sub(r"\W+", " ", (t or "").lower()).strip()


def title_ok(pred, gold) -> bool:
    a, b = norm_title(pred), norm_title(gold)
    if not b:
        return False
    return a == b or prf(a, b)[2] >= 0.9


def evaluate(items, systems, with_meta: bool, score_body: bool = True):
    rows = {}
    for name, fn in systems.items():
        scores, cpu, titles, dates, ndates, fails = [], 0.0, 0, 0, 0, 0
        gives_title = gives_date = False
        try:  # warm up (imports, data files) outside the clock
            fn(items[0][1], items[0][2].get("url"))
        except Exception:
            pass
        for pid, html, gold in items:
            url = gold.get("url")
            t0 = time.process_time()
            try:
                body, title, date = fn(html, url)
            except Exception:
                body, title, date, fails = None, None, None, fails + 1
            cpu += time.process_time() - t0
            if score_body:
                scores.append(prf(body or "", gold.get("articleBody", "")))
            gives_title, gives_date = gives_title or title is not None, gives_date or date is not None
            if with_meta:
                titles += title_ok(title, gold.get("title"))
                if gold.get("date"):
                    ndates += 1
                    dates += bool(date) and date[:10] == gold["date"][:10]
        n = len(items)
        rows[name] = {
            "P": sum(s[0] for s in scores) / n, "R": sum(s[1] for s in scores) / n,
            "F1": sum(s[2] for s in scores) / n, "speed": n / cpu if cpu else float("inf"),
            "title": titles / n if with_meta and gives_title else None,
            "date": dates / ndates if with_meta and ndates and gives_date else None,
            "fails": fails,
        }
        print(f"  {name}: F1 {rows[name]['F1']:.3f} {rows[name]['speed']:.1f} p/s", file=sys.stderr)
    return rows


def table(set_name: str, rows: dict, meta_rows: dict | None, n: int) -> str:
    ref = rows["trafilatura (default)"]
    out = [f"### {set_name} ({n} pages)", "",
           "| extractor | P | R | F1 | F1 vs traf. | pages/CPU-s | speed vs traf. | title acc. | date acc. |",
           "|---|---|---|---|---|---|---|---|---|"]
    def fmt(v):
        return "—" if v is None else f"{v:.3f}"
    for name, r in rows.items():
        out.append(f"| {name} | {r['P']:.3f} | {r['R']:.3f} | {r['F1']:.3f} | {r['F1'] / ref['F1']:.3f} | "
                   f"{r['speed']:.1f} | {r['speed'] / ref['speed']:.2f} | {fmt(r['title'])} | {fmt(r['date'])} |")
    for name, r in (meta_rows or {}).items():
        out.append(f"| {name} (metadata) | | | | | {r['speed']:.1f} | {r['speed'] / ref['speed']:.2f} | "
                   f"{fmt(r['title']) if name != 'htmldate' else '—'} | {fmt(r['date'])} |")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    ap.add_argument("--sets", default="scrapinghub,naeb")
    ap.add_argument("--only", default=None, help="comma-separated subset of extractor names")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"benchmark data not found at {DATA}")
    systems = BODY_SYSTEMS
    if args.only:
        keep = args.only.split(",")
        systems = {k: v for k, v in BODY_SYSTEMS.items() if any(s in k for s in keep) or "default" in k}
    for set_name in args.sets.split(","):
        items = load_set(set_name, args.limit)
        print(f"{set_name}: {len(items)} pages", file=sys.stderr)
        with_meta = set_name == "naeb"
        rows = evaluate(items, systems, with_meta)
        meta_rows = evaluate(items, META_SYSTEMS, True, score_body=False) if with_meta else None
        print(table(set_name, rows, meta_rows, len(items)))
        if FAST_PASS_SURE:
            print(f"\nfast first pass (last run over the set): {dict(FAST_PASS_SURE)}")
            FAST_PASS_SURE.clear()
        print()


if __name__ == "__main__":
    main()
