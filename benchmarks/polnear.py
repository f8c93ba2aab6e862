"""Claims benchmark on PolNeAR (English political news attribution, dev split).

    python benchmarks/polnear.py [--split dev] [--entities] [--limit N] [--show N]

Extracts ../shared/data/attribution/polnear/polnear-train-dev.tar.gz to a temporary folder
(never into the repo), runs ClaimStep on each text (language en; with --entities the
EntityStep first, when it exists) and scores source / cue / content spans against the gold
attribution spans: precision, recall and F1, micro-averaged over all documents, for
  exact   : same start and end;
  comp    : exact, except that a leading complementizer ("that", "whether", "if") on either
            side is ignored: our content spans leave "that" out by contract, PolNeAR's keep it;
  lenient : same after trimming a leading "that"/quote mark and trailing punctuation/quotes
            on both sides (PolNeAR's content spans often start with "that");
  overlap : one-to-one matching of spans that share at least one character.
PolNeAR annotates beliefs and opinions as attributions too, so recall is bounded well below
what a reported-speech extractor can reach.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
DATA = REPO.parent / "shared" / "data" / "attribution" / "polnear" / "polnear-train-dev.tar.gz"

KINDS = ("Source", "Cue", "Content")
MODES = ("exact", "comp", "lenient", "overlap")


def read_gold(ann: str) -> dict[str, set[tuple[int, int]]]:
    """Gold spans per kind from a BRAT file; a discontinuous span counts from its first to
    its last piece."""
    spans: dict[str, dict[str, tuple[int, int]]] = {k: {} for k in KINDS}
    used: set[str] = set()
    for line in ann.splitlines():
        if line.startswith("T"):
            tid, mid, _text = (line.split("\t") + ["", ""])[:3]
            label, _, offs = mid.partition(" ")
            if label in KINDS:
                pieces = [tuple(map(int, p.split())) for p in offs.split(";")]
                spans[label][tid] = (pieces[0][0], pieces[-1][1])
        elif line.startswith("E"):
            for arg in line.split("\t")[1].split()[1:]:
                used.add(arg.split(":")[1])
    return {k: {v for tid, v in d.items() if tid in used} for k, d in spans.items()}


TRIM_LEFT = re.compile(r"^(?:that\s+|[\"“”'‘’]\s*)+", re.I)
TRIM_RIGHT = re.compile(r"[\s\"“”'‘’.,;:!?]+$")


COMP_LEFT = re.compile(r"^(?:that|whether|if)\s+", re.I)


def without_comp(span: tuple[int, int], text: str) -> tuple[int, int]:
    """The span without a leading complementizer, otherwise unchanged."""
    m = COMP_LEFT.match(text[span[0]:span[1]])
    return (span[0] + m.end(), span[1]) if m else span


def lenient(span: tuple[int, int], text: str) -> tuple[int, int]:
    s, e = span
    piece = text[s:e]
    m = TRIM_LEFT.match(piece)
    if m:
        s += m.end()
    piece = text[s:e]
    m = TRIM_RIGHT.search(piece)
    if m:
        e = s + m.start()
    return s, max(s, e)


def overlap_matches(pred: set, gold: set) -> int:
    left = sorted(gold)
    n = 0
    for p in sorted(pred):
        for g in left:
            if p[0] < g[1] and g[0] < p[1]:
                left.remove(g)
                n += 1
                break
    return n


def predicted(claims) -> dict[str, set[tuple[int, int]]]:
    """Predicted spans per kind. A follow-on quote ("continues": "c3") extends the content of
    the claim it continues, first to last piece, as PolNeAR's discontinuous gold spans do."""
    out = {k: set() for k in KINDS}
    ends = {c.id: c.end for c in claims}
    for c in claims:
        if c.attrs.get("continues") in ends:
            ends[c.attrs["continues"]] = max(ends[c.attrs["continues"]], c.end)
    for c in claims:
        if c.attrs.get("continues") in ends:
            continue
        out["Content"].add((c.start, ends[c.id]))
        if c.attrs.get("cue"):
            out["Cue"].add((c.attrs["cue"]["start"], c.attrs["cue"]["end"]))
        sp = c.attrs.get("speaker")
        if sp:
            out["Source"].add((sp["start"], sp["end"]))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--entities", action="store_true", help="run EntityStep first if it exists")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=0, help="print N missed gold cues")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"PolNeAR archive not found at {DATA}")
        return 1
    from dateline.analyse.claims import ClaimStep
    from dateline.types import Article, Doc, RawPage

    steps = []
    if args.entities:
        try:
            from dateline.analyse.entities import EntityStep

            steps.append(EntityStep())
        except ImportError:
            print("EntityStep not available; running claims alone")
    steps.append(ClaimStep())
    counts = {(k, m): [0, 0, 0] for k in KINDS for m in MODES}
    missed = []
    elapsed, words, ndocs = 0.0, 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(DATA) as tar:
            tar.extractall(tmp, filter="data")
        base = Path(tmp) / "data" / args.split
        files = sorted((base / "text").glob("*.txt"))
        if args.limit:
            files = files[: args.limit]
        for f in files:
            text = f.read_text(encoding="utf-8")
            # "<stem>_<annotator>.ann"; a few texts were annotated twice: score the first
            anns = sorted((base / "attributions").glob(f.stem + "_*.ann"))
            gold = read_gold(anns[0].read_text(encoding="utf-8") if anns else "")
            article = Article(page_id=f.stem, source=f.name, language="en", paragraphs=[text])
            doc = Doc(RawPage(f.name, b""), article=article)
            t0 = time.perf_counter()
            for step in steps:
                if step is steps[-1]:
                    t0 = time.perf_counter()  # time the claims step alone
                doc = step.guarded(doc)
            elapsed += time.perf_counter() - t0
            words += len(text.split())
            ndocs += 1
            if not doc.ok:
                print("error", f.name, doc.error.message)
                continue
            pred = predicted(article.layers.get("claims", []))
            for k in KINDS:
                for mode in MODES:
                    g, p = gold[k], pred[k]
                    if mode in ("lenient", "comp"):
                        trim = lenient if mode == "lenient" else without_comp
                        g = {trim(x, text) for x in g}
                        p = {trim(x, text) for x in p}
                    tp = len(g & p) if mode != "overlap" else overlap_matches(p, g)
                    c = counts[(k, mode)]
                    c[0] += tp
                    c[1] += len(p)
                    c[2] += len(g)
            if args.show:
                for s, e in sorted(gold["Cue"]):
                    if not any(s < pe and ps < e for ps, pe in pred["Cue"]):
                        missed.append(text[s:e].replace("\n", " "))
        # a second, warm pass (spaCy lexemes and lemma caches filled) gives the steady speed
        t0 = time.perf_counter()
        for f in files:
            article = Article(page_id=f.stem, source=f.name, language="en",
                              paragraphs=[f.read_text(encoding="utf-8")])
            steps[-1].guarded(Doc(RawPage(f.name, b""), article=article))
        warm = time.perf_counter() - t0
    print(f"warm pass: {1000 * warm / max(words, 1) * 600:.1f} ms per 600 words")
    print(f"PolNeAR {args.split}: {ndocs} documents, {words} words; claims step "
          f"{1000 * elapsed / max(ndocs, 1):.1f} ms/doc, {1000 * elapsed / max(words, 1) * 600:.1f} ms per 600 words (cold)")
    print("| span | match | P | R | F1 | predicted | gold |")
    print("|---|---|---|---|---|---|---|")
    for k in KINDS:
        for mode in MODES:
            tp, np_, ng = counts[(k, mode)]
            p, r, f1 = prf(tp, np_, ng)
            print(f"| {k.lower()} | {mode} | {p:.3f} | {r:.3f} | {f1:.3f} | {np_} | {ng} |")
    if missed:
        from collections import Counter

        print("\nmost frequent missed gold cues:")
        for cue, n in Counter(m.lower() for m in missed).most_common(args.show):
            print(f"{n:5d}  {cue}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
