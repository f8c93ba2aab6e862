"""Stance links between claims (X disputes / confirms Y) against our hand-annotated dev sets.

    .venv/bin/python evaluation_sets/materialise.py nl /tmp/attr-nl
    .venv/bin/python benchmarks/stance_links.py --set /tmp/attr-nl --lang nl [--half held]
    .venv/bin/python benchmarks/stance_links.py --set /tmp/attr-defr --lang auto

The shared PolNeAR scorer reads sources, cues and contents, not links, so links are scored
here with the same matching rule: a gold claim and a predicted claim match when their contents
share at least half of the words of the longer one (one-to-one, largest overlap first; spans
as ``../shared/eval/flatten.py`` maps them into the article file). A gold link ``A disputes B``
is found when the claims matched to A and B carry that link, of that type, in that direction;
``any direction`` also counts ``B disputes A``. A predicted link is right when it is such a gold
link; a predicted link whose claims match no gold claims is wrong. ``both claims found`` counts
the gold links whose two claims were both matched: recall given the claims.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution import EVAL, subset  # noqa: E402

WORD = re.compile(r"\w+")


def words_in(text: str, spans: list[list[int]]) -> set[int]:
    """Start offsets of the words inside ``spans`` (character ranges into ``text``)."""
    out = set()
    for s, e in spans:
        out.update(m.start() + s for m in WORD.finditer(text[s:e]))
    return out


def located(text: str, role: dict | None) -> list[list[int]]:
    if not role:
        return []
    if role.get("span"):
        return [role["span"]]
    at = text.find(role.get("text") or "\0")
    return [[at, at + len(role["text"])]] if at >= 0 else []


def match(gold: list[set[int]], pred: list[set[int]]) -> dict[int, int]:
    """gold index -> predicted index, one-to-one, by overlap >= half the longer, largest first."""
    pairs = []
    for g, gw in enumerate(gold):
        for p, pw in enumerate(pred):
            shared = len(gw & pw)
            if gw and pw and shared * 2 >= max(len(gw), len(pw)):
                pairs.append((shared, g, p))
    out, used = {}, set()
    for _shared, g, p in sorted(pairs, reverse=True):
        if g not in out and p not in used:
            out[g] = p
            used.add(p)
    return out


def score(set_dir: Path, raw: Path, flat: Path, show: bool = False) -> dict:
    golds = {g["file"]: g for g in map(json.loads, (set_dir / "gold.jsonl").open(encoding="utf-8"))}
    counts = dict(gold=0, found=0, found_any_direction=0, both_claims=0, predicted=0, right=0)
    with raw.open(encoding="utf-8") as fr, flat.open(encoding="utf-8") as ff:
        for rline, fline in zip(fr, ff):
            rec, frec = json.loads(rline), json.loads(fline)
            name = Path(rec["source"]["path"]).name
            gold = golds.get(name)
            if gold is None:
                continue
            text = (set_dir / "articles" / name).read_text(encoding="utf-8")
            gold_ids = [a["id"] for a in gold["attributions"]]
            gold_words = [words_in(text, a["content"]["spans"]) if a.get("content") else set()
                          for a in gold["attributions"]]
            pred_words = [words_in(text, located(text, c.get("content"))) for c in frec.get("claims", [])]
            m = match(gold_words, pred_words)
            to_gold = {p: gold_ids[g] for g, p in m.items()}
            predicted = set()
            for n, c in enumerate(rec["annotations"].get("claims", [])):
                for link in c["attrs"].get("links") or []:
                    target = int(link["target"][1:]) - 1
                    predicted.add((n, target, link["type"]))
            gold_links = {(l["from"], l["to"], l["type"]) for l in gold.get("links", [])}
            by_id = {gold_ids[g]: p for g, p in m.items()}
            for a, b, kind in gold_links:
                counts["gold"] += 1
                if a in by_id and b in by_id:
                    counts["both_claims"] += 1
                    pa, pb = by_id[a], by_id[b]
                    counts["found"] += (pa, pb, kind) in predicted
                    counts["found_any_direction"] += (pa, pb, kind) in predicted or (pb, pa, kind) in predicted
            claims = rec["annotations"].get("claims", [])
            for pa, pb, kind in sorted(predicted):
                counts["predicted"] += 1
                right = (to_gold.get(pa), to_gold.get(pb), kind) in gold_links
                counts["right"] += right
                if show:
                    print(f"{'RIGHT' if right else 'WRONG'} {name}: c{pa + 1} {kind} c{pb + 1}"
                          f" (gold {to_gold.get(pa)} -> {to_gold.get(pb)})")
                    for n in (pa, pb):
                        attrs = claims[n]["attrs"]
                        print(f"    c{n + 1} [{attrs.get('speaker')}] {attrs.get('cue')}: {claims[n]['text'][:150]}")
            if show:
                for a, b, kind in sorted(gold_links):
                    if not ((by_id.get(a), by_id.get(b), kind) in predicted):
                        print(f"MISSED {name}: {a} {kind} {b} (claims found: {a in by_id}, {b in by_id})")
    return counts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=Path, required=True, help="a set written by evaluation_sets/materialise.py")
    ap.add_argument("--lang", default="nl", help="force this language; auto: detect it per article")
    ap.add_argument("--half", choices=("tune", "held"))
    ap.add_argument("--show", action="store_true", help="print every predicted link and every missed gold link")
    args = ap.parse_args()
    if not (args.set / "gold.jsonl").exists():
        print(f"skipped: {args.set}/gold.jsonl not found (materialise the set first)")
        return 0
    import dateline
    from dateline.pipeline import Options

    with tempfile.TemporaryDirectory() as tmp:
        if args.half:
            args.set = subset(args.set, Path(tmp) / "set", args.half)
        raw, flat = Path(tmp) / "records.jsonl", Path(tmp) / "flat.jsonl"
        with raw.open("w", encoding="utf-8") as out:
            for rec in dateline.read_many([str(args.set / "articles")],
                                          Options(language=None if args.lang == "auto" else args.lang,
                                                  learn_templates=False)):
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        subprocess.check_call([sys.executable, str(EVAL / "flatten.py"), str(raw), str(flat)])
        c = score(args.set, raw, flat, args.show)
    p = c["right"] / c["predicted"] if c["predicted"] else 0.0
    r = c["found"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"stance links, {args.set.name}{' (' + args.half + ' half)' if args.half else ''}")
    print(f"  gold links {c['gold']}, predicted {c['predicted']}, right {c['right']}")
    print(f"  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (any direction: found {c['found_any_direction']})")
    print(f"  both claims found for {c['both_claims']} of {c['gold']} gold links; "
          f"link found given both claims: {c['found']}/{c['both_claims']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
