"""Scraped-text benchmark: body P/R/F1, speed, title and date accuracy, side by side.

    .venv/bin/python benchmarks/scraped_text.py [--data ../shared/data/scraped_text] [--sets naeb,scrapinghub]

Systems, each on the page text alone (``scraped_text/<set>/pages/*.txt``):
  dateline page        one page at a time; the block model of the fold that did NOT see the
                       page's site (``models/blocks/cv.json``, folds by URL host), so no
                       figure comes from a site seen in training
  dateline batch       the same, after site templates were learned over the set (TemplateStep)
  keep-all             every block
  jusText              blocks wrapped as <p>, stoplist of the page language (py3langid)
  trafilatura          blocks wrapped as <p>
Body scoring: lower-cased ``\\w+`` tokens, multiset overlap, P/R/F1 per page, macro over
all pages (no body = 0).  Speed: pages per CPU-second (time.process_time) of decode+extract
for dateline (no analysis), of the extractor call for the others.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.extract import ExtractStep  # noqa: E402
from dateline.extract.block_model import MODEL_DIR, BlockModel  # noqa: E402
from dateline.extract import block_features, chrome, segment  # noqa: E402
from dateline.extract.blocks import normalise, split_blocks  # noqa: E402
from dateline.extract.templates import TemplateStep  # noqa: E402
from dateline.language import detect  # noqa: E402
from dateline.metadata.dateline import parse_dateline  # noqa: E402
from dateline.pipeline import Options  # noqa: E402
from dateline.readers.decode import DecodeStep  # noqa: E402
from dateline.types import Doc, RawPage  # noqa: E402
from dateline.evaluation.bodies import word_prf  # noqa: E402

_WORD = re.compile(r"\w+")


prf = word_prf  # the benchmark's body score (dateline.evaluation.bodies)


def host_of(url: str) -> str:
    h = (urlsplit(url).hostname or "").lower()
    return h[4:] if h.startswith("www.") else h


def fold_models(folder: str | Path | None = None) -> tuple[int, list[BlockModel]]:
    """The fold models of ``folder/cv.json`` (default: the shipped ``models/blocks``)."""
    cv = json.loads((Path(folder or MODEL_DIR) / "cv.json").read_text())
    return cv["folds"], [BlockModel(m) for m in cv["models"]]


def fold_of(host: str, k: int) -> int:
    return int(hashlib.sha1(host.encode()).hexdigest(), 16) % k


WARM_UP_PAGE = """Home | News | Sport

Storm closes harbour for a day

By Anna Smith
12 March 2024, 09:15

ROTTERDAM (ANP) - A storm closed the harbour on Tuesday, the port authority said, and ships waited at sea.

Workers expect the quays to open again on Wednesday morning, when the wind drops.

Sign up for our newsletter
"""


def _warm_up(opts: Options) -> None:
    """Loading models, gazetteers, phrase matchers and date grammars is start-up, not
    per-page work: done before the clock starts (an invented page, every chrome language)."""
    detect("warm up the language model")
    parse_dateline("AMSTERDAM (ANP) - the city gazetteer is loaded once")
    for code in chrome.SUPPORTED + (None,):
        chrome.match("Sign up for our newsletter", code)
    doc = Doc(RawPage(source="warm-up.txt", content=WARM_UP_PAGE.encode(), kind="text"))
    ExtractStep(opts).guarded(DecodeStep(opts).guarded(doc))


def run_dateline(items: list[dict], batch: bool, folder: str | None = None) -> tuple[dict, float]:
    opts = Options(analyse=False, learn_templates=batch)
    k, models = fold_models(folder)
    decode, extract = DecodeStep(opts), ExtractStep(opts)
    docs = []
    for it in items:
        doc = Doc(RawPage(source=it["path"], content=it["bytes"], url=it["url"], kind="text"))
        doc.scratch["block_model"] = models[fold_of(host_of(it["url"]), k)]
        docs.append(doc)
    _warm_up(opts)
    chrome.match.cache_clear()  # no mode may profit from another's warm caches
    normalise.cache_clear()
    block_features._form.cache_clear()
    segment.parse_dateline.cache_clear()
    t0 = time.process_time()
    docs = [decode.guarded(d) for d in docs]
    if batch:
        docs = list(TemplateStep(opts).run(docs))
    docs = [extract.guarded(d) for d in docs]
    spent = time.process_time() - t0
    return {it["id"]: d.article for it, d in zip(items, docs)}, spent


def wrap(text: str) -> str:
    return "<html><body>" + "".join(f"<p>{html.escape(b)}</p>" for b in split_blocks(text)) + "</body></html>"


def run_justext(items: list[dict]) -> tuple[dict, float]:
    import justext
    from babel import Locale

    names = set(justext.get_stoplists())
    out, spent = {}, 0.0
    for it in items:
        code, _ = detect(it["text"])
        try:
            name = Locale.parse(code).get_display_name("en").replace(" ", "_") if code else "English"
        except Exception:
            name = "English"
        stop = justext.get_stoplist(name if name in names else "English")
        page = wrap(it["text"])
        t0 = time.process_time()
        paras = justext.justext(page, stop)
        out[it["id"]] = "\n".join(p.text for p in paras if not p.is_boilerplate)
        spent += time.process_time() - t0
    return out, spent


def run_trafilatura(items: list[dict]) -> tuple[dict, float]:
    import trafilatura

    out, spent = {}, 0.0
    for it in items:
        page = wrap(it["text"])
        t0 = time.process_time()
        out[it["id"]] = trafilatura.extract(page) or ""
        spent += time.process_time() - t0
    return out, spent


def run_keep_all(items: list[dict]) -> tuple[dict, float]:
    t0 = time.process_time()
    out = {it["id"]: "\n".join(split_blocks(it["text"])) for it in items}
    return out, time.process_time() - t0


def _tnorm(s: str | None) -> str:
    return " ".join(_WORD.findall((s or "").lower()))


def score(bodies: dict, items: list[dict]) -> tuple[float, float, float]:
    res = [prf(bodies.get(it["id"]) or "", it["gold"]["body"]) for it in items]
    return tuple(sum(r[i] for r in res) / len(res) for i in range(3))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "scraped_text"))
    ap.add_argument("--sets", default="scrapinghub,naeb")
    ap.add_argument("--skip", default="", help="comma list of systems to skip (justext,trafilatura,batch)")
    ap.add_argument("--models", help="a folder with another cv.json (train_block_model.py --out)")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    for name in args.sets.split(","):
        d = Path(args.data) / name
        items = []
        for line in open(d / "gold.jsonl", encoding="utf-8"):
            g = json.loads(line)
            path = d / "pages" / f"{g['id']}.txt"
            raw = path.read_bytes()
            items.append({"id": g["id"], "path": str(path), "bytes": raw, "url": g["url"],
                          "text": raw.decode("utf-8"), "gold": g})
        sites = Counter(host_of(it["url"]) for it in items)
        spread = Counter(sites.values())
        print(f"\n== {name}: {len(items)} pages, {len(sites)} sites; pages per site: "
              + ", ".join(f"{c} site(s) with {k}" for k, c in sorted(spread.items())))
        rows = []
        arts_page, t_page = run_dateline(items, batch=False, folder=args.models)
        rows.append(("dateline page", {k: a.body if a else "" for k, a in arts_page.items()}, t_page))
        runs = [("dateline page", arts_page)]
        if "batch" not in skip:
            arts_batch, t_batch = run_dateline(items, batch=True, folder=args.models)
            rows.append(("dateline batch", {k: a.body if a else "" for k, a in arts_batch.items()}, t_batch))
            runs.append(("dateline batch", arts_batch))
        rows.append(("keep-all",) + run_keep_all(items))
        if "justext" not in skip:
            rows.append(("jusText <p>",) + run_justext(items))
        if "trafilatura" not in skip:
            rows.append(("trafilatura <p>",) + run_trafilatura(items))
        table = [(label, *score(bodies, items), len(items) / max(spent, 1e-9)) for label, bodies, spent in rows]
        ref = next((r for r in table if r[0] == "trafilatura <p>"), None)
        print(f"{'system':<18}{'P':>7}{'R':>7}{'F1':>7}{'pages/CPU-s':>13}{'F1/traf':>9}{'speed/traf':>11}")
        for label, P, R, F, speed in table:
            ratio = f"{F / ref[3]:>9.2f}{speed / ref[4]:>11.1f}" if ref else ""
            print(f"{label:<18}{P:>7.3f}{R:>7.3f}{F:>7.3f}{speed:>13.1f}{ratio}")
        if any(it["gold"].get("title") for it in items):
            for label, arts in runs:
                t_ok = sum(_tnorm(arts[it["id"]].title) == _tnorm(it["gold"]["title"]) for it in items if arts[it["id"]])
                dated = [it for it in items if it["gold"].get("date")]
                d_ok = sum(bool(arts[it["id"]] and arts[it["id"]].published
                                and arts[it["id"]].published.value[:10] == it["gold"]["date"][:10]) for it in dated)
                d_any = sum(bool(arts[it["id"]] and arts[it["id"]].published) for it in dated)
                print(f"{label}: title exact (words, case-folded) {t_ok / len(items):.3f}; "
                      f"published same day {d_ok / len(dated):.3f} ({d_any} of {len(dated)} pages gave a date)")


if __name__ == "__main__":
    main()
