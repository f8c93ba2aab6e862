"""EventDNA-nl (Dutch events, types mapped to PLOVER): document- and span-level P/R/F1.

Data: ../shared/data/events/eventdna-nl/ (development split of EventDNA; no licence stated:
development use only, never copied into the project). Scoring follows that folder's README:
only the 8 PLOVER types EventDNA maps to are scored; document level strict and lenient
(accept lists of crosswalk.json), span level (trigger inside a core event's clause, one-to-one,
neutral on events whose accept list holds the type).

We split the development data again by document (``split_of``): "test" (~1/4) is only ever
scored; "train" is what training/eventdna_lexicon.py may derive word lists from.

    .venv/bin/python benchmarks/eventdna.py [--part test|train|all] [--detector lexicon|model|hybrid]
        [--extra event_triggers_eventdna.tsv]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from dateline.analyse.events import find_events
from dateline.analyse.events.model import EventModel

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "events" / "eventdna-nl"
SCORED = {"ASSAULT", "ACCUSE", "COERCE", "CONSULT", "PROTEST", "SANCTION", "CONCEDE", "RETREAT"}


def split_of(doc_id: str) -> str:
    """Our own document split of the development data: 1 in 4 documents is held out."""
    return "test" if int(hashlib.sha256(f"dateline:{doc_id}".encode()).hexdigest(), 16) % 4 == 0 else "train"


def load(part: str):
    docs = [json.loads(line) for line in (DATA / "articles.jsonl").open(encoding="utf-8")]
    return [d for d in docs if part == "all" or split_of(d["id"]) == part]


def accepted(ev: dict, cw: dict) -> set[str]:
    label = f"{ev['eventdna_type']}/{ev['eventdna_subtype']}"
    m = cw["mapping"].get(label, {})
    acc = set(a for a in m.get("accept", []) if a != "*")
    if ev.get("plover_type"):
        acc.add(ev["plover_type"])
        if not ev.get("core"):
            acc |= set(cw["irrealis_accept"])
    return acc


SLOT_ATTR = {"actor": "actor", "recipient": "target", "place": "place", "time": "time"}


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,'\"()") for w in text.split() if len(w) > 3}


def argument_hits(pred, gold: dict, text: str, cw: dict, counts: dict) -> None:
    """README scoring 3: for a matched core event, each gold argument whose role has a slot is found
    when the prediction fills that slot with an overlapping span or a shared content word."""
    label = f"{gold['eventdna_type']}/{gold['eventdna_subtype']}"
    slots = {**cw["role_slots"].get("*", {}), **cw["role_slots"].get(label, {})}
    for arg in gold.get("arguments", []):
        slot = slots.get(arg["role"])
        if slot not in SLOT_ATTR:
            continue
        mine = pred.attrs.get(SLOT_ATTR[slot])
        a, b = arg["span"]
        found = bool(mine) and mine.get("start") is not None and (
            (mine["start"] < b and a < mine["end"]) or bool(_words(mine["text"]) & _words(arg["text"])))
        n, f = counts.setdefault(slot, (0, 0))
        counts[slot] = (n + 1, f + found)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[dict], predict, cw: dict | None = None) -> dict:
    """README scoring of ``predict(text) -> spans`` (objects with start, end, label) over docs.
    Returns {measure: (P, R, F1)} and the count of unscored-type predictions."""
    cw = cw or json.loads((DATA / "crosswalk.json").read_text())
    d_tp = d_fp_strict = d_fp_len = d_fn = 0
    s_tp = s_fp = s_fn = c_tp = c_fn = 0
    unscored = 0
    args: dict = {}
    for d in docs:
        text, gold = d["text"], d["events"]
        preds = list(predict(text))
        unscored += sum(e.label not in SCORED for e in preds)
        preds = [e for e in preds if e.label in SCORED]
        # Document level.
        gold_types = {e["plover_type"] for e in gold if e["core"]}
        any_types = {e["plover_type"] for e in gold if e["plover_type"]}
        lenient_ok = set().union(*[accepted(e, cw) for e in gold]) if gold else set()
        pred_types = {e.label for e in preds}
        d_tp += len(pred_types & gold_types)
        d_fn += len(gold_types - pred_types)
        d_fp_strict += len(pred_types - gold_types - any_types)
        d_fp_len += len(pred_types - gold_types - any_types - lenient_ok)
        # Span level (mentions) and with coreferent core events merged.
        core = [e for e in gold if e["core"]]
        found = [False] * len(core)
        for p in preds:
            hit = next((k for k, g in enumerate(core) if not found[k] and g["plover_type"] == p.label
                        and p.start < g["span"][1] and g["span"][0] < p.end), None)
            if hit is not None:
                found[hit] = True
                s_tp += 1
                argument_hits(p, core[hit], text, cw, args)
                continue
            overl = [g for g in gold if p.start < g["span"][1] and g["span"][0] < p.end]
            if any(p.label in accepted(g, cw) for g in overl):
                continue
            s_fp += 1
        s_fn += found.count(False)
        clusters: dict = {}
        for k, g in enumerate(core):
            clusters.setdefault((g["coref"], g["plover_type"]), []).append(found[k])
        c_tp += sum(any(v) for v in clusters.values())
        c_fn += sum(not any(v) for v in clusters.values())
    return {"document, strict": prf(d_tp, d_fp_strict, d_fn),
            "document, lenient": prf(d_tp, d_fp_len, d_fn),
            "span (mention)": prf(s_tp, s_fp, s_fn),
            "span, coreferent events merged": prf(c_tp, s_fp, c_fn),
            "unscored": unscored, "arguments": args}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="test", choices=["test", "train", "all"])
    ap.add_argument("--extra", nargs="*", default=[], help="extra trigger files in lang/nl/")
    ap.add_argument("--detector", default=None, choices=["lexicon", "model", "hybrid"],
                    help="default: hybrid when models/events-nl/ holds a model")
    ap.add_argument("--model", type=Path, default=None, help="a model.npz other than the shipped one")
    args = ap.parse_args()
    docs = load(args.part)
    model = EventModel.from_file(args.model) if args.model else None
    res = score(docs, lambda text: find_events(text, "nl", extra_lexicons=tuple(args.extra),
                                               detector=args.detector, model=model))
    print(f"EventDNA-nl part={args.part} documents={len(docs)} extra={args.extra or '-'} "
          f"detector={args.detector or 'default'} model={args.model or 'shipped'}")
    print("| measure | P | R | F1 |\n|---|---|---|---|")
    for name, val in res.items():
        if name not in ("unscored", "arguments"):
            print(f"| {name} | {val[0]:.3f} | {val[1]:.3f} | {val[2]:.3f} |")
    print(f"predictions of the 8 unscored types: {res['unscored']}")
    print("arguments of matched core events (recall: gold arguments whose slot we fill with an "
          "overlapping span or a shared content word):")
    for slot, (n, f) in sorted(res["arguments"].items()):
        print(f"  {slot}: {f}/{n} = {f / n:.3f}" if n else f"  {slot}: -")


if __name__ == "__main__":
    main()
